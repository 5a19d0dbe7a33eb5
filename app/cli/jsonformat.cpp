#include "jsonformat.h"

#include "services/salesservice.h"
#include "services/stockservice.h"

#include <QJsonArray>

namespace sd::cli {

QJsonObject toJson(const Customer& c)
{
    QJsonObject o;
    o[QStringLiteral("id")] = c.id;
    o[QStringLiteral("number")] = c.number;
    for (const QString& field : CustomerRules::fieldNames()) {
        if (field == QStringLiteral("payment-days") || field == QStringLiteral("ehf"))
            continue;
        QString key = field;
        key.replace(u'-', u'_');
        o[key] = CustomerRules::field(c, field);
    }
    o[QStringLiteral("payment_days")] = c.paymentDays ? QJsonValue(*c.paymentDays) : QJsonValue();
    o[QStringLiteral("ehf")] = c.ehf;
    return o;
}

QJsonObject toJson(const Product& p)
{
    QJsonObject o;
    o[QStringLiteral("id")] = p.id;
    o[QStringLiteral("sku")] = p.sku;
    o[QStringLiteral("name")] = p.name;
    o[QStringLiteral("unit")] = p.unit;
    o[QStringLiteral("price")] = p.price.toString();
    o[QStringLiteral("cost")] = p.cost.toString();
    o[QStringLiteral("vat_code")] = p.vatCode;
    o[QStringLiteral("group")] = p.productGroup;
    o[QStringLiteral("ean")] = p.ean.isEmpty() ? QJsonValue() : QJsonValue(p.ean);
    o[QStringLiteral("stock_tracked")] = p.stockTracked;
    o[QStringLiteral("bundle")] = p.isBundle;
    o[QStringLiteral("location")] = p.location;
    if (p.isBundle) {
        QJsonArray components;
        for (const auto& c : p.components)
            components.append(QJsonObject{{QStringLiteral("sku"), c.sku},
                                          {QStringLiteral("quantity"), c.quantity.toString()}});
        o[QStringLiteral("components")] = components;
    }
    return o;
}

} // namespace sd::cli

