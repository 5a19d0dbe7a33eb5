#include "money/decimal.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/quantity.h"
#include "money/rounding.h"
#include "money/unitprice.h"
#include "money/vatcalculator.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace sd;

namespace {
Money m(const char* s)
{
    auto r = Money::parse(QString::fromLatin1(s));
    REQUIRE(r);
    return *r;
}
Quantity q(const char* s)
{
    auto r = Quantity::parse(QString::fromLatin1(s));
    REQUIRE(r);
    return *r;
}
UnitPrice p(const char* s)
{
    auto r = UnitPrice::parse(QString::fromLatin1(s));
    REQUIRE(r);
    return *r;
}
Percent pct(const char* s)
{
    auto r = Percent::parse(QString::fromLatin1(s));
    REQUIRE(r);
    return *r;
}
} // namespace

TEST_CASE("rounding is half away from zero for both signs", "[money]")
{
    CHECK(divRoundHalfAway(5, 10) == 1);
    CHECK(divRoundHalfAway(-5, 10) == -1);
    CHECK(divRoundHalfAway(4, 10) == 0);
    CHECK(divRoundHalfAway(-4, 10) == 0);
    CHECK(divRoundHalfAway(15, 10) == 2);
    CHECK(divRoundHalfAway(-15, 10) == -2);
    CHECK(divRoundHalfAway(25, 10) == 3); // not banker's rounding (KMyMoney's default)
    CHECK(divRoundHalfAway(1, 3) == 0);
    CHECK(divRoundHalfAway(2, 3) == 1);
    CHECK(divRoundHalfAway(-2, 3) == -1);
}

TEST_CASE("mulDivRound is exact beyond 64-bit intermediates and reports overflow", "[money]")
{
    const qint64 big = 4'000'000'000'000'000'000LL;
    CHECK(mulDivRound(big, 2, 4) == big / 2);
    CHECK(mulDivRound(10000, 1, 3) == 3333);
    CHECK(mulDivRound(20000, 1, 3) == 6667);
    CHECK(mulDivRound(-20000, 1, 3) == -6667);
    CHECK(mulDivRound(1, 1, 0) == std::nullopt);
    CHECK(mulDivRound(big, 10, 1) == std::nullopt);
    CHECK(mulDivRound(5, 1, -10) == -1);
}

