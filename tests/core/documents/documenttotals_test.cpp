#include "documents/documenttotals.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// qty in milli-units, price in 1e-4, VAT in whole percent (0 → zero-rated), discount in 1e-4 %.
DocumentLine line(qint64 qtyMilli, qint64 priceRaw, int vat = 25, qint64 discountRaw = 0)
{
    static int next = 0;
    DocumentLine l;
    l.lineNo = ++next;
    l.position = l.lineNo;
    l.kind = LineKind::Product;
    l.quantity = Quantity::fromMilli(qtyMilli);
    l.unitPrice = UnitPrice::fromRaw(priceRaw);
    l.discount = Percent::fromRaw(discountRaw);
    l.vatCode = vat == 0 ? QStringLiteral("5") : QStringLiteral("3");
    l.vatCategory = vat == 0 ? VatCategory::ZeroRated : VatCategory::Standard;
    l.vatPercent = Percent::fromWhole(vat);
    return l;
}

DocumentLine heading(int position, QString title)
{
    DocumentLine l;
    l.lineNo = 100 + position;
    l.position = position;
    l.kind = LineKind::Group;
    l.description = std::move(title);
    return l;
}

struct MoneyCase
{
    const char* name;
    QList<DocumentLine> lines;
    qint64 documentDiscountRaw;
    QList<qint64> nets; // øre, per line
    qint64 net;
    qint64 vat;
    qint64 gross;
};

} // namespace

