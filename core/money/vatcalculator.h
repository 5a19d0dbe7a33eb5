#pragma once

// Line nets and VAT per rate (ARCHITECTURE §3, EN 16931 BR-CO rules):
//   line net  = round_half_away(qty × unit price × (1 − discount))
//   VAT       = per (category, rate): round_half_away(Σ nets of that rate × rate), rounded once
//   total     = Σ nets + Σ VAT
// This is the only place in Salgsdesk where a line or document total is computed.

#include "common/result.h"
#include "money.h"
#include "percent.h"
#include "quantity.h"
#include "unitprice.h"

#include <QList>
#include <QString>

namespace sd {

// UNCL5305 VAT category codes as used by EN 16931 / PEPPOL.
enum class VatCategory {
    Standard, // S
    ZeroRated, // Z
    Exempt, // E
    ReverseCharge, // AE
    IntraCommunity, // K
    Export, // G
    OutsideScope, // O
};

QString vatCategoryCode(VatCategory category);
Result<VatCategory> vatCategoryFromCode(const QString& code);

// round_half_away(qty × price × (1 − discount)); error when the result is out of range.
Result<Money> lineNet(Quantity quantity, UnitPrice price, Percent discount);

// Combines a line discount with a document discount: 1 − (1 − a)(1 − b), rounded to 4 decimals.
Percent combineDiscounts(Percent line, Percent document);

struct VatBreakdownRow
{
    VatCategory category = VatCategory::Standard;
    Percent percent;
    Money base;
    Money vat;
};

struct Totals
{
    Money net;
    Money vat;
    Money gross;
    QList<VatBreakdownRow> breakdown; // ordered by category, then percent descending
};

class VatCalculator
{
public:
    void add(VatCategory category, Percent percent, Money net);
    Totals totals() const;

private:
    QList<VatBreakdownRow> m_rows;
};

} // namespace sd
