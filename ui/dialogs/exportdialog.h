#pragma once

// ExportDialog: File → Export… — what (EHF files of the booked invoices and credit notes, the
// journal CSV, the invoice list CSV), which period (this/last month, this/last year or from–to;
// the last closed month by default, a bookkeeper's monthly routine) and where. Runs
// ImportExportService's export with a QProgressDialog whose Cancel leaves no file, and ends
// with a summary ("7 invoices and credit notes exported to …").

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class What
    {
        Ehf,
        Journal,
        InvoiceList,
    };
    enum class Period
    {
        ThisMonth,
        LastMonth,
        ThisYear,
        LastYear,
        Custom,
    };

    ExportDialog(storage::Database& db, What what, QWidget* parent = nullptr);

    // The period `period` means on `today` (Custom: invalid dates).
    static std::pair<QDate, QDate> periodDates(Period period, const QDate& today);

    // Test hooks: set what a user would choose, without QFileDialog.
    void setWhat(What what);
    void setPeriod(Period period);
    void setCustomPeriod(const QDate& from, const QDate& to);
    void setTarget(const QString& path);
    What what() const;
    QDate from() const;
    QDate to() const;
    QString target() const;
    // The summary of the last finished export (also shown in a message box).
    QString summary() const { return m_summary; }

public slots:
    // Runs the export with the progress dialog; accepts the dialog when it is done.
    void runExport();

signals:
    // Each progress step, after the progress dialog was updated (tests cancel from here).
    void progressed(qint64 done, qint64 total, QProgressDialog* progress);

private:
    void updatePeriod();
    void suggestTarget();
    void browse();

    storage::Database& m_db;
    QComboBox* m_what = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_target = nullptr;
    QLabel* m_targetLabel = nullptr;
    bool m_targetEdited = false;
    QString m_summary;
};

} // namespace sd::ui