namespace sd::cli {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberOrNull(const std::optional<qint64>& number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

QJsonObject lineJson(const DocumentLine& l, const DocumentView& view)
{
    const Document& d = view.document;
    const bool amounts = lineKindHasAmounts(l.kind);
    QJsonObject o;
    o[QStringLiteral("line")] = l.lineNo;
    o[QStringLiteral("kind")] = lineKindKey(l.kind);
    o[QStringLiteral("sku")] = orNull(l.sku);
    o[QStringLiteral("description")] = l.description;
    o[QStringLiteral("quantity")] = amounts || !l.quantity.isZero() ? QJsonValue(l.quantity.toString()) : QJsonValue();
    o[QStringLiteral("unit")] = orNull(l.unit);
    o[QStringLiteral("unit_price")] = amounts ? QJsonValue(l.unitPrice.toString()) : QJsonValue();
    o[QStringLiteral("discount_percent")] = amounts ? QJsonValue(l.discount.toString()) : QJsonValue();
    o[QStringLiteral("vat_code")] = amounts ? orNull(l.vatCode) : QJsonValue();
    o[QStringLiteral("vat_percent")] = amounts ? QJsonValue(l.vatPercent.toString()) : QJsonValue();
    o[QStringLiteral("net")] = amounts ? QJsonValue(l.net.toString()) : QJsonValue();
    switch (d.type) {
    case DocumentType::Order:
        o[QStringLiteral("shipped")] = view.shippedPerLine.value(l.id).toString();
        o[QStringLiteral("invoiced")] = view.invoicedPerLine.value(l.id).toString();
        break;
    case DocumentType::Shipment:
        o[QStringLiteral("picked")] = l.picked.toString();
        break;
    default:
        break;
    }
    return o;
}

} // namespace

QJsonObject toJson(const DocumentView& view)
{
    const Document& d = view.document;
    QJsonObject o;
    o[QStringLiteral("id")] = d.id;
    o[QStringLiteral("type")] = documentTypeKey(d.type);
    o[QStringLiteral("number")] = numberOrNull(d.number);
    o[QStringLiteral("status")] = d.status;
    o[QStringLiteral("customer")] = QJsonObject{{QStringLiteral("number"), d.customer.number},
                                                {QStringLiteral("name"), d.customer.name}};
    o[QStringLiteral("date")] = dateOrNull(d.date);
    o[QStringLiteral("your_reference")] = d.yourReference;
    o[QStringLiteral("our_reference")] = d.ourReference;
    o[QStringLiteral("heading")] = d.heading;

    QJsonArray lines;
    for (const DocumentLine& l : d.lines)
        lines.append(lineJson(l, view));
    o[QStringLiteral("lines")] = lines;

    QJsonArray breakdown;
    for (const VatBreakdownRow& row : d.totals.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("category"), vatCategoryCode(row.category)},
                                     {QStringLiteral("percent"), row.percent.toString()},
                                     {QStringLiteral("base"), row.base.toString()},
                                     {QStringLiteral("vat"), row.vat.toString()}});
    o[QStringLiteral("totals")] = QJsonObject{{QStringLiteral("net"), d.totals.net.toString()},
                                              {QStringLiteral("vat"), d.totals.vat.toString()},
                                              {QStringLiteral("gross"), d.totals.gross.toString()},
                                              {QStringLiteral("vat_breakdown"), breakdown}};
    o[QStringLiteral("archived")] = d.archived;

    QJsonArray related;
    for (const storage::Relation& r : view.related)
        related.append(QJsonObject{{QStringLiteral("type"), documentTypeKey(r.type)},
                                   {QStringLiteral("id"), r.id},
                                   {QStringLiteral("number"), numberOrNull(r.number)},
                                   {QStringLiteral("relation"), r.relation}});
    o[QStringLiteral("related")] = related;

    switch (d.type) {
    case DocumentType::Quote:
        o[QStringLiteral("valid_until")] = dateOrNull(d.validUntil);
        o[QStringLiteral("expired")] = view.expired;
        break;
    case DocumentType::Order:
        o[QStringLiteral("delivery_status")] = view.deliveryStatus;
        o[QStringLiteral("invoice_status")] = view.invoiceStatus;
        break;
    case DocumentType::Shipment:
        o[QStringLiteral("picked_status")] = view.pickedStatus;
        break;
    case DocumentType::Invoice:
        o[QStringLiteral("sent")] = d.sent;
        o[QStringLiteral("due_date")] = dateOrNull(d.dueDate);
        o[QStringLiteral("kid")] = orNull(d.kid);
        o[QStringLiteral("delivery_status")] = view.deliveryStatus;
        o[QStringLiteral("payment_status")] = view.paymentStatus;
        o[QStringLiteral("paid")] = view.paid.toString();
        o[QStringLiteral("credited")] = view.credited.toString();
        o[QStringLiteral("amount_due")] = view.amountDue.toString();
        o[QStringLiteral("reminder_fees_open")] = view.reminderFeesOpen.toString();
        break;
    case DocumentType::CreditNote:
        o[QStringLiteral("sent")] = d.sent;
        o[QStringLiteral("credited_invoice")] =
            view.creditedInvoiceNumber > 0 ? QJsonValue(view.creditedInvoiceNumber) : QJsonValue();
        break;
    }
    return o;
}

QJsonObject toJson(const StockFigures& f)
{
    return QJsonObject{{QStringLiteral("sku"), f.sku},
                       {QStringLiteral("on_hand"), f.onHand.toString()},
                       {QStringLiteral("reserved"), f.reserved.toString()},
                       {QStringLiteral("available"), f.available.toString()},
                       {QStringLiteral("value"), f.value.toString()}};
}

} // namespace sd::cli
