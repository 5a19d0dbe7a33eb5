#include "percent.h"

#include "decimal.h"

#include <QCoreApplication>

namespace sd {

Result<Percent> Percent::parse(QStringView text)
{
    const QString what = QCoreApplication::translate("sd::Percent", "percentage");
    auto r = decimal::parse(text, kDecimals, kHundred, what);
    if (!r)
        return r.error();
    if (*r < 0)
        return makeError(ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::Percent",
                                                     "A percentage must be between 0 and 100."));
    return Percent(*r);
}

QString Percent::toString() const
{
    return decimal::format(m_raw, kDecimals, 0);
}

} // namespace sd
