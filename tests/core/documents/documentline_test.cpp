#include "documents/documentline.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

DocumentLine productLine(int lineNo = 3)
{
    DocumentLine line;
    line.lineNo = lineNo;
    line.position = lineNo;
    line.kind = LineKind::Product;
    line.productId = 7;
    line.description = QStringLiteral("Widget");
    line.quantity = Quantity::fromUnits(2);
    line.unitPrice = UnitPrice::fromRaw(125'0000);
    line.vatCode = QStringLiteral("3");
    line.vatCategory = VatCategory::Standard;
    line.vatPercent = Percent::fromWhole(25);
    return line;
}

DocumentLine textLine(int lineNo)
{
    DocumentLine line;
    line.lineNo = lineNo;
    line.kind = LineKind::Text;
    line.description = QStringLiteral("Delivered to the back door");
    return line;
}

DocumentLine groupLine(int lineNo)
{
    DocumentLine line;
    line.lineNo = lineNo;
    line.kind = LineKind::Group;
    line.description = QStringLiteral("Kitchen");
    return line;
}

} // namespace

TEST_CASE("a complete product line is valid", "[documents]")
{
    CHECK(validateLine(productLine()));
}

TEST_CASE("a product line needs a quantity above zero", "[documents]")
{
    for (qint64 milli : {0LL, -1LL, -1000LL}) {
        auto line = productLine();
        line.quantity = Quantity::fromMilli(milli);
        auto r = validateLine(line);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().message.startsWith(QStringLiteral("Line 3: ")));
    }
    auto smallest = productLine();
    smallest.quantity = Quantity::fromMilli(1);
    CHECK(validateLine(smallest));
}

TEST_CASE("a product line quantity may be at most a billion units", "[documents]")
{
    auto line = productLine();
    line.unitPrice = UnitPrice::fromRaw(1); // keep the net in range
    line.quantity = Quantity::fromUnits(1'000'000'000);
    CHECK(validateLine(line));
    line.quantity = Quantity::fromMilli(Quantity::kMaxAbsMilli + 1);
    auto r = validateLine(line);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::OutOfRange);
}

TEST_CASE("unit prices may be negative but must stay within range", "[documents]")
{
    auto line = productLine();
    line.unitPrice = UnitPrice::fromRaw(-50'0000);
    CHECK(validateLine(line));

    line.quantity = Quantity::fromUnits(1);
    line.unitPrice = UnitPrice::fromRaw(UnitPrice::kMaxAbsRaw);
    CHECK(validateLine(line));
    line.unitPrice = UnitPrice::fromRaw(UnitPrice::kMaxAbsRaw + 1);
    REQUIRE_FALSE(validateLine(line));
    CHECK(validateLine(line).error().code == ErrorCode::OutOfRange);
    line.unitPrice = UnitPrice::fromRaw(-UnitPrice::kMaxAbsRaw - 1);
    CHECK_FALSE(validateLine(line));
}

TEST_CASE("a line whose net would not fit in Money is refused", "[documents]")
{
    auto line = productLine();
    line.quantity = Quantity::fromUnits(1'000'000'000);
    line.unitPrice = UnitPrice::fromRaw(UnitPrice::kMaxAbsRaw);
    auto r = validateLine(line);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::OutOfRange);
}

TEST_CASE("a discount must be between 0 and 100 percent", "[documents]")
{
    auto line = productLine();
    line.discount = Percent::fromWhole(100);
    CHECK(validateLine(line));
    line.discount = Percent::fromRaw(Percent::kHundred + 1);
    CHECK(validateLine(line).error().code == ErrorCode::OutOfRange);
    line.discount = Percent::fromRaw(-1);
    CHECK_FALSE(validateLine(line));
}

TEST_CASE("a product line needs a VAT code whose rate fits its category", "[documents]")
{
    auto noCode = productLine();
    noCode.vatCode = QStringLiteral("  ");
    CHECK(validateLine(noCode).error().code == ErrorCode::InvalidInput);

    auto standardZero = productLine();
    standardZero.vatPercent = Percent();
    CHECK_FALSE(validateLine(standardZero));

    auto zeroRated = productLine();
    zeroRated.vatCategory = VatCategory::ZeroRated;
    zeroRated.vatPercent = Percent();
    CHECK(validateLine(zeroRated));
    zeroRated.vatPercent = Percent::fromWhole(25);
    auto r = validateLine(zeroRated);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("Z")));

    auto exportLine = productLine();
    exportLine.vatCategory = VatCategory::Export;
    exportLine.vatPercent = Percent();
    CHECK(validateLine(exportLine));

    auto overHundred = productLine();
    overHundred.vatPercent = Percent::fromWhole(101);
    CHECK(validateLine(overHundred).error().code == ErrorCode::OutOfRange);
}

