// SalesService, part 2: shipments (picking, sending, stock), invoices and credit notes.
// Payments and reminders: salesservicepayments.cpp.

#include "salesservice.h"

#include "common/clock.h"
#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/reminderrules.h"
#include "documents/shipmentlifecycle.h"
#include "salesservicehelpers.h"
#include "services/stockservice.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

namespace {

// A new shipment for `from` (an order or an invoice), numbered from its series.
Result<Document> newShipment(Database& db, const Document& from)
{
    Document s;
    s.type = DocumentType::Shipment;
    detail::copyHeader(from, s);
    s.date = Clock::instance().today();
    auto number = SettingsRepository(db).takeNumber(QStringLiteral("shipment"));
    if (!number)
        return number.error();
    s.number = *number;
    return s;
}

// Appends shipment lines for `quantity` of an order/invoice line: one product line, or a bundle
// line followed by one line per component (linked through parentLineId once stored).
Result<void> appendShipmentLines(Database& db, Document& s, const DocumentLine& from, Quantity quantity, qint64 sourceLineId)
{
    DocumentLine l;
    l.kind = from.kind;
    l.productId = from.productId;
    l.sku = from.sku;
    l.description = from.description;
    l.unit = from.unit;
    l.quantity = quantity;
    l.sourceLineId = sourceLineId;
    l.lineNo = int(s.lines.size()) + 1;
    l.position = l.lineNo;
    s.lines << l;
    if (from.kind != LineKind::Bundle)
        return {};
    auto bundle = ProductRepository(db).byId(from.productId);
    if (!bundle)
        return bundle.error();
    for (const auto& c : bundle->components) {
        auto component = ProductRepository(db).byId(c.productId);
        if (!component)
            return component.error();
        DocumentLine cl;
        cl.kind = LineKind::Product;
        cl.productId = component->id;
        cl.sku = component->sku;
        cl.description = component->name;
        cl.unit = component->unit;
        cl.quantity = Quantity::fromMilli(quantity.milli() * c.quantity.milli() / Quantity::kScale);
        cl.parentLineId = -l.lineNo; // resolved to the bundle line's id after insert
        cl.lineNo = int(s.lines.size()) + 1;
        cl.position = cl.lineNo;
        s.lines << cl;
    }
    return {};
}

// Inserts a new shipment with its lines; shipment lines carry no amounts. Component lines
// find their bundle line through the negative parentLineId (DocumentRepository::insert).
Result<void> insertShipment(DocumentRepository& docs, Document& s)
{
    SD_TRY(docs.insert(s));
    return {};
}

} // namespace

Result<qint64> SalesService::createShipment(qint64 orderId)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto order = detail::loadOfType(m_docs, orderId, DocumentType::Order);
    if (!order)
        return order.error();
    SD_TRY(OrderLifecycle::check(*OrderLifecycle::parseStatus(order->status), OrderAction::Ship));
    auto facts = m_docs.orderLineFacts(orderId);
    if (!facts)
        return facts.error();
    QHash<qint64, OrderLineFacts> byLine;
    for (const auto& f : *facts)
        byLine.insert(f.lineId, f);
    auto s = newShipment(m_db, *order);
    if (!s)
        return s.error();
    for (const auto& l : order->lines) {
        if (!detail::isShippable(m_db, l))
            continue;
        const auto f = byLine.value(l.id);
        const Quantity remaining = remainingToShip(l.quantity, f.shippedOnSent, f.onUnsentShipments);
        if (remaining.isPositive())
            SD_TRY(appendShipmentLines(m_db, *s, l, remaining, l.id));
    }
    if (s->lines.isEmpty())
        return makeError(ErrorCode::RuleViolation, tr("Nothing remains to ship on %1.").arg(detail::label(*order)));
    SD_TRY(insertShipment(m_docs, *s));
    SD_TRY(m_docs.addRelation(orderId, s->id, QStringLiteral("shipment")));
    SD_TRY(m_docs.log(s->id, QStringLiteral("created"), tr("Made from %1").arg(detail::label(*order))));
    SD_TRY(m_docs.log(orderId, QStringLiteral("change"), tr("Shipment %1 created").arg(*s->number)));
    SD_TRY(tx.commit());
    return s->id;
}

