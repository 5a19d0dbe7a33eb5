#include "documenttotals.h"

#include <QCoreApplication>

namespace sd {

Result<Totals> computeTotals(QList<DocumentLine>& lines, Percent documentDiscount)
{
    if (documentDiscount.raw() < 0 || documentDiscount.raw() > Percent::kHundred)
        return makeError(ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::DocumentTotals",
                                                     "A discount must be between 0 and 100 %."));

    VatCalculator calculator;
    // Each net is within ±10^15 øre, but thousands of them could still overflow a qint64 sum;
    // bounding the sum of magnitudes keeps every later sum (net, VAT, gross) exact.
    qint64 magnitude = 0;
    for (auto& line : lines) {
        if (!lineKindHasAmounts(line.kind)) {
            line.net = Money();
            continue;
        }
        auto net = lineNet(
            line.quantity, line.unitPrice, combineDiscounts(line.discount, documentDiscount));
        if (!net)
            return net.error();
        line.net = *net;
        magnitude += net->isNegative() ? -net->minor() : net->minor();
        if (magnitude > Money::kMaxAbsMinor)
            return makeError(ErrorCode::OutOfRange,
                             QCoreApplication::translate("sd::DocumentTotals",
                                                         "The document total is out of range."));
        calculator.add(line.vatCategory, line.vatPercent, line.net);
    }
    return calculator.totals();
}

QList<GroupSubtotal> groupSubtotals(const QList<DocumentLine>& lines)
{
    QList<GroupSubtotal> out;
    for (const auto& line : sortedByPosition(lines)) {
        if (line.kind == LineKind::Group)
            out.append(GroupSubtotal {line.lineNo, line.id, Money()});
        else if (!out.isEmpty())
            out.last().subtotal += line.net;
    }
    return out;
}

} // namespace sd
