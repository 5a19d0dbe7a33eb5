// SalesService, part 1b: the lines of a draft — adding one or many, changing, removing and
// moving them, and a new draft with its lines in one call.

#include "salesservice.h"

#include "documents/documenttotals.h"
#include "salesservicehelpers.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

namespace {

// Gives built lines their numbers (after the highest ever issued, never reused) and places
// (after the last), appends them to the document and returns the numbers.
QList<int> appendNumbered(Document& d, QList<DocumentLine> lines, int highestIssued)
{
    int lineNo = nextLineNo(d.lines, highestIssued);
    int position = 0;
    for (const auto& l : d.lines)
        position = std::max(position, l.position);
    QList<int> numbers;
    for (auto& l : lines) {
        l.lineNo = lineNo++;
        l.position = ++position;
        numbers << l.lineNo;
        d.lines << l;
    }
    return numbers;
}

} // namespace

Result<DocumentLine> SalesService::lineFor(const Document& d, const LineInput& in)
{
    DocumentLine line;
    line.kind = in.kind;
    if (in.kind == LineKind::Product || in.kind == LineKind::Bundle) {
        auto product = ProductRepository(m_db).bySku(in.sku);
        if (!product)
            return product.error();
        line.kind = product->isBundle ? LineKind::Bundle : LineKind::Product;
        line.productId = product->id;
        line.sku = product->sku;
        line.description = in.text.isEmpty() ? product->name : in.text;
        line.unit = product->unit;
        line.quantity = in.quantity.value_or(Quantity::fromUnits(1));
        line.unitPrice = in.price.value_or(product->price);
        line.discount = in.discount.value_or(Percent());
        line.vatCode = in.vatCode.isEmpty() ? product->vatCode : in.vatCode;
    } else if (in.kind == LineKind::Text) {
        line.description = in.text;
        if (in.price || in.quantity) {
            // A priced free-text line (an ad-hoc item) counts like a product line.
            line.kind = LineKind::Product;
            line.quantity = in.quantity.value_or(Quantity::fromUnits(1));
            line.unitPrice = in.price.value_or(UnitPrice());
            line.discount = in.discount.value_or(Percent());
            line.vatCode = in.vatCode;
            line.unit = QStringLiteral("stk");
            if (line.vatCode.isEmpty())
                return makeError(ErrorCode::InvalidInput, tr("A priced text line needs a VAT code (--vat or --vat-code)."));
        }
    } else {
        line.description = in.text;
    }
    if ((line.kind == LineKind::Text || line.kind == LineKind::Group) && line.description.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A text line or heading needs a text."));
    if (lineKindHasAmounts(line.kind))
        SD_TRY(detail::applyVat(m_db, line, d.date));
    // Quantities, prices and discounts are checked with the line's number, by recompute or
    // insertDraft, still before anything is written.
    return line;
}

Result<QList<DocumentLine>> SalesService::linesFor(const Document& d, const QList<LineInput>& inputs)
{
    QList<DocumentLine> built;
    for (int i = 0; i < inputs.size(); ++i) {
        auto line = lineFor(d, inputs.at(i));
        if (!line) {
            if (inputs.size() == 1)
                return line.error();
            Error e = line.error();
            e.message = tr("Line %1 of the %2 to add: %3").arg(i + 1).arg(inputs.size()).arg(e.message);
            return e;
        }
        built << *line;
    }
    return built;
}

Result<void> SalesService::logAdded(qint64 id, const QList<DocumentLine>& lines)
{
    if (lines.isEmpty())
        return {};
    // The "line" entry keeps the highest number issued, so a removed line's number is never
    // given again (DocumentRepository::highestLineNo); one entry covers all the new lines.
    SD_TRY(m_docs.log(id, QStringLiteral("line"), QStringLiteral("line %1").arg(lines.last().lineNo)));
    const QString text = lines.size() == 1
                             ? tr("Added line %1: %2").arg(lines.first().lineNo).arg(lines.first().description)
                             : tr("Added lines %1–%2").arg(lines.first().lineNo).arg(lines.last().lineNo);
    return m_docs.log(id, QStringLiteral("change"), text);
}

Result<qint64> SalesService::createWithLines(DocumentType type, qint64 customerNumber, const QList<LineInput>& inputs,
                                             std::optional<QDate> validUntil)
{
    if (type == DocumentType::Shipment || type == DocumentType::CreditNote)
        return makeError(ErrorCode::InvalidInput,
                         tr("Shipments are made from orders and credit notes from invoices."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = newDraft(type, customerNumber, validUntil);
    if (!d)
        return d.error();
    auto lines = linesFor(*d, inputs);
    if (!lines)
        return lines.error();
    appendNumbered(*d, *lines, 0);
    SD_TRY(insertDraft(*d)); // header, with its totals, and lines: each written once
    SD_TRY(logAdded(d->id, d->lines));
    SD_TRY(tx.commit());
    return d->id;
}

Result<int> SalesService::addLine(qint64 id, const LineInput& in)
{
    auto numbers = addLines(id, {in});
    if (!numbers)
        return numbers.error();
    return numbers->first();
}

Result<QList<int>> SalesService::addLines(qint64 id, const QList<LineInput>& inputs)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    const Document before = *d; // as on file: recompute compares with it
    if (d->type == DocumentType::CreditNote)
        return makeError(ErrorCode::RuleViolation, tr("Credit-note lines come from the invoice; change their quantities instead."));
    auto lines = linesFor(*d, inputs); // every input checked before anything is written
    if (!lines)
        return lines.error();
    if (lines->isEmpty()) {
        SD_TRY(tx.commit());
        return QList<int>();
    }
    auto highest = m_docs.highestLineNo(id);
    if (!highest)
        return highest.error();
    const QList<int> numbers = appendNumbered(*d, *lines, *highest);
    SD_TRY(detail::recompute(m_docs, *d, &before));
    SD_TRY(logAdded(id, d->lines.mid(d->lines.size() - numbers.size())));
    SD_TRY(tx.commit());
    return numbers;
}

Result<void> SalesService::setLine(qint64 id, int lineNo, const LineChange& c)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    const Document before = *d; // as on file: recompute compares with it
    DocumentLine* line = d->line(lineNo);
    if (!line)
        return makeError(ErrorCode::NotFound, tr("There is no line %1.").arg(lineNo));
    if (c.quantity) {
        if (!c.quantity->isPositive())
            return makeError(ErrorCode::InvalidInput, tr("The quantity must be greater than zero."));
        if (d->type == DocumentType::Order)
            SD_TRY(detail::checkOrderLineFloor(m_docs, *d, *line, *c.quantity));
        if (d->type == DocumentType::CreditNote)
            SD_TRY(detail::checkCreditLimit(m_docs, *d, *line, *c.quantity));
        line->quantity = *c.quantity;
    }
    if (c.price) {
        if (d->type == DocumentType::CreditNote)
            return makeError(ErrorCode::RuleViolation, tr("A credit note keeps the invoice's prices."));
        line->unitPrice = *c.price;
    }
    if (c.discount)
        line->discount = *c.discount;
    if (c.text)
        line->description = *c.text;
    SD_TRY(detail::recompute(m_docs, *d, &before));
    SD_TRY(m_docs.log(id, QStringLiteral("change"), tr("Changed line %1").arg(lineNo)));
    return tx.commit();
}

Result<void> SalesService::removeLine(qint64 id, int lineNo)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    const Document before = *d; // as on file: recompute compares with it
    const DocumentLine* line = d->line(lineNo);
    if (!line)
        return makeError(ErrorCode::NotFound, tr("There is no line %1.").arg(lineNo));
    if (d->type == DocumentType::Order)
        SD_TRY(detail::checkOrderLineFloor(m_docs, *d, *line, Quantity()));
    SD_TRY(m_docs.removeLine(id, line->id));
    d->lines.removeIf([&](const DocumentLine& l) { return l.lineNo == lineNo || l.parentLineId == line->id; });
    SD_TRY(detail::recompute(m_docs, *d, &before)); // only the removed lines left the file
    SD_TRY(m_docs.log(id, QStringLiteral("change"), tr("Removed line %1").arg(lineNo)));
    return tx.commit();
}

