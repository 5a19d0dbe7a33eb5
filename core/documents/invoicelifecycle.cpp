#include "invoicelifecycle.h"

#include "lifecycletable.h"

namespace sd {
namespace {

using S = InvoiceStatus;
using A = InvoiceAction;
using lifecycle::refuse;

constexpr labels::Label<InvoiceStatus> kStatuses[] = {
    {S::Draft, "draft", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Draft")},
    {S::Booked, "booked", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Booked")},
};

constexpr labels::Label<InvoiceAction> kActions[] = {
    {A::Edit, "edit", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Edit")},
    {A::Book, "book", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Book")},
    {A::Send, "send", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Send")},
    {A::Credit, "credit", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Credit")},
    {A::RegisterPayment,
     "register_payment",
     QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Register payment")},
    {A::Remind, "remind", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Send reminder")},
    {A::Ship, "ship", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Create shipment")},
    {A::Delete, "delete", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Delete")},
    {A::Duplicate, "duplicate", QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Duplicate")},
};

// clang-format off
// Invoices: every (action, status) pair once. A draft has no number and is not a claim yet, so
// it cannot be sent, paid, reminded or credited. A booked invoice is frozen (Invariant 1): the
// remedy for a mistake is a credit note, never an edit or a deletion.
constexpr lifecycle::Rule<InvoiceStatus, InvoiceAction> kInvoiceRules[] = {
    // action              from        → to, or why not
    {A::Edit,             S::Draft,   S::Draft},
    {A::Edit,             S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A booked invoice cannot be changed; credit it instead."))},

    {A::Book,             S::Draft,   S::Booked},
    {A::Book,             S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "The invoice is already booked."))},

    {A::Send,             S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Book the invoice before sending it."))},
    {A::Send,             S::Booked,  S::Booked},

    {A::Credit,           S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Only a booked invoice can be credited; edit or delete the draft instead."))},
    {A::Credit,           S::Booked,  S::Booked},

    {A::RegisterPayment,  S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Book the invoice before registering a payment."))},
    {A::RegisterPayment,  S::Booked,  S::Booked},

    {A::Remind,           S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A draft invoice cannot be reminded; it has not been booked."))},
    {A::Remind,           S::Booked,  S::Booked},

    {A::Ship,             S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Book the invoice before creating a shipment from it."))},
    {A::Ship,             S::Booked,  S::Booked},

    {A::Delete,           S::Draft,   S::Draft},
    {A::Delete,           S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A booked invoice cannot be deleted; credit it instead."))},

    {A::Duplicate,        S::Draft,   S::Draft},
    {A::Duplicate,        S::Booked,  S::Booked},
};

// Credit notes: they settle an invoice rather than claim money, so they are never paid,
// reminded, credited or shipped, and copying one could credit the same goods twice.
constexpr lifecycle::Rule<InvoiceStatus, InvoiceAction> kCreditNoteRules[] = {
    // action              from        → to, or why not
    {A::Edit,             S::Draft,   S::Draft},
    {A::Edit,             S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A booked credit note cannot be changed."))},

    {A::Book,             S::Draft,   S::Booked},
    {A::Book,             S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "The credit note is already booked."))},

    {A::Send,             S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "Book the credit note before sending it."))},
    {A::Send,             S::Booked,  S::Booked},

    {A::Credit,           S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot itself be credited."))},
    {A::Credit,           S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot itself be credited."))},

    {A::RegisterPayment,  S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note takes no payments; it settles its invoice."))},
    {A::RegisterPayment,  S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note takes no payments; it settles its invoice."))},

    {A::Remind,           S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be reminded."))},
    {A::Remind,           S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be reminded."))},

    {A::Ship,             S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be shipped; returned goods come back when it is booked."))},
    {A::Ship,             S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be shipped; returned goods come back when it is booked."))},

    {A::Delete,           S::Draft,   S::Draft},
    {A::Delete,           S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A booked credit note cannot be deleted."))},

    {A::Duplicate,        S::Draft,   refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be duplicated; credit the invoice again instead."))},
    {A::Duplicate,        S::Booked,  refuse(QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "A credit note cannot be duplicated; credit the invoice again instead."))},
};
// clang-format on

constexpr lifecycle::Table<InvoiceStatus, InvoiceAction> kInvoiceTable {
    "sd::InvoiceLifecycle",
    "invoice",
    kStatuses,
    kActions,
    kInvoiceRules,
    QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "“%1” is not an invoice status."),
    QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "“%1” is not an invoice action."),
};
static_assert(kInvoiceTable.isComplete(), "every (action, status) pair needs exactly one rule");

constexpr lifecycle::Table<InvoiceStatus, InvoiceAction> kCreditNoteTable {
    "sd::InvoiceLifecycle",
    "credit_note",
    kStatuses,
    kActions,
    kCreditNoteRules,
    QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "“%1” is not an invoice status."),
    QT_TRANSLATE_NOOP("sd::InvoiceLifecycle", "“%1” is not an invoice action."),
};
static_assert(kCreditNoteTable.isComplete(), "every (action, status) pair needs exactly one rule");

const lifecycle::Table<InvoiceStatus, InvoiceAction>& tableFor(DocumentType type)
{
    Q_ASSERT(type == DocumentType::Invoice || type == DocumentType::CreditNote);
    return type == DocumentType::CreditNote ? kCreditNoteTable : kInvoiceTable;
}

} // namespace

bool InvoiceLifecycle::isAllowed(InvoiceStatus from, InvoiceAction action, DocumentType type)
{
    return tableFor(type).isAllowed(from, action);
}

Result<void> InvoiceLifecycle::check(InvoiceStatus from, InvoiceAction action, DocumentType type)
{
    return tableFor(type).check(from, action);
}

Result<InvoiceStatus>
InvoiceLifecycle::apply(InvoiceStatus from, InvoiceAction action, DocumentType type)
{
    return tableFor(type).apply(from, action);
}

QString
InvoiceLifecycle::refusalMessage(InvoiceStatus from, InvoiceAction action, DocumentType type)
{
    return tableFor(type).refusalMessage(from, action);
}

QList<InvoiceAction> InvoiceLifecycle::allowedActions(InvoiceStatus from, DocumentType type)
{
    return tableFor(type).allowedActions(from);
}

QList<InvoiceStatus> InvoiceLifecycle::statuses()
{
    return kInvoiceTable.statusList();
}

QList<InvoiceAction> InvoiceLifecycle::actions()
{
    return kInvoiceTable.actionList();
}

QString InvoiceLifecycle::statusKey(InvoiceStatus status)
{
    return kInvoiceTable.statusKey(status);
}

Result<InvoiceStatus> InvoiceLifecycle::parseStatus(QStringView key)
{
    return kInvoiceTable.parseStatus(key);
}

QString InvoiceLifecycle::statusName(InvoiceStatus status)
{
    return kInvoiceTable.statusName(status);
}

QString InvoiceLifecycle::actionKey(InvoiceAction action)
{
    return kInvoiceTable.actionKey(action);
}

Result<InvoiceAction> InvoiceLifecycle::parseAction(QStringView key)
{
    return kInvoiceTable.parseAction(key);
}

QString InvoiceLifecycle::actionName(InvoiceAction action)
{
    return kInvoiceTable.actionName(action);
}

} // namespace sd
