#pragma once

// ProductListModel: the lazy product list. Pages are keyset-paged by SKU
// (MasterDataService::products(search, limit, afterSku)); views pull more through
// canFetchMore/fetchMore while scrolling, so a large catalogue opens instantly.

#include "domain/product.h"

#include <QAbstractTableModel>

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        SkuColumn,
        NameColumn,
        UnitColumn,
        PriceColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit ProductListModel(storage::Database& db, QObject* parent = nullptr);

    void setSearch(const QString& search); // resets
    QString search() const { return m_search; }
    void refresh();
    const Product& productAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<Product> readNextPage();

    storage::Database& m_db;
    QString m_search;
    QList<Product> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // a reset or insertion is being announced
};

} // namespace sd::ui