Result<void> SalesService::moveLine(qint64 id, int lineNo, int beforeLineNo)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = detail::loadEditable(m_docs, id);
    if (!d)
        return d.error();
    QList<DocumentLine> top; // display order, component lines stay with their parent
    for (const auto& l : d->lines)
        if (!l.parentLineId)
            top << l;
    const auto moving = std::find_if(top.begin(), top.end(), [&](const DocumentLine& l) { return l.lineNo == lineNo; });
    if (moving == top.end())
        return makeError(ErrorCode::NotFound, tr("There is no line %1.").arg(lineNo));
    if (beforeLineNo == lineNo)
        return {};
    DocumentLine line = *moving;
    top.erase(moving);
    auto target = std::find_if(top.begin(), top.end(), [&](const DocumentLine& l) { return l.lineNo == beforeLineNo; });
    if (beforeLineNo != 0 && target == top.end())
        return makeError(ErrorCode::NotFound, tr("There is no line %1.").arg(beforeLineNo));
    top.insert(target, line);
    int position = 0;
    for (auto& l : top) {
        l.position = ++position;
        SD_TRY(m_docs.updateLine(id, l));
    }
    SD_TRY(m_docs.log(id, QStringLiteral("change"), tr("Moved line %1").arg(lineNo)));
    return tx.commit();
}

} // namespace sd
