#pragma once

// RestoreBackupDialog: File → Restore from backup… — lists every backup of the open company file
// (automatic, before an upgrade, before a restore, in the default and the second folder), shows
// for the selected one what it contains (BackupService's preview: date, company, documents by
// type, last invoice, customers, products) and, after a confirmation, accepts with the chosen
// file. A backup that cannot be restored (damaged, from a newer version) shows why and cannot
// be chosen. The restore itself needs the file closed, so MainWindow runs it (BackupService::
// restore keeps a copy of the current file) and reopens the company.

#include "services/backupservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(storage::Database& db, QWidget* parent = nullptr);

    // The backup chosen (after accept) or selected.
    QString selectedBackup() const;
    // Test hooks.
    QTableWidget* backupsTable() const { return m_table; }
    QLabel* previewLabel() const { return m_preview; }
    QPushButton* restoreButton() const { return m_restore; }
    void selectBackup(const QString& path);

    // Human words for a backup's reason ("auto" → "Automatic", "before-upgrade-v3" → …).
    static QString reasonText(const QString& reason);

public slots:
    // Asks for confirmation and accepts.
    void confirmRestore();

private:
    void showPreview();

    QList<BackupInfo> m_backups;
    QTableWidget* m_table = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace sd::ui
