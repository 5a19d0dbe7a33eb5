#include "mainwindow.h"

#include "editors/editortabs.h"
#include "services/backupservice.h"

#include "actions/actioncollection.h"
#include "actions/bookkeeperactions.h"
#include "actions/documentactions.h"
#include "actions/mainmenus.h"
#include "common/clock.h"
#include "common/documentsignals.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/preferences.h"
#include "dialogs/newcompanydialog.h"
#include "docks/customersdock.h"
#include "docks/documentdock.h"
#include "docks/productsdock.h"
#include "services/companyservice.h"
#include "storage/database.h"
#include "widgets/salesoverviewwidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace sd::ui {

using Id = ActionCollection::Id;

MainWindow::MainWindow(std::unique_ptr<storage::Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Salgsdesk"));
    setDockNestingEnabled(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabWidget"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    setCentralWidget(m_tabs);
    // An empty centre says what it is for; the hint sits behind the tabs and hides with the
    // first one.
    auto* hint = new QLabel(tr("Double-click a document in a list to open it here."), m_tabs);
    hint->setObjectName(QStringLiteral("editorHintLabel"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto placeHint = [this, hint]() {
        hint->setGeometry(m_tabs->rect().adjusted(24, 24, -24, -24));
        hint->setVisible(m_tabs->count() == 0);
    };
    connect(m_tabs, &QTabWidget::currentChanged, hint, placeHint);
    m_tabs->installEventFilter(this);
    m_placeHint = placeHint;

    m_actions = new ActionCollection(this);
    if (m_db)
        m_editors = new EditorTabs(*m_db, m_tabs, m_actions->action(ActionCollection::Id::Undo),
                                   m_actions->action(ActionCollection::Id::Redo), this);
    if (m_db)
        m_documentActions = new DocumentActions(*m_db, this);
    createDocks();
    auto* menus = new MainMenus(this, *m_actions, m_documentActions, m_docks);
    connect(menus, &MainMenus::recentFileChosen, this, &MainWindow::openCompanyFile);
    connectActions();
    updateStatusBar();
    // The layout as built, for View → Reset layout, before the user's saved one replaces it.
    m_defaultState = saveState();
    restoreGeometry(prefs::mainWindowGeometry.get());
    restoreState(prefs::mainWindowState.get());
    if (prefs::mainWindowGeometry.get().isEmpty())
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::startAutomaticBackups()
{
    if (!m_db || m_db->isReadOnly())
        return;
    auto* backup = new AutoBackup(m_db->path(), this);
    connect(backup, &AutoBackup::finished, this, [this](const QStringList&, const QStringList& problems) {
        if (!problems.isEmpty())
            statusBar()->showMessage(tr("Automatic backup: %1").arg(problems.join(QStringLiteral("; "))), 15000);
    });
    backup->start();
}

void MainWindow::createDocks()
{
    struct DockSpec
    {
        QString objectName;
        QString title;
        DocumentType type;
    };
    const QList<DockSpec> specs = {
        { QStringLiteral("quotesDock"), tr("Quotes"), DocumentType::Quote },
        { QStringLiteral("ordersDock"), tr("Orders"), DocumentType::Order },
        { QStringLiteral("shipmentsDock"), tr("Shipments"), DocumentType::Shipment },
        { QStringLiteral("invoicesDock"),
            tr("Invoices"),
            DocumentType::Invoice }, // with credit notes
    };
    auto placeholder = [](QWidget* parent) {
        auto* list = new QListWidget(parent);
        list->addItem(tr("No company file open."));
        return list;
    };
    auto* signals_ = DocumentSignals::instance();
    QDockWidget* first = nullptr;
    for (const auto& spec : specs) {
        auto* dock = new QDockWidget(spec.title, this);
        dock->setObjectName(spec.objectName);
        if (m_db) {
            auto* list = new DocumentDock(*m_db, spec.type, dock);
            dock->setWidget(list);
            m_documentActions->attach(list->tableView(), list->model());
            connect(list, &DocumentDock::documentActivated, this, &MainWindow::openDocument);
            connect(signals_, &DocumentSignals::documentChanged, list, &DocumentDock::refresh);
        } else {
            dock->setWidget(placeholder(dock));
        }
        addDockWidget(Qt::LeftDockWidgetArea, dock);
        if (first)
            tabifyDockWidget(first, dock);
        else
            first = dock;
        m_docks << dock;
    }
    auto* customers = new QDockWidget(tr("Customers"), this);
    customers->setObjectName(QStringLiteral("customersDock"));
    // No "&" in a dock title: the title bar shows it as it is, but the tab of a tabbed dock and
    // the View menu take it for a mnemonic ("Products _stock").
    auto* products = new QDockWidget(tr("Products and stock"), this);
    products->setObjectName(QStringLiteral("productsDock"));
    if (m_db) {
        m_customers = new CustomersDock(*m_db, customers);
        customers->setWidget(m_customers);
        m_documentActions->attach(m_customers->documentsTableView(), m_customers->documentsModel());
        connect(m_customers, &CustomersDock::documentActivated, this, &MainWindow::openDocument);
        connect(signals_, &DocumentSignals::documentChanged, m_customers, &CustomersDock::refresh);
        auto* stock = new ProductsDock(*m_db, products);
        products->setWidget(stock);
        connect(signals_, &DocumentSignals::documentChanged, stock, &ProductsDock::refresh);
    } else {
        customers->setWidget(placeholder(customers));
        products->setWidget(placeholder(products));
    }
    // Every list in one column on the left — documents above, customers and products below —
    // so the centre keeps the width an open document needs.
    addDockWidget(Qt::LeftDockWidgetArea, customers, Qt::Vertical);
    tabifyDockWidget(customers, products);
    m_docks << customers << products;
    customers->raise();
    if (first) {
        first->raise();
        resizeDocks({ first }, { 620 }, Qt::Horizontal);
        resizeDocks({ first, customers }, { 430, 330 }, Qt::Vertical);
    }
}

void MainWindow::connectActions()
{
    auto on = [this](Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(Id::Quit, &QWidget::close);
    on(Id::Find, &MainWindow::focusSearch);
    on(Id::ResetLayout, &MainWindow::resetLayout);
    on(Id::NewCompany, &MainWindow::newCompany);
    on(Id::About, [this]() {
        QMessageBox::about(this,
            tr("About Salgsdesk"),
            tr("<b>Salgsdesk</b> %1<br>Sales and inventory for Nordic small businesses.<br>"
               "Licensed under the GNU GPL, version 3 or later.")
                .arg(QCoreApplication::applicationVersion()));
    });
    on(Id::OpenCompany, [this]() {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Open company file"), {}, FileDialog::companyFileFilter());
        if (!path.isEmpty())
            openCompanyFile(path);
    });
    on(Id::OpenDemoCompany, [this]() {
        auto db = NewCompanyDialog::openDemoCompany();
        if (!db)
            MessageBox::critical(this, tr("Salgsdesk"), db.error().message);
        else
            switchTo(std::move(*db));
    });
    on(Id::NewQuote, [this]() { newDocument(int(DocumentType::Quote)); });
    on(Id::NewOrder, [this]() { newDocument(int(DocumentType::Order)); });
    on(Id::NewInvoice, [this]() { newDocument(int(DocumentType::Invoice)); });
    if (m_db) {
        auto* files = new BookkeeperActions(*m_db, this);
        on(Id::Import, [files]() { files->importData(); });
        on(Id::Export, [files]() { files->exportData(); });
        on(Id::RestoreBackup, [files]() { files->restoreBackup(); });
        connect(files, &BookkeeperActions::message, this, [this](const QString& text) {
            statusBar()->showMessage(text, 5000);
        });
        connect(files, &BookkeeperActions::restoreRequested, this, &MainWindow::restoreBackup);
    }
    if (!m_documentActions) {
        for (Id id : { Id::NewQuote,
                 Id::NewOrder,
                 Id::NewInvoice,
                 Id::Print,
                 Id::PrintPreview,
                 Id::Import,
                 Id::Export,
                 Id::RestoreBackup })
            m_actions->action(id)->setEnabled(false);
        return;
    }
    // File → Print acts on the selected document, enabled exactly when its step is.
    for (auto [id, step] : { std::pair { Id::Print, DocumentStep::Print },
             std::pair { Id::PrintPreview, DocumentStep::PrintPreview } }) {
        QAction* global = m_actions->action(id);
        QAction* documentStep = m_documentActions->action(step);
        global->setEnabled(documentStep->isEnabled());
        connect(documentStep, &QAction::changed, global, [global, documentStep]() {
            global->setEnabled(documentStep->isEnabled());
        });
        connect(global, &QAction::triggered, documentStep, &QAction::trigger);
    }
    connect(m_documentActions, &DocumentActions::documentCreated, this, &MainWindow::openDocument);
    connect(m_documentActions, &DocumentActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 5000);
    });
    if (m_editors) {
        connect(DocumentSignals::instance(), &DocumentSignals::documentChanged, m_editors, &EditorTabs::refresh);
        // The toolbar and Document menu act on the document in front, as on a selected row.
        connect(m_editors, &EditorTabs::currentDocumentChanged, m_documentActions, [this](qint64 id) {
            if (id)
                m_documentActions->setDocument(id);
        });
    }
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
    if (!m_overview) {
        m_overview = new SalesOverviewWidget(*m_db, this);
        statusBar()->addPermanentWidget(m_overview);
        connect(DocumentSignals::instance(),
            &DocumentSignals::documentChanged,
            m_overview,
            &SalesOverviewWidget::refresh);
    }
    auto settings = CompanyService(*m_db).settings();
    const QString name = settings ? settings->name() : QString();
    QString text = tr("%1 — %2").arg(name, QFileInfo(m_db->path()).fileName());
    if (m_db->isReadOnly())
        text += tr(" (read-only)");
    m_companyLabel->setText(text);
    m_companyLabel->setToolTip(QDir::toNativeSeparators(m_db->path()));
    setWindowTitle(tr("%1 — Salgsdesk").arg(name));
}

void MainWindow::openDocument(qint64 id)
{
    if (m_editors)
        m_editors->open(id);
}

void MainWindow::newDocument(int type)
{
    qint64 customer = m_customers ? m_customers->selectedCustomerNumber() : 0;
    if (!customer) {
        const auto text = MessageBox::askText(this, tr("New document"), tr("Customer number:"));
        if (!text)
            return;
        customer = text->trimmed().toLongLong();
    }
    m_documentActions->createNew(DocumentType(type), customer);
}

void MainWindow::focusSearch()
{
    // The search box of the dock the user is in, else of the first one showing.
    QDockWidget* target = nullptr;
    for (QDockWidget* dock : m_docks) {
        if (dock->isAncestorOf(QApplication::focusWidget()))
            target = dock;
        else if (!target && dock->isVisible() && !dock->visibleRegion().isEmpty())
            target = dock;
    }
    if (!target)
        return;
    for (auto* edit : target->findChildren<QLineEdit*>()) {
        if (edit->objectName().endsWith(QLatin1String("SearchLineEdit"))) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::resetLayout()
{
    for (QDockWidget* dock : m_docks)
        dock->show();
    restoreState(m_defaultState);
}

void MainWindow::newCompany()
{
    NewCompanyDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.takeDatabase());
}

void MainWindow::openCompanyFile(const QString& path)
{
    auto db = storage::Database::open(path);
    if (!db) {
        MessageBox::critical(this, tr("Salgsdesk"), db.error().message);
        return;
    }
    switchTo(std::move(*db));
}

void MainWindow::switchTo(std::unique_ptr<storage::Database> db)
{
    if (!db)
        return;
    MainMenus::addRecentFile(db->path());
    prefs::lastCompanyFile.set(QFileInfo(db->path()).absoluteFilePath());
    // Docks, models and actions all hold the Database: a fresh window is simpler and safer
    // than re-pointing each of them. Save this layout first so the new window takes it over.
    prefs::mainWindowGeometry.set(saveGeometry());
    prefs::mainWindowState.set(saveState());
    auto* next = new MainWindow(std::move(db));
    next->startAutomaticBackups();
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    close();
}

void MainWindow::restoreBackup(const QString& backupFile)
{
    if (!m_db)
        return;
    const QString file = m_db->path();
    prefs::mainWindowGeometry.set(saveGeometry());
    prefs::mainWindowState.set(saveState());
    // Every dock, model, editor and the automatic backup of this window hold its connection;
    // only once the window is gone is the file closed and may be replaced.
    auto* standIn = new MainWindow(nullptr);
    standIn->setAttribute(Qt::WA_DeleteOnClose);
    standIn->show();
    connect(this, &QObject::destroyed, standIn, [standIn, file, backupFile]() {
        QTimer::singleShot(0, standIn, [standIn, file, backupFile]() { standIn->finishRestore(file, backupFile); });
    });
    setAttribute(Qt::WA_DeleteOnClose);
    close();
}

void MainWindow::finishRestore(const QString& companyFile, const QString& backupFile)
{
    auto restored = BackupService::restore(companyFile, backupFile);
    if (!restored) {
        // Refused or failed: the file is as it was; open it again.
        MessageBox::critical(this, tr("Restore from backup"), restored.error().message);
    } else {
        MessageBox::information(this, tr("Restore from backup"),
            tr("The company file was restored from “%1”. The file as it was before is kept as “%2”.")
                .arg(QDir::toNativeSeparators(restored->restoredFrom), QDir::toNativeSeparators(restored->keptCopy)));
    }
    openCompanyFile(companyFile);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize && m_placeHint)
        m_placeHint();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    prefs::mainWindowGeometry.set(saveGeometry());
    prefs::mainWindowState.set(saveState());
    event->accept();
}

} // namespace sd::ui
