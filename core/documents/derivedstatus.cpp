#include "derivedstatus.h"

#include "enumlabels.h"
#include "money/rounding.h"

#include <algorithm>
#include <limits>

namespace sd {
namespace {

constexpr char kContext[] = "sd::DerivedStatus";

constexpr labels::Label<DeliveryStatus> kDeliveryStatuses[] = {
    {DeliveryStatus::NotShipped,
     "not_shipped",
     QT_TRANSLATE_NOOP("sd::DerivedStatus", "Not shipped")},
    {DeliveryStatus::Ready, "ready", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Ready for delivery")},
    {DeliveryStatus::Partial,
     "partial",
     QT_TRANSLATE_NOOP("sd::DerivedStatus", "Partially shipped")},
    {DeliveryStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Delivered")},
};

constexpr labels::Label<InvoicingStatus> kInvoicingStatuses[] = {
    {InvoicingStatus::NotInvoiced,
     "not_invoiced",
     QT_TRANSLATE_NOOP("sd::DerivedStatus", "Not invoiced")},
    {InvoicingStatus::Ready, "ready", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Ready to invoice")},
    {InvoicingStatus::Partial,
     "partial",
     QT_TRANSLATE_NOOP("sd::DerivedStatus", "Partially invoiced")},
    {InvoicingStatus::Invoiced, "invoiced", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Invoiced")},
};

constexpr labels::Label<PickedStatus> kPickedStatuses[] = {
    {PickedStatus::NotPicked, "not_picked", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Not picked")},
    {PickedStatus::Partial, "partial", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Partially picked")},
    {PickedStatus::Picked, "picked", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Picked")},
};

constexpr labels::Label<PaymentStatus> kPaymentStatuses[] = {
    {PaymentStatus::Unpaid, "unpaid", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Unpaid")},
    {PaymentStatus::Partial, "partial", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Partially paid")},
    {PaymentStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Overdue")},
    {PaymentStatus::Reminded, "reminded", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Reminded")},
    {PaymentStatus::Paid, "paid", QT_TRANSLATE_NOOP("sd::DerivedStatus", "Paid")},
};

} // namespace

DeliveryStatus deliveryStatus(const QList<DeliveryLine>& lines)
{
    if (lines.isEmpty())
        return DeliveryStatus::NotShipped;
    bool allShipped = true;
    bool anyShipped = false;
    bool anyUnsent = false;
    for (const auto& line : lines) {
        if (!line.shippable)
            continue;
        allShipped = allShipped && line.shippedOnSent >= line.ordered;
        anyShipped = anyShipped || line.shippedOnSent.isPositive();
        anyUnsent = anyUnsent || line.onUnsentShipments.isPositive();
    }
    if (allShipped)
        return DeliveryStatus::Delivered;
    if (anyUnsent)
        return DeliveryStatus::Ready;
    if (anyShipped)
        return DeliveryStatus::Partial;
    return DeliveryStatus::NotShipped;
}

InvoicingStatus invoicingStatus(const QList<InvoicingLine>& lines)
{
    bool anyBase = false;
    bool allInvoiced = true;
    bool anyDraft = false;
    bool anyBooked = false;
    for (const auto& line : lines) {
        anyBase = anyBase || line.base.isPositive();
        allInvoiced = allInvoiced && line.netInvoicedBooked >= line.base;
        anyDraft = anyDraft || line.onDraftInvoices.isPositive();
        anyBooked = anyBooked || line.netInvoicedBooked.isPositive();
    }
    if (anyBase && allInvoiced)
        return InvoicingStatus::Invoiced;
    if (anyDraft)
        return InvoicingStatus::Ready;
    if (anyBooked)
        return InvoicingStatus::Partial;
    return InvoicingStatus::NotInvoiced;
}

PickedStatus pickedStatus(const QList<PickLine>& lines)
{
    bool allPicked = !lines.isEmpty();
    bool anyPicked = false;
    for (const auto& line : lines) {
        allPicked = allPicked && line.picked >= line.quantity;
        anyPicked = anyPicked || line.picked.isPositive();
    }
    if (allPicked)
        return PickedStatus::Picked;
    return anyPicked ? PickedStatus::Partial : PickedStatus::NotPicked;
}

PaymentStatus paymentStatus(const PaymentFacts& facts)
{
    if (facts.paid + facts.credited >= facts.gross)
        return PaymentStatus::Paid;
    if (facts.reminders > 0)
        return PaymentStatus::Reminded;
    if (facts.dueDate.isValid() && facts.today.isValid() && facts.today > facts.dueDate)
        return PaymentStatus::Overdue;
    if (facts.paid.minor() > 0)
        return PaymentStatus::Partial;
    return PaymentStatus::Unpaid;
}

Money amountDue(const PaymentFacts& facts)
{
    return facts.gross - facts.credited - facts.paid;
}

bool isQuoteExpired(QuoteStatus status, QDate validUntil, QDate today)
{
    return status == QuoteStatus::Sent && validUntil.isValid() && today.isValid()
        && today > validUntil;
}

Quantity bundleShippedQuantity(const QList<BundleComponentShipment>& components)
{
    qint64 bundles = std::numeric_limits<qint64>::max();
    bool any = false;
    for (const auto& c : components) {
        Q_ASSERT(c.perBundle.isPositive());
        if (!c.perBundle.isPositive())
            continue;
        any = true;
        // shipped / perBundle units = shipped × 1000 / perBundle milli-units; integer division
        // of non-negative numbers rounds down, so a half-shipped component never rounds up.
        const qint64 shipped = std::max<qint64>(c.shipped.milli(), 0);
        const qint64 whole
            = static_cast<qint64>(Int128(shipped) * Quantity::kScale / c.perBundle.milli());
        bundles = std::min(bundles, whole);
    }
    return Quantity::fromMilli(any ? bundles : 0);
}

Quantity remainingToShip(Quantity ordered, Quantity shippedOnSent, Quantity onUnsentShipments)
{
    return max(ordered - shippedOnSent - onUnsentShipments, Quantity());
}

Quantity invoiceableQuantity(Quantity base,
                             Quantity onDraftInvoices,
                             Quantity invoicedBooked,
                             Quantity creditedReinvoiceable)
{
    return max(base - onDraftInvoices - invoicedBooked + creditedReinvoiceable, Quantity());
}

QString deliveryStatusKey(DeliveryStatus status)
{
    return labels::key(kDeliveryStatuses, status);
}

Result<DeliveryStatus> parseDeliveryStatus(QStringView key)
{
    return labels::parse(kDeliveryStatuses,
                         key,
                         kContext,
                         QT_TRANSLATE_NOOP("sd::DerivedStatus", "“%1” is not a delivery status."));
}

QString deliveryStatusName(DeliveryStatus status)
{
    return labels::name(kDeliveryStatuses, status, kContext);
}

QString invoicingStatusKey(InvoicingStatus status)
{
    return labels::key(kInvoicingStatuses, status);
}

Result<InvoicingStatus> parseInvoicingStatus(QStringView key)
{
    return labels::parse(
        kInvoicingStatuses,
        key,
        kContext,
        QT_TRANSLATE_NOOP("sd::DerivedStatus", "“%1” is not an invoicing status."));
}

QString invoicingStatusName(InvoicingStatus status)
{
    return labels::name(kInvoicingStatuses, status, kContext);
}

QString pickedStatusKey(PickedStatus status)
{
    return labels::key(kPickedStatuses, status);
}

Result<PickedStatus> parsePickedStatus(QStringView key)
{
    return labels::parse(kPickedStatuses,
                         key,
                         kContext,
                         QT_TRANSLATE_NOOP("sd::DerivedStatus", "“%1” is not a picked status."));
}

QString pickedStatusName(PickedStatus status)
{
    return labels::name(kPickedStatuses, status, kContext);
}

QString paymentStatusKey(PaymentStatus status)
{
    return labels::key(kPaymentStatuses, status);
}

Result<PaymentStatus> parsePaymentStatus(QStringView key)
{
    return labels::parse(kPaymentStatuses,
                         key,
                         kContext,
                         QT_TRANSLATE_NOOP("sd::DerivedStatus", "“%1” is not a payment status."));
}

QString paymentStatusName(PaymentStatus status)
{
    return labels::name(kPaymentStatuses, status, kContext);
}

} // namespace sd
