// SalesService, part 1: drafts, lines, quotes, orders, reading. Part 2 (shipments, invoices,
// credit notes, payments) is in salesservicefulfilment.cpp.

#include "salesservice.h"

#include "common/clock.h"
#include "documents/documenttotals.h"
#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documents/shipmentlifecycle.h"
#include "salesservicehelpers.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

SalesService::SalesService(Database& db)
    : m_db(db)
    , m_docs(db)
{
}

Result<qint64> SalesService::create(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil)
{
    if (type == DocumentType::Shipment || type == DocumentType::CreditNote)
        return makeError(ErrorCode::InvalidInput,
                         tr("Shipments are made from orders and credit notes from invoices."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = createDraft(type, customerNumber, validUntil);
    if (!d)
        return d.error();
    SD_TRY(tx.commit());
    return d->id;
}

Result<Document> SalesService::createDraft(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil)
{
    auto d = newDraft(type, customerNumber, validUntil);
    if (!d)
        return d.error();
    SD_TRY(insertDraft(*d));
    return d;
}

Result<Document> SalesService::newDraft(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil)
{
    Q_ASSERT(m_db.transactionDepth() > 0);
    auto customer = CustomerRepository(m_db).byNumber(customerNumber);
    if (!customer)
        return customer.error();
    if (customer->deleted)
        return makeError(ErrorCode::RuleViolation, tr("Customer %1 is deleted.").arg(customerNumber));
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    Document d;
    d.type = type;
    d.customer = CustomerSnapshot::of(*customer);
    d.date = Clock::instance().today();
    d.currency = customer->currency;
    d.paymentDays = customer->paymentDays.value_or(settings->paymentDays());
    d.layout = customer->layout;
    if (type == DocumentType::Quote)
        d.validUntil = validUntil.value_or(d.date.addDays(settings->days(QStringLiteral("quote.valid_days"))));
    if (type != DocumentType::Invoice) {
        auto number = SettingsRepository(m_db).takeNumber(documentTypeKey(type));
        if (!number)
            return number.error();
        d.number = *number;
    }
    return d;
}

Result<void> SalesService::insertDraft(Document& d)
{
    if (!d.lines.isEmpty())
        SD_TRY(detail::computeLines(d));
    SD_TRY(m_docs.insert(d));
    SD_TRY(m_docs.log(d.id, QStringLiteral("created"), tr("Created")));
    return {};
}

Result<void> SalesService::setHeader(qint64 id, const HeaderChange& c)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    const Document before = *d; // as on file: recompute compares with it
    QStringList changed;
    if (c.date) { d->date = *c.date; changed << tr("date"); }
    if (c.yourReference) { d->yourReference = *c.yourReference; changed << tr("your reference"); }
    if (c.ourReference) { d->ourReference = *c.ourReference; changed << tr("our reference"); }
    if (c.heading) { d->heading = *c.heading; changed << tr("heading"); }
    if (c.note) { d->note = *c.note; changed << tr("note"); }
    if (c.deliveryDate) { d->deliveryDate = *c.deliveryDate; changed << tr("delivery date"); }
    if (c.validUntil) {
        if (d->type != DocumentType::Quote)
            return makeError(ErrorCode::InvalidInput, tr("Only quotes have a valid-until date."));
        d->validUntil = *c.validUntil;
        changed << tr("valid until");
    }
    if (c.discount) { d->discount = *c.discount; changed << tr("discount"); }
    if (c.layout) { d->layout = *c.layout; changed << tr("layout"); }
    if (c.date && d->type != DocumentType::Shipment)
        SD_TRY(detail::refreshVatRates(m_db, *d));
    SD_TRY(detail::recompute(m_docs, *d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("change"), tr("Changed %1").arg(changed.join(QStringLiteral(", ")))));
    return tx.commit();
}

Result<void> SalesService::setCustomer(qint64 id, qint64 customerNumber)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    if (d->status != QStringLiteral("draft"))
        return makeError(ErrorCode::InvalidState, tr("Only a draft can change customer."));
    if (d->type == DocumentType::CreditNote || d->type == DocumentType::Shipment)
        return makeError(ErrorCode::RuleViolation, tr("A credit note or shipment keeps the customer of its source."));
    auto customer = CustomerRepository(m_db).byNumber(customerNumber);
    if (!customer)
        return customer.error();
    if (customer->deleted)
        return makeError(ErrorCode::RuleViolation, tr("Customer %1 is deleted.").arg(customerNumber));
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    d->customer = CustomerSnapshot::of(*customer);
    d->currency = customer->currency;
    d->paymentDays = customer->paymentDays.value_or(settings->paymentDays());
    d->layout = customer->layout;
    SD_TRY(m_docs.updateHeader(*d));
    SD_TRY(m_docs.log(id, QStringLiteral("change"), tr("Customer changed to %1 %2").arg(customerNumber).arg(customer->name)));
    return tx.commit();
}

