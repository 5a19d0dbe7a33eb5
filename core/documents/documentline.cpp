#include "documentline.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sd {
namespace {

// "Line 3: The quantity …" once the line has a number; the bare sentence before that.
Error lineError(const DocumentLine& line, ErrorCode code, const QString& sentence)
{
    if (line.lineNo <= 0)
        return makeError(code, sentence);
    return makeError(code,
                     QCoreApplication::translate("sd::DocumentLine", "Line %1: %2")
                         .arg(line.lineNo)
                         .arg(sentence));
}

bool isPercentInRange(Percent p)
{
    return p.raw() >= 0 && p.raw() <= Percent::kHundred;
}

Result<void> validateAmountLine(const DocumentLine& line)
{
    if (!line.quantity.isPositive())
        return lineError(
            line,
            ErrorCode::InvalidInput,
            QCoreApplication::translate("sd::DocumentLine", "The quantity must be more than 0."));
    if (line.quantity.milli() > Quantity::kMaxAbsMilli)
        return lineError(
            line,
            ErrorCode::OutOfRange,
            QCoreApplication::translate("sd::DocumentLine", "The quantity cannot be more than %L1.")
                .arg(Quantity::kMaxAbsMilli / Quantity::kScale));
    if (line.unitPrice.raw() > UnitPrice::kMaxAbsRaw
        || line.unitPrice.raw() < -UnitPrice::kMaxAbsRaw)
        return lineError(
            line,
            ErrorCode::OutOfRange,
            QCoreApplication::translate("sd::DocumentLine", "The unit price is out of range."));
    if (line.kind == LineKind::Bundle && line.productId <= 0)
        return lineError(
            line,
            ErrorCode::InvalidInput,
            QCoreApplication::translate("sd::DocumentLine", "A bundle line must name its bundle."));
    if (line.vatCode.trimmed().isEmpty())
        return lineError(line,
                         ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::DocumentLine", "Choose a VAT code."));
    if (!isPercentInRange(line.vatPercent))
        return lineError(line,
                         ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::DocumentLine",
                                                     "A VAT rate must be between 0 and 100 %."));
    // EN 16931 BR-S-05, BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05, BR-O-05: only standard
    // rated lines carry a rate; catching it here keeps an EHF export from failing later.
    const bool standard = line.vatCategory == VatCategory::Standard;
    if (standard && line.vatPercent.isZero())
        return lineError(
            line,
            ErrorCode::InvalidInput,
            QCoreApplication::translate("sd::DocumentLine",
                                        "A standard-rated VAT code needs a rate above 0 %."));
    if (!standard && !line.vatPercent.isZero())
        return lineError(line,
                         ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::DocumentLine",
                                                     "VAT category %1 must have a rate of 0 %.")
                             .arg(vatCategoryCode(line.vatCategory)));
    auto net = lineNet(line.quantity, line.unitPrice, line.discount);
    if (!net)
        return lineError(
            line,
            ErrorCode::OutOfRange,
            QCoreApplication::translate("sd::DocumentLine", "The line amount is out of range."));
    return {};
}

} // namespace

Result<void> validateLine(const DocumentLine& line)
{
    if (!isPercentInRange(line.discount))
        return lineError(line,
                         ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::DocumentLine",
                                                     "A discount must be between 0 and 100 %."));

    switch (line.kind) {
    case LineKind::Product:
    case LineKind::Bundle:
        return validateAmountLine(line);
    case LineKind::Text:
        if (line.quantity.isNegative() || line.quantity.milli() > Quantity::kMaxAbsMilli)
            return lineError(
                line,
                ErrorCode::OutOfRange,
                QCoreApplication::translate("sd::DocumentLine", "The quantity is out of range."));
        if (line.unitPrice.raw() != 0 || !line.discount.isZero())
            return lineError(line,
                             ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "sd::DocumentLine",
                                 "A text line cannot carry a price or discount; use a product "
                                 "line for anything that should be charged."));
        return {};
    case LineKind::Group:
        if (line.description.trimmed().isEmpty())
            return lineError(
                line,
                ErrorCode::InvalidInput,
                QCoreApplication::translate("sd::DocumentLine", "A group heading needs a title."));
        if (!line.quantity.isZero() || line.unitPrice.raw() != 0 || !line.discount.isZero())
            return lineError(line,
                             ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "sd::DocumentLine",
                                 "A group heading cannot carry a quantity, price or discount."));
        return {};
    }
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("sd::DocumentLine", "Unknown kind of document line."));
}

Result<void> validateLines(const QList<DocumentLine>& lines)
{
    QSet<int> seen;
    for (const auto& line : lines) {
        SD_TRY(validateLine(line));
        if (line.lineNo > 0) {
            if (seen.contains(line.lineNo))
                return makeError(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("sd::DocumentLine", "Line number %1 is used twice.")
                        .arg(line.lineNo));
            seen.insert(line.lineNo);
        }
    }
    return {};
}

int nextLineNo(const QList<DocumentLine>& lines, int highestIssued)
{
    int highest = std::max(highestIssued, 0);
    for (const auto& line : lines)
        highest = std::max(highest, line.lineNo);
    return highest + 1;
}

QList<DocumentLine> sortedByPosition(QList<DocumentLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.lineNo < b.lineNo;
    });
    return lines;
}

} // namespace sd
