#include "salesservicehelpers.h"

#include "common/clock.h"
#include "documents/derivedstatus.h"
#include "documents/documenttotals.h"
#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sd::detail {

using namespace storage;

namespace {

Result<void> checkEditable(const Document& d)
{
    switch (d.type) {
    case DocumentType::Quote:
        return QuoteLifecycle::check(*QuoteLifecycle::parseStatus(d.status), QuoteAction::Edit);
    case DocumentType::Order:
        return OrderLifecycle::check(*OrderLifecycle::parseStatus(d.status), OrderAction::Edit);
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        if (d.isBooked())
            return makeError(ErrorCode::Immutable,
                             QCoreApplication::translate("sd::SalesService",
                                                         "%1 is booked and cannot be changed; correct it with a credit note.")
                                 .arg(label(d)));
        return InvoiceLifecycle::check(*InvoiceLifecycle::parseStatus(d.status), InvoiceAction::Edit, d.type);
    case DocumentType::Shipment:
        return makeError(ErrorCode::RuleViolation, QCoreApplication::translate("sd::SalesService", "A shipment's lines come from its order; pick them instead."));
    }
    return {};
}

} // namespace

Result<Document> loadEditable(DocumentRepository& docs, qint64 id)
{
    auto d = docs.load(id);
    if (!d)
        return d.error();
    SD_TRY(checkEditable(*d));
    return d;
}

Result<Document> loadOfType(DocumentRepository& docs, qint64 id, DocumentType type)
{
    auto d = docs.load(id);
    if (!d)
        return d;
    if (d->type != type)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::SalesService", "Document %1 is a %2, not a %3.")
                             .arg(id)
                             .arg(documentTypeName(d->type), documentTypeName(type)));
    return d;
}

bool hasAmountLines(const Document& d)
{
    for (const auto& l : d.lines)
        if (lineKindHasAmounts(l.kind) && !l.parentLineId)
            return true;
    return false;
}

QString label(const Document& d)
{
    if (d.number)
        return documentTypeName(d.type) + u' ' + QString::number(*d.number);
    return QCoreApplication::translate("sd::SalesService", "%1 draft (id %2)").arg(documentTypeName(d.type)).arg(d.id);
}

void copyHeader(const Document& from, Document& to)
{
    to.yourReference = from.yourReference;
    to.ourReference = from.ourReference;
    to.heading = from.heading;
    to.note = from.note;
    to.discount = from.discount;
    to.deliveryDate = from.deliveryDate;
    to.customer = from.customer;
    to.currency = from.currency;
    to.paymentDays = from.paymentDays;
    to.layout = from.layout;
}

Result<void> applyVat(Database& db, DocumentLine& line, const QDate& date)
{
    auto code = SettingsRepository(db).vatCode(line.vatCode);
    if (!code)
        return code.error();
    auto rate = code->rateOn(date);
    if (!rate)
        return makeError(ErrorCode::RuleViolation,
                         QCoreApplication::translate("sd::SalesService", "VAT code %1 has no rate on %2.")
                             .arg(line.vatCode, date.toString(Qt::ISODate)));
    line.vatCategory = code->category;
    line.vatPercent = *rate;
    return {};
}

Result<void> refreshVatRates(Database& db, Document& d)
{
    for (auto& l : d.lines)
        if (lineKindHasAmounts(l.kind) && !l.parentLineId)
            SD_TRY(applyVat(db, l, d.date));
    return {};
}

Result<void> computeLines(Document& d)
{
    // Bundle component lines of shipments carry no amounts of their own.
    QList<DocumentLine> priced;
    for (const auto& l : d.lines)
        if (!l.parentLineId)
            priced << l;
    SD_TRY(validateLines(priced));
    auto totals = computeTotals(priced, d.discount);
    if (!totals)
        return totals.error();
    d.totals = *totals;
    QHash<int, Money> nets;
    for (const auto& l : priced)
        nets.insert(l.lineNo, l.net);
    for (auto& l : d.lines)
        if (!l.parentLineId)
            l.net = nets.value(l.lineNo);
    return {};
}

