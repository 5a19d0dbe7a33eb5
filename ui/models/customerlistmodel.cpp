#include "customerlistmodel.h"

#include "storage/customerrepository.h"

namespace sd::ui {

CustomerListModel::CustomerListModel(storage::Database& db, QObject* parent)
    : LazyListModel(db, parent)
{
}

Result<QList<Customer>> CustomerListModel::readPage(const QString& search,
    int column,
    bool ascending,
    int limit,
    const std::optional<Customer>& after)
{
    using Sort = storage::CustomerRepository::SortColumn;
    Sort sort = Sort::Number;
    switch (column) {
    case NameColumn:
        sort = Sort::Name;
        break;
    case CityColumn:
        sort = Sort::City;
        break;
    case EmailColumn:
        sort = Sort::Email;
        break;
    default:
        break;
    }
    return storage::CustomerRepository(m_db).page(search, sort, ascending, limit, after);
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& c = rowAt(index.row());
    if (role == Qt::UserRole)
        return c.number;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QString::number(c.number);
    case NameColumn:
        return c.name;
    case CityColumn:
        return c.billing.city;
    case EmailColumn:
        return c.email;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case EmailColumn:
        return tr("E-mail");
    default:
        return {};
    }
}

} // namespace sd::ui
