#pragma once

// Quantity: fixed point with 3 decimals (milli-units). Exact; 2.5 kg is 2500.

#include "common/result.h"

#include <QString>

#include <compare>

namespace sd {

class Quantity
{
public:
    static constexpr int kDecimals = 3;
    static constexpr qint64 kScale = 1000;
    // "absurd" quantities (> 10^9 units) are refused as input.
    static constexpr qint64 kMaxAbsMilli = 1'000'000'000LL * kScale;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * kScale); }
    // Parses a signed quantity; range ±10^9, at most 3 decimals.
    static Result<Quantity> parse(QStringView text);
    // Parses a quantity for a document line or a pick: must be > 0.
    static Result<Quantity> parsePositive(QStringView text);

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isZero() const { return m_milli == 0; }
    constexpr bool isNegative() const { return m_milli < 0; }
    constexpr bool isPositive() const { return m_milli > 0; }

    // "2.5", "3": no needless zeros (CLI/JSON form).
    QString toString() const;
    QString toDisplayString() const;

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr Quantity& operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    constexpr Quantity& operator-=(Quantity o)
    {
        m_milli -= o.m_milli;
        return *this;
    }
    constexpr auto operator<=>(const Quantity&) const = default;

private:
    constexpr explicit Quantity(qint64 milli)
        : m_milli(milli)
    {
    }
    qint64 m_milli = 0;
};

constexpr Quantity min(Quantity a, Quantity b)
{
    return a < b ? a : b;
}
constexpr Quantity max(Quantity a, Quantity b)
{
    return a < b ? b : a;
}

} // namespace sd