Result<void> SalesService::deleteDraft(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = m_docs.load(id);
    if (!d)
        return d.error();
    if (d->status != QStringLiteral("draft"))
        return makeError(ErrorCode::InvalidState, tr("Only drafts can be deleted; this document is %1.").arg(d->status));
    SD_TRY(m_docs.remove(id));
    return tx.commit();
}

Result<qint64> SalesService::duplicate(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto src = m_docs.load(id);
    if (!src)
        return src.error();
    if (src->type == DocumentType::Shipment || src->type == DocumentType::CreditNote)
        return makeError(ErrorCode::RuleViolation, tr("Shipments and credit notes cannot be duplicated."));
    auto d = createDraft(src->type, src->customer.number);
    if (!d)
        return d.error();
    const qint64 newId = d->id;
    d->yourReference = src->yourReference;
    d->ourReference = src->ourReference;
    d->heading = src->heading;
    d->note = src->note;
    d->discount = src->discount;
    for (DocumentLine l : src->lines) {
        if (l.parentLineId)
            continue;
        l.id = 0;
        l.sourceLineId = 0;
        if (lineKindHasAmounts(l.kind))
            SD_TRY(detail::applyVat(m_db, l, d->date));
        d->lines << l;
    }
    SD_TRY(detail::recompute(m_docs, *d));
    SD_TRY(m_docs.log(newId, QStringLiteral("created"), tr("Duplicated from %1").arg(detail::label(*src))));
    SD_TRY(tx.commit());
    return newId;
}

Result<void> SalesService::setArchived(qint64 id, bool archived)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = m_docs.load(id);
    if (!d)
        return d.error();
    d->archived = archived;
    SD_TRY(m_docs.updateHeader(*d));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), archived ? tr("Archived") : tr("Unarchived")));
    return tx.commit();
}

Result<void> SalesService::comment(qint64 id, const QString& text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A comment needs a text."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    SD_TRY(m_docs.load(id));
    SD_TRY(m_docs.log(id, QStringLiteral("comment"), text));
    return tx.commit();
}

