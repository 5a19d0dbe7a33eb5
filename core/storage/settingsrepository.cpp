#include "settingsrepository.h"

#include "database.h"

namespace sd::storage {

Result<CompanySettings> SettingsRepository::load()
{
    // Every booking, document and stock posting reads the settings: remembered per transaction.
    if (auto known = m_db.remembered(Database::Lookup::Settings))
        return *std::static_pointer_cast<const CompanySettings>(known);
    auto rows = m_db.run(QStringLiteral("SELECT key, value FROM settings"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    while (rows->next())
        values.insert(rows->str(0), rows->str(1));
    auto settings = std::make_shared<const CompanySettings>(values);
    m_db.remember(Database::Lookup::Settings, 0, settings);
    return *settings;
}

Result<QString> SettingsRepository::get(const QString& key)
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    if (v->isNull()) {
        const SettingSpec* s = CompanySettings::spec(key);
        return s ? s->defaultValue : QString();
    }
    return v->toString();
}

Result<void> SettingsRepository::set(const QString& key, const QString& value)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> SettingsRepository::seriesNext(const QString& series)
{
    auto v = m_db.scalar(QStringLiteral("SELECT next FROM number_series WHERE series = ?"), {series});
    if (!v)
        return v.error();
    if (v->isNull())
        return makeError(ErrorCode::NotFound,
                         Database::tr("There is no number series “%1”.").arg(series));
    return v->toLongLong();
}

Result<void> SettingsRepository::setSeriesNext(const QString& series, qint64 next)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO number_series(series, next) VALUES (?, ?) "
                                     "ON CONFLICT(series) DO UPDATE SET next = excluded.next"),
                      {series, next});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> SettingsRepository::takeNumber(const QString& series)
{
    Q_ASSERT(m_db.transactionDepth() > 0);
    // One statement where a read and a write were: a number is taken for most documents.
    auto r = m_db.run(QStringLiteral("UPDATE number_series SET next = next + 1 WHERE series = ? RETURNING next - 1"),
                      {series});
    if (!r)
        return r.error();
    if (!r->next())
        return makeError(ErrorCode::NotFound, Database::tr("There is no number series “%1”.").arg(series));
    return r->i64(0);
}

Result<void> SettingsRepository::insertVatCode(const VatCode& code)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO vat_codes(code, name, category) VALUES (?, ?, ?)"),
                    {code.code, code.name, vatCategoryCode(code.category)}));
    for (const auto& rate : code.rates) {
        SD_TRY(m_db.run(QStringLiteral("INSERT INTO vat_rates(vat_code, valid_from, valid_to, percent) "
                                       "VALUES (?, ?, ?, ?)"),
                        {code.code,
                         rate.validFrom.toString(Qt::ISODate),
                         rate.validTo.isNull() ? QVariant() : QVariant(rate.validTo.toString(Qt::ISODate)),
                         rate.percent.raw()}));
    }
    return {};
}

Result<QList<VatCode>> SettingsRepository::vatCodes()
{
    // Every priced line asks for its VAT code: remembered per transaction.
    if (auto known = m_db.remembered(Database::Lookup::VatCodes))
        return *std::static_pointer_cast<const QList<VatCode>>(known);
    QList<VatCode> codes;
    {
        auto rows = m_db.run(QStringLiteral("SELECT code, name, category FROM vat_codes ORDER BY code"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            VatCode c;
            c.code = rows->str(0);
            c.name = rows->str(1);
            c.category = vatCategoryFromCode(rows->str(2)).value_or(VatCategory::Standard);
            codes << c;
        }
    }
    auto rows = m_db.run(QStringLiteral(
        "SELECT vat_code, valid_from, valid_to, percent FROM vat_rates ORDER BY vat_code, valid_from"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        for (auto& c : codes) {
            if (c.code == rows->str(0)) {
                c.rates << VatRate{QDate::fromString(rows->str(1), Qt::ISODate),
                                   rows->isNull(2) ? QDate() : QDate::fromString(rows->str(2), Qt::ISODate),
                                   Percent::fromRaw(rows->i64(3))};
            }
        }
    }
    m_db.remember(Database::Lookup::VatCodes, 0, std::make_shared<const QList<VatCode>>(codes));
    return codes;
}

Result<VatCode> SettingsRepository::vatCode(const QString& code)
{
    auto all = vatCodes();
    if (!all)
        return all.error();
    for (const auto& c : *all)
        if (c.code == code)
            return c;
    return makeError(ErrorCode::NotFound, Database::tr("There is no VAT code “%1”.").arg(code));
}

Result<void> SettingsRepository::upsertCustomerGroup(const QString& code, const QString& name,
                                                     const QString& account)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO customer_groups(code, name, receivables_account) "
                                   "VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                                   "name = excluded.name, receivables_account = excluded.receivables_account"),
                    {code, name, account}));
    return {};
}

Result<bool> SettingsRepository::customerGroupExists(const QString& code)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM customer_groups WHERE code = ?"), {code});
    if (!v)
        return v.error();
    return !v->isNull();
}

Result<void> SettingsRepository::upsertProductGroup(const QString& code, const QString& name)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO product_groups(code, name) VALUES (?, ?) "
                                   "ON CONFLICT(code) DO UPDATE SET name = excluded.name"),
                    {code, name}));
    return {};
}

Result<bool> SettingsRepository::productGroupExists(const QString& code)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM product_groups WHERE code = ?"), {code});
    if (!v)
        return v.error();
    return !v->isNull();
}

Result<void> SettingsRepository::setProductGroupAccount(const QString& group, const QString& vatCode,
                                                        const QString& account)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO product_group_accounts(product_group, vat_code, account) "
                                   "VALUES (?, ?, ?) ON CONFLICT(product_group, vat_code) "
                                   "DO UPDATE SET account = excluded.account"),
                    {group, vatCode, account}));
    return {};
}

Result<QList<QStringList>> SettingsRepository::customerGroups()
{
    auto r = m_db.run(QStringLiteral("SELECT code, name, receivables_account FROM customer_groups ORDER BY code"));
    if (!r)
        return r.error();
    QList<QStringList> out;
    while (r->next())
        out << QStringList{r->str(0), r->str(1), r->str(2)};
    return out;
}

Result<QList<QStringList>> SettingsRepository::productGroupAccounts()
{
    auto r = m_db.run(QStringLiteral("SELECT a.product_group, g.name, a.vat_code, a.account FROM product_group_accounts a "
                                     "JOIN product_groups g ON g.code = a.product_group ORDER BY a.product_group, a.vat_code"));
    if (!r)
        return r.error();
    QList<QStringList> out;
    while (r->next())
        out << QStringList{r->str(0), r->str(1), r->str(2), r->str(3)};
    return out;
}

} // namespace sd::storage
