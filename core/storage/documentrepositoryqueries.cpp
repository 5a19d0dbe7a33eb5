// DocumentRepository, part 2: what the services and derived statuses read about a document's
// surroundings — relations, activity, attachments, order-line facts, credits, payments and
// reminders. Part 1 (documentrepository.cpp) reads and writes documents and their lines.

#include "documentrepository.h"

#include "database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd::storage {

Result<QList<Relation>> DocumentRepository::relations(qint64 id)
{
    // Both directions; "source" marks the document this one was made from.
    auto r = m_db.run(QStringLiteral("SELECT d.type, d.id, d.number, rel.relation FROM document_relations rel "
                                     "JOIN documents d ON d.id = rel.to_id WHERE rel.from_id = ? "
                                     "UNION ALL SELECT d.type, d.id, d.number, 'source' FROM document_relations rel "
                                     "JOIN documents d ON d.id = rel.from_id WHERE rel.to_id = ? ORDER BY 2"),
                      {id, id});
    if (!r)
        return r.error();
    QList<Relation> out;
    while (r->next()) {
        Relation rel;
        rel.type = parseDocumentType(r->str(0)).value_or(DocumentType::Quote);
        rel.id = r->i64(1);
        if (!r->isNull(2))
            rel.number = r->i64(2);
        rel.relation = r->str(3);
        out << rel;
    }
    return out;
}

Result<QList<qint64>> DocumentRepository::relatedIds(qint64 id, DocumentType type, const QString& relation)
{
    auto r = m_db.run(QStringLiteral("SELECT d.id FROM document_relations rel JOIN documents d ON d.id = rel.to_id "
                                     "WHERE rel.from_id = ? AND d.type = ? AND rel.relation = ? ORDER BY d.id"),
                      {id, documentTypeKey(type), relation});
    if (!r)
        return r.error();
    QList<qint64> out;
    while (r->next())
        out << r->i64(0);
    return out;
}

Result<QList<qint64>> DocumentRepository::sourceIds(qint64 id, DocumentType type)
{
    // CROSS JOIN keeps the relations outermost: with a plain JOIN SQLite chose to walk every
    // document of the type (an index on type) and probe the relations for each (O(file)).
    auto r = m_db.run(QStringLiteral("SELECT rel.from_id FROM document_relations rel CROSS JOIN documents d "
                                     "ON d.id = rel.from_id WHERE rel.to_id = ? AND d.type = ? ORDER BY rel.from_id"),
                      {id, documentTypeKey(type)});
    if (!r)
        return r.error();
    QList<qint64> out;
    while (r->next())
        out << r->i64(0);
    return out;
}

Result<QList<ActivityEntry>> DocumentRepository::activity(qint64 documentId)
{
    auto r = m_db.run(QStringLiteral("SELECT at, user, kind, text FROM activity_log WHERE document_id = ? AND kind <> 'line' ORDER BY id"),
                      {documentId});
    if (!r)
        return r.error();
    QList<ActivityEntry> out;
    while (r->next())
        out << ActivityEntry{QDateTime::fromString(r->str(0), Qt::ISODateWithMs), r->str(1), r->str(2), r->str(3)};
    return out;
}

Result<QList<AttachmentInfo>> DocumentRepository::attachments(qint64 documentId)
{
    auto r = m_db.run(QStringLiteral("SELECT id, name, mime, length(data), added_at FROM attachments WHERE document_id = ? ORDER BY id"),
                      {documentId});
    if (!r)
        return r.error();
    QList<AttachmentInfo> out;
    while (r->next())
        out << AttachmentInfo{r->i64(0), r->str(1), r->str(2), r->i64(3), QDateTime::fromString(r->str(4), Qt::ISODateWithMs)};
    return out;
}

Result<QList<OrderLineFacts>> DocumentRepository::orderLineFacts(qint64 orderId)
{
    // Shipment lines point at the order line through source_line_id (bundle component lines
    // point at the shipment's bundle line through parent_line_id instead); invoice lines point
    // at the order line; credit-note lines point at the invoice line.
    // One walk down the order's family — each order line, its child lines (document_lines_source)
    // with their documents, and their credit lines with theirs — summed here. Five correlated
    // sums per order line, each opening its own cursors, cost ≈ 45,000 instructions per line (10 %
    // of the generator's time); GROUP BY / ORDER BY in SQL cost temporary b-trees of the same
    // order. The joins start from the order's lines, never from documents_status, which would
    // read every booked credit note in the file.
    auto r = m_db.run(QStringLiteral(
        "SELECT ol.id, ol.position, ol.line_no, sl.id, sl.quantity, sl.parent_line_id IS NULL, d.type, d.status, "
        "  cl.quantity, cl.reinvoice, c.type, c.status "
        "FROM document_lines ol "
        "LEFT JOIN document_lines sl ON sl.source_line_id = ol.id "
        "LEFT JOIN documents d ON d.id = sl.document_id "
        "LEFT JOIN document_lines cl ON cl.source_line_id = sl.id "
        "LEFT JOIN documents c ON c.id = cl.document_id "
        "WHERE ol.document_id = ?"),
        {orderId});
    if (!r)
        return r.error();
    struct Entry
    {
        OrderLineFacts facts;
        qint64 position = 0;
        qint64 lineNo = 0;
    };
    QList<Entry> entries;
    QHash<qint64, qsizetype> at; // order line id → index in entries
    QSet<qint64> childrenSeen;   // a child line repeats once per credit line that points at it
    while (r->next()) {
        const qint64 lineId = r->i64(0);
        auto found = at.constFind(lineId);
        if (found == at.cend()) {
            found = at.insert(lineId, entries.size());
            entries.append(Entry{OrderLineFacts{lineId, {}, {}, {}, {}, {}}, r->i64(1), r->i64(2)});
        }
        if (r->isNull(3))
            continue; // a line nothing refers to yet
        OrderLineFacts& f = entries[*found].facts;
        const qint64 childId = r->i64(3);
        if (!childrenSeen.contains(childId)) {
            childrenSeen.insert(childId);
            const Quantity q = Quantity::fromMilli(r->i64(4));
            const bool topLevel = r->flag(5);
            const QString type = r->str(6);
            const QString status = r->str(7);
            if (type == QLatin1String("shipment") && topLevel) {
                if (status == QLatin1String("sent"))
                    f.shippedOnSent += q;
                else if (status == QLatin1String("draft"))
                    f.onUnsentShipments += q;
            } else if (type == QLatin1String("invoice")) {
                if (status == QLatin1String("draft"))
                    f.onDraftInvoices += q;
                else if (status == QLatin1String("booked"))
                    f.invoicedBooked += q;
            }
        }
        if (!r->isNull(8) && r->flag(9) && r->str(10) == QLatin1String("credit_note") && r->str(11) == QLatin1String("booked"))
            f.creditedReinvoiceable += Quantity::fromMilli(r->i64(8));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.position != b.position ? a.position < b.position : a.lineNo < b.lineNo;
    });
    QList<OrderLineFacts> out;
    out.reserve(entries.size());
    for (const Entry& e : std::as_const(entries))
        out << e.facts;
    return out;
}

