#pragma once

// MainWindow: the shell only — one dock per document type plus customers and products, the
// editor tabs in the centre, menus and toolbars (MainMenus), the status bar with the company
// and a sales overview, and the saved layout. Actions live in ActionCollection and
// DocumentActions; docks, dialogs and editors in their own classes.

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ActionCollection;
class CustomersDock;
class DocumentActions;
class EditorTabs;
class SalesOverviewWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Database* database() const { return m_db.get(); }
    QList<QDockWidget*> docks() const { return m_docks; }
    ActionCollection* actionCollection() const { return m_actions; }
    DocumentActions* documentActions() const { return m_documentActions; }
    QTabWidget* editorTabs() const { return m_tabs; }

    // Rotating backups after open (in the background) and daily; not in tests.
    void startAutomaticBackups();

public slots:
    // Opens a document in the centre. For now a read-only summary tab; the editors replace
    // this (ui/editors/) by overriding it.
    virtual void openDocument(qint64 id);
    // Replaces this window by one on another company file (File → Open, recent files).
    void openCompanyFile(const QString& path);
    // File → Restore from backup: replaces the open file by `backupFile` (BackupService keeps a
    // copy of the current file first) and reopens it. The file must be closed for that, so a
    // stand-in window without a file takes over and this window is deleted (it must be on the
    // heap); the stand-in restores, reports, and opens the file in a new window.
    void restoreBackup(const QString& backupFile);
    void resetLayout();
    void focusSearch();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createDocks();
    void connectActions();
    void updateStatusBar();
    void newDocument(int type);
    void switchTo(std::unique_ptr<storage::Database> db);
    void newCompany();
    void finishRestore(const QString& companyFile, const QString& backupFile);

    std::unique_ptr<storage::Database> m_db;
    QList<QDockWidget*> m_docks;
    QTabWidget* m_tabs = nullptr;
    EditorTabs* m_editors = nullptr;
    ActionCollection* m_actions = nullptr;
    DocumentActions* m_documentActions = nullptr;
    CustomersDock* m_customers = nullptr;
    SalesOverviewWidget* m_overview = nullptr;
    QLabel* m_companyLabel = nullptr;
    QByteArray m_defaultState;
    std::function<void()> m_placeHint;
};

} // namespace sd::ui
