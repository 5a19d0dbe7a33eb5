#include "customerlistmodel.h"

#include "services/masterdataservice.h"

#include <QScopedValueRollback>

namespace sd::ui {

CustomerListModel::CustomerListModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void CustomerListModel::setSearch(const QString& search)
{
    m_search = search.trimmed();
    refresh();
}

void CustomerListModel::refresh()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = readNextPage(); // the first page inside the reset: rows show at once
    endResetModel();
}

QList<Customer> CustomerListModel::readNextPage()
{
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().number;
    // One row more than a page tells whether another page exists.
    auto page = MasterDataService(m_db).customers(m_search, kPageSize + 1, after);
    if (!page) {
        m_atEnd = true;
        return {};
    }
    QList<Customer> rows = std::move(*page);
    m_atEnd = rows.size() <= kPageSize;
    if (!m_atEnd)
        rows.removeLast();
    return rows;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<Customer> rows = readNextPage();
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& c = m_rows.at(index.row());
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
