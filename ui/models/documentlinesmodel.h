#pragma once

// DocumentLinesModel: the line table of a document editor. It shows the session's last
// DocumentView and never edits data itself: setData parses the text with core's value types
// and pushes an undo command (Tiled LayerModel::setData), whose redo calls SalesService.
// Nets, totals and group subtotals come from core; the model only formats them.

#include "documents/documentline.h"
#include "services/stockservice.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace sd::ui {

class DocumentSession;

class DocumentLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineNoColumn,
        SkuColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitColumn,
        PriceColumn,
        DiscountColumn,
        VatColumn,
        NetColumn,
        StockColumn, // orders only: "3 of 5 available"
        ColumnCount
    };
    enum Role
    {
        LineNoRole = Qt::UserRole + 1, // the line's number (int)
        LineKindRole, // LineKind as int
        StockShortRole, // bool: less available than the line needs
    };

    DocumentLinesModel(DocumentSession& session, QUndoStack& undoStack, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Drag and drop reorders lines through a MoveLine undo command; the view never moves rows
    // itself (dropMimeData returns false after pushing the command).
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    // Moves the line in `row` so it stands before `beforeRow` (rowCount() = to the end).
    bool moveLine(int row, int beforeRow);

    int lineNoAt(int row) const;
    int rowOfLine(int lineNo) const;

private:
    void refresh();
    void refreshStock();
    QString stockText(const DocumentLine& line) const;
    bool stockShort(const DocumentLine& line) const;
    // Available to this line: what nobody else has reserved.
    std::optional<Quantity> availableFor(const DocumentLine& line) const;

    DocumentSession& m_session;
    QUndoStack& m_undo;
    QList<DocumentLine> m_lines;
    QHash<qint64, Money> m_subtotals; // heading line id → subtotal (core's groupSubtotals)
    QHash<QString, StockFigures> m_stock; // sku → figures, orders only
    bool m_editable = false;
    bool m_showStock = false;
};

} // namespace sd::ui