Result<QHash<qint64, Quantity>> DocumentRepository::creditedPerInvoiceLine(qint64 invoiceId, bool bookedOnly)
{
    auto r = m_db.run(QStringLiteral("SELECT cl.source_line_id, sum(cl.quantity) FROM document_lines cl "
                                     "JOIN documents c ON c.id = cl.document_id "
                                     "WHERE c.type = 'credit_note' AND c.credited_invoice_id = ? AND (? = 0 OR c.status = 'booked') "
                                     "AND cl.source_line_id IS NOT NULL GROUP BY cl.source_line_id"),
                      {invoiceId, bookedOnly ? 1 : 0});
    if (!r)
        return r.error();
    QHash<qint64, Quantity> out;
    while (r->next())
        out.insert(r->i64(0), Quantity::fromMilli(r->i64(1)));
    return out;
}

Result<Money> DocumentRepository::paid(qint64 invoiceId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE invoice_id = ?"), {invoiceId});
    if (!v)
        return v.error();
    return Money::fromMinor(v->toLongLong());
}

Result<Money> DocumentRepository::credited(qint64 invoiceId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(sum(gross), 0) FROM documents WHERE type = 'credit_note' "
                                        "AND status = 'booked' AND credited_invoice_id = ?"),
                         {invoiceId});
    if (!v)
        return v.error();
    return Money::fromMinor(v->toLongLong());
}

Result<QPair<Money, Money>> DocumentRepository::paidAndCredited(qint64 invoiceId)
{
    auto r = m_db.run(QStringLiteral("SELECT (SELECT coalesce(sum(amount), 0) FROM payments WHERE invoice_id = ?), "
                                     "(SELECT coalesce(sum(gross), 0) FROM documents WHERE type = 'credit_note' "
                                     "AND status = 'booked' AND credited_invoice_id = ?)"),
                      {invoiceId, invoiceId});
    if (!r)
        return r.error();
    r->next();
    return qMakePair(Money::fromMinor(r->i64(0)), Money::fromMinor(r->i64(1)));
}

Result<int> DocumentRepository::reminderCount(qint64 invoiceId, bool withFeeOnly)
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM reminders WHERE invoice_id = ? AND (? = 0 OR fee > 0)"),
                         {invoiceId, withFeeOnly ? 1 : 0});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<DocumentRepository::ReminderFee>> DocumentRepository::reminderFees(qint64 invoiceId)
{
    auto r = m_db.run(QStringLiteral("SELECT id, fee, fee_status FROM reminders WHERE invoice_id = ? AND fee > 0 ORDER BY id"),
                      {invoiceId});
    if (!r)
        return r.error();
    QList<ReminderFee> out;
    while (r->next())
        out << ReminderFee{r->i64(0), Money::fromMinor(r->i64(1)), r->str(2)};
    return out;
}

Result<QList<DocumentRepository::ReminderFee>> DocumentRepository::reminders(qint64 invoiceId)
{
    auto r = m_db.run(QStringLiteral("SELECT id, fee, fee_status FROM reminders WHERE invoice_id = ? ORDER BY id"),
                      {invoiceId});
    if (!r)
        return r.error();
    QList<ReminderFee> out;
    while (r->next())
        out << ReminderFee{r->i64(0), Money::fromMinor(r->i64(1)), r->str(2)};
    return out;
}

Result<void> DocumentRepository::setReminderFeeStatus(qint64 reminderId, const QString& status)
{
    SD_TRY(m_db.run(QStringLiteral("UPDATE reminders SET fee_status = ? WHERE id = ?"), {status, reminderId}));
    return {};
}

Result<bool> DocumentRepository::anyBooked(DocumentType type)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM documents WHERE type = ? AND status = 'booked' LIMIT 1"),
                         {documentTypeKey(type)});
    if (!v)
        return v.error();
    return !v->isNull();
}

} // namespace sd::storage
