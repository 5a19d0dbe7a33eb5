#pragma once

// CustomersDock: the customer list with a search box. Reads pages through MasterDataService.

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class CustomersDock : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersDock(storage::Database& db, QWidget* parent = nullptr);
    void refresh();

private:
    storage::Database& m_db;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace sd::ui
