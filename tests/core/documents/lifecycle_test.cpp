#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documents/shipmentlifecycle.h"

#include <catch2/catch.hpp>
#include <map>
#include <utility>

using namespace sd;

namespace {

// Checks a lifecycle against an independent list of the allowed moves: every pair listed is
// allowed and leads to the given status; every pair not listed is refused with InvalidState and
// a non-empty sentence, and apply/check/isAllowed/refusalMessage agree.
template <typename L, typename S, typename A, typename... Extra>
void checkTable(const std::map<std::pair<S, A>, S>& allowed, Extra... extra)
{
    int allowedCount = 0;
    for (S from : L::statuses()) {
        for (A action : L::actions()) {
            INFO("status " << L::statusKey(from).toStdString() << ", action "
                           << L::actionKey(action).toStdString());
            auto expected = allowed.find({from, action});
            auto applied = L::apply(from, action, extra...);
            if (expected != allowed.end()) {
                ++allowedCount;
                REQUIRE(applied);
                CHECK(*applied == expected->second);
                CHECK(L::check(from, action, extra...));
                CHECK(L::isAllowed(from, action, extra...));
                CHECK(L::refusalMessage(from, action, extra...).isEmpty());
                CHECK(L::allowedActions(from, extra...).contains(action));
            } else {
                REQUIRE_FALSE(applied);
                CHECK(applied.error().code == ErrorCode::InvalidState);
                CHECK_FALSE(applied.error().message.isEmpty());
                CHECK_FALSE(applied.error().detail.isEmpty());
                auto checked = L::check(from, action, extra...);
                REQUIRE_FALSE(checked);
                CHECK(checked.error().message == applied.error().message);
                CHECK_FALSE(L::isAllowed(from, action, extra...));
                CHECK(L::refusalMessage(from, action, extra...) == applied.error().message);
                CHECK_FALSE(L::allowedActions(from, extra...).contains(action));
            }
        }
    }
    CHECK(allowedCount == int(allowed.size()));
}

template <typename L> void checkKeysRoundTrip()
{
    for (auto s : L::statuses()) {
        auto parsed = L::parseStatus(L::statusKey(s));
        REQUIRE(parsed);
        CHECK(*parsed == s);
        CHECK_FALSE(L::statusName(s).isEmpty());
    }
    for (auto a : L::actions()) {
        auto parsed = L::parseAction(L::actionKey(a));
        REQUIRE(parsed);
        CHECK(*parsed == a);
        CHECK_FALSE(L::actionName(a).isEmpty());
    }
    auto badStatus = L::parseStatus(u"Draft"); // keys are lower case, never translated
    REQUIRE_FALSE(badStatus);
    CHECK(badStatus.error().code == ErrorCode::InvalidInput);
    CHECK(badStatus.error().message.contains(QStringLiteral("Draft")));
    CHECK_FALSE(L::parseAction(u"fly"));
}

QStringList keys(const auto& values, auto keyOf)
{
    QStringList out;
    for (auto v : values)
        out.append(keyOf(v));
    return out;
}

} // namespace

// ---- Quotes ----------------------------------------------------------------------------------

TEST_CASE("quote statuses and actions have the documented keys", "[documents]")
{
    CHECK(keys(QuoteLifecycle::statuses(), QuoteLifecycle::statusKey).join(u',').toStdString()
          == "draft,sent,accepted,rejected");
    CHECK(keys(QuoteLifecycle::actions(), QuoteLifecycle::actionKey).join(u',').toStdString()
          == "edit,send,accept,reject,delete,duplicate,convert_to_order,convert_to_invoice");
    checkKeysRoundTrip<QuoteLifecycle>();
}

