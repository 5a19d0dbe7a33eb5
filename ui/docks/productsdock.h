#pragma once

// ProductsDock: the product catalogue as a lazy, searchable list (ProductListModel) and the
// selected product's stock: on hand, reserved (confirmed orders not yet shipped) and available,
// as StockService computes them, with its newest stock movements.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ProductListModel;

class ProductsDock : public QWidget
{
    Q_OBJECT

public:
    // Movements shown under a product: the newest ones, a page, never the whole ledger.
    static constexpr int kMovementLimit = 200;

    explicit ProductsDock(storage::Database& db, QWidget* parent = nullptr);

    ProductListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QString selectedSku() const { return m_sku; }
    void showProduct(const QString& sku);

public slots:
    // Reloads the product view (a shipment or receipt changed its stock).
    void refresh();
    void applySearchNow();

private:
    storage::Database& m_db;
    ProductListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_onHand = nullptr;
    QLabel* m_reserved = nullptr;
    QLabel* m_available = nullptr;
    QTableWidget* m_movements = nullptr;
    QTimer* m_debounce = nullptr;
    QString m_sku;
};

} // namespace sd::ui
