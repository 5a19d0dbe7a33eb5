#include "documents/derivedstatus.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Quantity u(qint64 units)
{
    return Quantity::fromUnits(units);
}

Money kr(qint64 kroner)
{
    return Money::fromMinor(kroner * 100);
}

DeliveryLine delivery(qint64 ordered, qint64 shipped, qint64 unsent, bool shippable = true)
{
    return DeliveryLine {u(ordered), u(shipped), u(unsent), shippable};
}

InvoicingLine invoicing(qint64 base, qint64 draft, qint64 booked)
{
    return InvoicingLine {u(base), u(draft), u(booked)};
}

} // namespace

// ---- Delivery --------------------------------------------------------------------------------

TEST_CASE("delivery status: every branch of the precedence", "[documents]")
{
    CHECK(deliveryStatus({}) == DeliveryStatus::NotShipped);
    CHECK(deliveryStatus({delivery(5, 0, 0), delivery(2, 0, 0)}) == DeliveryStatus::NotShipped);
    // An unsent shipment exists: ready for delivery.
    CHECK(deliveryStatus({delivery(5, 0, 5), delivery(2, 0, 0)}) == DeliveryStatus::Ready);
    // Something went on a sent shipment, nothing waiting: partial.
    CHECK(deliveryStatus({delivery(5, 5, 0), delivery(2, 0, 0)}) == DeliveryStatus::Partial);
    CHECK(deliveryStatus({delivery(5, 3, 0)}) == DeliveryStatus::Partial);
    // Partly sent and the next shipment waiting: ready wins over partial.
    CHECK(deliveryStatus({delivery(5, 3, 2)}) == DeliveryStatus::Ready);
    // Every line fully shipped on sent shipments.
    CHECK(deliveryStatus({delivery(5, 5, 0), delivery(2, 2, 0)}) == DeliveryStatus::Delivered);
    // Over-shipping a line still counts as delivered.
    CHECK(deliveryStatus({delivery(5, 6, 0)}) == DeliveryStatus::Delivered);
}

TEST_CASE("delivery status ignores text lines and non-stock products", "[documents]")
{
    CHECK(deliveryStatus({delivery(5, 5, 0), delivery(3, 0, 0, false)})
          == DeliveryStatus::Delivered);
    CHECK(deliveryStatus({delivery(5, 0, 0), delivery(3, 3, 0, false)})
          == DeliveryStatus::NotShipped);
    // A services-only order has nothing to ship, so it counts as delivered.
    CHECK(deliveryStatus({delivery(3, 0, 0, false)}) == DeliveryStatus::Delivered);
}

TEST_CASE("delivery status works on fractional quantities", "[documents]")
{
    const DeliveryLine almost {Quantity::fromMilli(2500), Quantity::fromMilli(2499), Quantity()};
    CHECK(deliveryStatus({almost}) == DeliveryStatus::Partial);
    const DeliveryLine full {Quantity::fromMilli(2500), Quantity::fromMilli(2500), Quantity()};
    CHECK(deliveryStatus({full}) == DeliveryStatus::Delivered);
}

// ---- Invoicing -------------------------------------------------------------------------------

TEST_CASE("invoicing status: every branch of the precedence", "[documents]")
{
    CHECK(invoicingStatus({}) == InvoicingStatus::NotInvoiced);
    CHECK(invoicingStatus({invoicing(5, 0, 0)}) == InvoicingStatus::NotInvoiced);
    // A draft invoice exists: ready to invoice.
    CHECK(invoicingStatus({invoicing(5, 5, 0)}) == InvoicingStatus::Ready);
    CHECK(invoicingStatus({invoicing(5, 2, 3)}) == InvoicingStatus::Ready);
    // Partly booked, no draft.
    CHECK(invoicingStatus({invoicing(5, 0, 3)}) == InvoicingStatus::Partial);
    CHECK(invoicingStatus({invoicing(5, 0, 5), invoicing(1, 0, 0)}) == InvoicingStatus::Partial);
    // Everything booked.
    CHECK(invoicingStatus({invoicing(5, 0, 5), invoicing(1, 0, 1)}) == InvoicingStatus::Invoiced);
}

TEST_CASE("a re-invoiceable credit makes an invoiced order partial again", "[documents]")
{
    // Invoiced 5, credited 2 as re-invoiceable: net booked 3 of 5.
    CHECK(invoicingStatus({invoicing(5, 0, 5 - 2)}) == InvoicingStatus::Partial);
    CHECK(invoicingStatus({invoicing(5, 0, 5 - 5)}) == InvoicingStatus::NotInvoiced);
}

// ---- Picking ---------------------------------------------------------------------------------