TEST_CASE("document totals: worked table of tricky money cases", "[documents][money]")
{
    // clang-format off
    const QList<MoneyCase> cases = {
        // 3 × 33.3333 = 99.9999 → 100.00; VAT 25 % of 100.00 = 25.00.
        {"three thirds at 25 %", {line(3000, 333333)}, 0, {10000}, 10000, 2500, 12500},
        // VAT per rate on the sum: 100.00 @25 → 25.00, 200.00 @15 → 30.00, 50.00 @0 → 0.
        {"mixed 25/15/0 %", {line(1000, 100'0000, 25), line(2000, 100'0000, 15), line(1000, 50'0000, 0)},
         0, {10000, 20000, 5000}, 35000, 5500, 40500},
        {"100 % discount", {line(5000, 99'0000, 25, 100'0000)}, 0, {0}, 0, 0, 0},
        // 10 % line and 5 % document discount combine to 14.5 %: 2 × 99.99 × 0.855 = 170.9829
        // → 170.98; VAT 42.745 → 42.75 (half away).
        {"line + document discount", {line(2000, 99'9900, 25, 10'0000)}, 5'0000, {17098}, 17098, 4275, 21373},
        // Document discount alone applies to every priced line.
        {"document discount alone", {line(1000, 200'0000), line(1000, 100'0000, 15)}, 10'0000,
         {18000, 9000}, 27000, 5850, 32850},
        // A negative (deposit-return) line nets against the others in the same rate.
        {"negative credit-like line", {line(2000, 80'0000), line(1000, -100'0000)}, 0,
         {16000, -10000}, 6000, 1500, 7500},
        {"all negative", {line(1000, -100'0000), line(1000, -40'0000, 15)}, 0,
         {-10000, -4000}, -14000, -3100, -17100},
        // Line nets exactly at half an øre round away from zero, both signs.
        {"+0.5 øre line net", {line(1000, 50)}, 0, {1}, 1, 0, 1},
        {"-0.5 øre line net", {line(1000, -50)}, 0, {-1}, -1, 0, -1},
        {"+0.5 øre from quantity", {line(500, 100)}, 0, {1}, 1, 0, 1},
        // −1.5 øre → −2 øre; its VAT −0.5 øre → −1 øre.
        {"-1.5 øre line net", {line(1000, -150)}, 0, {-2}, -2, -1, -3},
        {"0.49 øre rounds to zero", {line(1000, 49)}, 0, {0}, 0, 0, 0},
        // VAT exactly at half an øre: 0.02 × 25 % = 0.005 → 0.01, and the negative mirror.
        {"+0.5 øre VAT", {line(1000, 200)}, 0, {2}, 2, 1, 3},
        {"-0.5 øre VAT", {line(1000, -200)}, 0, {-2}, -2, -1, -3},
        // VAT is rounded once per rate (BR-CO): three 0.02 lines → 0.06 × 25 % = 0.015 → 0.02,
        // not 3 × 0.01.
        {"VAT rounded once per rate", {line(1000, 200), line(1000, 200), line(1000, 200)}, 0,
         {2, 2, 2}, 6, 2, 8},
        // Fractional quantity: 2.5 kg × 19.90 = 49.75.
        {"fractional quantity", {line(2500, 19'9000, 15)}, 0, {4975}, 4975, 746, 5721},
        {"no lines", {}, 0, {}, 0, 0, 0},
    };
    // clang-format on

    for (auto c : cases) {
        SECTION(c.name)
        {
            auto totals = computeTotals(c.lines, Percent::fromRaw(c.documentDiscountRaw));
            REQUIRE(totals);
            REQUIRE(c.lines.size() == c.nets.size());
            for (qsizetype i = 0; i < c.lines.size(); ++i)
                CHECK(c.lines[i].net.minor() == c.nets[i]);
            CHECK(totals->net.minor() == c.net);
            CHECK(totals->vat.minor() == c.vat);
            CHECK(totals->gross.minor() == c.gross);
        }
    }
}

TEST_CASE("the VAT breakdown has one row per category and rate, highest rate first", "[documents]")
{
    QList<DocumentLine> lines {line(1000, 50'0000, 0),
                               line(1000, 100'0000, 15),
                               line(1000, 100'0000, 25),
                               line(1000, 10'0000, 25)};
    auto totals = computeTotals(lines, Percent());
    REQUIRE(totals);
    REQUIRE(totals->breakdown.size() == 3);
    CHECK(totals->breakdown[0].category == VatCategory::Standard);
    CHECK(totals->breakdown[0].percent == Percent::fromWhole(25));
    CHECK(totals->breakdown[0].base.minor() == 11000);
    CHECK(totals->breakdown[0].vat.minor() == 2750);
    CHECK(totals->breakdown[1].percent == Percent::fromWhole(15));
    CHECK(totals->breakdown[1].vat.minor() == 1500);
    CHECK(totals->breakdown[2].category == VatCategory::ZeroRated);
    CHECK(totals->breakdown[2].base.minor() == 5000);
    CHECK(totals->breakdown[2].vat.minor() == 0);
}

TEST_CASE("text lines and group headings add nothing to the totals", "[documents]")
{
    auto text = line(2000, 0);
    text.kind = LineKind::Text;
    auto group = heading(0, QStringLiteral("Kitchen"));
    group.net = Money::fromMinor(999); // a stale value is overwritten
    auto pricedText = line(1000, 500'0000);
    pricedText.kind = LineKind::Text; // invalid, but must still never count
    QList<DocumentLine> lines {group, line(1000, 100'0000), text, pricedText};
    auto totals = computeTotals(lines, Percent::fromWhole(10));
    REQUIRE(totals);
    CHECK(totals->net.minor() == 9000);
    CHECK(totals->vat.minor() == 2250);
    CHECK(lines[0].net.minor() == 0);
    CHECK(lines[2].net.minor() == 0);
    CHECK(lines[3].net.minor() == 0);
    CHECK(totals->breakdown.size() == 1);
}

TEST_CASE("a document discount outside 0-100 % is refused", "[documents]")
{
    QList<DocumentLine> lines {line(1000, 100'0000)};
    auto over = computeTotals(lines, Percent::fromRaw(Percent::kHundred + 1));
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::OutOfRange);
    CHECK_FALSE(computeTotals(lines, Percent::fromRaw(-1)));
    CHECK(computeTotals(lines, Percent::fromWhole(100))->gross.minor() == 0);
}

TEST_CASE("totals that would leave Money's range are refused", "[documents]")
{
    // Each line is exactly 10^13 kr = 10^15 øre, the largest single amount.
    QList<DocumentLine> lines {line(1'000'000, UnitPrice::kMaxAbsRaw, 25)};
    auto one = computeTotals(lines, Percent());
    REQUIRE(one);
    CHECK(one->net.minor() == Money::kMaxAbsMinor);

    lines.append(line(1'000'000, UnitPrice::kMaxAbsRaw, 25));
    auto two = computeTotals(lines, Percent());
    REQUIRE_FALSE(two);
    CHECK(two.error().code == ErrorCode::OutOfRange);

    QList<DocumentLine> tooLarge {line(1'000'000'000'000LL, UnitPrice::kMaxAbsRaw)};
    CHECK_FALSE(computeTotals(tooLarge, Percent()));
}

TEST_CASE("a group heading's subtotal sums the lines below it up to the next heading",
          "[documents]")
{
    // Display order (position): A, [Kitchen], B, text, C, [Hall], D. The list order differs.
    auto a = line(1000, 10'0000);
    a.position = 1;
    auto b = line(1000, 20'0000);
    b.position = 3;
    auto text = line(0, 0);
    text.kind = LineKind::Text;
    text.position = 4;
    auto c = line(3000, 10'0000);
    c.position = 5;
    auto d = line(1000, 5'0000);
    d.position = 7;
    auto kitchen = heading(2, QStringLiteral("Kitchen"));
    kitchen.id = 42;
    auto hall = heading(6, QStringLiteral("Hall"));
    QList<DocumentLine> lines {d, hall, c, text, b, kitchen, a};
    REQUIRE(computeTotals(lines, Percent::fromWhole(10)));

    const auto groups = groupSubtotals(lines);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].lineNo == kitchen.lineNo);
    CHECK(groups[0].lineId == 42);
    CHECK(groups[0].subtotal.minor() == 4500); // (20 + 30) × 0.9
    CHECK(groups[1].lineNo == hall.lineNo);
    CHECK(groups[1].subtotal.minor() == 450);
}

TEST_CASE("lines above the first heading and documents without headings have no groups",
          "[documents]")
{
    QList<DocumentLine> lines {line(1000, 10'0000)};
    REQUIRE(computeTotals(lines, Percent()));
    CHECK(groupSubtotals(lines).isEmpty());

    QList<DocumentLine> emptyGroup {heading(1, QStringLiteral("Empty")),
                                    heading(2, QStringLiteral("Next"))};
    const auto groups = groupSubtotals(emptyGroup);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].subtotal.isZero());
    CHECK(groups[1].subtotal.isZero());
}
