#pragma once

// Company settings, number series, VAT codes and groups: the company-wide tables.

#include "common/result.h"
#include "domain/companysettings.h"
#include "domain/vatcode.h"

#include <QHash>
#include <QString>

namespace sd::storage {

class Database;

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {
    }

    Result<CompanySettings> load();
    Result<QString> get(const QString& key);
    Result<void> set(const QString& key, const QString& value);

    Result<qint64> seriesNext(const QString& series);
    Result<void> setSeriesNext(const QString& series, qint64 next);
    // Returns the next number and advances the series. Must run inside the caller's
    // transaction (booking): that is what keeps numbers gapless.
    Result<qint64> takeNumber(const QString& series);

    Result<void> insertVatCode(const VatCode& code);
    Result<QList<VatCode>> vatCodes();
    Result<VatCode> vatCode(const QString& code);

    Result<void> upsertCustomerGroup(const QString& code, const QString& name, const QString& account);
    Result<bool> customerGroupExists(const QString& code);
    Result<void> upsertProductGroup(const QString& code, const QString& name);
    Result<bool> productGroupExists(const QString& code);
    Result<void> setProductGroupAccount(const QString& group, const QString& vatCode, const QString& account);
    // {code, name, receivables account}
    Result<QList<QStringList>> customerGroups();
    // {group, group name, VAT code, account}
    Result<QList<QStringList>> productGroupAccounts();

private:
    Database& m_db;
};

} // namespace sd::storage
