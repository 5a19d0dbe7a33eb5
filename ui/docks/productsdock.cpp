#include "productsdock.h"

#include "models/productlistmodel.h"
#include "services/masterdataservice.h"
#include "services/stockservice.h"
#include "storage/stockrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QLabel* figureLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString reasonName(const QString& key)
{
    if (key == QLatin1String("receipt"))
        return ProductsDock::tr("Receipt");
    if (key == QLatin1String("shipment"))
        return ProductsDock::tr("Shipment");
    if (key == QLatin1String("adjustment"))
        return ProductsDock::tr("Adjustment");
    if (key == QLatin1String("count"))
        return ProductsDock::tr("Count");
    if (key == QLatin1String("return"))
        return ProductsDock::tr("Return");
    return key;
}

} // namespace

ProductsDock::ProductsDock(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("productsDockWidget"));
    m_model = new ProductListModel(db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search SKU, name, barcode…"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(
        ProductListModel::NameColumn, QHeaderView::Stretch);

    auto* view = new QWidget(this);
    view->setObjectName(QStringLiteral("productViewWidget"));
    m_title = new QLabel(view);
    m_title->setObjectName(QStringLiteral("productTitleLabel"));
    m_onHand = figureLabel("productOnHandLabel", view);
    m_reserved = figureLabel("productReservedLabel", view);
    m_available = figureLabel("productAvailableLabel", view);
    auto* figures = new QHBoxLayout;
    for (auto [caption, label] : { std::pair { tr("On hand"), m_onHand },
             std::pair { tr("Reserved"), m_reserved },
             std::pair { tr("Available"), m_available } }) {
        auto* form = new QFormLayout;
        form->addRow(caption + QLatin1Char(':'), label);
        figures->addLayout(form);
    }
    figures->addStretch(1);
    m_movements = new QTableWidget(0, 4, view);
    m_movements->setObjectName(QStringLiteral("productMovementsTableWidget"));
    m_movements->setHorizontalHeaderLabels(
        { tr("Date"), tr("Movement"), tr("Quantity"), tr("Note") });
    m_movements->horizontalHeader()->setStretchLastSection(true);
    m_movements->verticalHeader()->hide();
    m_movements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movements->setWordWrap(false);
    auto* viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(0, 4, 0, 0);
    viewLayout->addWidget(m_title);
    viewLayout->addLayout(figures);
    viewLayout->addWidget(m_movements, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ProductsDock::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ProductsDock::applySearchNow);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex& current) {
            showProduct(current.isValid() ? m_model->productAt(current.row()).sku : QString());
        });
    // A header click sorts in SQL (ProductListModel::sort), read again from the top; the
    // selection is gone with the old order.
    m_table->horizontalHeader()->setSortIndicator(ProductListModel::SkuColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // reads the first page, by SKU
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        showProduct({});
    });
    showProduct({});
}

void ProductsDock::applySearchNow()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
    showProduct({});
}

void ProductsDock::showProduct(const QString& sku)
{
    m_sku = sku;
    refresh();
}

void ProductsDock::refresh()
{
    m_movements->setRowCount(0);
    for (QLabel* l : { m_onHand, m_reserved, m_available })
        l->setText(QStringLiteral("–"));
    if (m_sku.isEmpty()) {
        m_title->setText(tr("<i>Select a product to see its stock.</i>"));
        return;
    }
    auto product = MasterDataService(m_db).product(m_sku);
    if (!product) {
        m_title->setText(product.error().message.toHtmlEscaped());
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b> — %2")
                         .arg(product->sku.toHtmlEscaped(), product->name.toHtmlEscaped()));
    if (!product->stockTracked && !product->isBundle) {
        m_title->setText(m_title->text() + tr(" (not stock-tracked)"));
        return;
    }
    if (auto f = StockService(m_db).figures(m_sku)) {
        m_onHand->setText(f->onHand.toDisplayString());
        m_reserved->setText(f->reserved.toDisplayString());
        m_available->setText(f->available.toDisplayString());
    } else {
        m_title->setText(
            m_title->text() + QStringLiteral("<br>") + f.error().message.toHtmlEscaped());
    }
    auto moves = storage::StockRepository(m_db).movements(product->id, kMovementLimit);
    if (!moves)
        return;
    m_movements->setRowCount(int(moves->size()));
    const QLocale locale;
    for (int row = 0; row < moves->size(); ++row) {
        const storage::StockMove& m = moves->at(row);
        auto* quantity = new QTableWidgetItem(m.quantity.toDisplayString());
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_movements->setItem(
            row, 0, new QTableWidgetItem(locale.toString(m.date, QLocale::ShortFormat)));
        m_movements->setItem(row, 1, new QTableWidgetItem(reasonName(m.reason)));
        m_movements->setItem(row, 2, quantity);
        m_movements->setItem(row, 3, new QTableWidgetItem(m.note));
    }
    m_movements->resizeColumnsToContents();
}

} // namespace sd::ui
