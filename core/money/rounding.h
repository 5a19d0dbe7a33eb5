#pragma once

// The one rounding rule of Salgsdesk: round half away from zero, on exact integers.
// Every amount that needs rounding (line nets, VAT, average cost) goes through here.

#include <QtGlobal>

#include <optional>

namespace sd {

using Int128 = __int128;

// round_half_away(numerator / denominator); denominator must be > 0.
Int128 divRoundHalfAway(Int128 numerator, Int128 denominator);

// round_half_away(a * b / c) without intermediate overflow; nullopt if the result does not
// fit in 64 bits or c == 0.
std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 c);

// Narrowing with a range check.
std::optional<qint64> toInt64(Int128 value);

} // namespace sd
