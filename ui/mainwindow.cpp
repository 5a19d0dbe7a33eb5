#include "mainwindow.h"

#include "common/preferences.h"
#include "docks/customersdock.h"
#include "docks/documentdock.h"
#include "services/companyservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sd::ui {

MainWindow::MainWindow(std::unique_ptr<storage::Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Salgsdesk"));
    setDockNestingEnabled(true);
    auto* welcome = new QLabel(tr("Open a document from one of the lists."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("centralPlaceholderLabel"));
    setCentralWidget(welcome);
    createDocks();
    createMenus();
    updateStatusBar();
    restoreGeometry(prefs::mainWindowGeometry.get());
    restoreState(prefs::mainWindowState.get());
    if (prefs::mainWindowGeometry.get().isEmpty())
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    struct DockSpec
    {
        QString objectName;
        QString title;
        Qt::DockWidgetArea area;
        DocumentType type;
    };
    const QList<DockSpec> specs = {
        {QStringLiteral("quotesDock"), tr("Quotes"), Qt::LeftDockWidgetArea, DocumentType::Quote},
        {QStringLiteral("ordersDock"), tr("Orders"), Qt::LeftDockWidgetArea, DocumentType::Order},
        {QStringLiteral("shipmentsDock"),
         tr("Shipments"),
         Qt::LeftDockWidgetArea,
         DocumentType::Shipment},
        {QStringLiteral("invoicesDock"),
         tr("Invoices"),
         Qt::LeftDockWidgetArea,
         DocumentType::Invoice}, // with credit notes
    };
    QDockWidget* first = nullptr;
    for (const auto& spec : specs) {
        auto* dock = new QDockWidget(spec.title, this);
        dock->setObjectName(spec.objectName);
        if (m_db) {
            dock->setWidget(new DocumentDock(*m_db, spec.type, dock));
        } else {
            auto* placeholder = new QListWidget(dock);
            placeholder->addItem(tr("No company file open."));
            dock->setWidget(placeholder);
        }
        addDockWidget(spec.area, dock);
        if (first)
            tabifyDockWidget(first, dock);
        else
            first = dock;
        m_docks << dock;
    }
    if (m_db) {
        auto* customers = new QDockWidget(tr("Customers"), this);
        customers->setObjectName(QStringLiteral("customersDock"));
        customers->setWidget(new CustomersDock(*m_db, customers));
        addDockWidget(Qt::RightDockWidgetArea, customers);
        m_docks << customers;
    }
    auto* products = new QDockWidget(tr("Products & stock"), this);
    products->setObjectName(QStringLiteral("productsDock"));
    products->setWidget(new QListWidget(products));
    addDockWidget(Qt::RightDockWidgetArea, products);
    m_docks << products;
    if (first)
        first->raise();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : m_docks)
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Salgsdesk"), this, [this]() {
        QMessageBox::about(this, tr("About Salgsdesk"),
                           tr("<b>Salgsdesk</b> %1<br>Sales and inventory for Nordic small businesses.<br>"
                              "Licensed under the GNU GPL, version 3 or later.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::updateStatusBar()
{
    if (!m_companyLabel) {
        m_companyLabel = new QLabel(this);
        m_companyLabel->setObjectName(QStringLiteral("companyStatusLabel"));
        statusBar()->addPermanentWidget(m_companyLabel);
    }
    if (!m_db) {
        m_companyLabel->setText(tr("No company file open"));
        return;
    }
    auto settings = CompanyService(*m_db).settings();
    const QString name = settings ? settings->name() : QString();
    QString text = tr("%1 — %2").arg(name, m_db->path());
    if (m_db->isReadOnly())
        text += tr(" (read-only)");
    m_companyLabel->setText(text);
    setWindowTitle(tr("%1 — Salgsdesk").arg(name));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    prefs::mainWindowGeometry.set(saveGeometry());
    prefs::mainWindowState.set(saveState());
    event->accept();
}

} // namespace sd::ui