TEST_CASE("the quote lifecycle allows exactly the moves of its table", "[documents]")
{
    using S = QuoteStatus;
    using A = QuoteAction;
    const std::map<std::pair<S, A>, S> allowed = {
        {{S::Draft, A::Edit}, S::Draft},
        {{S::Draft, A::Send}, S::Sent},
        {{S::Draft, A::Accept}, S::Accepted},
        {{S::Draft, A::Reject}, S::Rejected},
        {{S::Draft, A::Delete}, S::Draft},
        {{S::Draft, A::Duplicate}, S::Draft},
        {{S::Draft, A::ConvertToOrder}, S::Accepted},
        {{S::Draft, A::ConvertToInvoice}, S::Accepted},
        {{S::Sent, A::Send}, S::Sent},
        {{S::Sent, A::Accept}, S::Accepted},
        {{S::Sent, A::Reject}, S::Rejected},
        {{S::Sent, A::Duplicate}, S::Sent},
        {{S::Sent, A::ConvertToOrder}, S::Accepted},
        {{S::Sent, A::ConvertToInvoice}, S::Accepted},
        {{S::Accepted, A::Duplicate}, S::Accepted},
        {{S::Accepted, A::ConvertToOrder}, S::Accepted},
        {{S::Accepted, A::ConvertToInvoice}, S::Accepted},
        {{S::Rejected, A::Duplicate}, S::Rejected},
    };
    checkTable<QuoteLifecycle, S, A>(allowed);
}

TEST_CASE("a rejected quote cannot be converted, and says so", "[documents]")
{
    auto r = QuoteLifecycle::apply(QuoteStatus::Rejected, QuoteAction::ConvertToOrder);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidState);
    CHECK(r.error().message.toStdString() == "A rejected quote cannot be converted.");
    CHECK(r.error().detail.toStdString() == "quote: convert_to_order refused in status rejected");
    CHECK(QuoteLifecycle::refusalMessage(QuoteStatus::Rejected, QuoteAction::ConvertToInvoice)
              .toStdString()
          == "A rejected quote cannot be converted.");
    CHECK(QuoteLifecycle::allowedActions(QuoteStatus::Rejected)
          == QList<QuoteAction> {QuoteAction::Duplicate});
}

// ---- Orders ----------------------------------------------------------------------------------

TEST_CASE("order statuses and actions have the documented keys", "[documents]")
{
    CHECK(keys(OrderLifecycle::statuses(), OrderLifecycle::statusKey).join(u',').toStdString()
          == "draft,sent,cancelled");
    CHECK(keys(OrderLifecycle::actions(), OrderLifecycle::actionKey).join(u',').toStdString()
          == "edit,confirm,cancel,ship,invoice,backorder,delete,duplicate");
    checkKeysRoundTrip<OrderLifecycle>();
}

TEST_CASE("the order lifecycle allows exactly the moves of its table", "[documents]")
{
    using S = OrderStatus;
    using A = OrderAction;
    const std::map<std::pair<S, A>, S> allowed = {
        {{S::Draft, A::Edit}, S::Draft},
        {{S::Draft, A::Confirm}, S::Sent},
        {{S::Draft, A::Cancel}, S::Cancelled},
        {{S::Draft, A::Delete}, S::Draft},
        {{S::Draft, A::Duplicate}, S::Draft},
        {{S::Sent, A::Edit}, S::Sent},
        {{S::Sent, A::Cancel}, S::Cancelled},
        {{S::Sent, A::Ship}, S::Sent},
        {{S::Sent, A::Invoice}, S::Sent},
        {{S::Sent, A::Backorder}, S::Cancelled},
        {{S::Sent, A::Duplicate}, S::Sent},
        {{S::Cancelled, A::Invoice}, S::Cancelled},
        {{S::Cancelled, A::Duplicate}, S::Cancelled},
    };
    checkTable<OrderLifecycle, S, A>(allowed);
}

TEST_CASE("confirming moves an order to sent; shipping a draft asks to confirm first",
          "[documents]")
{
    CHECK(OrderLifecycle::apply(OrderStatus::Draft, OrderAction::Confirm).value()
          == OrderStatus::Sent);
    CHECK(OrderLifecycle::statusName(OrderStatus::Sent).toStdString() == "Confirmed");
    CHECK(OrderLifecycle::refusalMessage(OrderStatus::Draft, OrderAction::Ship).toStdString()
          == "Confirm the order before creating a shipment.");
    // A backorder split cancels the original, whose shipped part can still be invoiced.
    auto split = OrderLifecycle::apply(OrderStatus::Sent, OrderAction::Backorder);
    REQUIRE(split);
    CHECK(*split == OrderStatus::Cancelled);
    CHECK(OrderLifecycle::check(*split, OrderAction::Invoice));
}