Result<void> SalesService::pickAll(qint64 shipmentId)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto s = detail::loadOfType(m_docs, shipmentId, DocumentType::Shipment);
    if (!s)
        return s.error();
    SD_TRY(ShipmentLifecycle::check(*ShipmentLifecycle::parseStatus(s->status), ShipmentAction::Pick));
    SD_TRY(m_docs.pickAllLines(shipmentId)); // one statement, not one per line
    SD_TRY(m_docs.log(shipmentId, QStringLiteral("change"), tr("Picked all lines")));
    return tx.commit();
}

Result<void> SalesService::pick(qint64 shipmentId, const QString& sku, Quantity quantity)
{
    return pick(shipmentId, QList<PickInput>{{sku, quantity}});
}

Result<void> SalesService::pick(qint64 shipmentId, const QList<PickInput>& picks)
{
    for (const auto& p : picks)
        if (!p.quantity.isPositive())
            return makeError(ErrorCode::InvalidInput, tr("The quantity must be greater than zero."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto s = detail::loadOfType(m_docs, shipmentId, DocumentType::Shipment);
    if (!s)
        return s.error();
    SD_TRY(ShipmentLifecycle::check(*ShipmentLifecycle::parseStatus(s->status), ShipmentAction::Pick));
    const Document onFile = *s;
    // Every pick is checked against what the earlier picks of this call left, before anything
    // is written: one pick too many refuses them all.
    QStringList done;
    for (const auto& [sku, quantity] : picks) {
        Quantity room;
        bool found = false;
        for (const auto& l : s->lines) {
            if (l.kind == LineKind::Product && l.sku == sku) {
                found = true;
                room += l.quantity - l.picked;
            }
        }
        if (!found)
            return makeError(ErrorCode::NotFound, tr("%1 is not on shipment %2.").arg(sku).arg(s->number.value_or(0)));
        if (quantity > room)
            return makeError(ErrorCode::RuleViolation,
                             tr("Cannot pick %1 of %2: only %3 left to pick on this shipment.")
                                 .arg(quantity.toString(), sku, room.toString()));
        Quantity left = quantity;
        for (auto& l : s->lines) {
            if (l.kind != LineKind::Product || l.sku != sku || !left.isPositive())
                continue;
            const Quantity take = min(left, l.quantity - l.picked);
            if (take.isPositive()) {
                l.picked += take;
                left -= take;
            }
        }
        done << tr("%1 × %2").arg(quantity.toString(), sku);
    }
    if (picks.isEmpty())
        return {};
    for (const auto& l : s->lines) {
        const DocumentLine* was = onFile.line(l.lineNo);
        if (l.kind == LineKind::Product && was && was->picked != l.picked)
            SD_TRY(m_docs.setPicked(shipmentId, l.id, l.picked));
    }
    SD_TRY(m_docs.log(shipmentId, QStringLiteral("change"), tr("Picked %1").arg(done.join(QStringLiteral(", ")))));
    return tx.commit();
}

Result<QString> SalesService::pickEan(qint64 shipmentId, const QString& ean)
{
    auto product = ProductRepository(m_db).byEan(ean.trimmed());
    if (!product)
        return makeError(ErrorCode::NotFound, tr("Unknown barcode %1: no product has it.").arg(ean.trimmed()));
    SD_TRY(pick(shipmentId, product->sku, Quantity::fromUnits(1)));
    return product->sku;
}

Result<void> SalesService::sendShipment(qint64 shipmentId, std::optional<QDate> date)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto s = detail::loadOfType(m_docs, shipmentId, DocumentType::Shipment);
    if (!s)
        return s.error();
    SD_TRY(ShipmentLifecycle::check(*ShipmentLifecycle::parseStatus(s->status), ShipmentAction::Send));
    bool anyPicked = false;
    for (const auto& l : s->lines)
        anyPicked = anyPicked || (l.kind == LineKind::Product && l.picked.isPositive());
    if (!anyPicked)
        return makeError(ErrorCode::RuleViolation, tr("Nothing is picked; pick the goods before sending the shipment."));
    const Document before = *s; // header as on file (only lines are written before it)
    s->date = date.value_or(Clock::instance().today());
    StockService stock(m_db);
    // Bundles ship in whole sets: every component picked in the same proportion.
    for (auto& l : s->lines) {
        if (l.kind != LineKind::Bundle)
            continue;
        auto bundle = ProductRepository(m_db).byId(l.productId);
        if (!bundle)
            return bundle.error();
        std::optional<Quantity> sets;
        for (const auto& c : s->lines) {
            if (c.parentLineId != l.id)
                continue;
            Quantity per;
            for (const auto& bc : bundle->components)
                if (bc.productId == c.productId)
                    per = bc.quantity;
            if (!per.isPositive())
                continue;
            const Quantity thisSets = Quantity::fromMilli(c.picked.milli() * Quantity::kScale / per.milli());
            if (sets && *sets != thisSets)
                return makeError(ErrorCode::RuleViolation,
                                 tr("The components of %1 are picked unevenly; a bundle ships in whole sets.").arg(l.sku));
            sets = thisSets;
        }
        l.quantity = sets.value_or(Quantity());
        l.picked = l.quantity;
    }
    for (auto& l : s->lines) {
        if (l.kind != LineKind::Product)
            continue;
        // Unpicked quantities go back to the order's remaining.
        l.quantity = l.picked;
        if (l.picked.isPositive()) {
            StockService::Posting p;
            p.productId = l.productId;
            p.quantity = -l.picked;
            p.date = s->date;
            p.reason = QStringLiteral("shipment");
            p.documentId = s->id;
            p.documentLineId = l.id;
            auto posted = stock.post(p);
            if (!posted)
                return posted.error();
        }
    }
    for (auto it = s->lines.begin(); it != s->lines.end();) {
        if (it->quantity.isZero()) {
            SD_TRY(m_docs.removeLine(shipmentId, it->id));
            it = s->lines.erase(it);
        } else {
            // Only lines whose quantity changed (picked less than listed) need writing.
            const DocumentLine* was = before.line(it->lineNo);
            if (!was || was->id != it->id || *was != *it)
                SD_TRY(m_docs.updateLine(shipmentId, *it));
            ++it;
        }
    }
    s->status = ShipmentLifecycle::statusKey(ShipmentStatus::Sent);
    s->sent = true;
    s->archived = true; // sent shipments are complete (seed 001)
    SD_TRY(m_docs.updateHeader(*s, &before));
    SD_TRY(m_docs.log(shipmentId, QStringLiteral("status"), tr("Sent")));
    auto orders = m_docs.sourceIds(shipmentId, DocumentType::Order);
    if (!orders)
        return orders.error();
    for (qint64 orderId : *orders)
        SD_TRY(detail::autoArchiveOrder(m_db, m_docs, orderId));
    return tx.commit();
}

Result<qint64> SalesService::invoiceOrder(qint64 orderId, bool shippedOnly)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto order = detail::loadOfType(m_docs, orderId, DocumentType::Order);
    if (!order)
        return order.error();
    SD_TRY(OrderLifecycle::check(*OrderLifecycle::parseStatus(order->status), OrderAction::Invoice));
    auto facts = m_docs.orderLineFacts(orderId);
    if (!facts)
        return facts.error();
    QHash<qint64, OrderLineFacts> byLine;
    for (const auto& f : *facts)
        byLine.insert(f.lineId, f);
    // Built in memory and written once, header with its final totals (issue 9).
    auto inv = newDraft(DocumentType::Invoice, order->customer.number);
    if (!inv)
        return inv.error();
    detail::copyHeader(*order, *inv);
    inv->shippedOnly = shippedOnly;
    bool any = false;
    for (const auto& l : order->lines) {
        DocumentLine il = l;
        il.id = 0;
        il.sourceLineId = l.id;
        if (lineKindHasAmounts(l.kind)) {
            const auto f = byLine.value(l.id);
            const Quantity base = shippedOnly && detail::isShippable(m_db, l) ? f.shippedOnSent : l.quantity;
            const Quantity q = invoiceableQuantity(base, f.onDraftInvoices, f.invoicedBooked, f.creditedReinvoiceable);
            if (!q.isPositive())
                continue;
            il.quantity = q;
            SD_TRY(detail::applyVat(m_db, il, inv->date));
            any = true;
        }
        inv->lines << il;
    }
    if (!any)
        return makeError(ErrorCode::RuleViolation,
                         shippedOnly ? tr("Nothing shipped is waiting to be invoiced on %1.").arg(detail::label(*order))
                                     : tr("Nothing is left to invoice on %1.").arg(detail::label(*order)));
    SD_TRY(insertDraft(*inv));
    SD_TRY(m_docs.addRelation(orderId, inv->id, QStringLiteral("invoice")));
    SD_TRY(m_docs.log(inv->id, QStringLiteral("created"), tr("Made from %1").arg(detail::label(*order))));
    SD_TRY(tx.commit());
    return inv->id;
}

