#include "layoutrepository.h"

#include "database.h"

namespace sd::storage {

namespace {

const QString kColumns = QStringLiteral(
    "name, logo, accent, font_family, font_size, footer, terms, language, page_size, margin_mm, "
    "show_payment_terms, show_prices, show_discounts");

LayoutProfile fromRow(const Rows& r)
{
    LayoutProfile l;
    l.name = r.str(0);
    l.logoPath = r.str(1);
    l.accentColor = r.str(2);
    l.fontFamily = r.str(3);
    l.fontSize = r.i32(4);
    l.footerText = r.str(5);
    l.termsText = r.str(6);
    l.language = r.str(7);
    l.pageSize = r.str(8);
    l.marginMm = r.i32(9);
    l.showPaymentTerms = r.flag(10);
    l.showPrices = r.flag(11);
    l.showDiscounts = r.flag(12);
    return l;
}

QVariantList values(const LayoutProfile& l)
{
    return { l.name,
        l.logoPath,
        l.accentColor,
        l.fontFamily,
        l.fontSize,
        l.footerText,
        l.termsText,
        l.language,
        l.pageSize,
        l.marginMm,
        int(l.showPaymentTerms),
        int(l.showPrices),
        int(l.showDiscounts) };
}

} // namespace

Result<QList<LayoutProfile>> LayoutRepository::list()
{
    auto rows = m_db.run(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM layouts ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<LayoutProfile> out;
    while (rows->next())
        out << fromRow(*rows);
    return out;
}

Result<std::optional<LayoutProfile>> LayoutRepository::find(const QString& name)
{
    auto rows = m_db.run(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM layouts WHERE name = ?"),
        { name });
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<LayoutProfile>();
    return std::optional<LayoutProfile>(fromRow(*rows));
}

Result<void> LayoutRepository::insert(const LayoutProfile& layout)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO layouts(") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values(layout)));
    return {};
}

Result<void> LayoutRepository::update(const LayoutProfile& layout)
{
    QVariantList v = values(layout);
    v.removeFirst();
    v << layout.name;
    SD_TRY(
        m_db.run(QStringLiteral(
                     "UPDATE layouts SET logo = ?, accent = ?, font_family = ?, font_size = ?, "
                     "footer = ?, terms = ?, language = ?, page_size = ?, margin_mm = ?, "
                     "show_payment_terms = ?, show_prices = ?, show_discounts = ? WHERE name = ?"),
            v));
    return {};
}

Result<QList<ReminderRow>> LayoutRepository::reminders(qint64 invoiceId)
{
    auto rows = m_db.run(
        QStringLiteral(
            "SELECT date, fee, fee_status FROM reminders WHERE invoice_id = ? ORDER BY date, id"),
        { invoiceId });
    if (!rows)
        return rows.error();
    QList<ReminderRow> out;
    while (rows->next())
        out << ReminderRow { QDate::fromString(rows->str(0), Qt::ISODate),
            Money::fromMinor(rows->i64(1)),
            rows->str(2) == QStringLiteral("open") };
    return out;
}

} // namespace sd::storage
