#include "documentrepository.h"

#include "common/clock.h"
#include "database.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace sd::storage {

namespace {

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const Rows& r, int i)
{
    return r.isNull(i) ? QDate() : QDate::fromString(r.str(i), Qt::ISODate);
}

QString now()
{
    // Formatting a timestamp costs more than the insert it goes into; a batch writes many rows
    // within one clock reading (and the bench clock stands still), so the last text is reused.
    thread_local QDateTime last;
    thread_local QString text;
    const QDateTime at = Clock::instance().now();
    // Compared by what is printed (date, time, spec, offset): QDateTime's own == converts
    // local times to UTC, which costs as much as the formatting it would save.
    const bool same = !text.isEmpty() && at.date() == last.date() && at.time() == last.time()
                      && at.timeSpec() == last.timeSpec()
                      && (at.timeSpec() == Qt::LocalTime || at.offsetFromUtc() == last.offsetFromUtc());
    if (!same) {
        last = at;
        text = at.toString(Qt::ISODateWithMs);
    }
    return text;
}

const QString kHeaderColumns = QStringLiteral(
    "type, number, status, customer_id, cust_number, cust_name, cust_orgnr, cust_vat_number, cust_gln, "
    "cust_peppol_id, cust_email, cust_address, cust_postcode, cust_city, cust_country, delivery_address, "
    "delivery_postcode, delivery_city, delivery_country, date, due_date, valid_until, delivery_date, "
    "your_reference, our_reference, heading, note, currency, payment_days, layout, discount, net, vat, gross, "
    "kid, shipped_only, stock_at_doc_date, credited_invoice_id, sent, archived, booked_at, booked_by");

QVariantList headerValues(const Document& d)
{
    const auto& c = d.customer;
    return {documentTypeKey(d.type),
            d.number ? QVariant(*d.number) : QVariant(),
            d.status,
            c.customerId,
            c.number,
            c.name,
            c.orgnr,
            c.vatNumber,
            c.gln,
            c.peppolId,
            c.email,
            c.billing.street,
            c.billing.postcode,
            c.billing.city,
            c.billing.country,
            c.delivery.street,
            c.delivery.postcode,
            c.delivery.city,
            c.delivery.country,
            d.date.toString(Qt::ISODate),
            dateOrNull(d.dueDate),
            dateOrNull(d.validUntil),
            dateOrNull(d.deliveryDate),
            d.yourReference,
            d.ourReference,
            d.heading,
            d.note,
            d.currency,
            d.paymentDays,
            d.layout,
            d.discount.raw(),
            d.totals.net.minor(),
            d.totals.vat.minor(),
            d.totals.gross.minor(),
            d.kid,
            d.shippedOnly ? 1 : 0,
            d.stockAtDocumentDate ? 1 : 0,
            d.creditedInvoiceId ? QVariant(d.creditedInvoiceId) : QVariant(),
            d.sent ? 1 : 0,
            d.archived ? 1 : 0,
            d.bookedAt.isValid() ? QVariant(d.bookedAt.toString(Qt::ISODateWithMs)) : QVariant(),
            d.bookedBy};
}

QVariantList lineValues(qint64 documentId, const DocumentLine& l)
{
    return {documentId,
            l.lineNo,
            l.position,
            lineKindKey(l.kind),
            l.productId ? QVariant(l.productId) : QVariant(),
            l.sku,
            l.description,
            l.quantity.milli(),
            l.unit,
            l.unitPrice.raw(),
            l.discount.raw(),
            l.vatCode,
            vatCategoryCode(l.vatCategory),
            l.vatPercent.raw(),
            l.net.minor(),
            l.sourceLineId ? QVariant(l.sourceLineId) : QVariant(),
            l.parentLineId ? QVariant(l.parentLineId) : QVariant(),
            l.picked.milli(),
            l.returnStock ? 1 : 0,
            l.reinvoice ? 1 : 0};
}

} // namespace

