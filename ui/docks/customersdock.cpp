#include "customersdock.h"

#include "models/customerlistmodel.h"
#include "models/documentlistmodel.h"
#include "services/masterdataservice.h"
#include "storage/overviewquery.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

} // namespace

CustomersDock::CustomersDock(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("customersDockWidget"));
    m_model = new CustomerListModel(db, this);
    m_documents = new DocumentListModel(db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, number, org.nr…"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTableView"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    // The name is what is read; number and city fit their contents, e-mail takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(
        CustomerListModel::NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        CustomerListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        CustomerListModel::CityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        CustomerListModel::EmailColumn, QHeaderView::Stretch);

    auto* view = new QWidget(this);
    view->setObjectName(QStringLiteral("customerViewWidget"));
    m_details = new QLabel(view);
    m_details->setObjectName(QStringLiteral("customerDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance = new QLabel(view);
    m_balance->setObjectName(QStringLiteral("customerBalanceLabel"));
    m_documentsTable = new QTableView(view);
    m_documentsTable->setObjectName(QStringLiteral("customerDocumentsTableView"));
    m_documentsTable->setModel(m_documents);
    setUpTable(m_documentsTable);
    // The customer column repeats the customer shown above; the status (with the credit-note
    // and archived notes) takes the room instead.
    m_documentsTable->hideColumn(DocumentListModel::CustomerColumn);
    m_documentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documentsTable->horizontalHeader()->setSectionResizeMode(
        DocumentListModel::StatusColumn, QHeaderView::Stretch);
    auto* viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(0, 4, 0, 0);
    viewLayout->addWidget(m_details);
    viewLayout->addWidget(m_balance);
    viewLayout->addWidget(m_documentsTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // as the document docks: query after typing pauses
    connect(m_debounce, &QTimer::timeout, this, &CustomersDock::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersDock::applySearchNow);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex& current) {
            showCustomer(current.isValid() ? m_model->customerAt(current.row()).number : 0);
        });
    connect(
        m_documentsTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
            if (const qint64 id = m_documents->documentId(index.row()))
                emit documentActivated(id);
        });
    // A header click sorts in SQL (CustomerListModel::sort), read again from the top; the
    // selection is gone with the old order.
    m_table->horizontalHeader()->setSortIndicator(
        CustomerListModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // reads the first page, by number
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        showCustomer(0);
    });
    showCustomer(0);
}

void CustomersDock::applySearchNow()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
    showCustomer(0);
}

void CustomersDock::showCustomer(qint64 number)
{
    m_customerNumber = number;
    refresh();
}

void CustomersDock::refresh()
{
    storage::DocumentListFilter filter;
    filter.types = documentTypes();
    filter.customerNumber = m_customerNumber ? m_customerNumber : -1; // -1: nobody, empty list
    filter.archived = storage::DocumentListFilter::ArchivedMode::Include;
    m_documents->setFilter(filter);
    if (!m_customerNumber) {
        m_details->setText(tr("<i>Select a customer to see their data and documents.</i>"));
        m_balance->clear();
        return;
    }
    auto c = MasterDataService(m_db).customer(m_customerNumber);
    if (!c) {
        m_details->setText(c.error().message.toHtmlEscaped());
        m_balance->clear();
        return;
    }
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(c->name.toHtmlEscaped()).arg(c->number);
    if (!c->orgnr.isEmpty())
        lines << tr("Org.nr %1").arg(c->orgnr.toHtmlEscaped());
    const QString address = QStringList { c->billing.street,
        c->billing.postcode + QLatin1Char(' ') + c->billing.city }
                                .join(QStringLiteral(", "))
                                .trimmed();
    if (address != QLatin1String(","))
        lines << address.toHtmlEscaped();
    const QString contact = QStringList { c->email, c->phone }.join(QStringLiteral("  ")).trimmed();
    if (!contact.isEmpty())
        lines << contact.toHtmlEscaped();
    m_details->setText(lines.join(QStringLiteral("<br>")));
    auto balance = storage::OverviewQuery(m_db).customerBalance(m_customerNumber);
    m_balance->setText(
        balance ? tr("Balance due: %1").arg(balance->toDisplayString()) : balance.error().message);
}

} // namespace sd::ui