Result<qint64> SalesService::attach(qint64 id, const QString& name, const QByteArray& data)
{
    if (data.size() > 50 * 1024 * 1024)
        return makeError(ErrorCode::OutOfRange, tr("Attachments are limited to 50 MB."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    SD_TRY(m_docs.load(id));
    const QString mime = name.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? QStringLiteral("application/pdf")
                                                                                     : QStringLiteral("application/octet-stream");
    auto a = m_docs.addAttachment(id, name, mime, data);
    if (!a)
        return a;
    SD_TRY(m_docs.log(id, QStringLiteral("attachment"), tr("Attached %1").arg(name)));
    SD_TRY(tx.commit());
    return a;
}

// ---- quotes ----------------------------------------------------------------------------------

Result<void> SalesService::sendQuote(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadOfType(m_docs, id, DocumentType::Quote);
    if (!d)
        return d.error();
    auto status = QuoteLifecycle::parseStatus(d->status);
    auto next = QuoteLifecycle::apply(*status, QuoteAction::Send);
    if (!next)
        return next.error();
    if (!detail::hasAmountLines(*d))
        return makeError(ErrorCode::RuleViolation, tr("Add at least one line before sending the quote."));
    const Document before = *d;
    d->status = QuoteLifecycle::statusKey(*next);
    d->sent = true;
    SD_TRY(m_docs.updateHeader(*d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Sent")));
    return tx.commit();
}

Result<void> SalesService::rejectQuote(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadOfType(m_docs, id, DocumentType::Quote);
    if (!d)
        return d.error();
    auto next = QuoteLifecycle::apply(*QuoteLifecycle::parseStatus(d->status), QuoteAction::Reject);
    if (!next)
        return next.error();
    const Document before = *d;
    d->status = QuoteLifecycle::statusKey(*next);
    d->archived = true; // completed quotes archive themselves (seed 001)
    SD_TRY(m_docs.updateHeader(*d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Rejected")));
    return tx.commit();
}

Result<qint64> SalesService::acceptQuote(qint64 id, DocumentType to)
{
    if (to != DocumentType::Order && to != DocumentType::Invoice)
        return makeError(ErrorCode::InvalidInput, tr("A quote becomes an order or an invoice."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto q = detail::loadOfType(m_docs, id, DocumentType::Quote);
    if (!q)
        return q.error();
    const QuoteStatus from = *QuoteLifecycle::parseStatus(q->status);
    SD_TRY(QuoteLifecycle::check(from, to == DocumentType::Order ? QuoteAction::ConvertToOrder : QuoteAction::ConvertToInvoice));
    if (!detail::hasAmountLines(*q))
        return makeError(ErrorCode::RuleViolation, tr("The quote has no lines to convert."));
    // Built in memory and written once, header with its final totals (issue 9).
    auto d = newDraft(to, q->customer.number);
    if (!d)
        return d.error();
    detail::copyHeader(*q, *d);
    for (DocumentLine l : q->lines) {
        l.sourceLineId = l.id;
        l.id = 0;
        if (lineKindHasAmounts(l.kind))
            SD_TRY(detail::applyVat(m_db, l, d->date));
        d->lines << l;
    }
    SD_TRY(insertDraft(*d));
    SD_TRY(m_docs.addRelation(q->id, d->id, QStringLiteral("converted")));
    const Document quoteBefore = *q;
    q->status = QuoteLifecycle::statusKey(QuoteStatus::Accepted);
    q->archived = true;
    SD_TRY(m_docs.updateHeader(*q, &quoteBefore));
    SD_TRY(m_docs.log(q->id, QStringLiteral("status"), tr("Accepted; converted to %1").arg(detail::label(*d))));
    SD_TRY(m_docs.log(d->id, QStringLiteral("created"), tr("Made from %1").arg(detail::label(*q))));
    SD_TRY(tx.commit());
    return d->id;
}

// ---- orders ----------------------------------------------------------------------------------

Result<void> SalesService::confirmOrder(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadOfType(m_docs, id, DocumentType::Order);
    if (!d)
        return d.error();
    auto next = OrderLifecycle::apply(*OrderLifecycle::parseStatus(d->status), OrderAction::Confirm);
    if (!next)
        return next.error();
    if (!detail::hasAmountLines(*d))
        return makeError(ErrorCode::RuleViolation, tr("Add at least one line before confirming the order."));
    auto customer = CustomerRepository(m_db).byId(d->customer.customerId);
    if (!customer)
        return customer.error();
    if (customer->deleted)
        return makeError(ErrorCode::RuleViolation, tr("The customer of this order is deleted."));
    const Document before = *d;
    d->status = OrderLifecycle::statusKey(*next);
    d->sent = true;
    SD_TRY(m_docs.updateHeader(*d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Confirmed")));
    return tx.commit();
}

Result<void> SalesService::cancelOrder(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadOfType(m_docs, id, DocumentType::Order);
    if (!d)
        return d.error();
    auto next = OrderLifecycle::apply(*OrderLifecycle::parseStatus(d->status), OrderAction::Cancel);
    if (!next)
        return next.error();
    auto facts = m_docs.orderLineFacts(id);
    if (!facts)
        return facts.error();
    for (const auto& f : *facts)
        if (f.shippedOnSent.isPositive() || f.onUnsentShipments.isPositive() || f.onDraftInvoices.isPositive()
            || f.invoicedBooked.isPositive())
            return makeError(ErrorCode::RuleViolation,
                             tr("The order has shipments or invoices; make a backorder or credit note instead of cancelling."));
    d->status = OrderLifecycle::statusKey(*next);
    SD_TRY(m_docs.updateHeader(*d));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Cancelled")));
    return tx.commit();
}

Result<qint64> SalesService::backorder(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadOfType(m_docs, id, DocumentType::Order);
    if (!d)
        return d.error();
    SD_TRY(OrderLifecycle::check(*OrderLifecycle::parseStatus(d->status), OrderAction::Backorder));
    const Document before = *d; // as on file: recompute compares with it
    auto facts = m_docs.orderLineFacts(id);
    if (!facts)
        return facts.error();
    bool anyShipped = false, anyRest = false;
    QHash<qint64, OrderLineFacts> byLine;
    for (const auto& f : *facts) {
        byLine.insert(f.lineId, f);
        if (f.onUnsentShipments.isPositive())
            return makeError(ErrorCode::RuleViolation, tr("Send or delete the open shipment before making a backorder."));
        anyShipped = anyShipped || f.shippedOnSent.isPositive();
    }
    for (const auto& l : d->lines)
        if (detail::isShippable(m_db, l) && byLine.value(l.id).shippedOnSent < l.quantity)
            anyRest = true;
    if (!anyShipped || !anyRest)
        return makeError(ErrorCode::RuleViolation,
                         tr("A backorder needs a partly shipped order: something shipped and something left."));
    auto rest = createDraft(DocumentType::Order, d->customer.number);
    if (!rest)
        return rest.error();
    detail::copyHeader(*d, *rest);
    rest->status = OrderLifecycle::statusKey(OrderStatus::Sent); // the rest is as confirmed as the original
    rest->sent = true;
    for (auto& l : d->lines) {
        if (!detail::isShippable(m_db, l))
            continue;
        const Quantity shipped = byLine.value(l.id).shippedOnSent;
        if (shipped >= l.quantity)
            continue;
        DocumentLine r = l;
        r.id = 0;
        r.sourceLineId = 0;
        r.quantity = l.quantity - shipped;
        rest->lines << r;
        l.quantity = shipped; // the original keeps what was shipped (0 lines are removed below)
    }
    for (auto it = d->lines.begin(); it != d->lines.end();) {
        if (lineKindHasAmounts(it->kind) && it->quantity.isZero()) {
            SD_TRY(m_docs.removeLine(d->id, it->id));
            it = d->lines.erase(it);
        } else {
            ++it;
        }
    }
    d->status = OrderLifecycle::statusKey(OrderStatus::Cancelled);
    SD_TRY(detail::recompute(m_docs, *d, &before)); // only the removed lines left the file
    SD_TRY(detail::recompute(m_docs, *rest));
    SD_TRY(m_docs.addRelation(d->id, rest->id, QStringLiteral("backorder")));
    SD_TRY(m_docs.log(d->id, QStringLiteral("status"), tr("Rest moved to backorder %1").arg(detail::label(*rest))));
    SD_TRY(m_docs.log(rest->id, QStringLiteral("created"), tr("Backorder of %1").arg(detail::label(*d))));
    SD_TRY(tx.commit());
    return rest->id;
}

// ---- reading ---------------------------------------------------------------------------------

Result<qint64> SalesService::idOfNumber(DocumentType type, qint64 number)
{
    auto id = m_docs.idByNumber(type, number);
    if (!id)
        return id.error();
    if (!*id)
        return makeError(ErrorCode::NotFound, tr("There is no %1 number %2.").arg(documentTypeName(type)).arg(number));
    return **id;
}

Result<QList<ActivityEntry>> SalesService::activity(qint64 id)
{
    return m_docs.activity(id);
}

Result<QList<AttachmentInfo>> SalesService::attachments(qint64 id)
{
    return m_docs.attachments(id);
}

Result<DocumentView> SalesService::view(qint64 id)
{
    auto d = m_docs.load(id);
    if (!d)
        return d.error();
    DocumentView v;
    v.document = *d;
    auto rel = m_docs.relations(id);
    if (!rel)
        return rel.error();
    v.related = *rel;
    SD_TRY(detail::fillDerived(m_db, m_docs, v));
    return v;
}

} // namespace sd
