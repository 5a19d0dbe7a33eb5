#include "exportrepository.h"

#include "database.h"

namespace sd::storage {

namespace {
QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<QList<qint64>> ExportRepository::bookedIds(DocumentType type, const QDate& from, const QDate& to)
{
    auto r = m_db.run(QStringLiteral("SELECT id FROM documents WHERE type = ? AND status = 'booked' "
                                     "AND date >= ? AND date <= ? ORDER BY number"),
                      {documentTypeKey(type), iso(from), iso(to)});
    if (!r)
        return r.error();
    QList<qint64> out;
    while (r->next())
        out << r->i64(0);
    return out;
}

Result<QList<InvoiceEvent>> ExportRepository::events(const QString& sql, const QDate& from, const QDate& to)
{
    auto r = m_db.run(sql, {iso(from), iso(to)});
    if (!r)
        return r.error();
    QList<InvoiceEvent> out;
    while (r->next()) {
        InvoiceEvent e;
        e.id = r->i64(0);
        e.date = QDate::fromString(r->str(1), Qt::ISODate);
        e.amount = Money::fromMinor(r->i64(2));
        e.invoiceId = r->i64(3);
        e.invoiceNumber = r->i64(4);
        e.customerId = r->i64(5);
        e.customerNumber = r->i64(6);
        out << e;
    }
    return out;
}

Result<QList<InvoiceEvent>> ExportRepository::payments(const QDate& from, const QDate& to)
{
    return events(QStringLiteral("SELECT p.id, p.date, p.amount, d.id, d.number, d.customer_id, d.cust_number "
                                 "FROM payments p JOIN documents d ON d.id = p.invoice_id "
                                 "WHERE p.date >= ? AND p.date <= ? ORDER BY p.date, p.id"),
                  from, to);
}

Result<QList<InvoiceEvent>> ExportRepository::reminderFees(const QDate& from, const QDate& to)
{
    return events(QStringLiteral("SELECT r.id, r.date, r.fee, d.id, d.number, d.customer_id, d.cust_number "
                                 "FROM reminders r JOIN documents d ON d.id = r.invoice_id "
                                 "WHERE r.fee > 0 AND r.date >= ? AND r.date <= ? ORDER BY r.date, r.id"),
                  from, to);
}

Result<QString> ExportRepository::receivablesAccount(qint64 customerId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT g.receivables_account FROM customers c "
                                        "JOIN customer_groups g ON g.code = c.customer_group WHERE c.id = ?"),
                         {customerId}, QString());
    if (!v)
        return v.error();
    return v->toString();
}

Result<QHash<qint64, QString>> ExportRepository::lineProductGroups(qint64 documentId)
{
    auto r = m_db.run(QStringLiteral("SELECT l.id, p.product_group FROM document_lines l "
                                     "JOIN products p ON p.id = l.product_id "
                                     "WHERE l.document_id = ? AND p.product_group IS NOT NULL"),
                      {documentId});
    if (!r)
        return r.error();
    QHash<qint64, QString> out;
    while (r->next())
        out.insert(r->i64(0), r->str(1));
    return out;
}

Result<QHash<QString, QString>> ExportRepository::productGroupAccounts()
{
    auto r = m_db.run(QStringLiteral("SELECT product_group, vat_code, account FROM product_group_accounts"));
    if (!r)
        return r.error();
    QHash<QString, QString> out;
    while (r->next())
        out.insert(r->str(0) + u'|' + r->str(1), r->str(2));
    return out;
}

Result<QDate> ExportRepository::documentDate(qint64 documentId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT date FROM documents WHERE id = ?"), {documentId}, QString());
    if (!v)
        return v.error();
    return QDate::fromString(v->toString(), Qt::ISODate);
}

} // namespace sd::storage
