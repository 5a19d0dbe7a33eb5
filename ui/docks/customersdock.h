#pragma once

// CustomersDock: the customer register as a lazy, searchable list (CustomerListModel) and,
// below it, the selected customer's view: their data, balance due and every quote, order,
// shipment, invoice and credit note (seed 002: "the same data reached from several places").
// The documents list is a DocumentListModel filtered by customer, so it pages like the docks.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class CustomerListModel;
class DocumentListModel;

class CustomersDock : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersDock(storage::Database& db, QWidget* parent = nullptr);

    CustomerListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    DocumentListModel* documentsModel() const { return m_documents; }
    QTableView* documentsTableView() const { return m_documentsTable; }
    // 0 when no customer is selected.
    qint64 selectedCustomerNumber() const { return m_customerNumber; }
    void showCustomer(qint64 number);

public slots:
    // Reloads the customer view (a document of theirs changed); the list keeps its place.
    void refresh();
    void applySearchNow();

signals:
    void documentActivated(qint64 id);

private:
    storage::Database& m_db;
    CustomerListModel* m_model = nullptr;
    DocumentListModel* m_documents = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_balance = nullptr;
    QTableView* m_documentsTable = nullptr;
    QTimer* m_debounce = nullptr;
    qint64 m_customerNumber = 0;
};

} // namespace sd::ui
