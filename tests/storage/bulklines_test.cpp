// The bulk calls of SalesService (issue 9): addLines, createWithLines and a pick list give the
// same document as the one-at-a-time calls, and a bad input refuses the whole call unchanged.

#include "services/batch.h"
#include "services/companyservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"
#include "support/shop.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::Shop;

namespace {

LineInput product(const char* sku, qint64 units)
{
    return Shop::product(sku, units);
}

LineInput text(const char* words)
{
    LineInput in;
    in.kind = LineKind::Text;
    in.text = QString::fromUtf8(words);
    return in;
}

// The inputs of a small order: two products, a text line, a priced free-text line, a
// discounted product.
QList<LineInput> orderInputs()
{
    LineInput adHoc = text("Montering");
    adHoc.price = UnitPrice::parse(QStringLiteral("450")).value();
    adHoc.quantity = Quantity::fromUnits(2);
    adHoc.vatCode = QStringLiteral("3");
    LineInput discounted = product("KAFFE", 3);
    discounted.discount = Percent::parse(QStringLiteral("10")).value();
    return {product("KOPP", 4), text("Levering etter avtale."), adHoc, discounted};
}

qint64 count(Shop& s, const char* table)
{
    return s.c.db->scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).value().toLongLong();
}

// What "changes nothing" is checked against: row counts of the tables a call writes, and the
// document's header as stored (updated_at included).
QStringList snapshot(Shop& s, qint64 id)
{
    QStringList out;
    for (const char* table : {"documents", "document_lines", "activity_log"})
        out << QString::number(count(s, table));
    out << s.c.db->scalar(QStringLiteral("SELECT group_concat(series || '=' || next) FROM number_series")).value().toString();
    auto r = s.c.db->run(QStringLiteral("SELECT net, vat, gross, updated_at FROM documents WHERE id = ?"), {id});
    REQUIRE(r);
    if (r->next())
        out << r->str(0) << r->str(1) << r->str(2) << r->str(3);
    return out;
}

struct LineFacts
{
    int lineNo;
    int position;
    QString kind, sku, description;
    qint64 quantity, net, picked;
    bool hasSource, hasParent;
    bool operator==(const LineFacts&) const = default;
};

QList<LineFacts> facts(const Document& d)
{
    QList<LineFacts> out;
    for (const auto& l : d.lines)
        out << LineFacts{l.lineNo, l.position, lineKindKey(l.kind), l.sku, l.description, l.quantity.milli(), l.net.minor(),
                         l.picked.milli(), l.sourceLineId != 0, l.parentLineId != 0};
    return out;
}

} // namespace

TEST_CASE("addLines gives the same document as adding the lines one by one", "[storage][sales][bulk]")
{
    Shop one, many;
    const qint64 a = one.sales.create(DocumentType::Order, 10001).value();
    const qint64 b = many.sales.create(DocumentType::Order, 10001).value();
    QList<int> numbersOneByOne;
    for (const auto& in : orderInputs())
        numbersOneByOne << one.sales.addLine(a, in).value();
    auto numbers = many.sales.addLines(b, orderInputs());
    REQUIRE_OK(numbers);
    CHECK(*numbers == numbersOneByOne);
    CHECK(*numbers == QList<int>{1, 2, 3, 4});

    const Document x = one.v(a).document, y = many.v(b).document;
    CHECK(facts(x) == facts(y));
    CHECK(x.totals.net == y.totals.net);
    CHECK(x.totals.vat == y.totals.vat);
    CHECK(x.totals.gross == y.totals.gross);
    CHECK(x.totals.gross.toString() == QStringLiteral("2157.88")); // (316 + 900 + 567 − 10 %) × 1.25

    // Confirmed, both orders reserve the same stock.
    REQUIRE_OK(one.sales.confirmOrder(a));
    REQUIRE_OK(many.sales.confirmOrder(b));
    for (const char* sku : {"KOPP", "KAFFE"}) {
        const auto fa = one.stock.figures(QString::fromLatin1(sku)).value();
        const auto fb = many.stock.figures(QString::fromLatin1(sku)).value();
        CHECK(fa.reserved == fb.reserved);
        CHECK(fa.reserved.isPositive());
    }

    // One log entry for the lines instead of one per line.
    auto activityOf = [](Shop& s, qint64 id) {
        QStringList texts;
        for (const auto& e : s.sales.activity(id).value())
            texts << e.text;
        return texts;
    };
    CHECK(activityOf(one, a).filter(QStringLiteral("Added line")).size() == 4);
    CHECK(activityOf(many, b).filter(QStringLiteral("Added line")) == QStringList{QStringLiteral("Added lines 1–4")});
}

