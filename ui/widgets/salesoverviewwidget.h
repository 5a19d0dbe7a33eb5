#pragma once

// SalesOverviewWidget: the status bar's glance at the business — this month's invoiced amount,
// open orders and overdue invoices (issue 5: "a small sales overview that a user would rather
// look at than read"). Figures come from storage::OverviewQuery; overdue turns red.

#include <QWidget>

class QLabel;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class SalesOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SalesOverviewWidget(storage::Database& db, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    storage::Database& m_db;
    QLabel* m_invoiced = nullptr;
    QLabel* m_openOrders = nullptr;
    QLabel* m_overdue = nullptr;
};

} // namespace sd::ui