TEST_CASE("picked status: not picked, partial and picked", "[documents]")
{
    CHECK(pickedStatus({}) == PickedStatus::NotPicked);
    CHECK(pickedStatus({{u(3), u(0)}, {u(2), u(0)}}) == PickedStatus::NotPicked);
    CHECK(pickedStatus({{u(3), u(1)}, {u(2), u(0)}}) == PickedStatus::Partial);
    CHECK(pickedStatus({{u(3), u(3)}, {u(2), u(0)}}) == PickedStatus::Partial);
    CHECK(pickedStatus({{u(3), Quantity::fromMilli(2999)}}) == PickedStatus::Partial);
    CHECK(pickedStatus({{u(3), u(3)}, {u(2), u(2)}}) == PickedStatus::Picked);
}

// ---- Payment ---------------------------------------------------------------------------------

TEST_CASE("payment status: every branch in order of precedence", "[documents]")
{
    const QDate due(2025, 3, 14);
    PaymentFacts f {kr(1250), kr(0), kr(0), due, due, 0};
    CHECK(paymentStatus(f) == PaymentStatus::Unpaid);

    f.paid = kr(250);
    CHECK(paymentStatus(f) == PaymentStatus::Partial);

    f.today = due.addDays(1);
    CHECK(paymentStatus(f) == PaymentStatus::Overdue);
    f.paid = kr(0);
    CHECK(paymentStatus(f) == PaymentStatus::Overdue);

    f.reminders = 1;
    CHECK(paymentStatus(f) == PaymentStatus::Reminded);
    f.today = due; // a reminder registered early still shows
    CHECK(paymentStatus(f) == PaymentStatus::Reminded);

    f.paid = kr(1250);
    CHECK(paymentStatus(f) == PaymentStatus::Paid);
}

TEST_CASE("an invoice is paid when payments and credit notes together settle it", "[documents]")
{
    const QDate due(2025, 3, 14);
    PaymentFacts f {kr(1000), kr(600), kr(400), due, due.addDays(30), 2};
    CHECK(paymentStatus(f) == PaymentStatus::Paid);
    CHECK(amountDue(f).minor() == 0);

    f.credited = Money::fromMinor(39999);
    CHECK(paymentStatus(f) == PaymentStatus::Reminded);
    CHECK(amountDue(f).minor() == 1);

    // Overpaid: paid, and the amount due goes negative.
    PaymentFacts over {kr(1000), kr(1100), kr(0), due, due, 0};
    CHECK(paymentStatus(over) == PaymentStatus::Paid);
    CHECK(amountDue(over).minor() == -10000);

    // Fully credited without payment.
    PaymentFacts credited {kr(1000), kr(0), kr(1000), due, due.addDays(5), 0};
    CHECK(paymentStatus(credited) == PaymentStatus::Paid);
}

TEST_CASE("an invoice is overdue only from the day after its due date", "[documents]")
{
    const QDate due(2025, 3, 14);
    CHECK(paymentStatus({kr(100), kr(0), kr(0), due, due, 0}) == PaymentStatus::Unpaid);
    CHECK(paymentStatus({kr(100), kr(0), kr(0), due, due.addDays(1), 0}) == PaymentStatus::Overdue);
    CHECK(paymentStatus({kr(100), kr(0), kr(0), QDate(), due.addDays(100), 0})
          == PaymentStatus::Unpaid);
    CHECK(amountDue({kr(100), kr(30), kr(20), due, due, 0}).minor() == 5000);
}

// ---- Quote expiry ----------------------------------------------------------------------------

TEST_CASE("a sent quote expires the day after its valid-until date", "[documents]")
{
    const QDate until(2025, 6, 30);
    CHECK_FALSE(isQuoteExpired(QuoteStatus::Sent, until, until));
    CHECK(isQuoteExpired(QuoteStatus::Sent, until, until.addDays(1)));
    CHECK_FALSE(isQuoteExpired(QuoteStatus::Draft, until, until.addDays(1)));
    CHECK_FALSE(isQuoteExpired(QuoteStatus::Accepted, until, until.addDays(1)));
    CHECK_FALSE(isQuoteExpired(QuoteStatus::Rejected, until, until.addDays(1)));
    CHECK_FALSE(isQuoteExpired(QuoteStatus::Sent, QDate(), until.addDays(1)));
}

// ---- Quantities ------------------------------------------------------------------------------

