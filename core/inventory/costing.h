#pragma once

// Cost of goods for outgoing stock (ARCHITECTURE §3). Average cost: the outgoing value is
// round_half_away(value × qty_out / qty_on_hand), so the remaining value never drifts and is
// exactly 0 when the last unit leaves. FIFO: receipts are layers consumed oldest first.

#include "money/money.h"
#include "money/quantity.h"

#include <QList>

namespace sd::costing {

// Value leaving stock when `out` (> 0) of `onHand` units worth `value` leave. When the stock is
// empty or negative there is no average: the fallback unit cost prices the movement.
Money averageOut(Money value, Quantity onHand, Quantity out, Money fallbackPerUnit);

struct Layer
{
    Quantity quantity; // remaining in this layer
    Money value; // remaining value of this layer
};

// Consumes `out` from the layers (oldest first), returning the value taken; each partly
// consumed layer gives round_half_away(layer value × taken / layer quantity). Beyond the last
// layer the fallback unit cost applies (negative stock).
Money fifoOut(QList<Layer>& layers, Quantity out, Money fallbackPerUnit);

} // namespace sd::costing
