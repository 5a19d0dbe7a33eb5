// DocumentEditor, part 2: the next steps of a document. Which ones are offered, and why one
// is disabled, comes from the lifecycle tables; the dialogs collect the user's choice and
// SalesService does the work. These are not undo commands: booking and converting are undone
// with a credit note or a cancellation, never by Ctrl+Z (STYLE "Undo").

#include "documenteditor.h"

#include "dialogs/conversiondialogs.h"
#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documentsession.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace sd::ui {

namespace {

// Shows `button` for its document type; enabled when the lifecycle allows it, otherwise the
// refusal is the tooltip.
void offer(QPushButton* button, bool visible, const QString& refusal)
{
    button->setVisible(visible);
    button->setEnabled(visible && refusal.isEmpty());
    button->setToolTip(refusal);
}

} // namespace

void DocumentEditor::updateActions()
{
    if (!m_session) {
        for (auto* b : {m_accept, m_invoice, m_book, m_credit})
            b->setVisible(false);
        return;
    }
    const Document& d = m_session->document();
    QString quoteRefusal, orderRefusal, bookRefusal, creditRefusal;
    if (d.type == DocumentType::Quote) {
        if (auto s = QuoteLifecycle::parseStatus(d.status))
            quoteRefusal = QuoteLifecycle::refusalMessage(*s, QuoteAction::ConvertToOrder);
    } else if (d.type == DocumentType::Order) {
        if (auto s = OrderLifecycle::parseStatus(d.status))
            orderRefusal = OrderLifecycle::refusalMessage(*s, OrderAction::Invoice);
    } else if (d.type == DocumentType::Invoice || d.type == DocumentType::CreditNote) {
        if (auto s = InvoiceLifecycle::parseStatus(d.status)) {
            bookRefusal = InvoiceLifecycle::refusalMessage(*s, InvoiceAction::Book, d.type);
            creditRefusal = InvoiceLifecycle::refusalMessage(*s, InvoiceAction::Credit, d.type);
        }
    }
    const bool invoiceLike = d.type == DocumentType::Invoice || d.type == DocumentType::CreditNote;
    offer(m_accept, d.type == DocumentType::Quote, quoteRefusal);
    offer(m_invoice, d.type == DocumentType::Order, orderRefusal);
    offer(m_book, invoiceLike && !d.isBooked(), bookRefusal);
    offer(m_credit, d.type == DocumentType::Invoice && d.isBooked(), creditRefusal);
}

void DocumentEditor::acceptQuote()
{
    if (!m_session)
        return;
    AcceptQuoteDialog dialog(m_session->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->sales().acceptQuote(documentId(), dialog.target());
    m_session->reload();
    if (!id) {
        showError(id.error().message);
        return;
    }
    emit openDocumentRequested(*id);
}

void DocumentEditor::createInvoice()
{
    if (!m_session)
        return;
    CreateInvoiceDialog dialog(m_session->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->sales().invoiceOrder(documentId(), dialog.shippedOnly());
    m_session->reload();
    if (!id) {
        showError(id.error().message);
        return;
    }
    emit openDocumentRequested(*id);
}

void DocumentEditor::bookInvoice()
{
    if (!m_session)
        return;
    BookInvoiceDialog dialog(m_session->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto number = m_session->sales().book(documentId(), dialog.options());
    if (!number) {
        showError(number.error().message);
        return;
    }
    // The edits before booking cannot be undone any more: the document is frozen.
    m_undo->clear();
    m_session->reload();
}

void DocumentEditor::creditInvoice()
{
    if (!m_session || !m_session->document().number)
        return;
    CreditNoteDialog dialog(m_session->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto lines = dialog.lines();
    if (!lines)
        return;
    auto id = m_session->sales().credit(
        *m_session->document().number, *lines, dialog.returnStock(), dialog.reinvoice());
    m_session->reload();
    if (!id) {
        showError(id.error().message);
        return;
    }
    emit openDocumentRequested(*id);
}

} // namespace sd::ui