TEST_CASE("money parses exactly and prints with two decimals", "[money]")
{
    CHECK(m("125").minor() == 12500);
    CHECK(m("125.5").minor() == 12550);
    CHECK(m("125,55").minor() == 12555);
    CHECK(m("-0.01").minor() == -1);
    CHECK(m(" 7.10 ").minor() == 710);
    CHECK(m("0.10").toString() == QStringLiteral("0.10"));
    CHECK(Money::fromMinor(-1).toString() == QStringLiteral("-0.01"));
    CHECK(Money::fromMinor(123456789).toString() == QStringLiteral("1234567.89"));
    CHECK(Money::fromMinor(0).toString() == QStringLiteral("0.00"));
    CHECK(Money::fromMinor(std::numeric_limits<qint64>::min()).toString()
          == QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("money refuses text, too many decimals and absurd amounts", "[money]")
{
    for (const char* bad : {"", "abc", "12a", "1.2.3", "1,2,3", "--1", "1e5", "0x10", "12 000", ".", "-"}) {
        INFO(bad);
        auto r = Money::parse(QString::fromLatin1(bad));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    auto tooPrecise = Money::parse(QStringLiteral("1.005"));
    REQUIRE_FALSE(tooPrecise);
    CHECK(tooPrecise.error().message.contains(QStringLiteral("decimal")));
    CHECK(Money::parse(QStringLiteral("1.000")).value().minor() == 100); // trailing zeros are fine
    auto huge = Money::parse(QStringLiteral("99999999999999999999999999999999"));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::OutOfRange);
    CHECK_FALSE(Money::parse(QStringLiteral("10000000000000.01")));
    CHECK(Money::parse(QStringLiteral("10000000000000.00")));
}

TEST_CASE("money arithmetic is exact", "[money]")
{
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += m("0.10");
    CHECK(sum == m("1.00")); // the classic double failure
    CHECK((m("10.00") - m("10.01")).minor() == -1);
    CHECK(-m("5.00") == m("-5"));
    CHECK(m("1") < m("1.01"));
}

TEST_CASE("quantities have three decimals and no needless zeros", "[money]")
{
    CHECK(q("2.5").milli() == 2500);
    CHECK(q("2.5").toString() == QStringLiteral("2.5"));
    CHECK(q("3").toString() == QStringLiteral("3"));
    CHECK(q("0.001").toString() == QStringLiteral("0.001"));
    CHECK(q("-1.250").toString() == QStringLiteral("-1.25"));
    CHECK_FALSE(Quantity::parse(QStringLiteral("1.0001")));
    CHECK_FALSE(Quantity::parse(QStringLiteral("1000000001")));
    CHECK(Quantity::parse(QStringLiteral("1000000000")));
    CHECK_FALSE(Quantity::parsePositive(QStringLiteral("0")));
    CHECK_FALSE(Quantity::parsePositive(QStringLiteral("-1")));
    CHECK(Quantity::parsePositive(QStringLiteral("0.001")));
}

TEST_CASE("unit prices keep four decimals, percents stay within 0..100", "[money]")
{
    CHECK(p("33.3333").raw() == 333333);
    CHECK(p("33.3333").toString() == QStringLiteral("33.3333"));
    CHECK(p("125").toString() == QStringLiteral("125.00"));
    CHECK(p("12.5").toString() == QStringLiteral("12.50"));
    CHECK_FALSE(UnitPrice::parse(QStringLiteral("1.00001")));
    CHECK(pct("25").raw() == 250000);
    CHECK(pct("12.5").toString() == QStringLiteral("12.5"));
    CHECK_FALSE(Percent::parse(QStringLiteral("100.01")));
    CHECK_FALSE(Percent::parse(QStringLiteral("-1")));
    CHECK(Percent::parse(QStringLiteral("100")));
}

TEST_CASE("line net is qty × price × (1 − discount), rounded once", "[money]")
{
    CHECK(lineNet(q("3"), p("33.3333"), Percent()).value() == m("100.00"));
    CHECK(lineNet(q("1"), p("0.005"), Percent()).value() == m("0.01")); // half away
    CHECK(lineNet(q("-1"), p("0.005"), Percent()).value() == m("-0.01"));
    CHECK(lineNet(q("1"), p("0.0049"), Percent()).value() == m("0.00"));
    CHECK(lineNet(q("2.5"), p("99.99"), pct("10")).value() == m("224.98")); // 224.9775
    CHECK(lineNet(q("7"), p("100"), pct("100")).value() == m("0.00"));
    CHECK(lineNet(q("1000000000"), p("10000000000"), Percent()).error().code == ErrorCode::OutOfRange);
}

TEST_CASE("combined discounts multiply", "[money]")
{
    CHECK(combineDiscounts(pct("10"), pct("10")) == pct("19"));
    CHECK(combineDiscounts(pct("0"), pct("5")) == pct("5"));
    CHECK(combineDiscounts(pct("100"), pct("5")) == pct("100"));
}

TEST_CASE("VAT is computed per rate on the sum of nets (BR-CO)", "[money]")
{
    // Three lines of 0.02 at 25 %: per-line VAT would round 0.005 up three times (0.03);
    // on the sum, 0.06 × 25 % = 0.015 → 0.02.
    VatCalculator calc;
    for (int i = 0; i < 3; ++i)
        calc.add(VatCategory::Standard, pct("25"), m("0.02"));
    calc.add(VatCategory::Standard, pct("15"), m("100.00"));
    calc.add(VatCategory::ZeroRated, pct("0"), m("50.00"));
    calc.add(VatCategory::Exempt, pct("0"), m("10.00"));
    const Totals t = calc.totals();
    REQUIRE(t.breakdown.size() == 4);
    CHECK(t.breakdown[0].percent == pct("25"));
    CHECK(t.breakdown[0].base == m("0.06"));
    CHECK(t.breakdown[0].vat == m("0.02"));
    CHECK(t.breakdown[1].percent == pct("15"));
    CHECK(t.breakdown[1].vat == m("15.00"));
    CHECK(t.breakdown[2].category == VatCategory::ZeroRated);
    CHECK(t.breakdown[3].category == VatCategory::Exempt);
    CHECK(t.net == m("160.06"));
    CHECK(t.vat == m("15.02"));
    CHECK(t.gross == m("175.08"));
}

TEST_CASE("VAT of negative bases rounds symmetrically", "[money]")
{
    VatCalculator calc;
    calc.add(VatCategory::Standard, pct("25"), m("-0.02"));
    const Totals t = calc.totals();
    CHECK(t.vat == m("-0.01")); // -0.005 → -0.01
    CHECK(t.gross == m("-0.03"));
}

TEST_CASE("VAT category codes round-trip", "[money]")
{
    for (auto c : {VatCategory::Standard, VatCategory::ZeroRated, VatCategory::Exempt, VatCategory::Export,
                   VatCategory::ReverseCharge, VatCategory::IntraCommunity, VatCategory::OutsideScope})
        CHECK(vatCategoryFromCode(vatCategoryCode(c)).value() == c);
    CHECK_FALSE(vatCategoryFromCode(QStringLiteral("X")));
}

TEST_CASE("localized formatting groups digits with the locale", "[money]")
{
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const QString s = Money::fromMinor(123456789).toDisplayString();
    CHECK(s.endsWith(QStringLiteral(",89")));
    CHECK(s.startsWith(QStringLiteral("1")));
    CHECK(s.size() == 12); // "1 234 567,89" with one-char separators
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(Money::fromMinor(123456789).toDisplayString() == QStringLiteral("1,234,567.89"));
    CHECK(Money::fromMinor(-5).toDisplayString() == QStringLiteral("-0.05"));
}
