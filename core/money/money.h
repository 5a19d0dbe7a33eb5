#pragma once

// Money: an exact amount in integer minor units (øre, cents). Never a double.
// The currency is carried by the document; all Nordic currencies and EUR have two decimals.

#include "common/result.h"

#include <QString>

#include <compare>

namespace sd {

class Money
{
public:
    static constexpr int kDecimals = 2;
    // ±10^15 minor units: far beyond any invoice, far below int64 overflow when summed.
    static constexpr qint64 kMaxAbsMinor = 1'000'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }
    static Result<Money> parse(QStringView text);

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }
    constexpr bool isPositive() const { return m_minor > 0; }

    // "125.00": the form of JSON, CSV and XML.
    QString toString() const;
    // "1 250,00" in the current locale, for display.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return Money(m_minor + o.m_minor); }
    constexpr Money operator-(Money o) const { return Money(m_minor - o.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    constexpr Money& operator+=(Money o)
    {
        m_minor += o.m_minor;
        return *this;
    }
    constexpr Money& operator-=(Money o)
    {
        m_minor -= o.m_minor;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 minor)
        : m_minor(minor)
    {
    }
    qint64 m_minor = 0;
};

} // namespace sd
