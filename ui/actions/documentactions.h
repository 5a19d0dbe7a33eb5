#pragma once

// DocumentActions: every next step for the selected document — the row menu, the Document menu
// and the toolbar share these QActions (issue 5). Whether a step is enabled, and the reason when
// it is not (tooltip and status tip), comes from the lifecycle tables core uses
// (allowedActions / refusalMessage) plus derived facts of the DocumentView; a click calls
// exactly one service function, shows a refusal in a message box, and announces the change
// through DocumentSignals so every list refreshes. No money arithmetic, no rules of its own.

#include "common/icons.h"
#include "documentsteps.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentListModel;

class DocumentActions : public QObject
{
    Q_OBJECT

public:
    using Step = DocumentStep;

    DocumentActions(storage::Database& db, QWidget* dialogParent);

    QAction* action(Step step) const { return m_actions.value(step); }
    // A disabled hint ("Select a document…"), visible exactly when no document is selected.
    QAction* noDocumentAction() const { return m_noDocument; }
    QList<QAction*> allActions() const;

    qint64 documentId() const { return m_id; }
    const std::optional<DocumentView>& view() const { return m_view; }

    // Fills a menu with the current document's steps (the row menu and the Document menu).
    void fillMenu(QMenu* menu) const;
    // Tracks the table's current row and gives it the row menu.
    void attach(QTableView* table, DocumentListModel* model);

public slots:
    // 0 = no document: every step disabled and hidden.
    void setDocument(qint64 id);
    // Runs one step on the current document (what a click does).
    void trigger(Step step);
    // A new draft for a customer (File → New quote/order/invoice).
    void createNew(DocumentType type, qint64 customerNumber);

signals:
    // A step made a new document (the order of an accepted quote, a shipment, a credit note…).
    void documentCreated(qint64 id);
    // A short confirmation for the status bar.
    void message(const QString& text);

private:
    QAction* add(
        Step step, const QString& behaviour, const QString& text, std::optional<Icon> icon);
    void update();
    // Shows the error of a failed Result; true when it succeeded.
    bool succeeded(const Error* error) const;
    void changed(qint64 createdId = 0);
    void registerPayment();
    void print();
    // The document's pages in a DocumentPreviewDialog; `send` adds "Mark as sent" (seed 003).
    void openPreview(bool send);
    void exportEhf();
    bool confirm(const QString& question) const;

    storage::Database& m_db;
    QWidget* m_parent;
    QHash<Step, QAction*> m_actions;
    QAction* m_noDocument = nullptr;
    qint64 m_id = 0;
    std::optional<DocumentView> m_view;
};

} // namespace sd::ui
