#include "orderlifecycle.h"

#include "lifecycletable.h"

namespace sd {
namespace {

using S = OrderStatus;
using A = OrderAction;
using lifecycle::refuse;

constexpr labels::Label<OrderStatus> kStatuses[] = {
    {S::Draft, "draft", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Draft")},
    {S::Sent, "sent", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Confirmed")},
    {S::Cancelled, "cancelled", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Cancelled")},
};

constexpr labels::Label<OrderAction> kActions[] = {
    {A::Edit, "edit", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Edit")},
    {A::Confirm, "confirm", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Confirm")},
    {A::Cancel, "cancel", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Cancel order")},
    {A::Ship, "ship", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Create shipment")},
    {A::Invoice, "invoice", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Create invoice")},
    {A::Backorder, "backorder", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Create backorder")},
    {A::Delete, "delete", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Delete")},
    {A::Duplicate, "duplicate", QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Duplicate")},
};

// clang-format off
// Every (action, status) pair once. Shipping and invoicing need a confirmed order: confirming
// is what reserves stock. A confirmed order stays editable (quantities change after a phone
// call); the services refuse lowering a line below what is already shipped or invoiced, and
// refuse cancelling once something is shipped (that is what a backorder is for). A cancelled
// order can still invoice what it shipped before the rest was split off (brief: backorder).
constexpr lifecycle::Rule<OrderStatus, OrderAction> kRules[] = {
    // action        from           → to, or why not
    {A::Edit,       S::Draft,      S::Draft},
    {A::Edit,       S::Sent,       S::Sent},
    {A::Edit,       S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A cancelled order cannot be edited."))},

    {A::Confirm,    S::Draft,      S::Sent},
    {A::Confirm,    S::Sent,       refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "The order is already confirmed."))},
    {A::Confirm,    S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A cancelled order cannot be confirmed."))},

    {A::Cancel,     S::Draft,      S::Cancelled},
    {A::Cancel,     S::Sent,       S::Cancelled},
    {A::Cancel,     S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "The order is already cancelled."))},

    {A::Ship,       S::Draft,      refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Confirm the order before creating a shipment."))},
    {A::Ship,       S::Sent,       S::Sent},
    {A::Ship,       S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A cancelled order cannot be shipped."))},

    {A::Invoice,    S::Draft,      refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Confirm the order before invoicing it."))},
    {A::Invoice,    S::Sent,       S::Sent},
    {A::Invoice,    S::Cancelled,  S::Cancelled},

    {A::Backorder,  S::Draft,      refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "Only a confirmed, partly shipped order can be split into a backorder."))},
    {A::Backorder,  S::Sent,       S::Cancelled},
    {A::Backorder,  S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A cancelled order cannot be split into a backorder."))},

    {A::Delete,     S::Draft,      S::Draft},
    {A::Delete,     S::Sent,       refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A confirmed order cannot be deleted; cancel it instead."))},
    {A::Delete,     S::Cancelled,  refuse(QT_TRANSLATE_NOOP("sd::OrderLifecycle", "A cancelled order cannot be deleted; it stays for the record."))},

    {A::Duplicate,  S::Draft,      S::Draft},
    {A::Duplicate,  S::Sent,       S::Sent},
    {A::Duplicate,  S::Cancelled,  S::Cancelled},
};
// clang-format on

constexpr lifecycle::Table<OrderStatus, OrderAction> kTable {
    "sd::OrderLifecycle",
    "order",
    kStatuses,
    kActions,
    kRules,
    QT_TRANSLATE_NOOP("sd::OrderLifecycle", "“%1” is not an order status."),
    QT_TRANSLATE_NOOP("sd::OrderLifecycle", "“%1” is not an order action."),
};
static_assert(kTable.isComplete(), "every (action, status) pair needs exactly one rule");

} // namespace

bool OrderLifecycle::isAllowed(OrderStatus from, OrderAction action)
{
    return kTable.isAllowed(from, action);
}

Result<void> OrderLifecycle::check(OrderStatus from, OrderAction action)
{
    return kTable.check(from, action);
}

Result<OrderStatus> OrderLifecycle::apply(OrderStatus from, OrderAction action)
{
    return kTable.apply(from, action);
}

QString OrderLifecycle::refusalMessage(OrderStatus from, OrderAction action)
{
    return kTable.refusalMessage(from, action);
}

QList<OrderAction> OrderLifecycle::allowedActions(OrderStatus from)
{
    return kTable.allowedActions(from);
}

QList<OrderStatus> OrderLifecycle::statuses()
{
    return kTable.statusList();
}

QList<OrderAction> OrderLifecycle::actions()
{
    return kTable.actionList();
}

QString OrderLifecycle::statusKey(OrderStatus status)
{
    return kTable.statusKey(status);
}

Result<OrderStatus> OrderLifecycle::parseStatus(QStringView key)
{
    return kTable.parseStatus(key);
}

QString OrderLifecycle::statusName(OrderStatus status)
{
    return kTable.statusName(status);
}

QString OrderLifecycle::actionKey(OrderAction action)
{
    return kTable.actionKey(action);
}

Result<OrderAction> OrderLifecycle::parseAction(QStringView key)
{
    return kTable.parseAction(key);
}

QString OrderLifecycle::actionName(OrderAction action)
{
    return kTable.actionName(action);
}

} // namespace sd
