#pragma once

// MainWindow: the shell only — one dock per document type plus customers and products,
// menus, status bar, saved layout. Docks, editors and actions live in their own classes.

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Database* database() const { return m_db.get(); }
    QList<QDockWidget*> docks() const { return m_docks; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void updateStatusBar();

    std::unique_ptr<storage::Database> m_db;
    QList<QDockWidget*> m_docks;
    QLabel* m_companyLabel = nullptr;
};

} // namespace sd::ui
