#pragma once

// Percent with 4 decimals (12.3456 %), used for discounts and VAT rates. 25 % is raw 250000.

#include "common/result.h"

#include <QString>

#include <compare>

namespace sd {

class Percent
{
public:
    static constexpr int kDecimals = 4;
    static constexpr qint64 kScale = 10000;
    static constexpr qint64 kHundred = 100 * kScale;

    constexpr Percent() = default;
    static constexpr Percent fromRaw(qint64 raw) { return Percent(raw); }
    static constexpr Percent fromWhole(qint64 whole) { return Percent(whole * kScale); }
    // 0 ≤ p ≤ 100.
    static Result<Percent> parse(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    // "25", "12.5": no needless zeros.
    QString toString() const;

    constexpr auto operator<=>(const Percent&) const = default;

private:
    constexpr explicit Percent(qint64 raw)
        : m_raw(raw)
    {
    }
    qint64 m_raw = 0;
};

} // namespace sd
