#include "product.h"

#include "domain/checkdigits.h"

namespace sd {

QStringList ProductRules::fieldNames()
{
    return {QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("price"),
            QStringLiteral("cost"), QStringLiteral("vat-code"), QStringLiteral("group"),
            QStringLiteral("ean"),  QStringLiteral("stock-tracked"), QStringLiteral("location")};
}

QString ProductRules::field(const Product& p, const QString& f)
{
    if (f == QStringLiteral("sku")) return p.sku;
    if (f == QStringLiteral("name")) return p.name;
    if (f == QStringLiteral("unit")) return p.unit;
    if (f == QStringLiteral("price")) return p.price.toString();
    if (f == QStringLiteral("cost")) return p.cost.toString();
    if (f == QStringLiteral("vat-code")) return p.vatCode;
    if (f == QStringLiteral("group")) return p.productGroup;
    if (f == QStringLiteral("ean")) return p.ean;
    if (f == QStringLiteral("stock-tracked")) return p.stockTracked ? QStringLiteral("true") : QStringLiteral("false");
    if (f == QStringLiteral("location")) return p.location;
    return QString();
}

Result<void> ProductRules::setField(Product& p, const QString& f, const QString& raw)
{
    const QString v = raw.trimmed();
    if (f == QStringLiteral("name")) p.name = v;
    else if (f == QStringLiteral("unit")) p.unit = v;
    else if (f == QStringLiteral("price")) {
        auto r = UnitPrice::parse(v);
        if (!r)
            return r.error();
        p.price = *r;
    } else if (f == QStringLiteral("cost")) {
        auto r = UnitPrice::parse(v);
        if (!r)
            return r.error();
        p.cost = *r;
    } else if (f == QStringLiteral("vat-code")) p.vatCode = v;
    else if (f == QStringLiteral("group")) p.productGroup = v;
    else if (f == QStringLiteral("ean")) p.ean = checkdigits::digitsOnly(v);
    else if (f == QStringLiteral("stock-tracked")) {
        if (v != QStringLiteral("true") && v != QStringLiteral("false"))
            return makeError(ErrorCode::InvalidInput, tr("stock-tracked must be true or false."));
        p.stockTracked = v == QStringLiteral("true");
    } else if (f == QStringLiteral("location")) p.location = v;
    else
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a product field.").arg(f));
    return {};
}

Result<Product> ProductRules::validate(Product p)
{
    p.sku = p.sku.trimmed();
    p.name = p.name.trimmed();
    if (p.sku.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The SKU (product number) is required."));
    if (p.sku.size() > 64)
        return makeError(ErrorCode::InvalidInput, tr("The SKU is longer than 64 characters."));
    for (QChar c : p.sku)
        if (c.isSpace() || c == u':')
            return makeError(ErrorCode::InvalidInput,
                             tr("The SKU “%1” may not contain spaces or colons.").arg(p.sku));
    if (p.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The product name is required."));
    if (p.unit.trimmed().isEmpty())
        p.unit = QStringLiteral("stk");
    if (p.price.raw() < 0)
        return makeError(ErrorCode::OutOfRange, tr("The sales price cannot be negative."));
    if (p.cost.raw() < 0)
        return makeError(ErrorCode::OutOfRange, tr("The cost price cannot be negative."));
    if (!p.ean.isEmpty() && !checkdigits::isValidEan(p.ean))
        return makeError(ErrorCode::BadCheckDigit,
                         tr("“%1” is not a valid EAN-13 or EAN-8 barcode (check digit).").arg(p.ean));
    if (p.isBundle) {
        p.stockTracked = false; // a bundle holds no stock; its components do
        if (p.components.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("A bundle needs at least one component."));
        for (const auto& c : p.components)
            if (!c.quantity.isPositive())
                return makeError(ErrorCode::InvalidInput,
                                 tr("Component quantities must be greater than zero."));
    }
    return p;
}

QStringList ProductRules::knownUnits()
{
    return {QStringLiteral("stk"), QStringLiteral("pk"), QStringLiteral("kg"), QStringLiteral("g"),
            QStringLiteral("l"),   QStringLiteral("m"),  QStringLiteral("m2"), QStringLiteral("t"),
            QStringLiteral("km"),  QStringLiteral("døgn")};
}

QString ProductRules::unitCode(const QString& unit)
{
    const QString u = unit.toLower();
    if (u == QStringLiteral("stk") || u == QStringLiteral("pcs") || u == QStringLiteral("stk."))
        return QStringLiteral("H87");
    // "package" is Rec 21's XPK: EN 16931 (BR-CL-23) no longer knows Rec 20's retired PK.
    if (u == QStringLiteral("pk")) return QStringLiteral("XPK");
    if (u == QStringLiteral("kg")) return QStringLiteral("KGM");
    if (u == QStringLiteral("g")) return QStringLiteral("GRM");
    if (u == QStringLiteral("l")) return QStringLiteral("LTR");
    if (u == QStringLiteral("m")) return QStringLiteral("MTR");
    if (u == QStringLiteral("m2")) return QStringLiteral("MTK");
    if (u == QStringLiteral("t") || u == QStringLiteral("time") || u == QStringLiteral("timer"))
        return QStringLiteral("HUR");
    if (u == QStringLiteral("km")) return QStringLiteral("KMT");
    if (u == QStringLiteral("døgn")) return QStringLiteral("DAY");
    return QStringLiteral("C62"); // "one": the neutral unit
}

} // namespace sd
