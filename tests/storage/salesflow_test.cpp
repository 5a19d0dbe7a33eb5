// The sales flow through SalesService (seed 000): quote → order → two partial shipments →
// invoice of shipped lines → rest invoiced → credit note, with statuses and invariants.

#include "common/clock.h"
#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"
#include "support/shop.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

using sd::test::Shop;

namespace {
LineInput product(const char* sku, qint64 units)
{
    return Shop::product(sku, units);
}
} // namespace

TEST_CASE("the whole flow keeps statuses, numbers, stock and totals right", "[storage][sales]")
{
    Shop s;
    auto quote = s.sales.create(DocumentType::Quote, 10001);
    REQUIRE(quote);
    REQUIRE_OK(s.sales.addLine(*quote, product("KOPP", 4)));
    REQUIRE(s.sales.addLine(*quote, product("KAFFE", 2)).value() == 2);
    CHECK(s.v(*quote).document.totals.gross.toString() == QStringLiteral("867.50")); // (316+378)*1.25
    REQUIRE(s.sales.sendQuote(*quote));
    auto order = s.sales.acceptQuote(*quote, DocumentType::Order);
    REQUIRE(order);
    CHECK(s.v(*quote).document.status == QStringLiteral("accepted"));
    CHECK(s.v(*quote).document.archived);
    REQUIRE(s.sales.confirmOrder(*order));
    CHECK(s.v(*order).deliveryStatus == QStringLiteral("not_shipped"));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().reserved == Quantity::fromUnits(4));

    auto ship1 = s.sales.createShipment(*order);
    REQUIRE(ship1);
    CHECK(s.v(*order).deliveryStatus == QStringLiteral("ready"));
    CHECK(s.sales.pick(*ship1, QStringLiteral("KOPP"), Quantity::fromUnits(5)).error().code == ErrorCode::RuleViolation);
    REQUIRE(s.sales.pick(*ship1, QStringLiteral("KOPP"), Quantity::fromUnits(3)));
    CHECK(s.v(*ship1).pickedStatus == QStringLiteral("partial"));
    REQUIRE(s.sales.sendShipment(*ship1));
    CHECK(s.v(*order).deliveryStatus == QStringLiteral("partial"));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand == Quantity::fromUnits(7));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().reserved == Quantity::fromUnits(1));

    auto ship2 = s.sales.createShipment(*order);
    REQUIRE(ship2);
    REQUIRE(s.sales.pickAll(*ship2));
    REQUIRE(s.sales.sendShipment(*ship2));
    CHECK(s.v(*order).deliveryStatus == QStringLiteral("delivered"));
    CHECK(s.sales.createShipment(*order).error().code == ErrorCode::RuleViolation);

    auto inv1 = s.sales.invoiceOrder(*order, true);
    REQUIRE(inv1);
    CHECK(s.v(*order).invoiceStatus == QStringLiteral("ready"));
    CHECK(s.sales.book(*inv1).value() == 1001);
    CHECK(s.v(*order).invoiceStatus == QStringLiteral("invoiced"));
    CHECK(s.v(*order).document.archived);
    const DocumentView booked = s.v(*inv1);
    CHECK(booked.document.totals.gross.toString() == QStringLiteral("867.50"));
    CHECK(booked.paymentStatus == QStringLiteral("unpaid"));
    CHECK_FALSE(booked.document.kid.isEmpty());
    CHECK(s.sales.setLine(*inv1, 1, LineChange{Quantity::fromUnits(1), {}, {}, {}}).error().code == ErrorCode::Immutable);

    auto cn = s.sales.credit(1001, {{1, Quantity::fromUnits(1)}}, true, true);
    REQUIRE(cn);
    CHECK(s.sales.credit(1001, {{1, Quantity::fromUnits(4)}}, false, true).error().code == ErrorCode::RuleViolation);
    CHECK(s.sales.book(*cn).value() == 1001); // its own series
    CHECK(s.v(*order).invoiceStatus == QStringLiteral("partial"));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand == Quantity::fromUnits(7));
    CHECK(s.v(*inv1).credited.toString() == QStringLiteral("98.75"));
    REQUIRE(s.sales.registerPayment(1001, Money::parse(QStringLiteral("768.75")).value()));
    CHECK(s.v(*inv1).paymentStatus == QStringLiteral("paid"));

    auto inv2 = s.sales.invoiceOrder(*order, false);
    REQUIRE(inv2);
    CHECK(s.sales.book(*inv2).value() == 1002);
    CHECK(s.v(*order).invoiceStatus == QStringLiteral("invoiced"));
    CHECK(CompanyService(*s.c.db).check().value().isEmpty());
}

TEST_CASE("refusals change nothing", "[storage][sales]")
{
    Shop s;
    auto inv = s.sales.create(DocumentType::Invoice, 10001);
    REQUIRE(inv);
    CHECK(s.sales.book(*inv).error().code == ErrorCode::RuleViolation); // empty
    CHECK(CompanyService(*s.c.db).setting(QStringLiteral("series.invoice.next")).value() == QStringLiteral("1001"));
    auto quote = s.sales.create(DocumentType::Quote, 10001);
    REQUIRE(s.sales.addLine(*quote, product("KOPP", 1)));
    REQUIRE(s.sales.rejectQuote(*quote));
    CHECK(s.sales.acceptQuote(*quote, DocumentType::Order).error().code == ErrorCode::InvalidState);
    CHECK(s.sales.addLine(*inv, product("NOPE", 1)).error().code == ErrorCode::NotFound);
    auto order = s.sales.create(DocumentType::Order, 10001);
    REQUIRE(s.sales.addLine(*order, product("KOPP", 11)));
    REQUIRE(s.sales.confirmOrder(*order));
    auto ship = s.sales.createShipment(*order);
    REQUIRE(s.sales.pickAll(*ship));
    auto refused = s.sales.sendShipment(*ship);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InsufficientStock);
    CHECK(refused.error().message.contains(QStringLiteral("1 short")));
    CHECK(s.v(*ship).document.status == QStringLiteral("draft"));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand == Quantity::fromUnits(10));
}

