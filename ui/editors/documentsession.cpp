#include "documentsession.h"

#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documents/shipmentlifecycle.h"

namespace sd::ui {

DocumentSession::DocumentSession(storage::Database& db, qint64 documentId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_sales(db)
    , m_id(documentId)
{
    reload();
}

bool DocumentSession::reload()
{
    auto v = m_sales.view(m_id);
    if (!v) {
        report(v.error());
        return false;
    }
    m_view = std::move(*v);
    emit changed();
    return true;
}

void DocumentSession::report(const Error& error)
{
    emit errorReported(error.message);
}

QString DocumentSession::readOnlyReason() const
{
    const Document& d = m_view.document;
    switch (d.type) {
    case DocumentType::Quote:
        if (auto s = QuoteLifecycle::parseStatus(d.status))
            return QuoteLifecycle::refusalMessage(*s, QuoteAction::Edit);
        break;
    case DocumentType::Order:
        if (auto s = OrderLifecycle::parseStatus(d.status))
            return OrderLifecycle::refusalMessage(*s, OrderAction::Edit);
        break;
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        if (auto s = InvoiceLifecycle::parseStatus(d.status))
            return InvoiceLifecycle::refusalMessage(*s, InvoiceAction::Edit, d.type);
        break;
    case DocumentType::Shipment:
        // Shipments are not edited line by line; the pick view is where they change.
        return tr("Shipments are changed by picking, in the pick view.");
    }
    return {};
}

bool DocumentSession::isEditable() const
{
    return readOnlyReason().isEmpty();
}

int DocumentSession::keyForLine(int lineNo)
{
    for (auto it = m_lineOfKey.cbegin(); it != m_lineOfKey.cend(); ++it) {
        if (it.value() == lineNo)
            return it.key();
    }
    const int key = newKey();
    m_lineOfKey.insert(key, lineNo);
    return key;
}

void DocumentSession::rebindKey(int key, int lineNo)
{
    m_lineOfKey.insert(key, lineNo);
}

} // namespace sd::ui
