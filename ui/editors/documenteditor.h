#pragma once

// DocumentEditor: a quote, order, invoice or credit note open in a tab. Header fields, the line
// table (DocumentLinesModel), a live totals panel, activity and attachments, and the next steps
// of the document (accept, invoice, book, credit) behind the dialogs that ask the user's choice.
// Every edit is an undo command on this editor's QUndoStack whose redo persists it at once, so
// drafts are always saved. Documents core refuses to edit open read-only with core's reason.

#include "documents/documenttypes.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sd {
struct LineInput;
}

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentLinesModel;
class DocumentSession;
class DocumentSidePanel;
class TotalsPanel;

class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    // Opens an existing document.
    DocumentEditor(storage::Database& db, qint64 documentId, QWidget* parent = nullptr);
    // A new document of `type`: only the customer field is enabled; choosing a customer
    // (Enter) creates the draft.
    DocumentEditor(storage::Database& db, DocumentType type, QWidget* parent = nullptr);
    ~DocumentEditor() override;

    qint64 documentId() const;
    QUndoStack* undoStack() const { return m_undo; }
    DocumentLinesModel* linesModel() const { return m_model; }
    bool isModified() const;
    bool isReadOnly() const;
    QString title() const;

public slots:
    // Re-reads the document (another part of the app changed it).
    void refresh();
    // A new document: creates the draft. An existing one: changes its customer as an undoable
    // step, or refuses with the lifecycle's reason when the document is not editable.
    bool chooseCustomer(const QString& text);
    bool addProductLine(); // from the product and quantity fields
    bool addTextLine(const QString& text);
    bool addHeading(const QString& text);
    bool removeCurrentLine();
    // Next steps: each asks its question in a dialog, calls core and opens the result.
    void acceptQuote();
    void createInvoice();
    void bookInvoice();
    void creditInvoice();

signals:
    void modifiedChanged(bool modified);
    void titleChanged(const QString& title);
    // A conversion made another document; the shell opens it in a tab.
    void openDocumentRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void bind(qint64 documentId);
    void showError(const QString& message);
    void commitHeader(int field, const QVariant& value);
    void updateActions();
    bool pushAddLine(const LineInput& input);

    storage::Database& m_db;
    DocumentType m_type;
    DocumentSession* m_session = nullptr;
    QUndoStack* m_undo;
    DocumentLinesModel* m_model = nullptr;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLineEdit* m_customer = nullptr;
    QLabel* m_customerInfo = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QDateEdit* m_delivery = nullptr;
    QLabel* m_due = nullptr;
    QLineEdit* m_yourRef = nullptr;
    QLineEdit* m_ourRef = nullptr;
    QLineEdit* m_heading = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QWidget* m_entryRow = nullptr;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_quantity = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_addText = nullptr;
    QPushButton* m_addHeading = nullptr;
    QPushButton* m_removeLine = nullptr;
    QTableView* m_table = nullptr;
    TotalsPanel* m_totals = nullptr;
    DocumentSidePanel* m_side = nullptr;
    QWidget* m_sideHost = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_invoice = nullptr;
    QPushButton* m_book = nullptr;
    QPushButton* m_credit = nullptr;
};

} // namespace sd::ui
