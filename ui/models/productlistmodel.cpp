#include "productlistmodel.h"

#include "storage/productrepository.h"

namespace sd::ui {

ProductListModel::ProductListModel(storage::Database& db, QObject* parent)
    : LazyListModel(db, parent)
{
}

Result<QList<Product>> ProductListModel::readPage(const QString& search,
    int column,
    bool ascending,
    int limit,
    const std::optional<Product>& after)
{
    using Sort = storage::ProductRepository::SortColumn;
    Sort sort = Sort::Sku;
    switch (column) {
    case NameColumn:
        sort = Sort::Name;
        break;
    case UnitColumn:
        sort = Sort::Unit;
        break;
    case PriceColumn:
        sort = Sort::Price;
        break;
    default:
        break;
    }
    return storage::ProductRepository(m_db).page(search, sort, ascending, limit, after);
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = rowAt(index.row());
    if (role == Qt::UserRole)
        return p.sku;
    if (role == Qt::TextAlignmentRole && index.column() == PriceColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SkuColumn:
        return p.sku;
    case NameColumn:
        return p.isBundle ? tr("%1 (bundle)").arg(p.name) : p.name;
    case UnitColumn:
        return p.unit;
    case PriceColumn:
        return p.price.toDisplayString();
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace sd::ui
