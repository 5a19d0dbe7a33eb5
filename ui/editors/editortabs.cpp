#include "editortabs.h"

#include "common/documentsignals.h"
#include "common/messagebox.h"
#include "editors/documenteditor.h"
#include "editors/editorfactory.h"
#include "editors/pickview.h"
#include "services/salesservice.h"

#include <QAction>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace sd::ui {

namespace {
const char* kDocumentIdProperty = "sdDocumentId";
}

EditorTabs::EditorTabs(storage::Database& db, QTabWidget* tabs, QAction* undo, QAction* redo, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_tabs(tabs)
    , m_undoGroup(new QUndoGroup(this))
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        auto* editor = qobject_cast<DocumentEditor*>(m_tabs->widget(index));
        m_undoGroup->setActiveStack(editor ? editor->undoStack() : nullptr);
        emit currentDocumentChanged(documentIdOf(m_tabs->widget(index)));
    });
    // The Edit menu's actions keep their object names and shortcuts; the group decides.
    if (undo && redo) {
        auto sync = [this, undo, redo]() {
            undo->setEnabled(m_undoGroup->canUndo());
            redo->setEnabled(m_undoGroup->canRedo());
            undo->setToolTip(m_undoGroup->undoText());
            redo->setToolTip(m_undoGroup->redoText());
        };
        connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, sync);
        connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, sync);
        connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, sync);
        connect(undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
        connect(redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    }
}

qint64 EditorTabs::documentIdOf(QWidget* page)
{
    if (!page)
        return 0;
    if (auto* editor = qobject_cast<DocumentEditor*>(page))
        return editor->documentId(); // a new document gets its id once the customer is chosen
    return page->property(kDocumentIdProperty).toLongLong();
}

qint64 EditorTabs::currentDocumentId() const
{
    return documentIdOf(m_tabs->currentWidget());
}

bool EditorTabs::open(qint64 documentId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (documentIdOf(m_tabs->widget(i)) == documentId) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    if (auto v = SalesService(m_db).view(documentId); !v) {
        MessageBox::critical(m_tabs, tr("Salgsdesk"), v.error().message);
        return false;
    }
    QWidget* editor = createEditor(m_db, documentId, m_tabs);
    adopt(editor, documentId);
    return true;
}

void EditorTabs::adopt(QWidget* editor, qint64 documentId)
{
    editor->setProperty(kDocumentIdProperty, documentId);
    QString title;
    if (auto* e = qobject_cast<DocumentEditor*>(editor)) {
        title = e->title();
        m_undoGroup->addStack(e->undoStack());
        connect(e, &DocumentEditor::titleChanged, this, [this, e](const QString& t) { setTitle(e, t); });
        connect(e, &DocumentEditor::openDocumentRequested, this, [this](qint64 id) { open(id); });
        // Every edit is already saved (undo commands persist): let the lists catch up.
        connect(e->undoStack(), &QUndoStack::indexChanged, this, [this, e]() { announce(e, e->documentId()); });
    } else if (auto* p = qobject_cast<PickView*>(editor)) {
        title = p->title();
        connect(p, &PickView::titleChanged, this, [this, p](const QString& t) { setTitle(p, t); });
        connect(p, &PickView::shipmentSent, this, [this, p](qint64 id) { announce(p, id); });
    }
    m_tabs->setCurrentIndex(m_tabs->addTab(editor, title));
}

void EditorTabs::setTitle(QWidget* editor, const QString& title)
{
    const int index = m_tabs->indexOf(editor);
    if (index >= 0)
        m_tabs->setTabText(index, title);
}

void EditorTabs::announce(QWidget* editor, qint64 documentId)
{
    m_announcing = editor;
    DocumentSignals::notifyChanged(documentId);
    m_announcing = nullptr;
}

void EditorTabs::refresh(qint64 documentId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        if (page == m_announcing || (documentId != 0 && documentIdOf(page) != documentId))
            continue;
        if (auto* e = qobject_cast<DocumentEditor*>(page))
            e->refresh();
        else if (auto* p = qobject_cast<PickView*>(page))
            p->refresh();
    }
}

} // namespace sd::ui