TEST_CASE("createWithLines equals create followed by addLines", "[storage][sales][bulk]")
{
    Shop one, many;
    const qint64 a = one.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE_OK(one.sales.addLines(a, orderInputs()));
    auto b = many.sales.createWithLines(DocumentType::Quote, 10001, orderInputs());
    REQUIRE_OK(b);
    const Document x = one.v(a).document, y = many.v(*b).document;
    CHECK(facts(x) == facts(y));
    CHECK(x.number == y.number);
    CHECK(x.validUntil == y.validUntil);
    CHECK(x.totals.gross == y.totals.gross);
    CHECK(one.sales.activity(a).value().size() == many.sales.activity(*b).value().size());
    // The next line added continues the numbering.
    CHECK(many.sales.addLine(*b, product("KOPP", 1)).value() == 5);

    // Shipments and credit notes are made from their sources, not created.
    CHECK(many.sales.createWithLines(DocumentType::Shipment, 10001, orderInputs()).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a bad line refuses the whole addLines call and changes nothing", "[storage][sales][bulk][refusal]")
{
    Shop s;
    const qint64 id = s.sales.create(DocumentType::Order, 10001).value();
    REQUIRE_OK(s.sales.addLine(id, product("KOPP", 1)));
    const QStringList before = snapshot(s, id);

    SECTION("an unknown SKU in the middle")
    {
        auto r = s.sales.addLines(id, {product("KAFFE", 1), product("NOPE", 1), product("KOPP", 2)});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().message.contains(QStringLiteral("Line 2 of the 3")));
        CHECK(r.error().message.contains(QStringLiteral("NOPE")));
    }
    SECTION("a quantity out of range in the middle")
    {
        LineInput bad = product("KAFFE", 1);
        bad.quantity = Quantity::fromUnits(-2);
        auto r = s.sales.addLines(id, {product("KOPP", 1), bad, product("KOPP", 2)});
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("Line 3"))); // its line number on the document
    }
    SECTION("a priced text line without a VAT code last")
    {
        LineInput bad = text("Frakt");
        bad.price = UnitPrice::parse(QStringLiteral("99")).value();
        auto r = s.sales.addLines(id, {product("KOPP", 1), bad});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
    }
    SECTION("createWithLines takes no number and makes no document")
    {
        auto r = s.sales.createWithLines(DocumentType::Order, 10001, {product("KOPP", 1), product("NOPE", 1)});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
    }
    CHECK(snapshot(s, id) == before);
    CHECK(s.v(id).document.lines.size() == 1);
}

