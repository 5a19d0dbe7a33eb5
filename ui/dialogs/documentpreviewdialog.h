#pragma once

// DocumentPreviewDialog: a document's printout exactly as it will leave the house — the pages
// are painted by core's renderer (PrintService::render) onto the dialog's QPrinter through a
// QPrintPreviewWidget, so what is shown is what "Print…" prints and what "Save PDF…" writes.
// Above the pages, a warning bar shows PrintService::warnings (seed 001 FAQ: the resolved layout
// hides the payment terms on an invoice), next to the layout chosen for this printout only.
//
// Two modes share it: Preview (the Print preview step) and Send (seed 003: quotes, order
// confirmations, invoices and credit notes are looked at before they go out), plus Reminder for
// the letter of a registered payment reminder. Salgsdesk sends
// no e-mail: the user saves the PDF or prints it, sends it the usual way, and "Mark as sent"
// makes the status change through the one SalesService call the step always used (one
// transaction). Cancel changes nothing. Booking an invoice stays its own step.

#include "documents/documenttypes.h"

#include <QDialog>
#include <QPrinter>
#include <QStringList>

class QComboBox;
class QFrame;
class QLabel;
class QPrintPreviewWidget;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Preview,
        Send,
        // The payment reminder of a booked invoice (documentId = the invoice), shown once
        // SalesService::remind has registered it: the letter to save or print. Its layout is
        // the invoice's, so there is no layout choice.
        Reminder,
    };

    DocumentPreviewDialog(
        storage::Database& db, qint64 documentId, Mode mode, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    Mode mode() const { return m_mode; }
    // What the warning bar shows for the layout now chosen; empty when all is well.
    QStringList warnings() const { return m_warnings; }
    // The layout the printout uses now (the resolved one until the user picks another).
    QString layoutName() const;
    // Chooses a layout for this printout only (not stored); repaints and re-checks warnings.
    void setLayoutName(const QString& name);
    int pageCount() const;

    // The buttons' work without their file dialog, for the buttons and for tests. Each shows a
    // failure in a message box and returns false; a saved PDF is reported in the status line
    // (with the warnings, so a PDF exported with missing payment terms is never silent).
    bool savePdf(const QString& path);
    bool markSent();

signals:
    // A short confirmation for the main window's status bar.
    void message(const QString& text);

private:
    void buildUi();
    void paint(QPrinter* printer);
    void layoutChosen();
    void chooseAndSavePdf();
    void printPages();
    QString layoutOverride() const;
    QString documentLabel() const;

    storage::Database& m_db;
    qint64 m_id;
    Mode m_mode;
    DocumentType m_type = DocumentType::Quote;
    qint64 m_number = 0;
    QString m_resolvedLayout; // the layout without an override (document, customer, default)
    QStringList m_warnings;

    QPrinter m_printer;
    QComboBox* m_layout = nullptr;
    QFrame* m_warningBar = nullptr;
    QLabel* m_warningText = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_pages = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_markSent = nullptr;
};

} // namespace sd::ui
