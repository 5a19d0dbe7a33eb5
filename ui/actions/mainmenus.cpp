#include "mainmenus.h"

#include "actioncollection.h"
#include "common/preferences.h"
#include "documentactions.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace sd::ui {

using Id = ActionCollection::Id;

MainMenus::MainMenus(QMainWindow* window,
    ActionCollection& actions,
    DocumentActions* documentActions,
    const QList<QDockWidget*>& docks)
    : QObject(window)
    , m_window(window)
{
    QMenuBar* bar = window->menuBar();
    auto a = [&actions](Id id) { return actions.action(id); };

    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({ a(Id::NewQuote), a(Id::NewOrder), a(Id::NewInvoice) });
    file->addSeparator();
    file->addActions({ a(Id::NewCompany), a(Id::OpenCompany), a(Id::OpenDemoCompany) });
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainMenus::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addActions({ a(Id::Print), a(Id::PrintPreview) });
    file->addSeparator();
    file->addActions({ a(Id::Import), a(Id::Export) });
    file->addSeparator();
    file->addAction(a(Id::RestoreBackup));
    file->addSeparator();
    file->addAction(a(Id::Quit));

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({ a(Id::Undo), a(Id::Redo) });
    edit->addSeparator();
    edit->addAction(a(Id::Find));

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(a(Id::ResetLayout));

    if (documentActions) {
        // The Document menu is the row menu of the current document, rebuilt when opened.
        QMenu* document = bar->addMenu(tr("&Document"));
        document->setObjectName(QStringLiteral("documentMenu"));
        connect(document, &QMenu::aboutToShow, this, [document, documentActions]() {
            document->clear();
            documentActions->fillMenu(document);
        });
        documentActions->fillMenu(document);
    }

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(a(Id::About));

    QToolBar* main = window->addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    main->addActions({ a(Id::NewQuote), a(Id::OpenCompany) });
    main->addSeparator();
    main->addActions({ a(Id::Print), a(Id::PrintPreview) });
    main->addSeparator();
    main->addAction(a(Id::Find));
    if (documentActions) {
        // Only the steps of the selected document's type are visible; the rest stay hidden.
        QToolBar* steps = window->addToolBar(tr("Document"));
        steps->setObjectName(QStringLiteral("documentToolBar"));
        steps->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        steps->addAction(documentActions->noDocumentAction());
        // The forward steps of every type, in the order a sale moves; the type's own are the only
        // visible ones. Housekeeping (duplicate, delete, archive, print) stays in the menus.
        using S = DocumentStep;
        for (S step : { S::Send,
                 S::AcceptToOrder,
                 S::AcceptToInvoice,
                 S::Reject,
                 S::Confirm,
                 S::CreateShipment,
                 S::PickAll,
                 S::SendShipment,
                 S::InvoiceAll,
                 S::InvoiceShipped,
                 S::Book,
                 S::RegisterPayment,
                 S::Remind,
                 S::Credit,
                 S::Backorder,
                 S::Cancel,
                 S::ExportEhf })
            steps->addAction(documentActions->action(step));
    }
}

void MainMenus::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = prefs::recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    prefs::recentFiles.set(files);
}

void MainMenus::fillRecentMenu()
{
    m_recent->clear();
    int n = 0;
    for (const QString& path : prefs::recentFiles.get()) {
        if (!QFileInfo::exists(path))
            continue; // moved or deleted since: not worth a click that fails
        const QString label = QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path));
        m_recent->addAction(label, this, [this, path]() { emit recentFileChosen(path); });
    }
    if (n == 0)
        m_recent->addAction(tr("No recent files"))->setEnabled(false);
}

} // namespace sd::ui
