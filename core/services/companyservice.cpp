#include "companyservice.h"

#include "storage/documentrepository.h"
#include "storage/migrator.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QRegularExpression>

namespace sd {

using storage::SettingsRepository;
using storage::Transaction;

Result<std::unique_ptr<storage::Database>> CompanyService::createCompany(const QString& path,
                                                                         const CompanySetup& setup)
{
    SD_TRY(CompanySettings::validateSetup(setup));
    auto created = storage::Database::create(path);
    if (!created)
        return created.error();
    auto& db = **created;
    SettingsRepository repo(db);
    auto seed = [&]() -> Result<void> {
        Transaction tx(db);
        SD_TRY(tx.begin());
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("company.name"), setup.name.trimmed()},
            {QStringLiteral("company.orgnr"), checkdigits::digitsOnly(setup.orgnr)},
            {QStringLiteral("company.form"), setup.form},
            {QStringLiteral("company.vat_registered"),
             setup.vatRegistered ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("company.currency"), setup.currency},
            {QStringLiteral("stock.principle"), stockPrincipleKey(setup.stockPrinciple)},
        };
        for (const auto& [k, v] : values)
            SD_TRY(repo.set(k, v));
        for (const QString& series : numberSeriesNames())
            SD_TRY(repo.setSeriesNext(series, series == QStringLiteral("customer") ? 10001 : kDefaultSeriesStart));
        for (const auto& code : norwegianVatCodes())
            SD_TRY(repo.insertVatCode(code));
        // Output VAT accounts (NS 4102): 2700 high, 2701 medium, 2702 low.
        SD_TRY(repo.set(QStringLiteral("accounts.vat.3"), QStringLiteral("2700")));
        SD_TRY(repo.set(QStringLiteral("accounts.vat.31"), QStringLiteral("2701")));
        SD_TRY(repo.set(QStringLiteral("accounts.vat.33"), QStringLiteral("2702")));
        SD_TRY(repo.upsertCustomerGroup(QStringLiteral("domestic"), tr("Domestic customers"), QStringLiteral("1500")));
        SD_TRY(repo.upsertCustomerGroup(QStringLiteral("foreign"), tr("Foreign customers"), QStringLiteral("1510")));
        SD_TRY(repo.upsertProductGroup(QStringLiteral("goods"), tr("Goods")));
        SD_TRY(repo.upsertProductGroup(QStringLiteral("services"), tr("Services")));
        // Revenue accounts per group and VAT code (seed 004).
        const QList<std::tuple<QString, QString, QString>> accounts = {
            {QStringLiteral("goods"), QStringLiteral("3"), QStringLiteral("3000")},
            {QStringLiteral("goods"), QStringLiteral("31"), QStringLiteral("3020")},
            {QStringLiteral("goods"), QStringLiteral("33"), QStringLiteral("3030")},
            {QStringLiteral("goods"), QStringLiteral("5"), QStringLiteral("3100")},
            {QStringLiteral("goods"), QStringLiteral("6"), QStringLiteral("3110")},
            {QStringLiteral("goods"), QStringLiteral("52"), QStringLiteral("3200")},
            {QStringLiteral("services"), QStringLiteral("3"), QStringLiteral("3010")},
            {QStringLiteral("services"), QStringLiteral("5"), QStringLiteral("3105")},
            {QStringLiteral("services"), QStringLiteral("6"), QStringLiteral("3115")},
            {QStringLiteral("services"), QStringLiteral("52"), QStringLiteral("3210")},
        };
        for (const auto& [group, code, account] : accounts)
            SD_TRY(repo.setProductGroupAccount(group, code, account));
        return tx.commit();
    };
    if (auto r = seed(); !r) {
        created->reset();
        QFile::remove(path);
        return r.error();
    }
    return created;
}

Result<CompanySettings> CompanyService::settings()
{
    return SettingsRepository(m_db).load();
}

Result<QString> CompanyService::setting(const QString& key)
{
    SettingsRepository repo(m_db);
    if (key.startsWith(QStringLiteral("series.")) && key.endsWith(QStringLiteral(".next"))) {
        const QString series = key.mid(7, key.size() - 12);
        auto next = repo.seriesNext(series);
        if (!next)
            return makeError(ErrorCode::InvalidInput, tr("“%1” is not a setting.").arg(key));
        return QString::number(*next);
    }
    if (!CompanySettings::spec(key) && !CompanySettings::isDynamicAccountKey(key))
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a setting.").arg(key));
    return repo.get(key);
}

