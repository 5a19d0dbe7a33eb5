#pragma once

// Document totals as an exact function of the lines (ARCHITECTURE §3, Invariant 4). The
// arithmetic itself is VatCalculator's (core/money); this file decides which lines count and
// applies the document discount.

#include "common/result.h"
#include "documentline.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/vatcalculator.h"

#include <QList>

namespace sd {

// Fills every line's `net` and returns the document's totals:
// - product and bundle lines: net = lineNet(quantity, price, combineDiscounts(line discount,
//   document discount)), added to the VAT row of (category, rate);
// - text lines and group headings: net = 0, and they add nothing.
// Errors (OutOfRange) when a line or the sum leaves Money's range, or the document discount is
// not 0–100 %. On error the lines' nets are unspecified.
Result<Totals> computeTotals(QList<DocumentLine>& lines, Percent documentDiscount);

struct GroupSubtotal
{
    int lineNo = 0; // the heading's line number
    qint64 lineId = 0; // the heading's id
    Money subtotal; // Σ nets of the lines below it, up to the next heading
};

// One entry per group heading, in display (position) order. A heading's subtotal is the sum of
// the nets of the lines below it until the next heading; lines above the first heading belong
// to no group. Reads `net`, so call computeTotals() first.
QList<GroupSubtotal> groupSubtotals(const QList<DocumentLine>& lines);

} // namespace sd