TEST_CASE("addLines refuses what addLine refuses; an empty list changes nothing", "[storage][sales][bulk][refusal]")
{
    Shop s;
    const auto ids = s.flow(); // booked invoice and credit note
    const QStringList before = snapshot(s, ids.invoice);
    auto booked = s.sales.addLines(ids.invoice, {product("KOPP", 1)});
    REQUIRE_FALSE(booked);
    CHECK(booked.error().code == ErrorCode::Immutable);
    CHECK(s.sales.addLines(ids.creditNote, {product("KOPP", 1)}).error().code == ErrorCode::Immutable);
    CHECK(s.sales.addLines(ids.shipment, {product("KOPP", 1)}).error().code == ErrorCode::RuleViolation);
    CHECK(s.sales.addLines(ids.invoice, {}).error().code == ErrorCode::Immutable); // still a booked document
    CHECK(s.sales.addLines(999999, {product("KOPP", 1)}).error().code == ErrorCode::NotFound);
    CHECK(snapshot(s, ids.invoice) == before);

    const qint64 draft = s.sales.create(DocumentType::Invoice, 10001).value();
    const QStringList empty = snapshot(s, draft);
    auto none = s.sales.addLines(draft, {});
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
    CHECK(snapshot(s, draft) == empty);
}

TEST_CASE("addLines never reuses the number of a removed line", "[storage][sales][bulk]")
{
    Shop s;
    const qint64 id = s.sales.createWithLines(DocumentType::Invoice, 10001, {product("KOPP", 1), product("KAFFE", 1), text("x")}).value();
    REQUIRE_OK(s.sales.removeLine(id, 3));
    CHECK(s.sales.addLines(id, {product("KOPP", 2), text("y")}).value() == QList<int>{4, 5});
    const auto lines = s.v(id).document.lines;
    REQUIRE(lines.size() == 4);
    CHECK(lines.last().lineNo == 5);
    CHECK(lines.last().position == 4);
}