TEST_CASE("a bundle line must name its bundle", "[documents]")
{
    auto line = productLine();
    line.kind = LineKind::Bundle;
    CHECK(validateLine(line));
    line.productId = 0;
    CHECK_FALSE(validateLine(line));
    line.kind = LineKind::Product; // an ad-hoc product line needs no product
    CHECK(validateLine(line));
}

TEST_CASE("a text line may have no quantity but never a price", "[documents]")
{
    auto line = textLine(4);
    CHECK(validateLine(line));
    line.quantity = Quantity::fromUnits(3);
    CHECK(validateLine(line));
    line.quantity = Quantity::fromUnits(-1);
    CHECK_FALSE(validateLine(line));

    auto priced = textLine(4);
    priced.unitPrice = UnitPrice::fromRaw(10'0000);
    auto r = validateLine(priced);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(QStringLiteral("Line 4: ")));

    auto discounted = textLine(4);
    discounted.discount = Percent::fromWhole(10);
    CHECK_FALSE(validateLine(discounted));

    auto blank = textLine(4);
    blank.description.clear(); // a spacer line is a layout tool
    CHECK(validateLine(blank));
}

TEST_CASE("a group heading has a title and no amounts", "[documents]")
{
    CHECK(validateLine(groupLine(1)));

    auto untitled = groupLine(1);
    untitled.description = QStringLiteral(" ");
    CHECK_FALSE(validateLine(untitled));

    auto withQuantity = groupLine(1);
    withQuantity.quantity = Quantity::fromUnits(1);
    CHECK_FALSE(validateLine(withQuantity));

    auto withPrice = groupLine(1);
    withPrice.unitPrice = UnitPrice::fromRaw(1);
    CHECK_FALSE(validateLine(withPrice));
}

TEST_CASE("an unnumbered line's error is the bare sentence", "[documents]")
{
    auto line = productLine(0);
    line.quantity = Quantity();
    auto r = validateLine(line);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.toStdString() == "The quantity must be more than 0.");
}

TEST_CASE("validating all lines refuses a line number used twice", "[documents]")
{
    QList<DocumentLine> lines {productLine(1), textLine(2), productLine(3)};
    CHECK(validateLines(lines));
    lines.append(productLine(2));
    auto r = validateLines(lines);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("2")));

    QList<DocumentLine> withBadLine {productLine(1), groupLine(2)};
    withBadLine[1].description.clear();
    CHECK_FALSE(validateLines(withBadLine));
}

TEST_CASE("new lines are numbered past every number ever issued", "[documents]")
{
    CHECK(nextLineNo({}) == 1);
    // Removing line 2 leaves 1 and 3; the next line is 4, not 2.
    CHECK(nextLineNo({productLine(1), productLine(3)}) == 4);
    // Removing the last line (3) must not hand out 3 again when the document remembers it.
    CHECK(nextLineNo({productLine(1), productLine(2)}, 3) == 4);
    CHECK(nextLineNo({productLine(5)}, 2) == 6);
}

TEST_CASE("lines sort by position, then by line number", "[documents]")
{
    auto a = productLine(1);
    a.position = 20;
    auto b = productLine(2);
    b.position = 10;
    auto c = productLine(3);
    c.position = 10;
    const auto sorted = sortedByPosition({a, c, b});
    REQUIRE(sorted.size() == 3);
    CHECK(sorted[0].lineNo == 2);
    CHECK(sorted[1].lineNo == 3);
    CHECK(sorted[2].lineNo == 1);
}
