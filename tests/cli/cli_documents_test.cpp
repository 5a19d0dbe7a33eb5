// salgsdesk-cli end to end: sales documents and stock (shared/CLI.md "JSON of a document",
// ARCHITECTURE §2 status strings). The whole Rackbeat flow of seed 000 is scripted here through
// the CLI, with the refusals of the contract (exit 1 / exit 2, nothing changed afterwards).

#include "support/tempcompany.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::test::runCli;

namespace {

// "line add %1 --sku KOPP --qty 4" with the placeholders filled in, split on spaces
// (for arguments without spaces; others are passed as a QStringList).
template <typename... A>
QStringList cmd(const char* text, A... values)
{
    QString s = QString::fromUtf8(text);
    ((s = s.arg(values)), ...);
    return s.split(u' ', Qt::SkipEmptyParts);
}

QJsonObject parseObject(const QString& out)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(out.toUtf8(), &err);
    INFO(out.toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

struct CliCompany
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("firma.sdk"));
    CliCompany()
    {
        auto r = runCli({QStringLiteral("--file"), path, QStringLiteral("init"), QStringLiteral("--company"),
                         QStringLiteral("Firma AS"), QStringLiteral("--orgnr"), QStringLiteral("923609016"),
                         QStringLiteral("--vat-registered")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    sd::test::CliResult run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--file"));
        return runCli(args);
    }
    // Runs with --json, requires exit 0 and returns the object printed.
    QJsonObject json(QStringList args) const
    {
        args.prepend(QStringLiteral("--json"));
        auto r = run(args);
        INFO(args.join(u' ').toStdString());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return parseObject(r.out);
    }
    qint64 id(const QStringList& args) const { return qint64(json(args)[QStringLiteral("id")].toInteger()); }
    QJsonObject show(qint64 id) const { return json(cmd("show %1", id)); }
    QJsonObject stock(const char* sku) const { return json(cmd("stock show %1", QString::fromUtf8(sku))); }
    // Runs a command that must be refused with `exitCode` and leave document `id` as it was.
    void refused(const QStringList& args, int exitCode, qint64 id) const
    {
        const QJsonObject before = show(id);
        auto r = run(args);
        INFO(args.join(u' ').toStdString());
        INFO(r.out.toStdString());
        CHECK(r.exitCode == exitCode);
        CHECK(!r.err.trimmed().isEmpty());
        CHECK(r.err.trimmed().count(u'\n') == 0); // one sentence
        CHECK(show(id) == before);
    }
};

QString str(const QJsonObject& o, const char* key)
{
    return o[QString::fromUtf8(key)].toString();
}

QJsonObject lineOf(const QJsonObject& doc, int lineNo)
{
    for (const auto& v : doc[QStringLiteral("lines")].toArray())
        if (v.toObject()[QStringLiteral("line")].toInt() == lineNo)
            return v.toObject();
    FAIL("no line " << lineNo);
    return {};
}

QJsonObject lineOfSku(const QJsonObject& doc, const char* sku)
{
    for (const auto& v : doc[QStringLiteral("lines")].toArray())
        if (v.toObject()[QStringLiteral("sku")].toString() == QString::fromUtf8(sku))
            return v.toObject();
    FAIL("no line for " << sku);
    return {};
}

bool relatedTo(const QJsonObject& doc, qint64 id, const char* type)
{
    for (const auto& v : doc[QStringLiteral("related")].toArray()) {
        const QJsonObject r = v.toObject();
        if (r[QStringLiteral("id")].toInteger() == id && r[QStringLiteral("type")].toString() == QString::fromUtf8(type))
            return true;
    }
    return false;
}

void checkStock(const CliCompany& c, const char* sku, const char* onHand, const char* reserved, const char* available)
{
    const QJsonObject s = c.stock(sku);
    INFO(sku);
    CHECK(str(s, "sku") == QString::fromUtf8(sku));
    CHECK(str(s, "on_hand") == QString::fromUtf8(onHand));
    CHECK(str(s, "reserved") == QString::fromUtf8(reserved));
    CHECK(str(s, "available") == QString::fromUtf8(available));
}

// Customer 10001, KOPP (100.00, EAN 7040514501016, 10 in stock at 40) and SKAL (50.00, 5 in stock at 20).
void seedMasterData(const CliCompany& c)
{
    REQUIRE(c.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kunde AS")})
                .exitCode
            == 0);
    REQUIRE(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("KOPP"),
                   QStringLiteral("--name"), QStringLiteral("Kopp"), QStringLiteral("--price"), QStringLiteral("100"),
                   QStringLiteral("--vat"), QStringLiteral("25"), QStringLiteral("--ean"), QStringLiteral("7040514501016")})
                .exitCode
            == 0);
    REQUIRE(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("SKAL"),
                   QStringLiteral("--name"), QStringLiteral("Skål"), QStringLiteral("--price"), QStringLiteral("50"),
                   QStringLiteral("--vat"), QStringLiteral("25")})
                .exitCode
            == 0);
    // Received at the start of the year, so shipments dated later in the year are not back-dated.
    const QJsonObject received = c.json(cmd("stock receive --sku KOPP --qty 10 --cost 40 --date 2026-01-01"));
    CHECK(str(received, "on_hand") == QStringLiteral("10"));
    CHECK(str(received, "value") == QStringLiteral("400.00"));
    c.json(cmd("stock receive --sku SKAL --qty 5 --cost 20 --date 2026-01-01"));
}

} // namespace

