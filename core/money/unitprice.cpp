#include "unitprice.h"

#include "decimal.h"

#include <QCoreApplication>

namespace sd {

Result<UnitPrice> UnitPrice::parse(QStringView text)
{
    auto r = decimal::parse(
        text, kDecimals, kMaxAbsRaw, QCoreApplication::translate("sd::UnitPrice", "price"));
    if (!r)
        return r.error();
    return UnitPrice(*r);
}

QString UnitPrice::toString() const
{
    return decimal::format(m_raw, kDecimals, 2);
}

QString UnitPrice::toDisplayString() const
{
    return decimal::formatLocalized(m_raw, kDecimals, 2);
}

} // namespace sd
