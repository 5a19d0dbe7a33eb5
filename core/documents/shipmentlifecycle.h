#pragma once

// Shipment statuses (ARCHITECTURE §2): Draft (not sent) → Sent. Sending posts the stock moves
// and ships exactly what was picked. The picked status is derived (derivedstatus.h).
// The transition table itself is in shipmentlifecycle.cpp.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// Keys: "draft", "sent".
enum class ShipmentStatus
{
    Draft,
    Sent
};

// Keys: "pick", "send", "delete".
enum class ShipmentAction
{
    Pick, // add to, or "pick all" on, a line's picked quantity
    Send,
    Delete, // unsent shipments only: their quantities return to the order's remaining
};

class ShipmentLifecycle
{
public:
    static bool isAllowed(ShipmentStatus from, ShipmentAction action);
    // ErrorCode::InvalidState with the translated refusal.
    static Result<void> check(ShipmentStatus from, ShipmentAction action);
    static Result<ShipmentStatus> apply(ShipmentStatus from, ShipmentAction action);
    // The refusal sentence, for a disabled action's tooltip; empty when allowed.
    static QString refusalMessage(ShipmentStatus from, ShipmentAction action);
    static QList<ShipmentAction> allowedActions(ShipmentStatus from);

    static QList<ShipmentStatus> statuses();
    static QList<ShipmentAction> actions();
    static QString statusKey(ShipmentStatus status);
    static Result<ShipmentStatus> parseStatus(QStringView key);
    static QString statusName(ShipmentStatus status);
    static QString actionKey(ShipmentAction action);
    static Result<ShipmentAction> parseAction(QStringView key);
    static QString actionName(ShipmentAction action);
};

} // namespace sd