Result<qint64> SalesService::book(qint64 id, const BookOptions& options)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = m_docs.load(id);
    if (!d)
        return d.error();
    if (d->type != DocumentType::Invoice && d->type != DocumentType::CreditNote)
        return makeError(ErrorCode::InvalidInput, tr("Only invoices and credit notes are booked."));
    SD_TRY(InvoiceLifecycle::check(*InvoiceLifecycle::parseStatus(d->status), InvoiceAction::Book, d->type));
    if (!detail::hasAmountLines(*d))
        return makeError(ErrorCode::RuleViolation, tr("An empty %1 cannot be booked; add a line first.").arg(documentTypeName(d->type)));
    const Document before = *d; // as on file: recompute compares with it
    if (options.date)
        d->date = *options.date;
    SD_TRY(detail::refreshVatRates(m_db, *d));
    if (d->type == DocumentType::CreditNote)
        for (const auto& l : d->lines)
            if (lineKindHasAmounts(l.kind))
                SD_TRY(detail::checkCreditLimit(m_docs, *d, l, l.quantity));
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    // The number is taken inside this transaction: gapless, whatever happens.
    auto number = SettingsRepository(m_db).takeNumber(documentTypeKey(d->type));
    if (!number)
        return number.error();
    d->number = *number;
    d->dueDate = d->date.addDays(d->paymentDays);
    if (d->type == DocumentType::Invoice)
        d->kid = checkdigits::makeKid(QString::number(*number).rightJustified(7, u'0'), settings->kidMode());
    d->status = InvoiceLifecycle::statusKey(InvoiceStatus::Booked);
    d->bookedAt = Clock::instance().now();
    d->bookedBy = DocumentRepository::currentUser();
    d->stockAtDocumentDate = options.stockAtInvoiceDate;
    SD_TRY(detail::recompute(m_docs, *d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Booked as number %1").arg(*number)));

    auto orders = m_docs.sourceIds(id, DocumentType::Order); // read once for both uses below
    if (!orders)
        return orders.error();
    StockService stock(m_db);
    if (d->type == DocumentType::CreditNote) {
        for (const auto& l : d->lines) {
            if (!l.returnStock || !detail::isShippable(m_db, l))
                continue;
            QList<QPair<qint64, Quantity>> parts;
            if (l.kind == LineKind::Bundle) {
                auto bundle = ProductRepository(m_db).byId(l.productId);
                if (!bundle)
                    return bundle.error();
                for (const auto& c : bundle->components)
                    parts << qMakePair(c.productId, Quantity::fromMilli(l.quantity.milli() * c.quantity.milli() / Quantity::kScale));
            } else {
                parts << qMakePair(l.productId, l.quantity);
            }
            for (const auto& [productId, qty] : parts) {
                StockService::Posting p;
                p.productId = productId;
                p.quantity = qty;
                p.date = d->date;
                p.reason = QStringLiteral("return");
                p.documentId = d->id;
                p.documentLineId = l.id;
                SD_TRY(stock.post(p));
            }
        }
    } else if (options.withShipment) {
        // Seed 000: "create shipment too" — ship every stock line of the invoice now.
        auto s = newShipment(m_db, *d);
        if (!s)
            return s.error();
        for (const auto& l : d->lines)
            if (detail::isShippable(m_db, l))
                SD_TRY(appendShipmentLines(m_db, *s, l, l.quantity, l.sourceLineId ? l.sourceLineId : 0));
        if (!s->lines.isEmpty()) {
            SD_TRY(insertShipment(m_docs, *s));
            SD_TRY(m_docs.addRelation(d->id, s->id, QStringLiteral("shipment")));
            for (qint64 orderId : *orders)
                SD_TRY(m_docs.addRelation(orderId, s->id, QStringLiteral("shipment")));
            SD_TRY(pickAll(s->id));
            SD_TRY(sendShipment(s->id, options.stockAtInvoiceDate ? std::optional<QDate>(d->date) : std::nullopt));
        }
    }
    for (qint64 orderId : *orders)
        SD_TRY(detail::autoArchiveOrder(m_db, m_docs, orderId));
    SD_TRY(tx.commit());
    return *number;
}

Result<qint64> SalesService::credit(qint64 invoiceNumber, const QList<CreditLineInput>& lines, bool returnStock, bool reinvoice)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto invoiceId = idOfNumber(DocumentType::Invoice, invoiceNumber);
    if (!invoiceId)
        return invoiceId;
    auto inv = m_docs.load(*invoiceId);
    if (!inv)
        return inv.error();
    SD_TRY(InvoiceLifecycle::check(*InvoiceLifecycle::parseStatus(inv->status), InvoiceAction::Credit));
    auto credited = m_docs.creditedPerInvoiceLine(inv->id, false);
    if (!credited)
        return credited.error();
    Document cn;
    cn.type = DocumentType::CreditNote;
    detail::copyHeader(*inv, cn);
    cn.date = Clock::instance().today();
    cn.creditedInvoiceId = inv->id;
    cn.yourReference = inv->yourReference;
    for (const auto& l : inv->lines) {
        if (!lineKindHasAmounts(l.kind))
            continue;
        const Quantity open = l.quantity - credited->value(l.id);
        std::optional<Quantity> wanted;
        if (lines.isEmpty()) {
            if (open.isPositive())
                wanted = open;
        } else {
            for (const auto& c : lines)
                if (c.lineNo == l.lineNo)
                    wanted = c.quantity;
        }
        if (!wanted)
            continue;
        if (!wanted->isPositive())
            return makeError(ErrorCode::InvalidInput, tr("Line %1: a credited quantity must be greater than zero.").arg(l.lineNo));
        if (*wanted > open)
            return makeError(ErrorCode::RuleViolation,
                             tr("Line %1: at most %2 can be credited (invoiced %3, credited %4).")
                                 .arg(l.lineNo)
                                 .arg(open.toString(), l.quantity.toString(), credited->value(l.id).toString()));
        DocumentLine cl = l;
        cl.id = 0;
        cl.sourceLineId = l.id;
        cl.quantity = *wanted;
        cl.returnStock = returnStock;
        cl.reinvoice = reinvoice;
        cl.lineNo = int(cn.lines.size()) + 1;
        cl.position = cl.lineNo;
        cn.lines << cl;
    }
    for (const auto& c : lines) {
        const DocumentLine* l = inv->line(c.lineNo);
        if (!l || !lineKindHasAmounts(l->kind))
            return makeError(ErrorCode::NotFound, tr("Invoice %1 has no line %2 to credit.").arg(invoiceNumber).arg(c.lineNo));
    }
    if (cn.lines.isEmpty())
        return makeError(ErrorCode::RuleViolation, tr("Invoice %1 is fully credited already.").arg(invoiceNumber));
    SD_TRY(detail::computeLines(cn)); // header written once, with its totals
    SD_TRY(m_docs.insert(cn));
    SD_TRY(m_docs.addRelation(inv->id, cn.id, QStringLiteral("credit")));
    SD_TRY(m_docs.log(cn.id, QStringLiteral("created"), tr("Credits invoice %1").arg(invoiceNumber)));
    SD_TRY(m_docs.log(inv->id, QStringLiteral("change"), tr("Credit note draft created")));
    SD_TRY(tx.commit());
    return cn.id;
}

} // namespace sd
