#pragma once

// CompanyService: creating and opening company files, company settings, number series,
// backups and `check`. Like every service: one call = one transaction = one Result.

#include "common/result.h"
#include "domain/companysettings.h"
#include "domain/vatcode.h"
#include "storage/database.h"
#include "storage/integritychecker.h"

#include <QCoreApplication>

#include <memory>

namespace sd {

class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    explicit CompanyService(storage::Database& db)
        : m_db(db)
    {
    }

    // Creates a new company file with the Norwegian defaults (VAT codes, series at 1001,
    // groups and accounts) and the given company identity.
    static Result<std::unique_ptr<storage::Database>> createCompany(const QString& path,
                                                                    const CompanySetup& setup);

    Result<CompanySettings> settings();
    // `settings get KEY`: the stored value, the default, or a series' next number.
    Result<QString> setting(const QString& key);
    // `settings set KEY VALUE`: validated; stock.principle is fixed after creation; an invoice
    // or credit-note series cannot move once something is booked in it (gapless).
    Result<QString> setSetting(const QString& key, const QString& value);
    // All keys with their current values, for `settings get` without a key and the dialog.
    Result<QList<QPair<QString, QString>>> allSettings();

    // Read access for the settings dialog: VAT codes with their dated rates, and the customer
    // and product groups with their accounts (seed 004).
    Result<QList<VatCode>> vatCodes();
    struct CustomerGroup
    {
        QString code, name, receivablesAccount;
    };
    struct ProductGroupAccount
    {
        QString group, groupName, vatCode, account;
    };
    Result<QList<CustomerGroup>> customerGroups();
    Result<QList<ProductGroupAccount>> productGroupAccounts();
    Result<void> setCustomerGroup(const QString& code, const QString& name, const QString& receivablesAccount);
    Result<void> setProductGroupAccount(const QString& group, const QString& vatCode, const QString& account);

    Result<QString> backup(const QString& targetPath);
    Result<QList<storage::Violation>> check();

private:
    storage::Database& m_db;
};

} // namespace sd
