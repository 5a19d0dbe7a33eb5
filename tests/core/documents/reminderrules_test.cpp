#include "documents/reminderrules.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// Invoice 1 March, due 15 March (14 days to pay), inkassosats 700.00.
ReminderFeeFacts facts(int daysAfterDue, int previousFees = 0)
{
    const QDate invoiceDate(2025, 3, 1);
    const QDate due = invoiceDate.addDays(14);
    return ReminderFeeFacts {
        invoiceDate, due, due.addDays(daysAfterDue), previousFees, Money::fromMinor(700'00)};
}

} // namespace

TEST_CASE("a reminder fee is at most a tenth of the inkassosats", "[documents]")
{
    auto fee = ReminderRules::maximumFee(facts(14));
    REQUIRE(fee);
    CHECK(fee->minor() == 70'00);
}

TEST_CASE("the maximum fee rounds half away from zero", "[documents]")
{
    auto f = facts(20);
    f.inkassosats = Money::fromMinor(755'55); // 75.555 → 75.56
    CHECK(ReminderRules::maximumFee(f)->minor() == 75'56);
    f.inkassosats = Money::fromMinor(755'54); // 75.554 → 75.55
    CHECK(ReminderRules::maximumFee(f)->minor() == 75'55);
    f.inkassosats = Money::fromMinor(750'00);
    CHECK(ReminderRules::maximumFee(f)->minor() == 75'00);
}

TEST_CASE("no reminder fee until 14 days after the due date", "[documents]")
{
    auto early = ReminderRules::maximumFee(facts(13));
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::RuleViolation);
    CHECK(early.error().message.contains(QStringLiteral("14 days after the due date")));
    CHECK_FALSE(ReminderRules::maximumFee(facts(0)));
    CHECK_FALSE(ReminderRules::maximumFee(facts(-3)));
    CHECK(ReminderRules::maximumFee(facts(14)));
    CHECK(ReminderRules::maximumFee(facts(60)));
    CHECK(ReminderRules::earliestFeeDate(QDate(2025, 3, 15)) == QDate(2025, 3, 29));
}

TEST_CASE("no reminder fee when the invoice gave less than 14 days to pay", "[documents]")
{
    ReminderFeeFacts f {QDate(2025, 3, 1),
                        QDate(2025, 3, 14), // 13 days
                        QDate(2025, 4, 30),
                        0,
                        Money::fromMinor(700'00)};
    auto r = ReminderRules::maximumFee(f);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::RuleViolation);
    CHECK_FALSE(r.error().message.isEmpty());
    f.dueDate = QDate(2025, 3, 15); // 14 days
    CHECK(ReminderRules::maximumFee(f));
}

TEST_CASE("at most two reminder fees per claim", "[documents]")
{
    CHECK(ReminderRules::maximumFee(facts(30, 0)));
    CHECK(ReminderRules::maximumFee(facts(30, 1)));
    auto third = ReminderRules::maximumFee(facts(30, 2));
    REQUIRE_FALSE(third);
    CHECK(third.error().code == ErrorCode::RuleViolation);
    CHECK(third.error().message.contains(QStringLiteral("2")));
    CHECK_FALSE(ReminderRules::maximumFee(facts(30, 3)));
}

TEST_CASE("a requested fee above the maximum is refused, not cut down", "[documents]")
{
    auto over = ReminderRules::checkFee(facts(14), Money::fromMinor(70'01));
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::RuleViolation);
    CHECK_FALSE(over.error().message.isEmpty());

    auto exact = ReminderRules::checkFee(facts(14), Money::fromMinor(70'00));
    REQUIRE(exact);
    CHECK(exact->minor() == 70'00);
    auto lower = ReminderRules::checkFee(facts(14), Money::fromMinor(35'00));
    REQUIRE(lower);
    CHECK(lower->minor() == 35'00);
}

TEST_CASE("a reminder without a fee is not limited by the fee rules", "[documents]")
{
    auto none = ReminderRules::checkFee(facts(1, 5), Money());
    REQUIRE(none);
    CHECK(none->isZero());
    // But any fee at all on that reminder is refused.
    CHECK(ReminderRules::checkFee(facts(1, 5), Money::fromMinor(1)).error().code
          == ErrorCode::RuleViolation);
}

TEST_CASE("reminder fee input errors are invalid input", "[documents]")
{
    CHECK(ReminderRules::checkFee(facts(14), Money::fromMinor(-1)).error().code
          == ErrorCode::InvalidInput);
    auto noDate = facts(14);
    noDate.reminderDate = QDate();
    CHECK(ReminderRules::maximumFee(noDate).error().code == ErrorCode::InvalidInput);
    auto noSats = facts(14);
    noSats.inkassosats = Money();
    CHECK(ReminderRules::maximumFee(noSats).error().code == ErrorCode::InvalidInput);
    noSats.inkassosats = Money::fromMinor(-700'00);
    CHECK(ReminderRules::maximumFee(noSats).error().code == ErrorCode::InvalidInput);
}