Result<QList<QPair<QString, QString>>> CompanyService::allSettings()
{
    auto s = settings();
    if (!s)
        return s.error();
    QList<QPair<QString, QString>> out;
    for (const auto& spec : CompanySettings::specs())
        out << qMakePair(spec.key, s->value(spec.key));
    SettingsRepository repo(m_db);
    for (const QString& series : numberSeriesNames()) {
        auto next = repo.seriesNext(series);
        if (!next)
            return next.error();
        out << qMakePair(QStringLiteral("series.%1.next").arg(series), QString::number(*next));
    }
    return out;
}

Result<QString> CompanyService::setSetting(const QString& key, const QString& value)
{
    SettingsRepository repo(m_db);
    Transaction tx(m_db);
    if (key.startsWith(QStringLiteral("series.")) && key.endsWith(QStringLiteral(".next"))) {
        const QString series = key.mid(7, key.size() - 12);
        if (!numberSeriesNames().contains(series))
            return makeError(ErrorCode::InvalidInput, tr("“%1” is not a setting.").arg(key));
        bool ok = false;
        const qint64 next = value.trimmed().toLongLong(&ok);
        if (!ok || next < 1 || next > 999'999'999)
            return makeError(ErrorCode::InvalidInput,
                             tr("The next number must be a whole number from 1 to 999999999."));
        SD_TRY(tx.begin());
        if (series == QStringLiteral("invoice") || series == QStringLiteral("credit_note")) {
            auto booked = storage::DocumentRepository(m_db).anyBooked(*parseDocumentType(series));
            if (!booked)
                return booked.error();
            if (*booked)
                return makeError(ErrorCode::RuleViolation,
                                 tr("Documents are already booked in the %1 series; its numbers must "
                                    "stay gapless, so the next number cannot be changed.")
                                     .arg(series));
        }
        SD_TRY(repo.setSeriesNext(series, next));
        SD_TRY(tx.commit());
        return QString::number(next);
    }
    auto normalized = CompanySettings::normalize(key, value);
    if (!normalized)
        return normalized.error();
    const SettingSpec* spec = CompanySettings::spec(key);
    if (spec && spec->fixedAfterCreation)
        return makeError(ErrorCode::RuleViolation,
                         tr("The setting %1 is chosen when the company file is created and can never "
                            "be changed.")
                             .arg(key));
    if (key == QStringLiteral("company.name") && normalized->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The company name is required."));
    SD_TRY(tx.begin());
    SD_TRY(repo.set(key, *normalized));
    SD_TRY(tx.commit());
    return normalized;
}

Result<QList<VatCode>> CompanyService::vatCodes()
{
    return SettingsRepository(m_db).vatCodes();
}

Result<QList<CompanyService::CustomerGroup>> CompanyService::customerGroups()
{
    auto rows = SettingsRepository(m_db).customerGroups();
    if (!rows)
        return rows.error();
    QList<CustomerGroup> out;
    for (const auto& r : *rows)
        out << CustomerGroup{r[0], r[1], r[2]};
    return out;
}

Result<QList<CompanyService::ProductGroupAccount>> CompanyService::productGroupAccounts()
{
    auto rows = SettingsRepository(m_db).productGroupAccounts();
    if (!rows)
        return rows.error();
    QList<ProductGroupAccount> out;
    for (const auto& r : *rows)
        out << ProductGroupAccount{r[0], r[1], r[2], r[3]};
    return out;
}

Result<void> CompanyService::setCustomerGroup(const QString& code, const QString& name, const QString& account)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codeRe.match(code).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("A group code has 1–32 letters, digits, - or _."));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The group needs a name."));
    auto normalized = CompanySettings::normalize(QStringLiteral("accounts.receivables"), account);
    if (!normalized)
        return normalized.error();
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    SD_TRY(SettingsRepository(m_db).upsertCustomerGroup(code, name.trimmed(), *normalized));
    return tx.commit();
}

Result<void> CompanyService::setProductGroupAccount(const QString& group, const QString& vatCode, const QString& account)
{
    auto normalized = CompanySettings::normalize(QStringLiteral("accounts.revenue"), account);
    if (!normalized)
        return normalized.error();
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    SettingsRepository repo(m_db);
    auto exists = repo.productGroupExists(group);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorCode::NotFound, tr("There is no product group “%1”.").arg(group));
    SD_TRY(repo.vatCode(vatCode));
    SD_TRY(repo.setProductGroupAccount(group, vatCode, *normalized));
    return tx.commit();
}

Result<QString> CompanyService::backup(const QString& targetPath)
{
    SD_TRY(m_db.backupTo(targetPath));
    return targetPath;
}

Result<QList<storage::Violation>> CompanyService::check()
{
    return storage::IntegrityChecker(m_db).run();
}

} // namespace sd