Result<void> recompute(DocumentRepository& docs, Document& d, const Document* onFile)
{
    SD_TRY(computeLines(d));
    // Write only the lines that differ from the file. Rewriting every line made adding a line
    // O(lines) writes (a 1,000-line document O(n²) to build) and booking rewrite lines that
    // had not changed (issue 9). Comparing with the stored lines costs one indexed read.
    QHash<qint64, DocumentLine> stored;
    std::optional<Document> loaded; // outlives the writes below: onFile may point at it
    if (d.id != 0 && std::any_of(d.lines.cbegin(), d.lines.cend(), [](const DocumentLine& l) { return l.id != 0; })) {
        if (!onFile) {
            auto r = docs.load(d.id);
            if (!r)
                return r.error();
            loaded = std::move(*r);
            onFile = &*loaded;
        }
        Q_ASSERT(onFile->id == d.id);
        for (const auto& l : onFile->lines)
            stored.insert(l.id, l);
    }
    for (auto& l : d.lines) {
        if (l.id == 0) {
            SD_TRY(docs.insertLine(d.id, l));
        } else if (auto it = stored.constFind(l.id); it == stored.cend() || *it != l) {
            SD_TRY(docs.updateLine(d.id, l));
        }
    }
    SD_TRY(docs.updateHeader(d, onFile));
    // When every line on file is in `d` (the new ones inserted, the changed ones written), the
    // document is known as it is on file: the next call in a batch need not read it again.
    if (onFile) {
        QSet<qint64> ids;
        for (const auto& l : d.lines)
            ids.insert(l.id);
        if (std::all_of(onFile->lines.cbegin(), onFile->lines.cend(), [&](const DocumentLine& l) { return ids.contains(l.id); }))
            docs.remember(d);
    }
    return {};
}

bool isShippable(Database& db, const DocumentLine& line)
{
    if (line.kind == LineKind::Bundle)
        return true;
    if (line.kind != LineKind::Product || !line.productId)
        return false;
    auto p = ProductRepository(db).byId(line.productId);
    return p && p->stockTracked;
}

Result<void> checkOrderLineFloor(DocumentRepository& docs, const Document& order, const DocumentLine& line, Quantity q)
{
    auto facts = docs.orderLineFacts(order.id);
    if (!facts)
        return facts.error();
    for (const auto& f : *facts) {
        if (f.lineId != line.id)
            continue;
        const Quantity shipped = f.shippedOnSent + f.onUnsentShipments;
        const Quantity invoiced = f.onDraftInvoices + f.invoicedBooked - f.creditedReinvoiceable;
        const Quantity floor = max(shipped, invoiced);
        if (q < floor)
            return makeError(ErrorCode::RuleViolation,
                             QCoreApplication::translate("sd::SalesService",
                                                         "Line %1 has %2 shipped or invoiced; it cannot go below that.")
                                 .arg(line.lineNo)
                                 .arg(floor.toString()));
    }
    return {};
}

Result<void> checkCreditLimit(DocumentRepository& docs, const Document& creditNote, const DocumentLine& line, Quantity q)
{
    auto invoice = docs.load(creditNote.creditedInvoiceId);
    if (!invoice)
        return invoice.error();
    auto credited = docs.creditedPerInvoiceLine(invoice->id, false);
    if (!credited)
        return credited.error();
    for (const auto& il : invoice->lines) {
        if (il.id != line.sourceLineId)
            continue;
        const Quantity others = credited->value(il.id) - line.quantity; // this note's own share excluded
        if (others + q > il.quantity)
            return makeError(ErrorCode::RuleViolation,
                             QCoreApplication::translate("sd::SalesService",
                                                         "Line %1: at most %2 can be credited (invoiced %3, credited %4).")
                                 .arg(line.lineNo)
                                 .arg((il.quantity - others).toString(), il.quantity.toString(), others.toString()));
    }
    return {};
}

namespace {

QList<DeliveryLine> deliveryLines(Database& db, const Document& d, const QList<OrderLineFacts>& facts,
                                  QHash<qint64, Quantity>* shippedPerLine)
{
    QHash<qint64, OrderLineFacts> byLine;
    for (const auto& f : facts)
        byLine.insert(f.lineId, f);
    QList<DeliveryLine> out;
    for (const auto& l : d.lines) {
        if (!lineKindHasAmounts(l.kind))
            continue;
        const auto f = byLine.value(l.id);
        if (shippedPerLine)
            shippedPerLine->insert(l.id, f.shippedOnSent);
        out << DeliveryLine{l.quantity, f.shippedOnSent, f.onUnsentShipments, isShippable(db, l)};
    }
    return out;
}

} // namespace

