#pragma once

// CustomerListModel: the lazy customer list. Pages are keyset-paged by customer number
// (MasterDataService::customers(search, limit, afterNumber)); views pull more through
// canFetchMore/fetchMore while scrolling, so a large register opens instantly.

#include "domain/customer.h"

#include <QAbstractTableModel>

namespace sd::storage {
class Database;
}

namespace sd::ui {

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        NumberColumn,
        NameColumn,
        CityColumn,
        EmailColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit CustomerListModel(storage::Database& db, QObject* parent = nullptr);

    void setSearch(const QString& search); // resets
    QString search() const { return m_search; }
    void refresh();
    const Customer& customerAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<Customer> readNextPage();

    storage::Database& m_db;
    QString m_search;
    QList<Customer> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // a reset or insertion is being announced
};

} // namespace sd::ui
