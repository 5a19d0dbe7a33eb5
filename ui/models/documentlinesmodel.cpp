#include "documentlinesmodel.h"

#include <QMimeData>

#include "documents/documenttotals.h"
#include "editors/documentsession.h"
#include "editors/editcommands.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace sd::ui {

DocumentLinesModel::DocumentLinesModel(DocumentSession& session, QUndoStack& undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_undo(undoStack)
{
    refresh();
    connect(&m_session, &DocumentSession::changed, this, &DocumentLinesModel::refresh);
}

void DocumentLinesModel::refresh()
{
    const Document& d = m_session.document();
    QList<DocumentLine> lines = d.lines;
    m_editable = m_session.isEditable();
    m_showStock = d.type == DocumentType::Order;
    m_subtotals.clear();
    for (const auto& g : groupSubtotals(lines))
        m_subtotals.insert(g.lineId, g.subtotal);
    refreshStock();

    // Same lines in the same order: update in place so the view keeps its current cell and any
    // open editor (an edit's own reload arrives while the delegate is still committing).
    bool sameShape = lines.size() == m_lines.size();
    for (int i = 0; sameShape && i < lines.size(); ++i)
        sameShape = lines[i].id == m_lines[i].id;
    if (sameShape) {
        m_lines = lines;
        if (!m_lines.isEmpty())
            emit dataChanged(index(0, 0), index(m_lines.size() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void DocumentLinesModel::refreshStock()
{
    m_stock.clear();
    if (!m_showStock)
        return;
    StockService stock(m_session.database());
    for (const auto& l : m_session.document().lines) {
        if (l.kind != LineKind::Product || l.sku.isEmpty() || m_stock.contains(l.sku))
            continue;
        if (auto f = stock.figures(l.sku))
            m_stock.insert(l.sku, *f);
    }
}

std::optional<Quantity> DocumentLinesModel::availableFor(const DocumentLine& line) const
{
    auto it = m_stock.constFind(line.sku);
    if (it == m_stock.cend())
        return std::nullopt;
    Quantity available = it->available;
    // A confirmed order's own unshipped quantity is already inside `reserved`; counting it as
    // unavailable to the very line that reserved it would always show a shortage.
    if (m_session.document().status == QStringLiteral("sent"))
        available += line.quantity - m_session.view().shippedPerLine.value(line.id);
    return available;
}

bool DocumentLinesModel::stockShort(const DocumentLine& line) const
{
    auto available = availableFor(line);
    return available && *available < line.quantity;
}

QString DocumentLinesModel::stockText(const DocumentLine& line) const
{
    auto available = availableFor(line);
    if (!available)
        return {};
    const Quantity shown = std::max(Quantity(), min(*available, line.quantity));
    return tr("%1 of %2 available").arg(shown.toDisplayString(), line.quantity.toDisplayString());
}

int DocumentLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DocumentLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DocumentLine& l = m_lines[index.row()];
    const bool amounts = lineKindHasAmounts(l.kind);
    if (role == LineNoRole)
        return l.lineNo;
    if (role == LineKindRole)
        return int(l.kind);
    if (role == StockShortRole)
        return stockShort(l);
    if (role == Qt::FontRole && l.kind == LineKind::Group) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == StockColumn && stockShort(l))
        return QBrush(QColor(0xb0, 0x20, 0x20)); // warning: not enough to fill the line
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case QuantityColumn:
        case PriceColumn:
        case DiscountColumn:
        case VatColumn:
        case NetColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case LineNoColumn:
        return l.lineNo;
    case SkuColumn:
        return l.sku;
    case DescriptionColumn:
        return l.description;
    case QuantityColumn:
        if (!amounts && l.quantity.isZero())
            return {};
        return edit ? l.quantity.toString() : l.quantity.toDisplayString();
    case UnitColumn:
        return l.unit;
    case PriceColumn:
        if (!amounts)
            return {};
        return edit ? l.unitPrice.toString() : l.unitPrice.toDisplayString();
    case DiscountColumn:
        if (!amounts || (!edit && l.discount.isZero()))
            return {};
        return edit ? l.discount.toString() : tr("%1 %").arg(l.discount.toString());
    case VatColumn:
        return amounts ? tr("%1 %").arg(l.vatPercent.toString()) : QVariant();
    case NetColumn:
        if (l.kind == LineKind::Group)
            return m_subtotals.value(l.id).toDisplayString();
        return amounts ? l.net.toDisplayString() : QVariant();
    case StockColumn:
        return stockText(l);
    default:
        return {};
    }
}

QVariant DocumentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineNoColumn:
        return tr("#");
    case SkuColumn:
        return tr("Product");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case PriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Discount");
    case VatColumn:
        return tr("VAT");
    case NetColumn:
        return tr("Net");
    case StockColumn:
        return m_showStock ? tr("Stock") : QString();
    default:
        return {};
    }
}

