#pragma once

// LazyListModel<Row>: what the customer and product lists share — a table that reads one page
// at a time (keyset-paged: the next rows after the last one shown, in the current sort), pulls
// more through canFetchMore/fetchMore while the view scrolls, and re-reads from the top when
// the search or the sort changes. A large register opens instantly and is never read whole.
// Subclasses say how to read a page and how to show a row.

#include "common/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::ui {

template <typename Row>
class LazyListModel : public QAbstractTableModel
{
public:
    static constexpr int kPageSize = 100;

    void setSearch(const QString& search) // resets
    {
        m_search = search.trimmed();
        refresh();
    }
    QString search() const { return m_search; }

    // Re-reads the first page in the current search and sort.
    void refresh()
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_atEnd = false;
        m_rows = readNextPage(); // the first page inside the reset: rows show at once
        endResetModel();
    }

    const Row& rowAt(int row) const { return m_rows.at(row); }

    // A header click (QTableView::setSortingEnabled): the SQL query sorts, from the top.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columnCount())
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        refresh();
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_changing;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QScopedValueRollback changing(m_changing, true);
        const QList<Row> rows = readNextPage();
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }

protected:
    explicit LazyListModel(storage::Database& db, QObject* parent)
        : QAbstractTableModel(parent)
        , m_db(db)
    {
    }

    // Up to `limit` rows after `after` (none: the first page) in the given search and sort.
    virtual Result<QList<Row>> readPage(const QString& search,
        int column,
        bool ascending,
        int limit,
        const std::optional<Row>& after)
        = 0;

    storage::Database& m_db;

private:
    QList<Row> readNextPage()
    {
        std::optional<Row> after;
        if (!m_rows.isEmpty())
            after = m_rows.constLast();
        // One row more than a page tells whether another page exists.
        auto page = readPage(
            m_search, m_sortColumn, m_sortOrder == Qt::AscendingOrder, kPageSize + 1, after);
        if (!page) {
            m_atEnd = true;
            return {};
        }
        QList<Row> rows = std::move(*page);
        m_atEnd = rows.size() <= kPageSize;
        if (!m_atEnd)
            rows.removeLast();
        return rows;
    }

    QString m_search;
    QList<Row> m_rows;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_atEnd = true;
    bool m_changing = false; // a reset or insertion is being announced
};

} // namespace sd::ui