// ---- Shipments -------------------------------------------------------------------------------

TEST_CASE("shipment statuses and actions have the documented keys", "[documents]")
{
    CHECK(keys(ShipmentLifecycle::statuses(), ShipmentLifecycle::statusKey).join(u',').toStdString()
          == "draft,sent");
    CHECK(keys(ShipmentLifecycle::actions(), ShipmentLifecycle::actionKey).join(u',').toStdString()
          == "pick,send,delete");
    checkKeysRoundTrip<ShipmentLifecycle>();
}

TEST_CASE("the shipment lifecycle allows exactly the moves of its table", "[documents]")
{
    using S = ShipmentStatus;
    using A = ShipmentAction;
    const std::map<std::pair<S, A>, S> allowed = {
        {{S::Draft, A::Pick}, S::Draft},
        {{S::Draft, A::Send}, S::Sent},
        {{S::Draft, A::Delete}, S::Draft},
    };
    checkTable<ShipmentLifecycle, S, A>(allowed);
    CHECK(ShipmentLifecycle::allowedActions(S::Sent).isEmpty());
}

// ---- Invoices and credit notes -----------------------------------------------------------------

TEST_CASE("invoice statuses and actions have the documented keys", "[documents]")
{
    CHECK(keys(InvoiceLifecycle::statuses(), InvoiceLifecycle::statusKey).join(u',').toStdString()
          == "draft,booked");
    CHECK(keys(InvoiceLifecycle::actions(), InvoiceLifecycle::actionKey).join(u',').toStdString()
          == "edit,book,send,credit,register_payment,remind,ship,delete,duplicate");
    checkKeysRoundTrip<InvoiceLifecycle>();
}

TEST_CASE("the invoice lifecycle allows exactly the moves of its table", "[documents]")
{
    using S = InvoiceStatus;
    using A = InvoiceAction;
    const std::map<std::pair<S, A>, S> allowed = {
        {{S::Draft, A::Edit}, S::Draft},
        {{S::Draft, A::Book}, S::Booked},
        {{S::Draft, A::Delete}, S::Draft},
        {{S::Draft, A::Duplicate}, S::Draft},
        {{S::Booked, A::Send}, S::Booked},
        {{S::Booked, A::Credit}, S::Booked},
        {{S::Booked, A::RegisterPayment}, S::Booked},
        {{S::Booked, A::Remind}, S::Booked},
        {{S::Booked, A::Ship}, S::Booked},
        {{S::Booked, A::Duplicate}, S::Booked},
    };
    checkTable<InvoiceLifecycle, S, A>(allowed, DocumentType::Invoice);
    // The default document type is the invoice.
    CHECK(InvoiceLifecycle::isAllowed(S::Booked, A::RegisterPayment));
    CHECK(InvoiceLifecycle::refusalMessage(S::Booked, A::Edit).toStdString()
          == "A booked invoice cannot be changed; credit it instead.");
}

TEST_CASE("the credit-note lifecycle allows only edit, book, send and delete", "[documents]")
{
    using S = InvoiceStatus;
    using A = InvoiceAction;
    const std::map<std::pair<S, A>, S> allowed = {
        {{S::Draft, A::Edit}, S::Draft},
        {{S::Draft, A::Book}, S::Booked},
        {{S::Draft, A::Delete}, S::Draft},
        {{S::Booked, A::Send}, S::Booked},
    };
    checkTable<InvoiceLifecycle, S, A>(allowed, DocumentType::CreditNote);
    auto r = InvoiceLifecycle::check(S::Booked, A::RegisterPayment, DocumentType::CreditNote);
    REQUIRE_FALSE(r);
    CHECK(r.error().detail.toStdString()
          == "credit_note: register_payment refused in status booked");
}
