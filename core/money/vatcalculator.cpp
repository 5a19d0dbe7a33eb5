#include "vatcalculator.h"

#include "rounding.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

QString vatCategoryCode(VatCategory category)
{
    switch (category) {
    case VatCategory::Standard:
        return QStringLiteral("S");
    case VatCategory::ZeroRated:
        return QStringLiteral("Z");
    case VatCategory::Exempt:
        return QStringLiteral("E");
    case VatCategory::ReverseCharge:
        return QStringLiteral("AE");
    case VatCategory::IntraCommunity:
        return QStringLiteral("K");
    case VatCategory::Export:
        return QStringLiteral("G");
    case VatCategory::OutsideScope:
        return QStringLiteral("O");
    }
    return QStringLiteral("S");
}

Result<VatCategory> vatCategoryFromCode(const QString& code)
{
    for (auto c : {VatCategory::Standard,
                   VatCategory::ZeroRated,
                   VatCategory::Exempt,
                   VatCategory::ReverseCharge,
                   VatCategory::IntraCommunity,
                   VatCategory::Export,
                   VatCategory::OutsideScope}) {
        if (vatCategoryCode(c) == code)
            return c;
    }
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("sd::VatCalculator", "“%1” is not a VAT category.").arg(code));
}

Result<Money> lineNet(Quantity quantity, UnitPrice price, Percent discount)
{
    // qty [10^-3] × price [10^-4] × (100% − d) [10^-4 %] → minor units [10^-2]:
    // divide by 10^3 × 10^4 × (100 × 10^4) / 10^2 = 10^11.
    const Int128 num =
        Int128(quantity.milli()) * Int128(price.raw()) * Int128(Percent::kHundred - discount.raw());
    const Int128 den = Int128(100'000'000'000LL);
    auto net = toInt64(divRoundHalfAway(num, den));
    if (!net || *net > Money::kMaxAbsMinor || *net < -Money::kMaxAbsMinor)
        return makeError(ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::VatCalculator",
                                                     "The line amount is out of range."));
    return Money::fromMinor(*net);
}

Percent combineDiscounts(Percent line, Percent document)
{
    const Int128 h = Percent::kHundred;
    const Int128 keep = (h - line.raw()) * (h - document.raw()); // scaled h²
    return Percent::fromRaw(qint64(h - divRoundHalfAway(keep, h)));
}

void VatCalculator::add(VatCategory category, Percent percent, Money net)
{
    for (auto& row : m_rows) {
        if (row.category == category && row.percent == percent) {
            row.base += net;
            return;
        }
    }
    m_rows.append(VatBreakdownRow{category, percent, net, Money()});
}

Totals VatCalculator::totals() const
{
    Totals t;
    t.breakdown = m_rows;
    std::sort(t.breakdown.begin(), t.breakdown.end(), [](const auto& a, const auto& b) {
        if (a.category != b.category)
            return a.category < b.category;
        return a.percent > b.percent;
    });
    for (auto& row : t.breakdown) {
        // base [10^-2] × percent [10^-4 %] / (100 × 10^4) → minor units.
        const Int128 vat =
            divRoundHalfAway(Int128(row.base.minor()) * row.percent.raw(), Percent::kHundred);
        row.vat = Money::fromMinor(qint64(vat));
        t.net += row.base;
        t.vat += row.vat;
    }
    t.gross = t.net + t.vat;
    return t;
}

} // namespace sd
