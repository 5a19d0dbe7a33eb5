#pragma once

// One line of a sales document (ARCHITECTURE §2): a product or bundle with quantity, price,
// discount and VAT, or a free-text line, or a group heading. Pure data plus validation; the
// net is filled in by computeTotals() (documenttotals.h), never typed in.

#include "common/result.h"
#include "documenttypes.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/quantity.h"
#include "money/unitprice.h"
#include "money/vatcalculator.h"

#include <QList>
#include <QString>

namespace sd {

struct DocumentLine
{
    qint64 id = 0; // 0 until stored
    int lineNo = 0; // from 1 in order of creation, never renumbered (removing 2 leaves 1, 3)
    int position = 0; // display order; lines are reordered by changing this, not lineNo
    LineKind kind = LineKind::Product;
    qint64 productId = 0; // 0 for an ad-hoc item, a text line or a heading
    QString sku;
    QString description;
    Quantity quantity;
    QString unit;
    UnitPrice unitPrice; // may be negative (a deposit return or a discount item)
    Percent discount; // the line's own discount; the document discount combines with it
    QString vatCode;
    VatCategory vatCategory = VatCategory::Standard;
    Percent vatPercent;
    Money net; // computed: round_half_away(quantity × price × (1 − combined discount))
    qint64 sourceLineId = 0; // the line it was converted from, 0 = none
    // Shipments: component lines of a bundle point at the bundle line; picked so far.
    qint64 parentLineId = 0;
    Quantity picked;
    // Credit notes: does the credited quantity return to stock, and may it be invoiced again?
    bool returnStock = false;
    bool reinvoice = true;

    bool operator==(const DocumentLine&) const = default;
};

// The rules a line must satisfy before it is saved. Errors name the line ("Line 3: …"):
// - product and bundle lines: 0 < quantity ≤ 10^9 units, |unit price| ≤ 10^10, a VAT code, a
//   VAT rate that fits its category (standard > 0 %, every other category 0 %, as EN 16931's
//   BR-S-05/BR-Z-05/… require), and a net that fits in Money; bundle lines name their bundle;
// - text lines: no price or discount (they never count), quantity optional (≥ 0);
// - group headings: a title and no quantity, price or discount.
// A discount must be 0–100 %.
Result<void> validateLine(const DocumentLine& line);

// validateLine() for each line, plus: no line number used twice.
Result<void> validateLines(const QList<DocumentLine>& lines);

// The number for a new line: one past the highest in use. Pass the highest number the document
// ever issued, so that deleting the last line does not hand its number out again.
int nextLineNo(const QList<DocumentLine>& lines, int highestIssued = 0);

// The lines in display order (position, then line number for ties).
QList<DocumentLine> sortedByPosition(QList<DocumentLine> lines);

} // namespace sd
