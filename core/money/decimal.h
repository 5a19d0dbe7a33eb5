#pragma once

// Exact decimal text <-> scaled integer conversion shared by Money, Quantity, UnitPrice and
// Percent. Parsing never goes through double.

#include "common/result.h"

#include <QString>
#include <QStringView>

namespace sd::decimal {

// Parses "-12.5", "12,50", "1000" into an integer scaled by 10^decimals. Accepts '.' or ','
// as the decimal separator and no thousands separators (ambiguous between locales). Refuses
// empty text, letters, more fraction digits than `decimals`, and |value| > maxAbs (in scaled
// units). `what` names the field in the error message ("quantity", "price").
Result<qint64> parse(QStringView text, int decimals, qint64 maxAbs, const QString& what);

// Formats a scaled integer with at least minDecimals and at most `decimals` fraction digits
// (trailing zeros beyond minDecimals dropped), always with '.'.
QString format(qint64 scaled, int decimals, int minDecimals);

// Same, but with a locale's decimal separator and digit grouping, for display.
QString formatLocalized(qint64 scaled, int decimals, int minDecimals, bool grouping = true);

qint64 pow10(int n);

} // namespace sd::decimal
