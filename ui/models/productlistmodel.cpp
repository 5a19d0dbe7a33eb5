#include "productlistmodel.h"

#include "services/masterdataservice.h"

#include <QScopedValueRollback>

namespace sd::ui {

ProductListModel::ProductListModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void ProductListModel::setSearch(const QString& search)
{
    m_search = search.trimmed();
    refresh();
}

void ProductListModel::refresh()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = readNextPage(); // the first page inside the reset: rows show at once
    endResetModel();
}

QList<Product> ProductListModel::readNextPage()
{
    const QString after = m_rows.isEmpty() ? QString() : m_rows.constLast().sku;
    // One row more than a page tells whether another page exists.
    auto page = MasterDataService(m_db).products(m_search, kPageSize + 1, after);
    if (!page) {
        m_atEnd = true;
        return {};
    }
    QList<Product> rows = std::move(*page);
    m_atEnd = rows.size() <= kPageSize;
    if (!m_atEnd)
        rows.removeLast();
    return rows;
}

bool ProductListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void ProductListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<Product> rows = readNextPage();
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = m_rows.at(index.row());
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
