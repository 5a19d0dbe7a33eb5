#include "actioncollection.h"

#include "common/icons.h"

#include <QAction>
#include <QKeySequence>

namespace sd::ui {

ActionCollection::ActionCollection(QObject* parent)
    : QObject(parent)
{
    using K = QKeySequence;
    add(Id::NewQuote, QStringLiteral("newQuoteAction"), tr("New &quote"), Icon::NewDocument)
        ->setShortcut(K::New);
    add(Id::NewOrder, QStringLiteral("newOrderAction"), tr("New &order"))
        ->setShortcut(K(tr("Ctrl+Shift+O", "New order")));
    add(Id::NewInvoice, QStringLiteral("newInvoiceAction"), tr("New &invoice"))
        ->setShortcut(K(tr("Ctrl+Shift+I", "New invoice")));
    add(Id::NewCompany, QStringLiteral("newCompanyAction"), tr("New &company…"), Icon::Company);
    add(Id::OpenCompany,
        QStringLiteral("openCompanyAction"),
        tr("&Open company file…"),
        Icon::OpenFile)
        ->setShortcut(K::Open);
    add(Id::OpenDemoCompany, QStringLiteral("openDemoCompanyAction"), tr("Open &demo company"));
    add(Id::Import, QStringLiteral("importAction"), tr("&Import customers or products…"), Icon::Import);
    add(Id::Export, QStringLiteral("exportAction"), tr("&Export for the bookkeeper…"), Icon::Export);
    add(Id::RestoreBackup, QStringLiteral("restoreBackupAction"), tr("Restore from &backup…"));
    add(Id::Print, QStringLiteral("printAction"), tr("&Print…"), Icon::Print)
        ->setShortcut(K::Print);
    add(Id::PrintPreview,
        QStringLiteral("printPreviewAction"),
        tr("Print pre&view…"),
        Icon::PrintPreview)
        ->setShortcut(K(tr("Ctrl+Shift+P", "Print preview")));
    // Undo/Redo belong to the open editor's QUndoStack; until one is open they stay disabled.
    add(Id::Undo, QStringLiteral("undoAction"), tr("&Undo"), Icon::Undo)->setShortcut(K::Undo);
    add(Id::Redo, QStringLiteral("redoAction"), tr("&Redo"), Icon::Redo)->setShortcut(K::Redo);
    action(Id::Undo)->setEnabled(false);
    action(Id::Redo)->setEnabled(false);
    add(Id::Find, QStringLiteral("findAction"), tr("&Find"), Icon::Find)->setShortcut(K::Find);
    add(Id::ResetLayout, QStringLiteral("resetLayoutAction"), tr("&Reset layout"));
    add(Id::About, QStringLiteral("aboutAction"), tr("&About Salgsdesk"), Icon::About);
    add(Id::Quit, QStringLiteral("quitAction"), tr("&Quit"), Icon::Quit)->setShortcut(K::Quit);
    // Windows has no standard Quit key; Ctrl+Q is what users of every desktop try.
    if (action(Id::Quit)->shortcut().isEmpty())
        action(Id::Quit)->setShortcut(K(tr("Ctrl+Q", "Quit")));
    action(Id::Quit)->setMenuRole(QAction::QuitRole);
    action(Id::About)->setMenuRole(QAction::AboutRole);
}

QAction* ActionCollection::add(
    Id id, const QString& objectName, const QString& text, std::optional<Icon> icon)
{
    auto* a = new QAction(text, this);
    a->setObjectName(objectName);
    if (icon)
        a->setIcon(icons::get(*icon));
    m_actions.insert(id, a);
    return a;
}

} // namespace sd::ui
