#include "quantity.h"

#include "decimal.h"

#include <QCoreApplication>

namespace sd {

Result<Quantity> Quantity::parse(QStringView text)
{
    auto r = decimal::parse(
        text, kDecimals, kMaxAbsMilli, QCoreApplication::translate("sd::Quantity", "quantity"));
    if (!r)
        return r.error();
    return Quantity(*r);
}

Result<Quantity> Quantity::parsePositive(QStringView text)
{
    auto r = parse(text);
    if (!r)
        return r;
    if (!r->isPositive())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::Quantity",
                                                     "The quantity must be greater than zero."));
    return r;
}

QString Quantity::toString() const
{
    return decimal::format(m_milli, kDecimals, 0);
}

QString Quantity::toDisplayString() const
{
    return decimal::formatLocalized(m_milli, kDecimals, 0);
}

} // namespace sd
