#include "rounding.h"

#include <limits>

namespace sd {

Int128 divRoundHalfAway(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 quotient = (magnitude + denominator / 2) / denominator;
    // For odd denominators, denominator/2 floors; "half" cannot occur exactly, so this is right.
    // For even denominators, magnitude + d/2 reaching the next multiple is exactly "half or more".
    return negative ? -quotient : quotient;
}

std::optional<qint64> toInt64(Int128 value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(value);
}

std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 c)
{
    if (c == 0)
        return std::nullopt;
    Int128 num = Int128(a) * Int128(b);
    Int128 den = c;
    if (den < 0) {
        den = -den;
        num = -num;
    }
    return toInt64(divRoundHalfAway(num, den));
}

} // namespace sd
