#include "money.h"

#include "decimal.h"

#include <QCoreApplication>

namespace sd {

Result<Money> Money::parse(QStringView text)
{
    auto r = decimal::parse(
        text, kDecimals, kMaxAbsMinor, QCoreApplication::translate("sd::Money", "amount"));
    if (!r)
        return r.error();
    return Money(*r);
}

QString Money::toString() const
{
    return decimal::format(m_minor, kDecimals, kDecimals);
}

QString Money::toDisplayString() const
{
    return decimal::formatLocalized(m_minor, kDecimals, kDecimals);
}

} // namespace sd