Qt::ItemFlags DocumentLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable)
        return f;
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // dropping below the last line
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    const DocumentLine& l = m_lines[index.row()];
    const bool amounts = lineKindHasAmounts(l.kind);
    switch (index.column()) {
    case DescriptionColumn:
        return f | Qt::ItemIsEditable;
    case QuantityColumn:
        return amounts ? f | Qt::ItemIsEditable : f;
    case PriceColumn:
    case DiscountColumn:
        // A credit note keeps the invoice's prices; core would refuse anyway.
        return amounts && m_session.document().type != DocumentType::CreditNote ? f | Qt::ItemIsEditable : f;
    default:
        return f;
    }
}

bool DocumentLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const DocumentLine l = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    const int key = m_session.keyForLine(l.lineNo);
    switch (index.column()) {
    case QuantityColumn: {
        auto q = Quantity::parsePositive(text);
        if (!q) {
            m_session.report(q.error());
            return false;
        }
        if (*q != l.quantity)
            m_undo.push(new ChangeLineQuantity(m_session, key, l.quantity, *q));
        return true;
    }
    case PriceColumn: {
        auto p = UnitPrice::parse(text);
        if (!p) {
            m_session.report(p.error());
            return false;
        }
        if (*p != l.unitPrice)
            m_undo.push(new ChangeLinePrice(m_session, key, l.unitPrice, *p));
        return true;
    }
    case DiscountColumn: {
        auto p = Percent::parse(text.isEmpty() ? QStringLiteral("0") : text);
        if (!p) {
            m_session.report(p.error());
            return false;
        }
        if (*p != l.discount)
            m_undo.push(new ChangeLineDiscount(m_session, key, l.discount, *p));
        return true;
    }
    case DescriptionColumn:
        if (value.toString() != l.description)
            m_undo.push(new ChangeLineText(m_session, key, l.description, value.toString()));
        return true;
    default:
        return false;
    }
}

int DocumentLinesModel::lineNoAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].lineNo : 0;
}

int DocumentLinesModel::rowOfLine(int lineNo) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].lineNo == lineNo)
            return i;
    }
    return -1;
}

namespace {
const QString kLineMime = QStringLiteral("application/x-salgsdesk-line");
}

Qt::DropActions DocumentLinesModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DocumentLinesModel::mimeTypes() const
{
    return {kLineMime};
}

QMimeData* DocumentLinesModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kLineMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool DocumentLinesModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kLineMime))
        return false;
    // Dropped on a row: before it; between rows: `row`; below everything: the end.
    const int before = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    moveLine(data->data(kLineMime).toInt(), before);
    return false; // the undo command moved it; the view must not remove the source row
}

bool DocumentLinesModel::moveLine(int row, int beforeRow)
{
    if (!m_editable || row < 0 || row >= m_lines.size() || beforeRow < 0 || beforeRow > m_lines.size()
        || beforeRow == row || beforeRow == row + 1)
        return false;
    const int key = m_session.keyForLine(m_lines[row].lineNo);
    const int beforeKey = beforeRow == m_lines.size() ? 0 : m_session.keyForLine(m_lines[beforeRow].lineNo);
    const int before = m_undo.index();
    m_undo.push(new MoveLine(m_session, key, beforeKey));
    return m_undo.index() != before;
}

} // namespace sd::ui