TEST_CASE("cli: the Rackbeat sales flow of seed 000 from quote to credit note", "[cli][documents]")
{
    CliCompany c;
    seedMasterData(c);
    checkStock(c, "KOPP", "10", "0", "10");
    checkStock(c, "SKAL", "5", "0", "5");

    // ---- Quote: create, lines, send, accept → order.
    const qint64 quote = c.id(cmd("quote create --customer 10001 --valid-until 2099-12-31"));
    CHECK(c.json(cmd("line add %1 --sku KOPP --qty 4", quote))[QStringLiteral("line")].toInt() == 1);
    CHECK(c.json(cmd("line add %1 --sku SKAL --qty 2", quote))[QStringLiteral("line")].toInt() == 2);
    c.json({QStringLiteral("doc"), QStringLiteral("set"), QString::number(quote), QStringLiteral("--heading"),
            QStringLiteral("Kopper og skåler"), QStringLiteral("--your-ref"), QStringLiteral("Kari")});
    {
        const QJsonObject q = c.show(quote);
        CHECK(str(q, "type") == QStringLiteral("quote"));
        CHECK(str(q, "status") == QStringLiteral("draft"));
        CHECK(str(q, "valid_until") == QStringLiteral("2099-12-31"));
        CHECK(q[QStringLiteral("expired")] == QJsonValue(false));
        CHECK(str(q, "heading") == QStringLiteral("Kopper og skåler"));
        CHECK(str(q, "your_reference") == QStringLiteral("Kari"));
        CHECK(q[QStringLiteral("customer")].toObject()[QStringLiteral("number")].toInt() == 10001);
        CHECK(q[QStringLiteral("customer")].toObject()[QStringLiteral("name")].toString() == QStringLiteral("Kunde AS"));
        CHECK(q[QStringLiteral("archived")] == QJsonValue(false));
        const QJsonObject l1 = lineOf(q, 1);
        CHECK(str(l1, "kind") == QStringLiteral("product"));
        CHECK(str(l1, "sku") == QStringLiteral("KOPP"));
        CHECK(str(l1, "description") == QStringLiteral("Kopp"));
        CHECK(str(l1, "quantity") == QStringLiteral("4"));
        CHECK(str(l1, "unit_price") == QStringLiteral("100.00"));
        CHECK(str(l1, "discount_percent") == QStringLiteral("0"));
        CHECK(str(l1, "vat_code") == QStringLiteral("3"));
        CHECK(str(l1, "vat_percent") == QStringLiteral("25"));
        CHECK(str(l1, "net") == QStringLiteral("400.00"));
        const QJsonObject totals = q[QStringLiteral("totals")].toObject();
        CHECK(str(totals, "net") == QStringLiteral("500.00"));
        CHECK(str(totals, "vat") == QStringLiteral("125.00"));
        CHECK(str(totals, "gross") == QStringLiteral("625.00"));
        const QJsonArray breakdown = totals[QStringLiteral("vat_breakdown")].toArray();
        REQUIRE(breakdown.size() == 1);
        CHECK(str(breakdown[0].toObject(), "category") == QStringLiteral("S"));
        CHECK(str(breakdown[0].toObject(), "percent") == QStringLiteral("25"));
        CHECK(str(breakdown[0].toObject(), "base") == QStringLiteral("500.00"));
        CHECK(str(breakdown[0].toObject(), "vat") == QStringLiteral("125.00"));
    }
    CHECK(str(c.json(cmd("quote send %1", quote)), "status") == QStringLiteral("sent"));
    const qint64 order = c.id(cmd("quote accept %1 --to order", quote));
    CHECK(str(c.show(quote), "status") == QStringLiteral("accepted"));
    CHECK(relatedTo(c.show(quote), order, "order"));

    // ---- Order: draft → confirmed (sent); reservations.
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "type") == QStringLiteral("order"));
        CHECK(str(o, "status") == QStringLiteral("draft"));
        CHECK(str(o, "delivery_status") == QStringLiteral("not_shipped"));
        CHECK(str(o, "invoice_status") == QStringLiteral("not_invoiced"));
        CHECK(o[QStringLiteral("number")].isDouble());
        CHECK(relatedTo(o, quote, "quote"));
        CHECK(str(lineOf(o, 1), "shipped") == QStringLiteral("0"));
        CHECK(str(lineOf(o, 1), "invoiced") == QStringLiteral("0"));
        CHECK(str(o[QStringLiteral("totals")].toObject(), "gross") == QStringLiteral("625.00"));
    }
    CHECK(str(c.json(cmd("order confirm %1", order)), "status") == QStringLiteral("sent"));
    checkStock(c, "KOPP", "10", "4", "6");
    checkStock(c, "SKAL", "5", "2", "3");

    // ---- First shipment: partial pick by SKU and by EAN scan.
    const qint64 ship1 = c.id(cmd("order ship %1", order));
    CHECK(str(c.show(order), "delivery_status") == QStringLiteral("ready"));
    {
        const QJsonObject s = c.show(ship1);
        CHECK(str(s, "type") == QStringLiteral("shipment"));
        CHECK(str(s, "status") == QStringLiteral("draft"));
        CHECK(str(s, "picked_status") == QStringLiteral("not_picked"));
        CHECK(str(lineOfSku(s, "KOPP"), "quantity") == QStringLiteral("4"));
        CHECK(str(lineOfSku(s, "KOPP"), "picked") == QStringLiteral("0"));
        CHECK(str(lineOfSku(s, "SKAL"), "quantity") == QStringLiteral("2"));
        CHECK(relatedTo(s, order, "order"));
    }
    // Nothing picked yet: sending is refused.
    c.refused(cmd("shipment send %1", ship1), 1, ship1);
    {
        const QJsonObject s = c.json(cmd("shipment pick %1 --sku KOPP --qty 2", ship1));
        CHECK(str(s, "picked_status") == QStringLiteral("partial"));
        CHECK(str(lineOfSku(s, "KOPP"), "picked") == QStringLiteral("2"));
    }
    // Refusals leave the shipment as it was.
    c.refused(cmd("shipment pick %1 --sku KOPP --qty 3", ship1), 1, ship1); // over-pick
    c.refused(cmd("shipment pick %1 --ean 4006381333931", ship1), 1, ship1); // valid EAN, unknown product
    c.refused(cmd("shipment pick %1 --sku KOPP --qty 0", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --sku KOPP --qty 1.0001", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --sku KOPP --qty abc", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --sku KOPP --qty -1", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --sku KOPP --qty 99999999999", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --sku KOPP", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --all --sku KOPP --qty 1", ship1), 2, ship1);
    c.refused(cmd("shipment pick %1 --al", ship1), 2, ship1);
    {
        const QJsonObject s = c.json(cmd("shipment pick %1 --ean 7040514501016", ship1)); // a scan adds one
        CHECK(str(lineOfSku(s, "KOPP"), "picked") == QStringLiteral("3"));
        CHECK(str(s, "picked_status") == QStringLiteral("partial"));
    }
    CHECK(str(c.json(cmd("shipment send %1", ship1)), "status") == QStringLiteral("sent"));
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "delivery_status") == QStringLiteral("partial"));
        CHECK(str(o, "invoice_status") == QStringLiteral("not_invoiced"));
        CHECK(str(lineOf(o, 1), "shipped") == QStringLiteral("3"));
        CHECK(str(lineOf(o, 2), "shipped") == QStringLiteral("0"));
    }
    checkStock(c, "KOPP", "7", "1", "6");
    checkStock(c, "SKAL", "5", "2", "3");
    // A sent shipment is not picked again.
    c.refused(cmd("shipment pick %1 --all", ship1), 1, ship1);

    // ---- Second shipment: the rest, pick all, send.
    const qint64 ship2 = c.id(cmd("order ship %1", order));
    CHECK(str(c.show(order), "delivery_status") == QStringLiteral("ready"));
    {
        const QJsonObject s = c.show(ship2);
        CHECK(str(lineOfSku(s, "KOPP"), "quantity") == QStringLiteral("1"));
        CHECK(str(lineOfSku(s, "SKAL"), "quantity") == QStringLiteral("2"));
    }
    // Nothing remains: a third shipment is refused.
    c.refused(cmd("order ship %1", order), 1, order);
    CHECK(str(c.json(cmd("shipment pick %1 --all", ship2)), "picked_status") == QStringLiteral("picked"));
    CHECK(str(c.json(cmd("shipment send %1", ship2)), "status") == QStringLiteral("sent"));
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "delivery_status") == QStringLiteral("delivered"));
        CHECK(str(lineOf(o, 1), "shipped") == QStringLiteral("4"));
        CHECK(str(lineOf(o, 2), "shipped") == QStringLiteral("2"));
    }
    checkStock(c, "KOPP", "6", "0", "6");
    checkStock(c, "SKAL", "3", "0", "3");
    CHECK(str(c.stock("KOPP"), "value") == QStringLiteral("240.00"));

    // ---- Invoice what was shipped; book → 1001.
    const qint64 invoice1 = c.id(cmd("order invoice %1 --shipped-only", order));
    {
        const QJsonObject inv = c.show(invoice1);
        CHECK(str(inv, "type") == QStringLiteral("invoice"));
        CHECK(str(inv, "status") == QStringLiteral("draft"));
        CHECK(inv[QStringLiteral("number")].isNull());
        CHECK(inv[QStringLiteral("sent")] == QJsonValue(false));
        CHECK(str(inv[QStringLiteral("totals")].toObject(), "gross") == QStringLiteral("625.00"));
        CHECK(relatedTo(inv, order, "order"));
    }
    CHECK(str(c.show(order), "invoice_status") == QStringLiteral("ready"));
    // Nothing left to invoice while the draft holds everything.
    c.refused(cmd("order invoice %1", order), 1, order);
    {
        const QJsonObject booked = c.json(cmd("invoice book %1", invoice1));
        CHECK(booked[QStringLiteral("id")].toInteger() == invoice1);
        CHECK(booked[QStringLiteral("number")].toInt() == 1001);
    }
    {
        const QJsonObject inv = c.show(invoice1);
        CHECK(str(inv, "status") == QStringLiteral("booked"));
        CHECK(inv[QStringLiteral("number")].toInt() == 1001);
        CHECK(str(inv, "payment_status") == QStringLiteral("unpaid"));
        CHECK(str(inv, "paid") == QStringLiteral("0.00"));
        CHECK(str(inv, "credited") == QStringLiteral("0.00"));
        CHECK(str(inv, "amount_due") == QStringLiteral("625.00"));
        CHECK(inv[QStringLiteral("due_date")].isString());
        CHECK(inv.contains(QStringLiteral("kid")));
        CHECK(inv.contains(QStringLiteral("delivery_status")));
    }
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "invoice_status") == QStringLiteral("invoiced"));
        CHECK(str(lineOf(o, 1), "invoiced") == QStringLiteral("4"));
        CHECK(str(lineOf(o, 2), "invoiced") == QStringLiteral("2"));
    }
    // Everything is invoiced: nothing remains.
    c.refused(cmd("order invoice %1", order), 1, order);
    // A booked invoice cannot be edited.
    c.refused(cmd("line set %1 1 --qty 1", invoice1), 1, invoice1);
    c.refused(cmd("line add %1 --sku KOPP --qty 1", invoice1), 1, invoice1);
    c.refused(cmd("line remove %1 1", invoice1), 1, invoice1);
    c.refused(cmd("doc set %1 --heading Endret", invoice1), 1, invoice1);
    c.refused(cmd("doc delete %1", invoice1), 1, invoice1);
    c.refused(cmd("invoice book %1", invoice1), 1, invoice1);

    // ---- Credit one line of 1001 (re-invoiceable by default).
    c.refused(cmd("invoice credit --invoice 1001 --line 2:5"), 1, invoice1); // more than invoiced
    c.refused(cmd("invoice credit --invoice 1001 --line 9:1"), 1, invoice1); // no such line
    c.refused(cmd("invoice credit --invoice 1001 --line 2:0"), 2, invoice1);
    c.refused(cmd("invoice credit --invoice 1001 --line 2"), 2, invoice1);
    c.refused(cmd("invoice credit --invoice 4242"), 1, invoice1);
    const qint64 credit = c.id(cmd("invoice credit --invoice 1001 --line 2:1"));
    {
        const QJsonObject cn = c.show(credit);
        CHECK(str(cn, "type") == QStringLiteral("credit_note"));
        CHECK(str(cn, "status") == QStringLiteral("draft"));
        CHECK(cn[QStringLiteral("number")].isNull());
        CHECK(cn[QStringLiteral("credited_invoice")].toInt() == 1001);
        CHECK(cn[QStringLiteral("sent")] == QJsonValue(false));
        REQUIRE(cn[QStringLiteral("lines")].toArray().size() == 1);
        CHECK(str(lineOfSku(cn, "SKAL"), "quantity") == QStringLiteral("1"));
        CHECK(str(cn[QStringLiteral("totals")].toObject(), "gross") == QStringLiteral("62.50"));
        CHECK(relatedTo(cn, invoice1, "invoice"));
    }
    {
        const QJsonObject booked = c.json(cmd("credit-note book %1", credit));
        CHECK(booked[QStringLiteral("number")].toInt() == 1001); // its own series
    }
    CHECK(str(c.show(credit), "status") == QStringLiteral("booked"));
    {
        const QJsonObject inv = c.show(invoice1);
        CHECK(str(inv, "credited") == QStringLiteral("62.50"));
        CHECK(str(inv, "amount_due") == QStringLiteral("562.50"));
        CHECK(relatedTo(inv, credit, "credit_note"));
    }
    // Only 1 of the 2 credited; another 2 is too much.
    c.refused(cmd("invoice credit --invoice 1001 --line 2:2"), 1, invoice1);
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "invoice_status") == QStringLiteral("partial"));
        CHECK(str(lineOf(o, 2), "invoiced") == QStringLiteral("1"));
    }
    checkStock(c, "SKAL", "3", "0", "3"); // no --return-stock: no stock back

    // ---- The credited quantity is invoiced again: 1002, gapless.
    const qint64 invoice2 = c.id(cmd("order invoice %1", order));
    {
        const QJsonObject inv = c.show(invoice2);
        REQUIRE(inv[QStringLiteral("lines")].toArray().size() == 1);
        CHECK(str(lineOfSku(inv, "SKAL"), "quantity") == QStringLiteral("1"));
    }
    CHECK(str(c.show(order), "invoice_status") == QStringLiteral("ready"));
    CHECK(c.json(cmd("invoice book %1", invoice2))[QStringLiteral("number")].toInt() == 1002);
    CHECK(str(c.show(order), "invoice_status") == QStringLiteral("invoiced"));

    // ---- Payments settle invoice 1002.
    {
        const QJsonObject inv = c.json(cmd("payment add --invoice 1002 --amount 20"));
        CHECK(str(inv, "payment_status") == QStringLiteral("partial"));
        CHECK(str(inv, "amount_due") == QStringLiteral("42.50"));
    }
    CHECK(c.run(cmd("payment add --invoice 1002 --amount tjue")).exitCode == 2);
    CHECK(c.run(cmd("payment add --invoice 9999 --amount 20")).exitCode == 1);
    CHECK(str(c.json(cmd("payment add --invoice 1002 --amount 42.50")), "payment_status") == QStringLiteral("paid"));

    CHECK(c.run({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: document refusals change nothing", "[cli][documents][refusal]")
{
    CliCompany c;
    seedMasterData(c);

    // Booking an empty invoice.
    const qint64 empty = c.id(cmd("invoice create --customer 10001"));
    c.refused(cmd("invoice book %1", empty), 1, empty);
    CHECK(c.show(empty)[QStringLiteral("number")].isNull());

    // Malformed line input.
    c.refused(cmd("line add %1 --sku KOPP --qty 0", empty), 2, empty);
    c.refused(cmd("line add %1 --sku KOPP --qty 1.0001", empty), 2, empty);
    c.refused(cmd("line add %1 --sku KOPP --qty abc", empty), 2, empty);
    c.refused(cmd("line add %1 --sku KOPP --qty 1 --price ti", empty), 2, empty);
    c.refused(cmd("line add %1 --sku KOPP --qty 1 --bogus 1", empty), 2, empty);
    c.refused(cmd("line add %1 --sku NOSUCH --qty 1", empty), 1, empty);
    c.refused(cmd("line add abc --sku KOPP --qty 1"), 2, empty);
    CHECK(c.run(cmd("show 424242")).exitCode == 1);
    CHECK(c.run(cmd("show x")).exitCode == 2);
    CHECK(c.run(cmd("quote create --customer 99999")).exitCode == 1);
    CHECK(c.run(cmd("quote create")).exitCode == 2);

    // Text lines, headings, line numbers never reused.
    CHECK(c.json(cmd("line add %1 --group Kopper", empty))[QStringLiteral("line")].toInt() == 1);
    CHECK(c.json(cmd("line add %1 --sku KOPP --qty 2.5 --discount 10", empty))[QStringLiteral("line")].toInt() == 2);
    CHECK(c.json({QStringLiteral("line"), QStringLiteral("add"), QString::number(empty), QStringLiteral("--text"),
                  QStringLiteral("Takk for handelen")})[QStringLiteral("line")]
              .toInt()
          == 3);
    {
        const QJsonObject d = c.show(empty);
        CHECK(str(lineOf(d, 1), "kind") == QStringLiteral("group"));
        CHECK(lineOf(d, 1)[QStringLiteral("quantity")].isNull());
        CHECK(str(lineOf(d, 2), "quantity") == QStringLiteral("2.5"));
        CHECK(str(lineOf(d, 2), "discount_percent") == QStringLiteral("10"));
        CHECK(str(lineOf(d, 2), "net") == QStringLiteral("225.00"));
        CHECK(str(lineOf(d, 3), "kind") == QStringLiteral("text"));
        CHECK(lineOf(d, 3)[QStringLiteral("sku")].isNull());
    }
    CHECK(str(lineOf(c.json(cmd("line set %1 2 --qty 3", empty)), 2), "net") == QStringLiteral("270.00"));
    c.json(cmd("line remove %1 3", empty));
    CHECK(c.json(cmd("line add %1 --sku SKAL --qty 1", empty))[QStringLiteral("line")].toInt() == 4);
    c.refused(cmd("line set %1 3 --qty 1", empty), 1, empty); // removed

    // Editing a booked invoice.
    CHECK(c.json(cmd("invoice book %1", empty))[QStringLiteral("number")].toInt() == 1001);
    c.refused(cmd("line set %1 2 --qty 1", empty), 1, empty);
    c.refused(cmd("line set %1 2 --qty 0", empty), 2, empty);

    // Converting a rejected quote.
    const qint64 quote = c.id(cmd("quote create --customer 10001"));
    c.json(cmd("line add %1 --sku KOPP --qty 1", quote));
    c.json(cmd("quote send %1", quote));
    CHECK(str(c.json(cmd("quote reject %1", quote)), "status") == QStringLiteral("rejected"));
    c.refused(cmd("quote accept %1 --to order", quote), 1, quote);
    c.refused(cmd("quote accept %1 --to invoice", quote), 1, quote);
    c.refused(cmd("quote accept %1 --to shipment", quote), 2, quote);

    // A quote accepted straight to an invoice, booked as 1002.
    const qint64 quote2 = c.id(cmd("quote create --customer 10001"));
    c.json(cmd("line add %1 --sku SKAL --qty 2", quote2));
    c.json(cmd("quote send %1", quote2));
    const qint64 invoice2 = c.id(cmd("quote accept %1 --to invoice", quote2));
    CHECK(str(c.show(invoice2), "type") == QStringLiteral("invoice"));
    CHECK(c.json(cmd("invoice book %1", invoice2))[QStringLiteral("number")].toInt() == 1002);

    // Lists: answered quotes archive themselves and are hidden by default.
    auto listed = [&](const QStringList& args) {
        auto r = c.run(QStringList{QStringLiteral("--json"), QStringLiteral("list")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    CHECK(listed({QStringLiteral("quote")}).isEmpty());
    CHECK(listed({QStringLiteral("quote"), QStringLiteral("--archived")}).size() == 2);
    CHECK(listed({QStringLiteral("quote"), QStringLiteral("--archived-only"), QStringLiteral("--status"), QStringLiteral("rejected")}).size() == 1);
    {
        const QJsonArray invoices = listed({QStringLiteral("invoice"), QStringLiteral("--customer"), QStringLiteral("10001")});
        REQUIRE(invoices.size() == 2);
        CHECK(invoices[0].toObject()[QStringLiteral("number")].isDouble());
        CHECK(str(invoices[0].toObject(), "status") == QStringLiteral("booked"));
    }
    CHECK(listed({QStringLiteral("invoice"), QStringLiteral("--limit"), QStringLiteral("1")}).size() == 1);
    CHECK(c.run(cmd("list bogus")).exitCode == 2);
    CHECK(c.run(cmd("list invoice --limit 0")).exitCode == 2);
    CHECK(c.run(cmd("list invoice --from 2024-02-30")).exitCode == 2);

    // Comments and attachments.
    CHECK(c.run({QStringLiteral("comment"), QStringLiteral("add"), QString::number(quote2), QStringLiteral("--text"),
                 QStringLiteral("Ring kunden")})
              .exitCode
          == 0);
    const QString file = c.dir.filePath(QStringLiteral("tegning.pdf"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
    }
    c.json({QStringLiteral("attach"), QStringLiteral("add"), QString::number(quote2), file});
    {
        auto r = c.run({QStringLiteral("--json"), QStringLiteral("attach"), QStringLiteral("list"), QString::number(quote2)});
        REQUIRE(r.exitCode == 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        REQUIRE(list.size() == 1);
        CHECK(str(list[0].toObject(), "name") == QStringLiteral("tegning.pdf"));
        CHECK(list[0].toObject()[QStringLiteral("size")].toInt() == 9);
    }

    CHECK(c.run({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: stock receive, adjust, count and show", "[cli][stock]")
{
    CliCompany c;
    seedMasterData(c);
    CHECK(c.run(cmd("stock receive --sku KOPP --qty 0 --cost 40")).exitCode == 2);
    CHECK(c.run(cmd("stock receive --sku KOPP --qty 1.0001 --cost 40")).exitCode == 2);
    CHECK(c.run(cmd("stock receive --sku KOPP --qty 2 --cost abc")).exitCode == 2);
    CHECK(c.run(cmd("stock receive --sku KOPP --qty 2 --cost 40 --date 2024-13-01")).exitCode == 2);
    CHECK(c.run(cmd("stock receive --sku NOSUCH --qty 2 --cost 40")).exitCode == 1);
    CHECK(c.run(cmd("stock show NOSUCH")).exitCode == 1);
    CHECK(c.run(cmd("stock adjust --sku KOPP --qty 0 --reason x")).exitCode == 2);
    CHECK(c.run(cmd("stock adjust --sku KOPP --qty -1")).exitCode == 2);
    checkStock(c, "KOPP", "10", "0", "10");

    CHECK(str(c.json(cmd("stock adjust --sku KOPP --qty -2 --reason Knust")), "on_hand") == QStringLiteral("8"));
    CHECK(str(c.json(cmd("stock count --sku KOPP --qty 7.5")), "on_hand") == QStringLiteral("7.5"));
    CHECK(c.run(cmd("stock count --sku KOPP --qty -1")).exitCode == 2);
    CHECK(c.run(cmd("stock adjust --sku KOPP --qty -100 --reason Svinn")).exitCode == 1); // negative stock not allowed
    const QJsonObject s = c.stock("KOPP");
    CHECK(str(s, "on_hand") == QStringLiteral("7.5"));
    CHECK(str(s, "value") == QStringLiteral("300.00"));
    CHECK(c.run({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: backorder, duplicate, archive, booking with a shipment, reminders", "[cli][documents]")
{
    CliCompany c;
    seedMasterData(c);
    const qint64 order = c.id(cmd("order create --customer 10001"));
    c.json(cmd("line add %1 --sku KOPP --qty 3", order));
    // Backorder needs a confirmed, partly shipped order.
    c.refused(cmd("order backorder %1", order), 1, order);
    c.json(cmd("order confirm %1", order));
    const qint64 ship = c.id(cmd("order ship %1", order));
    c.json(cmd("shipment pick %1 --sku KOPP --qty 1", ship));
    c.json(cmd("shipment send %1 --date 2026-01-15", ship));
    c.refused(cmd("order cancel %1", order), 1, order); // shipped: backorder instead
    const qint64 rest = c.id(cmd("order backorder %1", order));
    {
        const QJsonObject o = c.show(order);
        CHECK(str(o, "status") == QStringLiteral("cancelled"));
        CHECK(str(o, "delivery_status") == QStringLiteral("delivered"));
        CHECK(str(lineOf(o, 1), "quantity") == QStringLiteral("1"));
        CHECK(relatedTo(o, rest, "order"));
        const QJsonObject r = c.show(rest);
        CHECK(str(r, "status") == QStringLiteral("sent"));
        CHECK(str(lineOfSku(r, "KOPP"), "quantity") == QStringLiteral("2"));
        CHECK(relatedTo(r, order, "order"));
    }
    checkStock(c, "KOPP", "9", "2", "7");
    // The shipped part of the cancelled order can still be invoiced.
    const qint64 invoice = c.id(cmd("order invoice %1", order));
    CHECK(str(lineOfSku(c.show(invoice), "KOPP"), "quantity") == QStringLiteral("1"));

    // Duplicate → a new draft; archive and unarchive.
    const qint64 copy = c.id(cmd("doc duplicate %1", rest));
    CHECK(copy != rest);
    CHECK(str(c.show(copy), "status") == QStringLiteral("draft"));
    CHECK(c.json(cmd("doc archive %1", copy))[QStringLiteral("archived")] == QJsonValue(true));
    CHECK(c.json(cmd("doc unarchive %1", copy))[QStringLiteral("archived")] == QJsonValue(false));
    CHECK(c.json(cmd("doc delete %1", copy))[QStringLiteral("deleted")] == QJsonValue(true));
    CHECK(c.run(cmd("show %1", copy)).exitCode == 1);

    // Direct invoice booked with its shipment: stock moves, delivered.
    const qint64 direct = c.id(cmd("invoice create --customer 10001"));
    c.json(cmd("line add %1 --sku SKAL --qty 2", direct));
    CHECK(c.json(cmd("invoice book %1 --with-shipment --date 2020-01-20", direct))[QStringLiteral("number")].toInt() == 1001);
    {
        const QJsonObject inv = c.show(direct);
        CHECK(str(inv, "date") == QStringLiteral("2020-01-20"));
        CHECK(str(inv, "delivery_status") == QStringLiteral("delivered"));
    }
    checkStock(c, "SKAL", "3", "0", "3");
    // Overdue since 2020: a reminder with a fee; a malformed fee is exit 2.
    CHECK(str(c.show(direct), "payment_status") == QStringLiteral("overdue"));
    c.refused(cmd("invoice remind --invoice 1001 --fee tretti"), 2, direct);
    CHECK(str(c.json(cmd("invoice remind --invoice 1001 --fee 35")), "fee") == QStringLiteral("35.00"));
    CHECK(str(c.show(direct), "payment_status") == QStringLiteral("reminded"));
    // A reminder before the due date is refused.
    CHECK(c.json(cmd("invoice book %1", invoice))[QStringLiteral("number")].toInt() == 1002);
    c.refused(cmd("invoice remind --invoice 1002"), 1, invoice);
    CHECK(c.run({QStringLiteral("check")}).exitCode == 0);
}
