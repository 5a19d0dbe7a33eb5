#pragma once

// Statuses derived from quantities and amounts (ARCHITECTURE §2 "Status strings"): computed
// from plain numbers every time, never stored, so they cannot disagree with the shipments,
// invoices and payments they summarise. The services gather the numbers; this file decides.

#include "money/money.h"
#include "money/quantity.h"
#include "quotelifecycle.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// ---- Order (and invoice) delivery status -----------------------------------------------------

// Keys: "not_shipped", "ready", "partial", "delivered".
enum class DeliveryStatus
{
    NotShipped,
    Ready,
    Partial,
    Delivered
};

struct DeliveryLine
{
    Quantity ordered;
    Quantity shippedOnSent; // on sent shipments (for a bundle: bundleShippedQuantity())
    Quantity onUnsentShipments;
    bool shippable = true; // false for text lines and non-stock products: ignored
};

// Precedence, first match wins:
//   1. delivered   — there is a shippable line and every one has shippedOnSent ≥ ordered
//   2. ready       — an unsent shipment holds some quantity ("Klar for levering": the next
//                    delivery is waiting to be sent, even when an earlier one went already)
//   3. partial     — something was shipped on a sent shipment
//   4. not_shipped — otherwise
// Lines with nothing shippable at all (a services-only order) count as delivered, so such an
// order can be archived once invoiced; an order with no lines at all is not_shipped.
DeliveryStatus deliveryStatus(const QList<DeliveryLine>& lines);

// ---- Order invoicing status ------------------------------------------------------------------

// Keys: "not_invoiced", "ready", "partial", "invoiced".
enum class InvoicingStatus
{
    NotInvoiced,
    Ready,
    Partial,
    Invoiced
};

struct InvoicingLine
{
    // What the line should be invoiced for: the ordered quantity (after a backorder split,
    // what was shipped). Lines that are never invoiced (text) are left out by the caller.
    Quantity base;
    Quantity onDraftInvoices;
    Quantity netInvoicedBooked; // on booked invoices − credited back as re-invoiceable
};

// Precedence, first match wins:
//   1. invoiced     — some line has a base and every line has netInvoicedBooked ≥ base
//   2. ready        — a draft invoice holds some quantity ("Klar til fakturering")
//   3. partial      — something is invoiced on a booked invoice
//   4. not_invoiced — otherwise (also: no lines)
InvoicingStatus invoicingStatus(const QList<InvoicingLine>& lines);

// ---- Shipment picked status ------------------------------------------------------------------

// Keys: "not_picked", "partial", "picked".
enum class PickedStatus
{
    NotPicked,
    Partial,
    Picked
};

struct PickLine
{
    Quantity quantity;
    Quantity picked;
};

// picked: there are lines and every line has picked ≥ quantity; partial: anything picked;
// not_picked otherwise (also an empty shipment).
PickedStatus pickedStatus(const QList<PickLine>& lines);

// ---- Invoice payment status ------------------------------------------------------------------

// Keys: "unpaid", "partial", "overdue", "reminded", "paid".
enum class PaymentStatus
{
    Unpaid,
    Partial,
    Overdue,
    Reminded,
    Paid
};

struct PaymentFacts
{
    Money gross;
    Money paid;
    Money credited; // gross of booked credit notes against the invoice (positive)
    QDate dueDate;
    QDate today;
    int reminders = 0;
};

// paid if paid + credited ≥ gross; else reminded if a reminder was registered; else overdue if
// today is after the due date; else partial if anything was paid; else unpaid.
PaymentStatus paymentStatus(const PaymentFacts& facts);

// gross − credited − paid; negative when the customer paid too much.
Money amountDue(const PaymentFacts& facts);

// ---- Quote expiry ----------------------------------------------------------------------------

// A sent quote expires the day after its valid-until date; drafts and answered quotes do not.
bool isQuoteExpired(QuoteStatus status, QDate validUntil, QDate today);

// ---- Quantities ------------------------------------------------------------------------------

struct BundleComponentShipment
{
    Quantity perBundle; // component quantity in one bundle (> 0)
    Quantity shipped; // component quantity shipped on sent shipments for this line
};

// How much of a bundle line counts as shipped: as far as all its components are, i.e. the
// minimum over components of shipped / perBundle, in milli-units rounded down. 0 without
// components.
Quantity bundleShippedQuantity(const QList<BundleComponentShipment>& components);

// ordered − shipped on sent shipments − quantity on unsent shipments, never below 0.
Quantity remainingToShip(Quantity ordered, Quantity shippedOnSent, Quantity onUnsentShipments);

// base − on draft invoices − on booked invoices + credited as re-invoiceable, never below 0.
// base is the ordered quantity, or the shipped quantity when invoicing only what was shipped.
Quantity invoiceableQuantity(Quantity base,
                             Quantity onDraftInvoices,
                             Quantity invoicedBooked,
                             Quantity creditedReinvoiceable);

// ---- Keys and names ----------------------------------------------------------------------------

QString deliveryStatusKey(DeliveryStatus status);
Result<DeliveryStatus> parseDeliveryStatus(QStringView key);
QString deliveryStatusName(DeliveryStatus status);

QString invoicingStatusKey(InvoicingStatus status);
Result<InvoicingStatus> parseInvoicingStatus(QStringView key);
QString invoicingStatusName(InvoicingStatus status);

QString pickedStatusKey(PickedStatus status);
Result<PickedStatus> parsePickedStatus(QStringView key);
QString pickedStatusName(PickedStatus status);

QString paymentStatusKey(PaymentStatus status);
Result<PaymentStatus> parsePaymentStatus(QStringView key);
QString paymentStatusName(PaymentStatus status);

} // namespace sd
