#include "documentdock.h"

#include "common/preferences.h"
#include "models/documentlistmodel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using storage::DocumentListFilter;
using storage::DocumentListSort;
using ArchivedMode = DocumentListFilter::ArchivedMode;

namespace {

// QDateEdit cannot be empty: its minimum date stands for "no limit" and shows as special text.
const QDate kNoDate(1900, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

// An unset date edit holds kNoDate, so its calendar would open in January 1900. When the
// calendar is about to show for an unset edit, turn it to this month instead (the date itself
// stays unset until the user picks one).
class OpenAtTodayFilter : public QObject
{
public:
    explicit OpenAtTodayFilter(QDateEdit* edit)
        : QObject(edit)
        , m_edit(edit)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == kNoDate) {
            const QDate today = QDate::currentDate();
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(today.year(), today.month());
        }
        return false;
    }

private:
    QDateEdit* m_edit;
};

} // namespace

DocumentDock::DocumentDock(storage::Database& db, DocumentType type, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    // Credit notes are listed in the invoices dock (ARCHITECTURE §6).
    , m_type(type == DocumentType::CreditNote ? DocumentType::Invoice : type)
{
    setObjectName(objectNameFor("DocumentDock"));
    buildUi();
    restoreFilter();
}

QString DocumentDock::objectNameFor(const char* behaviour) const
{
    // "quoteSearchLineEdit", "invoiceTableView": the type key plus behaviour (STYLE naming).
    return documentTypeKey(m_type) + QLatin1String(behaviour);
}

void DocumentDock::buildUi()
{
    m_model = new DocumentListModel(m_db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(objectNameFor("SearchLineEdit"));
    m_search->setPlaceholderText(tr("Search number, customer, reference, line text…"));
    m_search->setToolTip(tr("Finds documents with words starting with what you type, in any "
                            "order: the number, the customer's name and number, your and our "
                            "reference, heading, note, and the lines' SKUs and descriptions."));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(objectNameFor("StatusComboBox"));
    m_status->addItem(tr("All statuses"), QString());
    for (const auto& [key, name] : DocumentListModel::statusChoices(m_type))
        m_status->addItem(name, key);

    m_archived = new QComboBox(this);
    m_archived->setObjectName(objectNameFor("ArchivedComboBox"));
    m_archived->addItem(tr("Hide archived"), int(ArchivedMode::Hide));
    m_archived->addItem(tr("Show archived"), int(ArchivedMode::Include));
    m_archived->addItem(tr("Only archived"), int(ArchivedMode::Only));

    auto makeDateEdit = [this](const char* behaviour, const QString& toolTip) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(objectNameFor(behaviour));
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("Any date"));
        edit->setCalendarPopup(true);
        edit->setDate(kNoDate);
        edit->setToolTip(toolTip);
        edit->calendarWidget()->installEventFilter(new OpenAtTodayFilter(edit));
        return edit;
    };
    m_from = makeDateEdit("FromDateEdit", tr("From date (inclusive)"));
    m_to = makeDateEdit("ToDateEdit", tr("To date (inclusive)"));

    m_table = new QTableView(this);
    m_table->setObjectName(objectNameFor("TableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line per document: a list is scanned, not read.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(
        DocumentListModel::CustomerColumn, QHeaderView::Stretch);

    m_hidden = new QLabel(this);
    m_hidden->setObjectName(objectNameFor("HiddenLabel"));
    m_hidden->setTextFormat(Qt::RichText);
    m_hidden->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_archived);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("–"), this));
    filters->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hidden);

    // Typing queries after a short pause, not per key; discrete choices apply at once.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &DocumentDock::applyFilterNow);
    auto debounce = [this]() { m_debounce->start(); };
    connect(m_search, &QLineEdit::textChanged, this, debounce);
    connect(m_from, &QDateEdit::dateChanged, this, debounce);
    connect(m_to, &QDateEdit::dateChanged, this, debounce);
    connect(m_search, &QLineEdit::returnPressed, this, &DocumentDock::applyFilterNow);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DocumentDock::applyFilterNow);
    connect(m_archived, &QComboBox::currentIndexChanged, this, &DocumentDock::applyFilterNow);
    connect(m_hidden, &QLabel::linkActivated, this, [this]() {
        m_archived->setCurrentIndex(m_archived->findData(int(ArchivedMode::Include)));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->documentId(index.row()))
            emit documentActivated(id);
    });
}

