#pragma once

// ImportDialog: File → Import… — customers or products from a CSV file. Choosing the file runs
// a dry run first: every bad row is listed with its line number and reason, and only a file
// with no bad row offers "Import N rows". The import itself is all or nothing (core's one
// transaction), runs with a QProgressDialog whose Cancel changes nothing, and the lists refresh
// afterwards (DocumentSignals).

#include "common/result.h"
#include "export/importreport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Customers,
        Products,
    };

    ImportDialog(storage::Database& db, Kind kind, QWidget* parent = nullptr);

    // Test hooks: what a user would choose, without QFileDialog. setFile runs the dry run.
    void setKind(Kind kind);
    void setFile(const QString& path);
    Kind kind() const;
    QTableWidget* issuesTable() const { return m_issues; }
    QPushButton* importButton() const { return m_import; }
    const ImportReport& report() const { return m_report; }

public slots:
    // Reads and validates the file (nothing is written) and shows the report.
    void check();
    // Imports the checked file with the progress dialog; accepts the dialog when it is done.
    void runImport();

signals:
    void progressed(qint64 done, qint64 total, QProgressDialog* progress);

private:
    void showReport();
    void browse();
    Result<ImportReport> run(bool dryRun, const QString& label);

    storage::Database& m_db;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_columns = nullptr;
    QTableWidget* m_issues = nullptr;
    QPushButton* m_import = nullptr;
    ImportReport m_report;
    bool m_checked = false;
};

} // namespace sd::ui