QString DocumentRepository::currentUser()
{
    QString user = qEnvironmentVariable("SALGSDESK_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
    return user;
}

Result<qint64> DocumentRepository::insert(Document& d)
{
    QVariantList values = headerValues(d);
    values << now() << now();
    // Built once: the statement cache is keyed by the text, and concatenating it per call
    // cost an allocation and a copy of 600 characters.
    static const QString kInsert = QStringLiteral("INSERT INTO documents(") + kHeaderColumns
                                   + QStringLiteral(", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto r = m_db.run(kInsert, values);
    if (!r)
        return r.error();
    d.id = r->lastInsertId();
    QHash<int, qint64> idOfLineNo;
    for (auto& line : d.lines) {
        if (line.parentLineId < 0)
            line.parentLineId = idOfLineNo.value(int(-line.parentLineId));
        SD_TRY(insertLine(d.id, line));
        idOfLineNo.insert(line.lineNo, line.id);
    }
    remember(d);
    return d.id;
}

Result<void> DocumentRepository::updateHeader(const Document& d, const Document* onFile)
{
    forget(d.id);
    if (onFile) {
        Q_ASSERT(onFile->id == d.id);
        static const QStringList kColumns = [] {
            QStringList names;
            for (const QString& c : kHeaderColumns.split(u','))
                names << c.trimmed();
            return names;
        }();
        const QVariantList now_ = headerValues(d);
        const QVariantList was = headerValues(*onFile);
        Q_ASSERT(now_.size() == kColumns.size());
        QString sql = QStringLiteral("UPDATE documents SET ");
        QVariantList values;
        for (int i = 0; i < now_.size(); ++i) {
            if (now_.at(i) == was.at(i) && now_.at(i).isNull() == was.at(i).isNull())
                continue;
            sql += kColumns.at(i) + QStringLiteral("=?, ");
            values << now_.at(i);
        }
        sql += QStringLiteral("updated_at=? WHERE id=?");
        values << now() << d.id;
        SD_TRY(m_db.run(sql, values));
        // Loaded in this transaction and only the header changed: the whole document is known.
        if (d.lines == onFile->lines)
            remember(d);
        return {};
    }
    QVariantList values = headerValues(d);
    values << now() << d.id;
    SD_TRY(m_db.run(QStringLiteral(
                        "UPDATE documents SET type=?, number=?, status=?, customer_id=?, cust_number=?, cust_name=?, "
                        "cust_orgnr=?, cust_vat_number=?, cust_gln=?, cust_peppol_id=?, cust_email=?, cust_address=?, "
                        "cust_postcode=?, cust_city=?, cust_country=?, delivery_address=?, delivery_postcode=?, "
                        "delivery_city=?, delivery_country=?, date=?, due_date=?, valid_until=?, delivery_date=?, "
                        "your_reference=?, our_reference=?, heading=?, note=?, currency=?, payment_days=?, layout=?, "
                        "discount=?, net=?, vat=?, gross=?, kid=?, shipped_only=?, stock_at_doc_date=?, "
                        "credited_invoice_id=?, sent=?, archived=?, booked_at=?, booked_by=?, updated_at=? WHERE id=?"),
                    values));
    return {};
}

Result<void> DocumentRepository::remove(qint64 id)
{
    forget(id);
    SD_TRY(m_db.run(QStringLiteral("DELETE FROM document_relations WHERE from_id = ? OR to_id = ?"), {id, id}));
    SD_TRY(m_db.run(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id}));
    return {};
}

Result<qint64> DocumentRepository::insertLine(qint64 documentId, DocumentLine& line)
{
    forget(documentId);
    auto r = m_db.run(QStringLiteral("INSERT INTO document_lines(document_id, line_no, position, kind, product_id, "
                                     "sku, description, quantity, unit, unit_price, discount, vat_code, vat_category, "
                                     "vat_percent, net, source_line_id, parent_line_id, picked, return_stock, reinvoice) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      lineValues(documentId, line));
    if (!r)
        return r.error();
    line.id = r->lastInsertId();
    return line.id;
}

Result<void> DocumentRepository::updateLine(qint64 documentId, const DocumentLine& line)
{
    forget(documentId);
    QVariantList values = lineValues(0, line);
    values.removeFirst();
    values.removeFirst(); // line_no never changes
    values << line.id;
    SD_TRY(m_db.run(QStringLiteral("UPDATE document_lines SET position=?, kind=?, product_id=?, sku=?, description=?, "
                                   "quantity=?, unit=?, unit_price=?, discount=?, vat_code=?, vat_category=?, "
                                   "vat_percent=?, net=?, source_line_id=?, parent_line_id=?, picked=?, return_stock=?, "
                                   "reinvoice=? WHERE id=?"),
                    values));
    return {};
}

Result<void> DocumentRepository::removeLine(qint64 documentId, qint64 lineId)
{
    forget(documentId);
    SD_TRY(m_db.run(QStringLiteral("DELETE FROM document_lines WHERE parent_line_id = ?"), {lineId}));
    SD_TRY(m_db.run(QStringLiteral("DELETE FROM document_lines WHERE id = ?"), {lineId}));
    return {};
}

Result<void> DocumentRepository::setPicked(qint64 documentId, qint64 lineId, Quantity picked)
{
    forget(documentId);
    SD_TRY(m_db.run(QStringLiteral("UPDATE document_lines SET picked = ? WHERE id = ?"), {picked.milli(), lineId}));
    return {};
}

Result<void> DocumentRepository::pickAllLines(qint64 documentId)
{
    forget(documentId);
    SD_TRY(m_db.run(QStringLiteral("UPDATE document_lines SET picked = quantity "
                                   "WHERE document_id = ? AND kind = 'product' AND picked <> quantity"),
                    {documentId}));
    return {};
}

Result<int> DocumentRepository::highestLineNo(qint64 documentId)
{
    // Line numbers are never reused, even after deleting the last line: the log remembers.
    auto v = m_db.scalar(QStringLiteral("SELECT max(coalesce((SELECT max(line_no) FROM document_lines WHERE document_id = ?), 0), "
                                        "coalesce((SELECT max(CAST(substr(text, 6) AS INTEGER)) FROM activity_log "
                                        "WHERE document_id = ? AND kind = 'line'), 0))"),
                         {documentId, documentId});
    if (!v)
        return v.error();
    return v->toInt();
}

void DocumentRepository::remember(const Document& d)
{
    if (d.id == 0)
        return;
    auto copy = std::make_shared<Document>(d);
    // As load() would return it: no VAT breakdown (derived, not stored), display order.
    copy->totals.breakdown.clear();
    std::stable_sort(copy->lines.begin(), copy->lines.end(), [](const DocumentLine& a, const DocumentLine& b) {
        return a.position != b.position ? a.position < b.position : a.lineNo < b.lineNo;
    });
    m_db.remember(Database::Lookup::Document, d.id, std::move(copy));
}

void DocumentRepository::forget(qint64 documentId)
{
    m_db.forget(Database::Lookup::Document, documentId);
}

Result<Document> DocumentRepository::load(qint64 id)
{
    if (auto known = m_db.remembered(Database::Lookup::Document, id))
        return *std::static_pointer_cast<const Document>(known);
    Document d;
    {
        static const QString kSelect = QStringLiteral("SELECT id, ") + kHeaderColumns + QStringLiteral(" FROM documents WHERE id = ?");
        auto r = m_db.run(kSelect, {id});
        if (!r)
            return r.error();
        if (!r->next())
            return makeError(ErrorCode::NotFound, Database::tr("There is no document with id %1.").arg(id));
        int i = 0;
        d.id = r->i64(i++);
        d.type = parseDocumentType(r->str(i++)).value_or(DocumentType::Quote);
        if (!r->isNull(i))
            d.number = r->i64(i);
        ++i;
        d.status = r->str(i++);
        auto& c = d.customer;
        c.customerId = r->i64(i++);
        c.number = r->i64(i++);
        c.name = r->str(i++);
        c.orgnr = r->str(i++);
        c.vatNumber = r->str(i++);
        c.gln = r->str(i++);
        c.peppolId = r->str(i++);
        c.email = r->str(i++);
        c.billing = {r->str(i), r->str(i + 1), r->str(i + 2), r->str(i + 3)};
        i += 4;
        c.delivery = {r->str(i), r->str(i + 1), r->str(i + 2), r->str(i + 3)};
        i += 4;
        d.date = dateOf(*r, i++);
        d.dueDate = dateOf(*r, i++);
        d.validUntil = dateOf(*r, i++);
        d.deliveryDate = dateOf(*r, i++);
        d.yourReference = r->str(i++);
        d.ourReference = r->str(i++);
        d.heading = r->str(i++);
        d.note = r->str(i++);
        d.currency = r->str(i++);
        d.paymentDays = r->i32(i++);
        d.layout = r->str(i++);
        d.discount = Percent::fromRaw(r->i64(i++));
        d.totals.net = Money::fromMinor(r->i64(i++));
        d.totals.vat = Money::fromMinor(r->i64(i++));
        d.totals.gross = Money::fromMinor(r->i64(i++));
        d.kid = r->str(i++);
        d.shippedOnly = r->flag(i++);
        d.stockAtDocumentDate = r->flag(i++);
        d.creditedInvoiceId = r->i64(i++);
        d.sent = r->flag(i++);
        d.archived = r->flag(i++);
        d.bookedAt = r->isNull(i) ? QDateTime() : QDateTime::fromString(r->str(i), Qt::ISODateWithMs);
        ++i;
        d.bookedBy = r->str(i++);
    }
    auto lines = loadLines(id);
    if (!lines)
        return lines.error();
    d.lines = *lines;
    remember(d);
    return d;
}

Result<QString> DocumentRepository::status(qint64 id)
{
    auto v = m_db.scalar(QStringLiteral("SELECT status FROM documents WHERE id = ?"), {id});
    if (!v)
        return v.error();
    if (v->isNull())
        return makeError(ErrorCode::NotFound, Database::tr("There is no document with id %1.").arg(id));
    return v->toString();
}

Result<QList<DocumentLine>> DocumentRepository::loadLines(qint64 documentId)
{
    auto r = m_db.run(QStringLiteral("SELECT id, line_no, position, kind, coalesce(product_id, 0), sku, description, quantity, "
                                     "unit, unit_price, discount, vat_code, vat_category, vat_percent, net, "
                                     "coalesce(source_line_id, 0), coalesce(parent_line_id, 0), picked, return_stock, "
                                     "reinvoice FROM document_lines WHERE document_id = ? ORDER BY position, line_no"),
                      {documentId});
    if (!r)
        return r.error();
    QList<DocumentLine> out;
    while (r->next()) {
        DocumentLine l;
        l.id = r->i64(0);
        l.lineNo = r->i32(1);
        l.position = r->i32(2);
        l.kind = parseLineKind(r->str(3)).value_or(LineKind::Text);
        l.productId = r->i64(4);
        l.sku = r->str(5);
        l.description = r->str(6);
        l.quantity = Quantity::fromMilli(r->i64(7));
        l.unit = r->str(8);
        l.unitPrice = UnitPrice::fromRaw(r->i64(9));
        l.discount = Percent::fromRaw(r->i64(10));
        l.vatCode = r->str(11);
        l.vatCategory = vatCategoryFromCode(r->str(12)).value_or(VatCategory::Standard);
        l.vatPercent = Percent::fromRaw(r->i64(13));
        l.net = Money::fromMinor(r->i64(14));
        l.sourceLineId = r->i64(15);
        l.parentLineId = r->i64(16);
        l.picked = Quantity::fromMilli(r->i64(17));
        l.returnStock = r->flag(18);
        l.reinvoice = r->flag(19);
        out << l;
    }
    return out;
}

Result<std::optional<qint64>> DocumentRepository::idByNumber(DocumentType type, qint64 number)
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM documents WHERE type = ? AND number = ?"),
                         {documentTypeKey(type), number});
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<void> DocumentRepository::addRelation(qint64 fromId, qint64 toId, const QString& relation)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT OR IGNORE INTO document_relations(from_id, to_id, relation) VALUES (?, ?, ?)"),
                    {fromId, toId, relation}));
    return {};
}

