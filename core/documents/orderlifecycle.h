#pragma once

// Order statuses and what may be done in each (ARCHITECTURE §2, seeds 001 + 002):
// Draft → Sent (confirmed; the verb is Confirm) → Cancelled. Delivery and invoicing statuses
// are derived from shipments and invoices (derivedstatus.h), never stored.
// The transition table itself is in orderlifecycle.cpp.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// Keys: "draft", "sent", "cancelled".
enum class OrderStatus
{
    Draft,
    Sent,
    Cancelled
};

// Keys: "edit", "confirm", "cancel", "ship", "invoice", "backorder", "delete", "duplicate".
enum class OrderAction
{
    Edit,
    Confirm, // Draft → Sent, prints the order confirmation
    Cancel,
    Ship, // create a shipment of everything remaining
    Invoice, // create an invoice (all lines, or only shipped ones)
    Backorder, // split the unshipped rest into a new order; this one becomes cancelled
    Delete,
    Duplicate,
};

class OrderLifecycle
{
public:
    static bool isAllowed(OrderStatus from, OrderAction action);
    // ErrorCode::InvalidState with the translated refusal.
    static Result<void> check(OrderStatus from, OrderAction action);
    static Result<OrderStatus> apply(OrderStatus from, OrderAction action);
    // The refusal sentence, for a disabled action's tooltip; empty when allowed.
    static QString refusalMessage(OrderStatus from, OrderAction action);
    static QList<OrderAction> allowedActions(OrderStatus from);

    static QList<OrderStatus> statuses();
    static QList<OrderAction> actions();
    static QString statusKey(OrderStatus status);
    static Result<OrderStatus> parseStatus(QStringView key);
    static QString statusName(OrderStatus status);
    static QString actionKey(OrderAction action);
    static Result<OrderAction> parseAction(QStringView key);
    static QString actionName(OrderAction action);
};

} // namespace sd