TEST_CASE("average cost leaves exactly zero value with the last unit", "[storage][stock]")
{
    Shop s;
    MasterDataService m(*s.c.db);
    Product p;
    p.sku = QStringLiteral("TRE");
    p.name = QStringLiteral("Tre");
    REQUIRE(m.addProduct(p));
    // 3 units worth 100.00, sold one at a time: 33.33, 33.34 (rounded), 33.33 → 0.00 left.
    REQUIRE(s.stock.receive(QStringLiteral("TRE"), Quantity::fromUnits(3), UnitPrice::parse(QStringLiteral("33.3333")).value()));
    CHECK(s.stock.figures(QStringLiteral("TRE")).value().value.toString() == QStringLiteral("100.00"));
    for (int i = 0; i < 3; ++i)
        REQUIRE(s.stock.adjust(QStringLiteral("TRE"), Quantity::fromUnits(-1), QStringLiteral("sold")));
    CHECK(s.stock.figures(QStringLiteral("TRE")).value().value.toString() == QStringLiteral("0.00"));
    CHECK(s.stock.figures(QStringLiteral("TRE")).value().onHand.isZero());
}

TEST_CASE("lines move in display order without renumbering; drafts can change customer", "[storage][sales]")
{
    Shop s;
    Customer other;
    other.name = QStringLiteral("Nordlys AS");
    other.paymentDays = 30;
    REQUIRE(MasterDataService(*s.c.db).addCustomer(other));
    auto order = s.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(s.sales.addLine(order, product("KOPP", 1)));
    REQUIRE(s.sales.addLine(order, product("KAFFE", 1)));
    REQUIRE(s.sales.addLine(order, product("KOPP", 2)));
    REQUIRE_OK(s.sales.moveLine(order, 3, 1));
    QList<int> numbers;
    for (const auto& l : s.v(order).document.lines)
        numbers << l.lineNo;
    CHECK(numbers == QList<int>{3, 1, 2});
    REQUIRE_OK(s.sales.moveLine(order, 3, 0));
    numbers.clear();
    for (const auto& l : s.v(order).document.lines)
        numbers << l.lineNo;
    CHECK(numbers == QList<int>{1, 2, 3});
    CHECK(s.sales.moveLine(order, 9, 0).error().code == ErrorCode::NotFound);

    REQUIRE_OK(s.sales.setCustomer(order, 10002));
    CHECK(s.v(order).document.customer.name == QStringLiteral("Nordlys AS"));
    CHECK(s.v(order).document.paymentDays == 30);
    REQUIRE(s.sales.confirmOrder(order));
    CHECK(s.sales.setCustomer(order, 10001).error().code == ErrorCode::InvalidState);
}

TEST_CASE("reminder fees are receivables: paid after the invoice, or written off on purpose", "[storage][sales]")
{
    Shop s;
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    Clock::setInstance(&clock);
    auto inv = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.addLine(inv, product("KOPP", 1)));
    const qint64 number = s.sales.book(inv).value(); // due 2026-03-15, gross 98.75
    clock.set(QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
    CHECK(s.sales.remind(number, Money::parse(QStringLiteral("70.01")).value()).error().code == ErrorCode::RuleViolation); // > 1/10 inkassosats
    REQUIRE(s.sales.remind(number).value() == Money::parse(QStringLiteral("35.00")).value());
    DocumentView v = s.v(inv);
    CHECK(v.paymentStatus == QStringLiteral("reminded"));
    CHECK(v.reminderFeesOpen.toString() == QStringLiteral("35.00"));
    // More than invoice + fees is refused; part of a fee is refused; invoice + fee settles both.
    CHECK_FALSE(s.sales.registerPayment(number, Money::parse(QStringLiteral("133.76")).value()));
    CHECK_FALSE(s.sales.registerPayment(number, Money::parse(QStringLiteral("100.00")).value()));
    REQUIRE_OK(s.sales.registerPayment(number, Money::parse(QStringLiteral("133.75")).value()));
    v = s.v(inv);
    CHECK(v.paymentStatus == QStringLiteral("paid"));
    CHECK(v.amountDue.isZero());
    CHECK(v.reminderFeesOpen.isZero());
    CHECK(v.document.archived);

    // Second invoice: paid without the fee, the fee stays open until written off.
    clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    auto inv2 = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.addLine(inv2, product("KOPP", 1)));
    const qint64 number2 = s.sales.book(inv2).value();
    clock.set(QDateTime(QDate(2026, 4, 2), QTime(9, 0)));
    REQUIRE(s.sales.remind(number2));
    REQUIRE(s.sales.registerPayment(number2, Money::parse(QStringLiteral("98.75")).value()));
    CHECK_FALSE(s.v(inv2).document.archived); // the fee is still owed
    CHECK(s.sales.writeOffReminderFees(number2).value().toString() == QStringLiteral("35.00"));
    CHECK(s.v(inv2).document.archived);
    CHECK(s.sales.writeOffReminderFees(number2).error().code == ErrorCode::RuleViolation);
    Clock::setInstance(nullptr);
    CHECK(CompanyService(*s.c.db).check().value().isEmpty());
}
