#pragma once

// EditorTabs: the centre of the main window. Opens each document once, in the editor that
// fits it (editorfactory), keeps tab titles current, refreshes open editors when a document
// changes elsewhere, tells the rest of the app when an editor changed one, and drives the
// Edit menu's Undo/Redo from the editor in front (one QUndoGroup).

#include <QObject>

class QAction;
class QTabWidget;
class QUndoGroup;
class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class EditorTabs : public QObject
{
    Q_OBJECT

public:
    EditorTabs(storage::Database& db, QTabWidget* tabs, QAction* undo, QAction* redo, QObject* parent = nullptr);

    // Opens (or brings to front) the document's editor. False when it cannot be opened.
    bool open(qint64 documentId);
    qint64 currentDocumentId() const;
    static qint64 documentIdOf(QWidget* page);

public slots:
    // Another part of the app changed `documentId` (0 = anything): editors re-read it.
    void refresh(qint64 documentId);

signals:
    void currentDocumentChanged(qint64 documentId);

private:
    void adopt(QWidget* editor, qint64 documentId);
    void setTitle(QWidget* editor, const QString& title);
    void announce(QWidget* editor, qint64 documentId);

    storage::Database& m_db;
    QTabWidget* m_tabs;
    QUndoGroup* m_undoGroup;
    QWidget* m_announcing = nullptr; // the editor whose own change is being announced
};

} // namespace sd::ui
