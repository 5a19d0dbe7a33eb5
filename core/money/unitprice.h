#pragma once

// UnitPrice: a price per unit with 4 decimals (33.3333), in the document currency.

#include "common/result.h"
#include "money.h"

#include <QString>

#include <compare>

namespace sd {

class UnitPrice
{
public:
    static constexpr int kDecimals = 4;
    static constexpr qint64 kScale = 10000;
    // Prices beyond 10^10 per unit are refused as input.
    static constexpr qint64 kMaxAbsRaw = 10'000'000'000LL * kScale;

    constexpr UnitPrice() = default;
    static constexpr UnitPrice fromRaw(qint64 raw) { return UnitPrice(raw); }
    static constexpr UnitPrice fromMoney(Money m) { return UnitPrice(m.minor() * 100); }
    static Result<UnitPrice> parse(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    // "33.3333", "125.00": at least two decimals, at most four.
    QString toString() const;
    QString toDisplayString() const;

    constexpr auto operator<=>(const UnitPrice&) const = default;

private:
    constexpr explicit UnitPrice(qint64 raw)
        : m_raw(raw)
    {
    }
    qint64 m_raw = 0;
};

} // namespace sd
