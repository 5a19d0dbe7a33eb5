#pragma once

// DocumentSession: one open document as the editor, its line model and its undo commands share
// it — the SalesService, the last DocumentView read from the file, and stable line keys.
// Every write goes through SalesService (one call = one transaction), after which the session
// re-reads the view, so the widgets only ever show what is on disk.

#include "services/salesservice.h"

#include <QHash>
#include <QObject>

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentSession : public QObject
{
    Q_OBJECT

public:
    DocumentSession(storage::Database& db, qint64 documentId, QObject* parent = nullptr);

    storage::Database& database() const { return m_db; }
    SalesService& sales() { return m_sales; }
    qint64 documentId() const { return m_id; }
    const DocumentView& view() const { return m_view; }
    const Document& document() const { return m_view.document; }

    // Re-reads the document and emits changed(). Returns false (and reports) on failure.
    bool reload();
    // Shows a core error to the user (the editor's message label) without deciding anything.
    void report(const Error& error);

    // Whether the document may be edited, and if not the sentence why — both from the
    // lifecycle tables in core, never decided here.
    bool isEditable() const;
    QString readOnlyReason() const;

    // Line numbers are never reused (ARCHITECTURE §2), so undoing a removal re-adds the line
    // under a new number. Undo commands therefore name lines by a key that survives that.
    int keyForLine(int lineNo);
    int lineNoForKey(int key) const { return m_lineOfKey.value(key, 0); }
    void rebindKey(int key, int lineNo);
    int newKey() { return ++m_lastKey; }

signals:
    void changed();
    void errorReported(const QString& message);

private:
    storage::Database& m_db;
    SalesService m_sales;
    qint64 m_id = 0;
    DocumentView m_view;
    QHash<int, int> m_lineOfKey; // key → current line number
    int m_lastKey = 0;
};

} // namespace sd::ui
