#pragma once

// ProductListModel: the list in the Products dock, a LazyListModel keyset-paged
// through ProductRepository::page in the order of the clicked column, so a large
// register opens and sorts instantly and is never read whole.

#include "domain/product.h"
#include "lazylistmodel.h"

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ProductListModel : public LazyListModel<Product>
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

    explicit ProductListModel(storage::Database& db, QObject* parent = nullptr);

    const Product& productAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    Result<QList<Product>> readPage(const QString& search,
        int column,
        bool ascending,
        int limit,
        const std::optional<Product>& after) override;
};

} // namespace sd::ui
