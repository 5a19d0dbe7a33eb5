#include "bookkeeperactions.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "docks/customersdock.h"
#include "docks/productsdock.h"

#include <QWidget>

namespace sd::ui {

BookkeeperActions::BookkeeperActions(storage::Database& db, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{
}

void BookkeeperActions::importData()
{
    ImportDialog dialog(m_db, ImportDialog::Kind::Customers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The lists reload by themselves when a document changes; new customers and products are
    // not documents, so the docks are told here.
    for (auto* dock : m_parent->findChildren<CustomersDock*>())
        dock->applySearchNow();
    for (auto* dock : m_parent->findChildren<ProductsDock*>())
        dock->applySearchNow();
    emit message(tr("Imported %Ln row(s).", "", dialog.report().rows));
}

void BookkeeperActions::exportData()
{
    ExportDialog dialog(m_db, ExportDialog::What::Journal, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit message(dialog.summary());
}

void BookkeeperActions::restoreBackup()
{
    RestoreBackupDialog dialog(m_db, m_parent);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedBackup().isEmpty())
        emit restoreRequested(dialog.selectedBackup());
}

} // namespace sd::ui