TEST_CASE("a bundle is shipped as far as all its components are", "[documents]")
{
    // A bundle of 2 chairs and 1 table.
    CHECK(bundleShippedQuantity({{u(2), u(6)}, {u(1), u(3)}}) == u(3));
    CHECK(bundleShippedQuantity({{u(2), u(6)}, {u(1), u(1)}}) == u(1));
    CHECK(bundleShippedQuantity({{u(2), u(6)}, {u(1), u(0)}}) == u(0));
    // 5 chairs = 2.5 bundles.
    CHECK(bundleShippedQuantity({{u(2), u(5)}, {u(1), u(3)}}).milli() == 2500);
    // 1 of 3 per bundle = 0.333… → 0.333, rounded down; 2 of 3 → 0.666, never 0.667.
    CHECK(bundleShippedQuantity({{u(3), u(1)}}).milli() == 333);
    CHECK(bundleShippedQuantity({{u(3), u(2)}}).milli() == 666);
    // Fractional component quantities: 0.25 kg per bundle, 1.1 kg shipped → 4.4 bundles.
    CHECK(bundleShippedQuantity({{Quantity::fromMilli(250), Quantity::fromMilli(1100)}}).milli()
          == 4400);
    CHECK(bundleShippedQuantity({}) == u(0));
}

TEST_CASE("remaining to ship subtracts sent and unsent shipments, never below zero", "[documents]")
{
    CHECK(remainingToShip(u(10), u(0), u(0)) == u(10));
    CHECK(remainingToShip(u(10), u(3), u(2)) == u(5));
    CHECK(remainingToShip(u(10), u(6), u(4)) == u(0));
    CHECK(remainingToShip(u(10), u(8), u(4)) == u(0));
    CHECK(remainingToShip(Quantity::fromMilli(2500), Quantity::fromMilli(1250), u(0)).milli()
          == 1250);
}

TEST_CASE("invoiceable quantity counts drafts and booked, and gives back re-invoiceable credits",
          "[documents]")
{
    CHECK(invoiceableQuantity(u(10), u(0), u(0), u(0)) == u(10));
    CHECK(invoiceableQuantity(u(10), u(3), u(0), u(0)) == u(7));
    CHECK(invoiceableQuantity(u(10), u(3), u(4), u(0)) == u(3));
    CHECK(invoiceableQuantity(u(10), u(0), u(10), u(0)) == u(0));
    CHECK(invoiceableQuantity(u(10), u(0), u(10), u(2)) == u(2));
    CHECK(invoiceableQuantity(u(10), u(5), u(10), u(2)) == u(0));
    // "Shipped only": the base is what was shipped.
    CHECK(invoiceableQuantity(u(4), u(0), u(1), u(0)) == u(3));
}

// ---- Keys ------------------------------------------------------------------------------------

TEST_CASE("derived statuses use the keys of the status-string table", "[documents]")
{
    const QList<std::pair<DeliveryStatus, const char*>> delivery
        = {{DeliveryStatus::NotShipped, "not_shipped"},
           {DeliveryStatus::Ready, "ready"},
           {DeliveryStatus::Partial, "partial"},
           {DeliveryStatus::Delivered, "delivered"}};
    for (const auto& [status, key] : delivery) {
        CHECK(deliveryStatusKey(status).toStdString() == key);
        CHECK(parseDeliveryStatus(QString::fromLatin1(key)).value() == status);
        CHECK_FALSE(deliveryStatusName(status).isEmpty());
    }

    const QList<std::pair<InvoicingStatus, const char*>> invoicing
        = {{InvoicingStatus::NotInvoiced, "not_invoiced"},
           {InvoicingStatus::Ready, "ready"},
           {InvoicingStatus::Partial, "partial"},
           {InvoicingStatus::Invoiced, "invoiced"}};
    for (const auto& [status, key] : invoicing) {
        CHECK(invoicingStatusKey(status).toStdString() == key);
        CHECK(parseInvoicingStatus(QString::fromLatin1(key)).value() == status);
        CHECK_FALSE(invoicingStatusName(status).isEmpty());
    }

    const QList<std::pair<PickedStatus, const char*>> picked
        = {{PickedStatus::NotPicked, "not_picked"},
           {PickedStatus::Partial, "partial"},
           {PickedStatus::Picked, "picked"}};
    for (const auto& [status, key] : picked) {
        CHECK(pickedStatusKey(status).toStdString() == key);
        CHECK(parsePickedStatus(QString::fromLatin1(key)).value() == status);
        CHECK_FALSE(pickedStatusName(status).isEmpty());
    }

    const QList<std::pair<PaymentStatus, const char*>> payment
        = {{PaymentStatus::Unpaid, "unpaid"},
           {PaymentStatus::Partial, "partial"},
           {PaymentStatus::Overdue, "overdue"},
           {PaymentStatus::Reminded, "reminded"},
           {PaymentStatus::Paid, "paid"}};
    for (const auto& [status, key] : payment) {
        CHECK(paymentStatusKey(status).toStdString() == key);
        CHECK(parsePaymentStatus(QString::fromLatin1(key)).value() == status);
        CHECK_FALSE(paymentStatusName(status).isEmpty());
    }

    auto bad = parsePaymentStatus(u"late");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(parseDeliveryStatus(u"Delivered"));
    CHECK_FALSE(parseInvoicingStatus(u""));
    CHECK_FALSE(parsePickedStatus(u"picked "));
}
