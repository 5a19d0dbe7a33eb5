#include "costing.h"

#include "money/rounding.h"

namespace sd::costing {

namespace {
Money perUnit(Money unitCost, Quantity qty)
{
    return Money::fromMinor(mulDivRound(unitCost.minor(), qty.milli(), Quantity::kScale).value_or(0));
}
} // namespace

Money averageOut(Money value, Quantity onHand, Quantity out, Money fallbackPerUnit)
{
    if (!onHand.isPositive())
        return perUnit(fallbackPerUnit, out);
    if (out >= onHand) {
        // Everything leaves: the whole value leaves, plus any shortage at the fallback cost.
        return value + perUnit(fallbackPerUnit, out - onHand);
    }
    return Money::fromMinor(mulDivRound(value.minor(), out.milli(), onHand.milli()).value_or(0));
}

Money fifoOut(QList<Layer>& layers, Quantity out, Money fallbackPerUnit)
{
    Money taken;
    Quantity left = out;
    while (left.isPositive() && !layers.isEmpty()) {
        Layer& layer = layers.first();
        if (left >= layer.quantity) {
            taken += layer.value;
            left -= layer.quantity;
            layers.removeFirst();
        } else {
            const Money part = Money::fromMinor(
                mulDivRound(layer.value.minor(), left.milli(), layer.quantity.milli()).value_or(0));
            taken += part;
            layer.value -= part;
            layer.quantity -= left;
            left = Quantity();
        }
    }
    if (left.isPositive())
        taken += perUnit(fallbackPerUnit, left);
    return taken;
}

} // namespace sd::costing
