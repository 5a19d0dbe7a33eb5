#include "documentlistmodel.h"

#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documents/shipmentlifecycle.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace sd::ui {

using storage::DocumentListSort;

namespace {

// Statuses and names come from the lifecycle tables core uses, so a new status shows up in the
// filter menus without touching the UI.
template <typename Lifecycle> QList<QPair<QString, QString>> choicesOf()
{
    QList<QPair<QString, QString>> out;
    for (auto status : Lifecycle::statuses())
        out.append({ Lifecycle::statusKey(status), Lifecycle::statusName(status) });
    return out;
}

template <typename Lifecycle> QString nameOf(const QString& key)
{
    auto status = Lifecycle::parseStatus(key);
    return status ? Lifecycle::statusName(*status) : key;
}

} // namespace

DocumentListModel::DocumentListModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    // Nothing is read until a filter is set: the dock restores its remembered filter first,
    // so opening the window runs one query per dock, not two.
}

void DocumentListModel::setFilter(const storage::DocumentListFilter& filter)
{
    m_filter = filter;
    reload();
}

void DocumentListModel::setSortOrder(const storage::DocumentListSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void DocumentListModel::setFilterAndSort(
    const storage::DocumentListFilter& filter, const storage::DocumentListSort& sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

qint64 DocumentListModel::hiddenArchivedCount() const
{
    auto n = storage::DocumentListQuery(m_db).countHidden(m_filter);
    return n ? *n : -1;
}

void DocumentListModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, storage::DocumentListQuery::kMaxPageSize);
}

void DocumentListModel::refresh()
{
    reload();
}

void DocumentListModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    // The first page is read inside the reset, so a view shows rows at once without waiting
    // for its own fetchMore; later pages come lazily.
    m_rows = readNextPage();
    endResetModel();
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

QList<storage::DocumentRow> DocumentListModel::readNextPage()
{
    storage::DocumentListCursor after;
    if (!m_rows.isEmpty())
        after = storage::DocumentListQuery::cursorAfter(m_rows.constLast(), m_sort);
    // One row more than a page tells whether another page exists, without an empty round trip.
    auto page = storage::DocumentListQuery(m_db).page(m_filter, m_sort, m_pageSize + 1, after);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        return {};
    }
    m_lastError.clear();
    QList<storage::DocumentRow> rows = std::move(*page);
    m_atEnd = rows.size() <= m_pageSize;
    if (!m_atEnd)
        rows.removeLast();
    return rows;
}

bool DocumentListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a reset or insertion is being announced: listeners of those signals (views,
    // QAbstractItemModelTester) may ask for more, and inserting then would nest two changes.
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void DocumentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<storage::DocumentRow> rows = readNextPage();
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

qint64 DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::DocumentRow& r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusKeyRole:
        return r.statusKey;
    case TypeKeyRole:
        return documentTypeKey(r.type);
    case ArchivedRole:
        return r.archived;
    case StatusColorRole:
        return statusColor(r.statusKey);
    default:
        break;
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn: {
            const QString number = r.number ? QString::number(*r.number) : tr("Draft");
            // The invoices dock lists credit notes too; their number says which they are.
            return r.type == DocumentType::CreditNote ? tr("%1 (credit note)").arg(number) : number;
        }
        case CustomerColumn:
            return r.customerName;
        case DateColumn:
            return locale.toString(r.date, QLocale::ShortFormat);
        case DueColumn:
            return r.dueDate.isValid() ? locale.toString(r.dueDate, QLocale::ShortFormat)
                                       : QString();
        case StatusColumn:
            return r.archived ? tr("%1 (archived)").arg(statusName(r.type, r.statusKey))
                              : statusName(r.type, r.statusKey);
        case AmountColumn:
            return r.gross.toDisplayString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return statusColor(r.statusKey); // a QColor decoration is painted as a swatch
    if (role == Qt::ToolTipRole && index.column() == CustomerColumn)
        return tr("Customer %1").arg(r.customerNumber);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case DateColumn:
        return tr("Date");
    case DueColumn:
        return m_filter.types == QList<DocumentType> { DocumentType::Quote } ? tr("Valid until")
                                                                             : tr("Due");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    if (!sortColumn)
        return; // not backed by an index: the dock puts the header indicator back
    setSortOrder({ *sortColumn, order == Qt::AscendingOrder });
}

std::optional<DocumentListSort::Column> DocumentListModel::sortColumnFor(int column)
{
    switch (column) {
    case NumberColumn:
        return DocumentListSort::Column::Number;
    case CustomerColumn:
        return DocumentListSort::Column::Customer;
    case DateColumn:
        return DocumentListSort::Column::Date;
    case AmountColumn:
        return DocumentListSort::Column::Amount;
    default:
        return std::nullopt;
    }
}

int DocumentListModel::columnFor(DocumentListSort::Column column)
{
    switch (column) {
    case DocumentListSort::Column::Number:
        return NumberColumn;
    case DocumentListSort::Column::Customer:
        return CustomerColumn;
    case DocumentListSort::Column::Date:
        return DateColumn;
    case DocumentListSort::Column::Amount:
        return AmountColumn;
    }
    return DateColumn;
}

QList<QPair<QString, QString>> DocumentListModel::statusChoices(DocumentType type)
{
    switch (type) {
    case DocumentType::Quote:
        return choicesOf<QuoteLifecycle>();
    case DocumentType::Order:
        return choicesOf<OrderLifecycle>();
    case DocumentType::Shipment:
        return choicesOf<ShipmentLifecycle>();
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        return choicesOf<InvoiceLifecycle>();
    }
    return {};
}

QString DocumentListModel::statusName(DocumentType type, const QString& key)
{
    switch (type) {
    case DocumentType::Quote:
        return nameOf<QuoteLifecycle>(key);
    case DocumentType::Order:
        return nameOf<OrderLifecycle>(key);
    case DocumentType::Shipment:
        return nameOf<ShipmentLifecycle>(key);
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        return nameOf<InvoiceLifecycle>(key);
    }
    return key;
}

QColor DocumentListModel::statusColor(const QString& key)
{
    // Seed 001's list colours: grey for work in progress, blue for out of the door, green for
    // done, red for refused or cancelled.
    if (key == QLatin1String("draft"))
        return QColor(0x7f, 0x8c, 0x8d);
    if (key == QLatin1String("sent"))
        return QColor(0x29, 0x80, 0xb9);
    if (key == QLatin1String("accepted") || key == QLatin1String("booked"))
        return QColor(0x27, 0xae, 0x60);
    if (key == QLatin1String("rejected") || key == QLatin1String("cancelled"))
        return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x95, 0xa5, 0xa6);
}

} // namespace sd::ui