DocumentListFilter DocumentDock::currentFilter() const
{
    DocumentListFilter f;
    f.types = { m_type };
    if (m_type == DocumentType::Invoice)
        f.types << DocumentType::CreditNote;
    f.statusKey = m_status->currentData().toString();
    f.archived = ArchivedMode(m_archived->currentData().toInt());
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.search = m_search->text().trimmed();
    return f;
}

void DocumentDock::applyFilterNow()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
    updateHiddenLabel();
    saveFilter();
}

void DocumentDock::refresh()
{
    m_model->refresh();
    updateHiddenLabel();
}

void DocumentDock::updateHiddenLabel()
{
    const qint64 hidden = m_model->hiddenArchivedCount();
    if (hidden <= 0) {
        m_hidden->hide();
        return;
    }
    const QString show = QStringLiteral("<a href=\"show\">%1</a>").arg(tr("show"));
    if (hidden > storage::DocumentListQuery::kHiddenCountCap) {
        // The count stops at the cap: never a count over the whole archive.
        m_hidden->setText(
            tr("%1+ archived hidden — %2")
                .arg(QLocale().toString(storage::DocumentListQuery::kHiddenCountCap), show));
    } else {
        m_hidden->setText(tr("%Ln archived hidden — %1", "", int(hidden)).arg(show));
    }
    m_hidden->show();
}

void DocumentDock::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!DocumentListModel::sortColumnFor(column)) {
        // Due and status have no index to sort by: put the indicator back where the list is.
        const DocumentListSort sort = m_model->sortOrder();
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(DocumentListModel::columnFor(sort.column),
            sort.ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        return;
    }
    saveFilter();
}

const Preference<QVariantMap>& DocumentDock::preference() const
{
    switch (m_type) {
    case DocumentType::Order:
        return prefs::orderListFilter;
    case DocumentType::Shipment:
        return prefs::shipmentListFilter;
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        return prefs::invoiceListFilter;
    case DocumentType::Quote:
        break;
    }
    return prefs::quoteListFilter;
}

void DocumentDock::saveFilter() const
{
    const DocumentListFilter f = currentFilter();
    const DocumentListSort sort = m_model->sortOrder();
    preference().set({
        { QStringLiteral("search"), f.search },
        { QStringLiteral("status"), f.statusKey },
        { QStringLiteral("archived"), int(f.archived) },
        { QStringLiteral("from"), f.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), f.to.toString(Qt::ISODate) },
        { QStringLiteral("sortColumn"), int(sort.column) },
        { QStringLiteral("ascending"), sort.ascending },
    });
}

void DocumentDock::restoreFilter()
{
    const QVariantMap saved = preference().get();
    {
        // Widgets first, without each change firing its own query.
        const QSignalBlocker b1(m_search), b2(m_status), b3(m_archived), b4(m_from), b5(m_to);
        m_search->setText(saved.value(QStringLiteral("search")).toString());
        // A status or mode that no longer exists falls back to "all" / "hide archived".
        m_status->setCurrentIndex(
            qMax(0, m_status->findData(saved.value(QStringLiteral("status")).toString())));
        m_archived->setCurrentIndex(
            qMax(0, m_archived->findData(saved.value(QStringLiteral("archived")).toInt())));
        const QDate from
            = QDate::fromString(saved.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to
            = QDate::fromString(saved.value(QStringLiteral("to")).toString(), Qt::ISODate);
        m_from->setDate(from.isValid() ? from : kNoDate);
        m_to->setDate(to.isValid() ? to : kNoDate);
    }
    DocumentListSort sort;
    const int column = saved.value(QStringLiteral("sortColumn"), int(sort.column)).toInt();
    if (column >= int(DocumentListSort::Column::Date)
        && column <= int(DocumentListSort::Column::Amount))
        sort.column = DocumentListSort::Column(column);
    sort.ascending = saved.value(QStringLiteral("ascending"), false).toBool();
    m_model->setFilterAndSort(currentFilter(), sort);

    // The header shows the restored order before sorting is switched on, so switching it on
    // asks the model for the order it already has (no second query).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicator(DocumentListModel::columnFor(sort.column),
        sort.ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, &DocumentDock::onSortIndicatorChanged);
    updateHiddenLabel();
}

} // namespace sd::ui
