#include "quotelifecycle.h"

#include "lifecycletable.h"

namespace sd {
namespace {

using S = QuoteStatus;
using A = QuoteAction;
using lifecycle::refuse;

constexpr labels::Label<QuoteStatus> kStatuses[] = {
    {S::Draft, "draft", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Draft")},
    {S::Sent, "sent", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Sent")},
    {S::Accepted, "accepted", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Accepted")},
    {S::Rejected, "rejected", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Rejected")},
};

constexpr labels::Label<QuoteAction> kActions[] = {
    {A::Edit, "edit", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Edit")},
    {A::Send, "send", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Send")},
    {A::Accept, "accept", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Mark as accepted")},
    {A::Reject, "reject", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Mark as rejected")},
    {A::Delete, "delete", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Delete")},
    {A::Duplicate, "duplicate", QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Duplicate")},
    {A::ConvertToOrder,
     "convert_to_order",
     QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Convert to order")},
    {A::ConvertToInvoice,
     "convert_to_invoice",
     QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Convert to invoice")},
};

// clang-format off
// Every (action, status) pair once. A sent quote is a promise the customer has in hand, so it is
// not edited or deleted in place: a new version is a duplicate. Converting a draft or sent quote
// means the customer said yes, so it accepts the quote on the way.
constexpr lifecycle::Rule<QuoteStatus, QuoteAction> kRules[] = {
    // action              from          → to, or why not
    {A::Edit,             S::Draft,     S::Draft},
    {A::Edit,             S::Sent,      refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A sent quote cannot be edited; duplicate it to make a new version."))},
    {A::Edit,             S::Accepted,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "An accepted quote cannot be edited."))},
    {A::Edit,             S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A rejected quote cannot be edited; duplicate it to make a new offer."))},

    {A::Send,             S::Draft,     S::Sent},
    {A::Send,             S::Sent,      S::Sent},
    {A::Send,             S::Accepted,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "An accepted quote has already been answered and cannot be sent again."))},
    {A::Send,             S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A rejected quote cannot be sent; duplicate it to make a new offer."))},

    {A::Accept,           S::Draft,     S::Accepted},
    {A::Accept,           S::Sent,      S::Accepted},
    {A::Accept,           S::Accepted,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "The quote is already accepted."))},
    {A::Accept,           S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A rejected quote cannot be accepted; duplicate it to make a new offer."))},

    {A::Reject,           S::Draft,     S::Rejected},
    {A::Reject,           S::Sent,      S::Rejected},
    {A::Reject,           S::Accepted,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "An accepted quote cannot be rejected."))},
    {A::Reject,           S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "The quote is already rejected."))},

    {A::Delete,           S::Draft,     S::Draft},
    {A::Delete,           S::Sent,      refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Only draft quotes can be deleted; this one has been sent."))},
    {A::Delete,           S::Accepted,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Only draft quotes can be deleted; this one has been accepted."))},
    {A::Delete,           S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "Only draft quotes can be deleted; this one has been rejected."))},

    {A::Duplicate,        S::Draft,     S::Draft},
    {A::Duplicate,        S::Sent,      S::Sent},
    {A::Duplicate,        S::Accepted,  S::Accepted},
    {A::Duplicate,        S::Rejected,  S::Rejected},

    {A::ConvertToOrder,   S::Draft,     S::Accepted},
    {A::ConvertToOrder,   S::Sent,      S::Accepted},
    {A::ConvertToOrder,   S::Accepted,  S::Accepted},
    {A::ConvertToOrder,   S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A rejected quote cannot be converted."))},

    {A::ConvertToInvoice, S::Draft,     S::Accepted},
    {A::ConvertToInvoice, S::Sent,      S::Accepted},
    {A::ConvertToInvoice, S::Accepted,  S::Accepted},
    {A::ConvertToInvoice, S::Rejected,  refuse(QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "A rejected quote cannot be converted."))},
};
// clang-format on

constexpr lifecycle::Table<QuoteStatus, QuoteAction> kTable {
    "sd::QuoteLifecycle",
    "quote",
    kStatuses,
    kActions,
    kRules,
    QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "“%1” is not a quote status."),
    QT_TRANSLATE_NOOP("sd::QuoteLifecycle", "“%1” is not a quote action."),
};
static_assert(kTable.isComplete(), "every (action, status) pair needs exactly one rule");

} // namespace

bool QuoteLifecycle::isAllowed(QuoteStatus from, QuoteAction action)
{
    return kTable.isAllowed(from, action);
}

Result<void> QuoteLifecycle::check(QuoteStatus from, QuoteAction action)
{
    return kTable.check(from, action);
}

Result<QuoteStatus> QuoteLifecycle::apply(QuoteStatus from, QuoteAction action)
{
    return kTable.apply(from, action);
}

QString QuoteLifecycle::refusalMessage(QuoteStatus from, QuoteAction action)
{
    return kTable.refusalMessage(from, action);
}

QList<QuoteAction> QuoteLifecycle::allowedActions(QuoteStatus from)
{
    return kTable.allowedActions(from);
}

QList<QuoteStatus> QuoteLifecycle::statuses()
{
    return kTable.statusList();
}

QList<QuoteAction> QuoteLifecycle::actions()
{
    return kTable.actionList();
}

QString QuoteLifecycle::statusKey(QuoteStatus status)
{
    return kTable.statusKey(status);
}

Result<QuoteStatus> QuoteLifecycle::parseStatus(QStringView key)
{
    return kTable.parseStatus(key);
}

QString QuoteLifecycle::statusName(QuoteStatus status)
{
    return kTable.statusName(status);
}

QString QuoteLifecycle::actionKey(QuoteAction action)
{
    return kTable.actionKey(action);
}

Result<QuoteAction> QuoteLifecycle::parseAction(QStringView key)
{
    return kTable.parseAction(key);
}

QString QuoteLifecycle::actionName(QuoteAction action)
{
    return kTable.actionName(action);
}

} // namespace sd
