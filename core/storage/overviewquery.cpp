#include "overviewquery.h"

#include "database.h"

namespace sd::storage {

namespace {

// What one booked invoice `d` still owes; shared by both figures so they agree with each other.
// Credit notes carry positive amounts (ARCHITECTURE §3).
const char* const kDueExpression
    = "d.gross"
      " - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.invoice_id = d.id), 0)"
      " - coalesce((SELECT sum(c.gross) FROM documents c WHERE c.credited_invoice_id = d.id"
      "             AND c.type = 'credit_note' AND c.status = 'booked'), 0)";

} // namespace

Result<SalesOverview> OverviewQuery::overview(const QDate& today)
{
    SalesOverview o;
    const QDate first(today.year(), today.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    {
        // documents_status (type, status, date): one range per type.
        auto r = m_db.run(
            QStringLiteral(
                "SELECT coalesce(sum(CASE type WHEN 'invoice' THEN gross ELSE -gross END), 0) "
                "FROM documents WHERE type IN ('invoice', 'credit_note') "
                "AND status = 'booked' AND date BETWEEN ? AND ?"),
            { first.toString(Qt::ISODate), last.toString(Qt::ISODate) });
        if (!r)
            return r.error();
        if (r->next())
            o.invoicedThisMonth = Money::fromMinor(r->i64(0));
    }
    {
        // documents_list_status (type, archived, status, …); counted up to the cap only.
        auto r
            = m_db.run(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM documents "
                                      "WHERE type = 'order' AND archived = 0 AND status = 'sent' "
                                      "LIMIT ?)"),
                { kCountCap + 1 });
        if (!r)
            return r.error();
        if (r->next())
            o.openOrders = r->i64(0);
    }
    {
        // Paid invoices are archived automatically, so the unarchived booked ones are the few
        // that can still be open.
        auto r = m_db.run(QStringLiteral("SELECT count(*), coalesce(sum(due), 0) FROM ("
                                         "SELECT %1 AS due FROM documents d "
                                         "WHERE d.type = 'invoice' AND d.archived = 0 "
                                         "AND d.status = 'booked' AND d.due_date < ?) "
                                         "WHERE due > 0")
                              .arg(QLatin1String(kDueExpression)),
            { today.toString(Qt::ISODate) });
        if (!r)
            return r.error();
        if (r->next()) {
            o.overdueInvoices = r->i64(0);
            o.overdueAmount = Money::fromMinor(r->i64(1));
        }
    }
    return o;
}

Result<Money> OverviewQuery::customerBalance(qint64 customerNumber)
{
    // documents_customer (customer_id, type, date): only this customer's invoices are read.
    auto r = m_db.run(
        QStringLiteral("SELECT coalesce(sum(due), 0) FROM ("
                       "SELECT %1 AS due FROM documents d "
                       "WHERE d.customer_id = (SELECT id FROM customers WHERE number = ?) "
                       "AND d.type = 'invoice' AND d.status = 'booked') "
                       "WHERE due > 0")
            .arg(QLatin1String(kDueExpression)),
        { customerNumber });
    if (!r)
        return r.error();
    return Money::fromMinor(r->next() ? r->i64(0) : 0);
}

} // namespace sd::storage
