#pragma once

// ActionCollection: the one registry of the shell's application-wide QActions with their
// default shortcuts (KeePassXC's ActionCollection). Menus, toolbars and tests look actions up
// by id; the document next-step actions live in DocumentActions.

#include "common/icons.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;

namespace sd::ui {

class ActionCollection : public QObject
{
    Q_OBJECT

public:
    enum class Id
    {
        NewQuote,
        NewOrder,
        NewInvoice,
        NewCompany,
        OpenCompany,
        OpenDemoCompany,
        Import,
        Export,
        RestoreBackup,
        Print,
        PrintPreview,
        Undo,
        Redo,
        Find,
        ResetLayout,
        About,
        Quit,
    };

    explicit ActionCollection(QObject* parent = nullptr);

    QAction* action(Id id) const { return m_actions.value(id); }
    QList<QAction*> actions() const { return m_actions.values(); }

private:
    QAction* add(
        Id id, const QString& objectName, const QString& text, std::optional<Icon> icon = {});

    QHash<Id, QAction*> m_actions;
};

} // namespace sd::ui
