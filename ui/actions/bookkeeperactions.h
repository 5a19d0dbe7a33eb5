#pragma once

// BookkeeperActions: File → Import…, Export… and Restore from backup… — each opens its dialog
// (ui/dialogs: ImportDialog, ExportDialog, RestoreBackupDialog), which runs the core service
// with progress. A restore needs the company file closed, so it is only requested here and
// MainWindow carries it out.

#include <QObject>

class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class BookkeeperActions : public QObject
{
    Q_OBJECT

public:
    BookkeeperActions(storage::Database& db, QWidget* parent);

public slots:
    void importData();
    void exportData();
    void restoreBackup();

signals:
    void message(const QString& text);
    // The user chose `backupFile` and confirmed: replace the open file by it.
    void restoreRequested(const QString& backupFile);

private:
    storage::Database& m_db;
    QWidget* m_parent;
};

} // namespace sd::ui