Result<void> fillInvoiceMoney(DocumentRepository& docs, DocumentView& v, QList<DocumentRepository::ReminderFee>* fees)
{
    const Document& d = v.document;
    auto paidCredited = docs.paidAndCredited(d.id);
    if (!paidCredited)
        return paidCredited.error();
    const auto [paid, credited] = *paidCredited;
    auto reminders = docs.reminders(d.id); // with and without a fee: the count and the fees
    if (!reminders)
        return reminders.error();
    Money feesPaid;
    v.reminderFeesOpen = Money();
    for (const auto& f : *reminders) {
        if (!f.fee.isPositive())
            continue;
        if (fees)
            *fees << f;
        if (f.status == QStringLiteral("paid"))
            feesPaid += f.fee;
        else if (f.status == QStringLiteral("open"))
            v.reminderFeesOpen += f.fee;
    }
    // Payments that settled reminder fees are not payments of the invoice amount.
    v.paid = paid - feesPaid;
    v.credited = credited;
    PaymentFacts facts{d.totals.gross, v.paid, credited, d.dueDate.isValid() ? d.dueDate : d.date,
                       Clock::instance().today(), int(reminders->size())};
    v.amountDue = d.isBooked() ? amountDue(facts) : d.totals.gross;
    v.paymentStatus = d.isBooked() ? paymentStatusKey(paymentStatus(facts)) : paymentStatusKey(PaymentStatus::Unpaid);
    return {};
}

Result<void> fillDerived(Database& db, DocumentRepository& docs, DocumentView& v)
{
    // The VAT breakdown is not stored: derive it from the lines (the cached totals agree with
    // them, which `check` verifies).
    if (v.document.type != DocumentType::Shipment) {
        QList<DocumentLine> priced;
        for (const auto& l : v.document.lines)
            if (!l.parentLineId)
                priced << l;
        auto totals = computeTotals(priced, v.document.discount);
        if (!totals)
            return totals.error();
        v.document.totals.breakdown = totals->breakdown;
    }
    const Document& d = v.document;
    const QDate today = Clock::instance().today();
    switch (d.type) {
    case DocumentType::Quote:
        v.expired = isQuoteExpired(*QuoteLifecycle::parseStatus(d.status), d.validUntil, today);
        break;
    case DocumentType::Order: {
        // One read of the order's facts for both statuses (it was read twice).
        auto facts = docs.orderLineFacts(d.id);
        if (!facts)
            return facts.error();
        v.deliveryStatus = deliveryStatusKey(deliveryStatus(deliveryLines(db, d, *facts, &v.shippedPerLine)));
        QList<InvoicingLine> inv;
        for (const auto& f : *facts) {
            const DocumentLine* l = nullptr;
            for (const auto& x : d.lines)
                if (x.id == f.lineId)
                    l = &x;
            if (!l || !lineKindHasAmounts(l->kind))
                continue;
            const Quantity net = f.invoicedBooked - f.creditedReinvoiceable;
            v.invoicedPerLine.insert(l->id, net);
            inv << InvoicingLine{l->quantity, f.onDraftInvoices, net};
        }
        v.invoiceStatus = invoicingStatusKey(invoicingStatus(inv));
        break;
    }
    case DocumentType::Shipment: {
        QList<PickLine> picks;
        for (const auto& l : d.lines)
            if (l.kind == LineKind::Product)
                picks << PickLine{l.quantity, l.picked};
        v.pickedStatus = pickedStatusKey(pickedStatus(picks));
        break;
    }
    case DocumentType::Invoice: {
        SD_TRY(fillInvoiceMoney(docs, v));
        // Delivery of an invoice: shipments made from it.
        auto shipments = docs.relatedIds(d.id, DocumentType::Shipment, QStringLiteral("shipment"));
        if (!shipments)
            return shipments.error();
        bool anySent = false, anyDraft = false;
        for (qint64 sid : *shipments) {
            auto status = docs.status(sid); // not the whole shipment: paying reads this twice
            if (!status)
                return status.error();
            (*status == QStringLiteral("sent") ? anySent : anyDraft) = true;
        }
        v.deliveryStatus = anySent ? deliveryStatusKey(DeliveryStatus::Delivered)
                                   : anyDraft ? deliveryStatusKey(DeliveryStatus::Ready)
                                              : deliveryStatusKey(DeliveryStatus::NotShipped);
        break;
    }
    case DocumentType::CreditNote:
        if (d.creditedInvoiceId) {
            auto inv = docs.load(d.creditedInvoiceId);
            if (inv && inv->number)
                v.creditedInvoiceNumber = *inv->number;
        }
        break;
    }
    return {};
}

Result<void> autoArchiveOrder(Database& db, DocumentRepository& docs, qint64 orderId)
{
    DocumentView v;
    auto d = docs.load(orderId);
    if (!d)
        return d.error();
    v.document = *d;
    SD_TRY(fillDerived(db, docs, v));
    const bool done = v.deliveryStatus == deliveryStatusKey(DeliveryStatus::Delivered)
                      && v.invoiceStatus == invoicingStatusKey(InvoicingStatus::Invoiced);
    if (done != d->archived && d->status != QStringLiteral("draft")) {
        const Document before = *d;
        d->archived = done;
        SD_TRY(docs.updateHeader(*d, &before));
    }
    return {};
}

} // namespace sd::detail