TEST_CASE("a pick list picks like single picks; one pick too many refuses all", "[storage][sales][bulk]")
{
    Shop s;
    const qint64 order = s.sales.createWithLines(DocumentType::Order, 10001, {product("KOPP", 4), product("KAFFE", 2)}).value();
    REQUIRE_OK(s.sales.confirmOrder(order));
    const qint64 ship = s.sales.createShipment(order).value();
    auto picked = [&](const char* sku) {
        for (const auto& l : s.v(ship).document.lines)
            if (l.sku == QString::fromLatin1(sku))
                return l.picked;
        return Quantity();
    };
    const QStringList before = snapshot(s, ship);
    // KOPP 2 + KOPP 3 is one more than the line holds: refused, nothing picked.
    auto refused = s.sales.pick(ship, QList<PickInput>{{QStringLiteral("KAFFE"), Quantity::fromUnits(1)},
                                                       {QStringLiteral("KOPP"), Quantity::fromUnits(2)},
                                                       {QStringLiteral("KOPP"), Quantity::fromUnits(3)}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::RuleViolation);
    CHECK(snapshot(s, ship) == before);
    CHECK(picked("KAFFE").isZero());

    REQUIRE_OK(s.sales.pick(ship, QList<PickInput>{{QStringLiteral("KAFFE"), Quantity::fromUnits(1)},
                                                   {QStringLiteral("KOPP"), Quantity::fromUnits(2)},
                                                   {QStringLiteral("KOPP"), Quantity::fromUnits(1)}}));
    CHECK(picked("KOPP") == Quantity::fromUnits(3));
    CHECK(picked("KAFFE") == Quantity::fromUnits(1));
    CHECK(s.v(ship).pickedStatus == QStringLiteral("partial"));
    CHECK(s.sales.pick(ship, QList<PickInput>{{QStringLiteral("NOPE"), Quantity::fromUnits(1)}}).error().code
          == ErrorCode::NotFound);
    CHECK(s.sales.pick(ship, QList<PickInput>{{QStringLiteral("KOPP"), Quantity()}}).error().code
          == ErrorCode::InvalidInput);
    REQUIRE_OK(s.sales.pickAll(ship));
    CHECK(picked("KOPP") == Quantity::fromUnits(4));
    CHECK(s.v(ship).pickedStatus == QStringLiteral("picked"));
}

TEST_CASE("bulk calls in batch mode: a refused call rolls back only itself", "[storage][sales][bulk][batch]")
{
    Shop s;
    Batch batch(*s.c.db, 100);
    REQUIRE_OK(batch.begin());
    const qint64 kept = s.sales.createWithLines(DocumentType::Order, 10001, {product("KOPP", 1)}).value();
    const qint64 documents = count(s, "documents");
    CHECK_FALSE(s.sales.createWithLines(DocumentType::Order, 10001, {product("KOPP", 1), product("NOPE", 1)}));
    CHECK_FALSE(s.sales.addLines(kept, {product("KAFFE", 1), product("NOPE", 1)}));
    REQUIRE_OK(s.sales.addLines(kept, {product("KAFFE", 1), product("KOPP", 2)}));
    REQUIRE_OK(batch.commit());
    CHECK(count(s, "documents") == documents);
    CHECK(s.v(kept).document.lines.size() == 3);
    // The refused order took no number: the next one gets the number after the kept one.
    const qint64 next = s.sales.create(DocumentType::Order, 10001).value();
    CHECK(*s.v(next).document.number == *s.v(kept).document.number + 1);
}

TEST_CASE("in a batch, documents read back from memory are the documents on file", "[storage][sales][bulk][batch]")
{
    // DocumentRepository hands out a document read or written earlier in the transaction; the
    // flow below reads every document after every step, so a stale copy would show.
    Shop s;
    auto header = [](const Document& d) {
        return QStringList{d.status, QString::number(d.number.value_or(0)), d.archived ? QStringLiteral("a") : QString(),
                           d.sent ? QStringLiteral("s") : QString(), d.totals.gross.toString(), d.dueDate.toString(Qt::ISODate),
                           d.kid, d.bookedAt.toString(Qt::ISODateWithMs)};
    };
    int compared = 0;
    auto look = [&](qint64 id) {
        const Document remembered = s.v(id).document;
        s.c.db->forgetLookups(); // the next read comes from the file
        const Document onFile = s.v(id).document;
        CHECK(header(remembered) == header(onFile));
        CHECK(facts(remembered) == facts(onFile));
        ++compared;
    };
    {
        Batch batch(*s.c.db, 100);
        REQUIRE_OK(batch.begin());
        const qint64 order = s.sales.createWithLines(DocumentType::Order, 10001, {product("KOPP", 4), product("KAFFE", 11)}).value();
        look(order);
        REQUIRE_OK(s.sales.setLine(order, 2, LineChange{Quantity::fromUnits(2), {}, {}, {}}));
        look(order);
        REQUIRE_OK(s.sales.addLines(order, {text("Hentes"), product("KAFFE", 1)}));
        look(order);
        REQUIRE_OK(s.sales.removeLine(order, 3));
        look(order);
        REQUIRE_OK(s.sales.confirmOrder(order));
        look(order);
        const qint64 ship = s.sales.createShipment(order).value();
        look(ship);
        REQUIRE_OK(s.sales.pick(ship, QList<PickInput>{{QStringLiteral("KOPP"), Quantity::fromUnits(4)},
                                                       {QStringLiteral("KAFFE"), Quantity::fromUnits(11)}}
                                         .mid(0, 1)));
        look(ship);
        REQUIRE_OK(s.sales.sendShipment(ship)); // KAFFE not picked: its line leaves the shipment
        look(ship);
        look(order);
        const qint64 inv = s.sales.invoiceOrder(order, true).value();
        look(inv);
        // A refused call in the middle of the batch rolls back only itself.
        CHECK_FALSE(s.sales.addLines(inv, {product("KOPP", 1), product("NOPE", 1)}));
        look(inv);
        REQUIRE_OK(s.sales.book(inv));
        look(inv);
        look(order);
        REQUIRE_OK(s.sales.registerPayment(*s.v(inv).document.number, s.v(inv).amountDue));
        look(inv);
        CHECK(s.v(inv).document.archived); // paid
        REQUIRE_OK(batch.commit());
    }
    CHECK(compared == 14);
}