Result<void> DocumentRepository::log(qint64 documentId, const QString& kind, const QString& text)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO activity_log(document_id, at, user, kind, text) VALUES (?, ?, ?, ?, ?)"),
                    {documentId, now(), currentUser(), kind, text}));
    return {};
}

Result<qint64> DocumentRepository::addAttachment(qint64 documentId, const QString& name, const QString& mime,
                                                 const QByteArray& data)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO attachments(document_id, name, mime, data, added_at, added_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {documentId, name, mime, data, now(), currentUser()});
    if (!r)
        return r.error();
    return r->lastInsertId();
}

Result<qint64> DocumentRepository::addPayment(qint64 invoiceId, const QDate& date, Money amount, const QString& note)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO payments(invoice_id, date, amount, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                      {invoiceId, date.toString(Qt::ISODate), amount.minor(), note, now(), currentUser()});
    if (!r)
        return r.error();
    return r->lastInsertId();
}

Result<qint64> DocumentRepository::addReminder(qint64 invoiceId, const QDate& date, Money fee)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO reminders(invoice_id, date, fee, created_at, created_by) VALUES (?, ?, ?, ?, ?)"),
                      {invoiceId, date.toString(Qt::ISODate), fee.minor(), now(), currentUser()});
    if (!r)
        return r.error();
    return r->lastInsertId();
}

} // namespace sd::storage
