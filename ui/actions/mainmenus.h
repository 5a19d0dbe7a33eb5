#pragma once

// MainMenus: builds the main window's menu bar and toolbars from the action registry
// (ActionCollection) and the document steps (DocumentActions), and keeps the recent-files menu.
// Apart from MainWindow so the shell stays small (STYLE: "split the main window before it grows").

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace sd::ui {

class ActionCollection;
class DocumentActions;

class MainMenus : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    MainMenus(QMainWindow* window,
        ActionCollection& actions,
        DocumentActions* documentActions,
        const QList<QDockWidget*>& docks);

    // Puts `path` first in the recent files (preferences), keeping at most kMaxRecentFiles.
    static void addRecentFile(const QString& path);

signals:
    void recentFileChosen(const QString& path);

private:
    void fillRecentMenu();

    QMainWindow* m_window;
    QMenu* m_recent = nullptr;
};

} // namespace sd::ui
