#include "editcommands.h"

#include "documentsession.h"

namespace sd::ui {

// ChangeLineValue ----------------------------------------------------------------------------

ChangeLineValue::ChangeLineValue(DocumentSession& session,
                                 int lineKey,
                                 LineChange from,
                                 LineChange to,
                                 UndoCommandId id,
                                 const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_lineKey(lineKey)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_id(id)
{
}

bool ChangeLineValue::same(const LineChange& a, const LineChange& b)
{
    return a.quantity == b.quantity && a.price == b.price && a.discount == b.discount
           && a.text == b.text;
}

bool ChangeLineValue::apply(const LineChange& change)
{
    auto r = m_session.sales().setLine(
        m_session.documentId(), m_session.lineNoForKey(m_lineKey), change);
    if (!r)
        m_session.report(r.error());
    m_session.reload();
    return bool(r);
}

void ChangeLineValue::redo()
{
    const bool ok = apply(m_to);
    if (!m_done && !ok)
        setObsolete(true); // refused by core: nothing changed, nothing to undo
    m_done = true;
}

void ChangeLineValue::undo()
{
    apply(m_from);
}

bool ChangeLineValue::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeLineValue*>(other);
    if (o->isObsolete() || o->m_lineKey != m_lineKey)
        return false;
    m_to = o->m_to;
    // Typed back to where it started: the step is a no-op and leaves the stack (Tiled).
    setObsolete(same(m_from, m_to));
    return true;
}

ChangeLineQuantity::ChangeLineQuantity(DocumentSession& session, int lineKey, Quantity from, Quantity to)
    : ChangeLineValue(session,
                      lineKey,
                      LineChange {from, {}, {}, {}},
                      LineChange {to, {}, {}, {}},
                      UndoCommandId::ChangeLineQuantity,
                      tr("Change quantity"))
{
}

ChangeLinePrice::ChangeLinePrice(DocumentSession& session, int lineKey, UnitPrice from, UnitPrice to)
    : ChangeLineValue(session,
                      lineKey,
                      LineChange {{}, from, {}, {}},
                      LineChange {{}, to, {}, {}},
                      UndoCommandId::ChangeLinePrice,
                      tr("Change price"))
{
}

ChangeLineDiscount::ChangeLineDiscount(DocumentSession& session, int lineKey, Percent from, Percent to)
    : ChangeLineValue(session,
                      lineKey,
                      LineChange {{}, {}, from, {}},
                      LineChange {{}, {}, to, {}},
                      UndoCommandId::ChangeLineDiscount,
                      tr("Change discount"))
{
}

ChangeLineText::ChangeLineText(DocumentSession& session, int lineKey, const QString& from, const QString& to)
    : ChangeLineValue(session,
                      lineKey,
                      LineChange {{}, {}, {}, from},
                      LineChange {{}, {}, {}, to},
                      UndoCommandId::ChangeLineText,
                      tr("Change text"))
{
}

// AddLine ------------------------------------------------------------------------------------

AddLine::AddLine(DocumentSession& session, LineInput input)
    : QUndoCommand(input.kind == LineKind::Group ? tr("Add heading") : tr("Add line"))
    , m_session(session)
    , m_input(std::move(input))
    , m_lineKey(session.newKey())
{
}

void AddLine::redo()
{
    auto r = m_session.sales().addLine(m_session.documentId(), m_input);
    if (r) {
        m_session.rebindKey(m_lineKey, *r);
    } else {
        m_session.report(r.error());
        if (!m_done)
            setObsolete(true);
    }
    m_done = true;
    m_session.reload();
}

void AddLine::undo()
{
    auto r = m_session.sales().removeLine(m_session.documentId(), m_session.lineNoForKey(m_lineKey));
    if (!r)
        m_session.report(r.error());
    m_session.reload();
}

// RemoveLine ---------------------------------------------------------------------------------

RemoveLine::RemoveLine(DocumentSession& session, int lineKey)
    : QUndoCommand(tr("Remove line"))
    , m_session(session)
    , m_lineKey(lineKey)
{
    // What undo needs to bring the line back as it was, where it was.
    m_nextKey = nextLineKey(session, lineKey);
    if (const DocumentLine* l = session.document().line(session.lineNoForKey(lineKey))) {
        m_restore.kind = l->kind;
        m_restore.sku = l->sku;
        m_restore.text = l->description;
        if (lineKindHasAmounts(l->kind)) {
            m_restore.quantity = l->quantity;
            m_restore.price = l->unitPrice;
            m_restore.discount = l->discount;
            m_restore.vatCode = l->vatCode;
            if (l->sku.isEmpty())
                m_restore.kind = LineKind::Text; // an ad-hoc priced item is a priced text line
        }
    }
}

void RemoveLine::redo()
{
    auto r = m_session.sales().removeLine(m_session.documentId(), m_session.lineNoForKey(m_lineKey));
    if (!r) {
        m_session.report(r.error());
        if (!m_done)
            setObsolete(true);
    }
    m_done = true;
    m_session.reload();
}

void RemoveLine::undo()
{
    auto r = m_session.sales().addLine(m_session.documentId(), m_restore);
    if (r) {
        m_session.rebindKey(m_lineKey, *r);
        const int before = m_session.lineNoForKey(m_nextKey);
        if (before != 0) {
            if (auto moved = m_session.sales().moveLine(m_session.documentId(), *r, before); !moved)
                m_session.report(moved.error());
        }
    } else {
        m_session.report(r.error());
    }
    m_session.reload();
}

// MoveLine -----------------------------------------------------------------------------------

int nextLineKey(DocumentSession& session, int lineKey)
{
    const int lineNo = session.lineNoForKey(lineKey);
    bool found = false;
    for (const auto& l : session.document().lines) {
        if (l.parentLineId)
            continue;
        if (found)
            return session.keyForLine(l.lineNo);
        found = l.lineNo == lineNo;
    }
    return 0;
}

MoveLine::MoveLine(DocumentSession& session, int lineKey, int beforeKey)
    : QUndoCommand(tr("Move line"))
    , m_session(session)
    , m_lineKey(lineKey)
    , m_beforeKey(beforeKey)
    , m_originalNextKey(nextLineKey(session, lineKey))
{
}

bool MoveLine::move(int lineKey, int beforeKey)
{
    auto r = m_session.sales().moveLine(m_session.documentId(),
                                        m_session.lineNoForKey(lineKey),
                                        beforeKey ? m_session.lineNoForKey(beforeKey) : 0);
    if (!r)
        m_session.report(r.error());
    m_session.reload();
    return bool(r);
}

void MoveLine::redo()
{
    if (!move(m_lineKey, m_beforeKey) && !m_done)
        setObsolete(true);
    m_done = true;
}

void MoveLine::undo()
{
    move(m_lineKey, m_originalNextKey);
}

// ChangeHeaderField --------------------------------------------------------------------------

ChangeHeaderField::ChangeHeaderField(DocumentSession& session, Field field, QVariant from, QVariant to)
    : QUndoCommand(tr("Change header"))
    , m_session(session)
    , m_field(field)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

QVariant ChangeHeaderField::current(const Document& d, Field field)
{
    switch (field) {
    case Field::YourReference:
        return d.yourReference;
    case Field::OurReference:
        return d.ourReference;
    case Field::Heading:
        return d.heading;
    case Field::Note:
        return d.note;
    case Field::Date:
        return d.date;
    case Field::DeliveryDate:
        return d.deliveryDate;
    case Field::ValidUntil:
        return d.validUntil;
    }
    return {};
}

bool ChangeHeaderField::apply(const QVariant& value)
{
    HeaderChange c;
    switch (m_field) {
    case Field::YourReference:
        c.yourReference = value.toString();
        break;
    case Field::OurReference:
        c.ourReference = value.toString();
        break;
    case Field::Heading:
        c.heading = value.toString();
        break;
    case Field::Note:
        c.note = value.toString();
        break;
    case Field::Date:
        c.date = value.toDate();
        break;
    case Field::DeliveryDate:
        c.deliveryDate = value.toDate();
        break;
    case Field::ValidUntil:
        c.validUntil = value.toDate();
        break;
    }
    auto r = m_session.sales().setHeader(m_session.documentId(), c);
    if (!r)
        m_session.report(r.error());
    m_session.reload();
    return bool(r);
}

void ChangeHeaderField::redo()
{
    const bool ok = apply(m_to);
    if (!m_done && !ok)
        setObsolete(true);
    m_done = true;
}

void ChangeHeaderField::undo()
{
    apply(m_from);
}

bool ChangeHeaderField::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeHeaderField*>(other);
    if (o->isObsolete() || o->m_field != m_field)
        return false;
    m_to = o->m_to;
    setObsolete(m_from == m_to);
    return true;
}

// ChangeCustomer -----------------------------------------------------------------------------

ChangeCustomer::ChangeCustomer(DocumentSession& session, qint64 fromNumber, qint64 toNumber)
    : QUndoCommand(tr("Change customer"))
    , m_session(session)
    , m_from(fromNumber)
    , m_to(toNumber)
{
}

bool ChangeCustomer::apply(qint64 customerNumber)
{
    auto r = m_session.sales().setCustomer(m_session.documentId(), customerNumber);
    if (!r)
        m_session.report(r.error());
    m_session.reload();
    return bool(r);
}

void ChangeCustomer::redo()
{
    const bool ok = apply(m_to);
    if (!m_done && !ok)
        setObsolete(true); // refused by core: nothing changed, nothing to undo
    m_done = true;
}

void ChangeCustomer::undo()
{
    apply(m_from);
}

} // namespace sd::ui
