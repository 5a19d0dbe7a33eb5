#pragma once

// Quote statuses and what may be done in each (ARCHITECTURE §2, seed 001):
// Draft → Sent → Accepted | Rejected. "Expired" is derived (derivedstatus.h), never stored.
// The transition table itself is in quotelifecycle.cpp.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// Keys: "draft", "sent", "accepted", "rejected".
enum class QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Rejected
};

// Keys: "edit", "send", "accept", "reject", "delete", "duplicate", "convert_to_order",
// "convert_to_invoice".
enum class QuoteAction
{
    Edit,
    Send, // also re-sending a sent quote
    Accept,
    Reject,
    Delete,
    Duplicate,
    ConvertToOrder, // from draft or sent: accept-then-convert
    ConvertToInvoice,
};

class QuoteLifecycle
{
public:
    static bool isAllowed(QuoteStatus from, QuoteAction action);
    // ErrorCode::InvalidState with the translated refusal ("A rejected quote cannot be
    // converted.").
    static Result<void> check(QuoteStatus from, QuoteAction action);
    // The status after the action (the same status for Edit, Duplicate, …).
    static Result<QuoteStatus> apply(QuoteStatus from, QuoteAction action);
    // The refusal sentence, for a disabled action's tooltip; empty when allowed.
    static QString refusalMessage(QuoteStatus from, QuoteAction action);
    static QList<QuoteAction> allowedActions(QuoteStatus from);

    static QList<QuoteStatus> statuses();
    static QList<QuoteAction> actions();
    static QString statusKey(QuoteStatus status);
    static Result<QuoteStatus> parseStatus(QStringView key);
    static QString statusName(QuoteStatus status);
    static QString actionKey(QuoteAction action);
    static Result<QuoteAction> parseAction(QStringView key);
    static QString actionName(QuoteAction action);
};

} // namespace sd
