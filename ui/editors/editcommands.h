#pragma once

// The undo commands of the document editor: one QUndoCommand subclass per edit kind (Tiled
// undocommands.h). redo() and undo() both call SalesService, so every step — forwards or
// backwards — is persisted at once; that is how drafts "autosave". A command whose first
// redo() is refused by core marks itself obsolete, so QUndoStack drops it and nothing was done.
// Booking, sending and shipping are never commands (STYLE "Undo").

#include "services/salesservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sd::ui {

class DocumentSession;

// Merge ids, one enum for the whole editor (Tiled UndoCommands). Consecutive changes of the
// same field of the same line collapse into one step.
enum class UndoCommandId
{
    ChangeLineQuantity = 1,
    ChangeLinePrice,
    ChangeLineDiscount,
    ChangeLineText,
    ChangeHeaderField,
};

// A change to one field of one line (Tiled ChangeValue): old and new value as LineChanges
// with only that field set.
class ChangeLineValue : public QUndoCommand
{
public:
    int id() const override { return static_cast<int>(m_id); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

protected:
    ChangeLineValue(DocumentSession& session,
                    int lineKey,
                    LineChange from,
                    LineChange to,
                    UndoCommandId id,
                    const QString& text);

private:
    bool apply(const LineChange& change);
    static bool same(const LineChange& a, const LineChange& b);

    DocumentSession& m_session;
    int m_lineKey;
    LineChange m_from;
    LineChange m_to;
    UndoCommandId m_id;
    bool m_done = false;
};

class ChangeLineQuantity : public ChangeLineValue
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLineQuantity)
public:
    ChangeLineQuantity(DocumentSession& session, int lineKey, Quantity from, Quantity to);
};

class ChangeLinePrice : public ChangeLineValue
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLinePrice)
public:
    ChangeLinePrice(DocumentSession& session, int lineKey, UnitPrice from, UnitPrice to);
};

class ChangeLineDiscount : public ChangeLineValue
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLineDiscount)
public:
    ChangeLineDiscount(DocumentSession& session, int lineKey, Percent from, Percent to);
};

class ChangeLineText : public ChangeLineValue
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLineText)
public:
    ChangeLineText(DocumentSession& session, int lineKey, const QString& from, const QString& to);
};

// Adds a product, bundle (one line), text line or group heading.
class AddLine : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLine)
public:
    AddLine(DocumentSession& session, LineInput input);
    void redo() override;
    void undo() override;
    int lineKey() const { return m_lineKey; }

private:
    DocumentSession& m_session;
    LineInput m_input;
    int m_lineKey = 0;
    bool m_done = false;
};

// Removes a line; undo adds it back with the same content (under a new number — numbers are
// never reused).
class RemoveLine : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLine)
public:
    RemoveLine(DocumentSession& session, int lineKey);
    void redo() override;
    void undo() override;

private:
    DocumentSession& m_session;
    int m_lineKey;
    LineInput m_restore;
    int m_nextKey = 0; // undo puts the line back before this one
    bool m_done = false;
};

// Moves a line to stand before another (0 = to the end); undo puts it back before the line that
// followed it. Line numbers never change — only the order (drag and drop, Ctrl+Up/Down).
class MoveLine : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveLine)
public:
    MoveLine(DocumentSession& session, int lineKey, int beforeKey);
    void redo() override;
    void undo() override;

private:
    bool move(int lineKey, int beforeKey);
    DocumentSession& m_session;
    int m_lineKey;
    int m_beforeKey;
    int m_originalNextKey = 0; // the line that followed it, 0 = it was last
    bool m_done = false;
};

// The key of the line after `lineKey` in display order (top-level lines), 0 when it is last.
int nextLineKey(DocumentSession& session, int lineKey);

// The customer of a draft (SalesService::setCustomer): the snapshot, currency, payment days and
// layout follow the customer, so undo sets the previous customer back the same way.
class ChangeCustomer : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCustomer)
public:
    ChangeCustomer(DocumentSession& session, qint64 fromNumber, qint64 toNumber);
    void redo() override;
    void undo() override;

private:
    bool apply(qint64 customerNumber);

    DocumentSession& m_session;
    qint64 m_from;
    qint64 m_to;
    bool m_done = false;
};

// One header field (references, heading, note, dates, discount).
class ChangeHeaderField : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHeaderField)
public:
    enum class Field
    {
        YourReference,
        OurReference,
        Heading,
        Note,
        Date,
        DeliveryDate,
        ValidUntil,
    };
    // Values as text for string fields, ISO dates for date fields.
    ChangeHeaderField(DocumentSession& session, Field field, QVariant from, QVariant to);
    int id() const override { return static_cast<int>(UndoCommandId::ChangeHeaderField); }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

    static QVariant current(const Document& document, Field field);

private:
    bool apply(const QVariant& value);

    DocumentSession& m_session;
    Field m_field;
    QVariant m_from;
    QVariant m_to;
    bool m_done = false;
};

} // namespace sd::ui
