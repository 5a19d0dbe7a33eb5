#include "jsonformat.h"

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
