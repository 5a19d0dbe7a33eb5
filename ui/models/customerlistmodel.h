#pragma once

// CustomerListModel: the list in the Customers dock, a LazyListModel keyset-paged
// through CustomerRepository::page in the order of the clicked column, so a large
// register opens and sorts instantly and is never read whole.

#include "domain/customer.h"
#include "lazylistmodel.h"

namespace sd::storage {
class Database;
}

namespace sd::ui {

class CustomerListModel : public LazyListModel<Customer>
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

    explicit CustomerListModel(storage::Database& db, QObject* parent = nullptr);

    const Customer& customerAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    Result<QList<Customer>> readPage(const QString& search,
        int column,
        bool ascending,
        int limit,
        const std::optional<Customer>& after) override;
};

} // namespace sd::ui
