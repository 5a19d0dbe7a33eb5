#pragma once

// DocumentListModel: the lazy table behind a document dock. Holds only the pages fetched so far
// (storage::DocumentListQuery, keyset-paged); views ask for more through canFetchMore/fetchMore
// as they scroll. A new filter or sort order resets the model and loads the first page.

#include "storage/documentlistquery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPair>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        NumberColumn,
        CustomerColumn,
        DateColumn,
        DueColumn,
        StatusColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 document id
        StatusKeyRole, // lifecycle key ("draft")
        TypeKeyRole, // "invoice", "credit_note"…
        ArchivedRole, // bool
        StatusColorRole, // QColor of the status (also the status cell's decoration)
    };

    explicit DocumentListModel(storage::Database& db, QObject* parent = nullptr);

    const storage::DocumentListFilter& filter() const { return m_filter; }
    void setFilter(const storage::DocumentListFilter& filter); // resets
    const storage::DocumentListSort& sortOrder() const { return m_sort; }
    void setSortOrder(const storage::DocumentListSort& sort); // resets when it changed
    // Both at once, with one query (a dock restoring its remembered filter).
    void setFilterAndSort(
        const storage::DocumentListFilter& filter, const storage::DocumentListSort& sort);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // Reloads from the first page with the same filter (after a document changed).
    void refresh();

    // Archived documents the current filter hides, capped (see DocumentListQuery::countHidden);
    // -1 when the count failed.
    qint64 hiddenArchivedCount() const;

    qint64 documentId(int row) const;
    const storage::DocumentRow& documentRow(int row) const { return m_rows.at(row); }
    // The message of the last failed query; empty after a successful one.
    QString lastError() const { return m_lastError; }

    // Only columns backed by an index sort (Due and Status do not).
    static std::optional<storage::DocumentListSort::Column> sortColumnFor(int column);
    static int columnFor(storage::DocumentListSort::Column column);
    // Statuses a type's lifecycle knows, as (key, translated name), for filter menus.
    static QList<QPair<QString, QString>> statusChoices(DocumentType type);
    static QString statusName(DocumentType type, const QString& key);
    static QColor statusColor(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void queryFailed(const QString& message);

private:
    void reload();
    // Reads the page after the last row; does not notify views (callers do).
    QList<storage::DocumentRow> readNextPage();

    storage::Database& m_db;
    storage::DocumentListFilter m_filter;
    storage::DocumentListSort m_sort;
    int m_pageSize = storage::DocumentListQuery::kDefaultPageSize;
    QList<storage::DocumentRow> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // a reset or insertion is under way
    QString m_lastError;
};

} // namespace sd::ui
