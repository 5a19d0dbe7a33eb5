#include "shipmentlifecycle.h"

#include "lifecycletable.h"

namespace sd {
namespace {

using S = ShipmentStatus;
using A = ShipmentAction;
using lifecycle::refuse;

constexpr labels::Label<ShipmentStatus> kStatuses[] = {
    {S::Draft, "draft", QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "Not sent")},
    {S::Sent, "sent", QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "Sent")},
};

constexpr labels::Label<ShipmentAction> kActions[] = {
    {A::Pick, "pick", QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "Pick")},
    {A::Send, "send", QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "Send shipment")},
    {A::Delete, "delete", QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "Delete")},
};

// clang-format off
// Every (action, status) pair once. A sent shipment has moved stock: it is history, and goods
// coming back are a return (a credit note that returns stock), not an edit of the shipment.
// "Nothing picked" is a quantity rule, checked by the shipping service, not a status.
constexpr lifecycle::Rule<ShipmentStatus, ShipmentAction> kRules[] = {
    // action      from       → to, or why not
    {A::Pick,     S::Draft,  S::Draft},
    {A::Pick,     S::Sent,   refuse(QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "A sent shipment cannot be picked any more."))},

    {A::Send,     S::Draft,  S::Sent},
    {A::Send,     S::Sent,   refuse(QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "The shipment has already been sent."))},

    {A::Delete,   S::Draft,  S::Draft},
    {A::Delete,   S::Sent,   refuse(QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "A sent shipment cannot be deleted; register a return instead."))},
};
// clang-format on

constexpr lifecycle::Table<ShipmentStatus, ShipmentAction> kTable {
    "sd::ShipmentLifecycle",
    "shipment",
    kStatuses,
    kActions,
    kRules,
    QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "“%1” is not a shipment status."),
    QT_TRANSLATE_NOOP("sd::ShipmentLifecycle", "“%1” is not a shipment action."),
};
static_assert(kTable.isComplete(), "every (action, status) pair needs exactly one rule");

} // namespace

bool ShipmentLifecycle::isAllowed(ShipmentStatus from, ShipmentAction action)
{
    return kTable.isAllowed(from, action);
}

Result<void> ShipmentLifecycle::check(ShipmentStatus from, ShipmentAction action)
{
    return kTable.check(from, action);
}

Result<ShipmentStatus> ShipmentLifecycle::apply(ShipmentStatus from, ShipmentAction action)
{
    return kTable.apply(from, action);
}

QString ShipmentLifecycle::refusalMessage(ShipmentStatus from, ShipmentAction action)
{
    return kTable.refusalMessage(from, action);
}

QList<ShipmentAction> ShipmentLifecycle::allowedActions(ShipmentStatus from)
{
    return kTable.allowedActions(from);
}

QList<ShipmentStatus> ShipmentLifecycle::statuses()
{
    return kTable.statusList();
}

QList<ShipmentAction> ShipmentLifecycle::actions()
{
    return kTable.actionList();
}

QString ShipmentLifecycle::statusKey(ShipmentStatus status)
{
    return kTable.statusKey(status);
}

Result<ShipmentStatus> ShipmentLifecycle::parseStatus(QStringView key)
{
    return kTable.parseStatus(key);
}

QString ShipmentLifecycle::statusName(ShipmentStatus status)
{
    return kTable.statusName(status);
}

QString ShipmentLifecycle::actionKey(ShipmentAction action)
{
    return kTable.actionKey(action);
}

Result<ShipmentAction> ShipmentLifecycle::parseAction(QStringView key)
{
    return kTable.parseAction(key);
}

QString ShipmentLifecycle::actionName(ShipmentAction action)
{
    return kTable.actionName(action);
}

} // namespace sd
