// Worked FIFO and average-cost examples, checked to the øre (ARCHITECTURE §3).

#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "services/stockservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/shop.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Stockroom
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    explicit Stockroom(StockPrinciple principle)
    {
        CompanySetup setup;
        setup.name = QStringLiteral("Lager AS");
        setup.orgnr = QStringLiteral("923609016");
        setup.stockPrinciple = principle;
        auto created = CompanyService::createCompany(dir.filePath(QStringLiteral("lager.sdk")), setup);
        REQUIRE(created);
        db = std::move(*created);
        Product p;
        p.sku = QStringLiteral("VARE");
        p.name = QStringLiteral("Vare");
        p.cost = UnitPrice::parse(QStringLiteral("11.00")).value();
        REQUIRE(MasterDataService(*db).addProduct(p));
    }
    StockService stock() { return StockService(*db); }
    void receive(int units, const char* cost, QDate date = QDate(2026, 1, 1))
    {
        REQUIRE(stock().receive(QStringLiteral("VARE"), Quantity::fromUnits(units), UnitPrice::parse(QString::fromLatin1(cost)).value(), date));
    }
    // Takes units out and returns the cost of goods of that movement.
    QString out(int units, QDate date = QDate(2026, 1, 2))
    {
        auto r = stock().adjust(QStringLiteral("VARE"), Quantity::fromUnits(-units), QStringLiteral("sale"), date);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
        auto v = db->scalar(QStringLiteral("SELECT -value FROM stock_moves ORDER BY id DESC LIMIT 1"));
        return Money::fromMinor(v->toLongLong()).toString();
    }
    QString value() { return stock().figures(QStringLiteral("VARE")).value().value.toString(); }
    QString onHand() { return stock().figures(QStringLiteral("VARE")).value().onHand.toString(); }
};

} // namespace

TEST_CASE("average cost: COGS and remaining value to the øre", "[stock][average]")
{
    Stockroom s(StockPrinciple::Average);
    s.receive(10, "10.00");
    s.receive(10, "12.00");
    CHECK(s.value() == QStringLiteral("220.00"));
    CHECK(s.out(5) == QStringLiteral("55.00")); // 220 × 5/20
    CHECK(s.value() == QStringLiteral("165.00"));
    CHECK(s.out(4) == QStringLiteral("44.00"));
    CHECK(s.out(11) == QStringLiteral("121.00"));
    CHECK(s.onHand() == QStringLiteral("0"));
    CHECK(s.value() == QStringLiteral("0.00"));
}

TEST_CASE("average cost that does not divide evenly still ends at exactly 0.00", "[stock][average]")
{
    Stockroom s(StockPrinciple::Average);
    s.receive(3, "33.3333"); // 100.00 (99.9999 rounded)
    CHECK(s.value() == QStringLiteral("100.00"));
    CHECK(s.out(1) == QStringLiteral("33.33")); // 100.00 / 3
    CHECK(s.out(1) == QStringLiteral("33.34")); // 66.67 / 2 = 33.335 → half away
    CHECK(s.out(1) == QStringLiteral("33.33")); // the last unit takes what is left
    CHECK(s.value() == QStringLiteral("0.00"));
}

TEST_CASE("FIFO: oldest layers first, partial layers rounded once", "[stock][fifo]")
{
    Stockroom s(StockPrinciple::Fifo);
    s.receive(10, "10.00");
    s.receive(10, "12.00");
    CHECK(s.out(15) == QStringLiteral("160.00")); // 100.00 + 5/10 × 120.00
    CHECK(s.value() == QStringLiteral("60.00"));
    s.receive(5, "14.00", QDate(2026, 1, 3));
    CHECK(s.out(7, QDate(2026, 1, 4)) == QStringLiteral("88.00")); // 60.00 + 2/5 × 70.00
    CHECK(s.value() == QStringLiteral("42.00"));
    CHECK(s.out(3, QDate(2026, 1, 4)) == QStringLiteral("42.00"));
    CHECK(s.value() == QStringLiteral("0.00"));
}

TEST_CASE("FIFO: a layer of 3 worth 100.00 consumed one by one ends at 0.00", "[stock][fifo]")
{
    Stockroom s(StockPrinciple::Fifo);
    s.receive(3, "33.3333");
    CHECK(s.out(1) == QStringLiteral("33.33"));
    CHECK(s.out(1) == QStringLiteral("33.34"));
    CHECK(s.out(1) == QStringLiteral("33.33"));
    CHECK(s.value() == QStringLiteral("0.00"));
}

TEST_CASE("negative stock: refused by default, allowed by setting with a defined cost", "[stock]")
{
    Stockroom s(StockPrinciple::Average);
    s.receive(2, "10.00");
    auto refused = s.stock().adjust(QStringLiteral("VARE"), Quantity::fromUnits(-3), QStringLiteral("sale"), QDate(2026, 1, 2));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InsufficientStock);
    CHECK(refused.error().message.contains(QStringLiteral("VARE")));
    CHECK(refused.error().message.contains(QStringLiteral("1 short")));
    CHECK(s.onHand() == QStringLiteral("2"));
    REQUIRE(CompanyService(*s.db).setSetting(QStringLiteral("stock.allow_negative"), QStringLiteral("true")));
    // 2 units leave at their average (20.00), the third at the product's cost price (11.00).
    CHECK(s.out(3) == QStringLiteral("31.00"));
    CHECK(s.onHand() == QStringLiteral("-1"));
    CHECK(s.value() == QStringLiteral("-11.00"));
}

TEST_CASE("back-dated movements are refused, not silently revalued", "[stock]")
{
    Stockroom s(StockPrinciple::Fifo);
    s.receive(5, "10.00", QDate(2026, 3, 1));
    auto r = s.stock().receive(QStringLiteral("VARE"), Quantity::fromUnits(1), UnitPrice::parse(QStringLiteral("1")).value(), QDate(2026, 2, 1));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::RuleViolation);
    CHECK(r.error().message.contains(QStringLiteral("2026-03-01")));
    CHECK(s.onHand() == QStringLiteral("5"));
    CHECK(s.stock().receive(QStringLiteral("VARE"), Quantity::fromUnits(1), UnitPrice::parse(QStringLiteral("1")).value(), QDate(2026, 3, 1)));
}

TEST_CASE("stock counts post the difference; the value report is per date", "[stock]")
{
    Stockroom s(StockPrinciple::Average);
    s.receive(10, "10.00", QDate(2026, 1, 1));
    REQUIRE(s.stock().count(QStringLiteral("VARE"), Quantity::fromUnits(7), QDate(2026, 2, 1)));
    CHECK(s.onHand() == QStringLiteral("7"));
    CHECK(s.value() == QStringLiteral("70.00"));
    auto jan = s.stock().valuation(QDate(2026, 1, 31));
    REQUIRE(jan);
    REQUIRE(jan->size() == 1);
    CHECK(jan->first().onHand == Quantity::fromUnits(10));
    CHECK(jan->first().value.toString() == QStringLiteral("100.00"));
    auto feb = s.stock().valuation(QDate(2026, 2, 1));
    CHECK(feb->first().value.toString() == QStringLiteral("70.00"));
}

TEST_CASE("shipments and returns move stock at cost; bundles move their components", "[stock][bundle]")
{
    test::Shop s;
    MasterDataService m(*s.c.db);
    Product b;
    b.sku = QStringLiteral("SETT");
    b.name = QStringLiteral("Sett");
    b.price = UnitPrice::parse(QStringLiteral("300")).value();
    REQUIRE(m.addBundle(b, {{QStringLiteral("KOPP"), Quantity::fromUnits(2)}, {QStringLiteral("KAFFE"), Quantity::fromUnits(1)}}));
    auto order = s.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(s.sales.addLine(order, test::Shop::product("SETT", 3)));
    REQUIRE(s.sales.confirmOrder(order));
    // Reserved through the bundle's components.
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().reserved == Quantity::fromUnits(6));
    CHECK(s.stock.figures(QStringLiteral("KAFFE")).value().available == Quantity::fromUnits(7));
    auto ship = s.sales.createShipment(order).value();
    // Uneven component picks are refused: a bundle ships in whole sets.
    REQUIRE(s.sales.pick(ship, QStringLiteral("KOPP"), Quantity::fromUnits(2)));
    CHECK(s.sales.sendShipment(ship).error().code == ErrorCode::RuleViolation);
    REQUIRE(s.sales.pick(ship, QStringLiteral("KAFFE"), Quantity::fromUnits(1)));
    REQUIRE(s.sales.sendShipment(ship));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand == Quantity::fromUnits(8));
    CHECK(s.stock.figures(QStringLiteral("KAFFE")).value().onHand == Quantity::fromUnits(9));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().value.toString() == QStringLiteral("240.00"));
    CHECK(s.v(order).deliveryStatus == QStringLiteral("partial")); // 1 of 3 sets
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().reserved == Quantity::fromUnits(4));
    auto inv = s.sales.invoiceOrder(order, true).value();
    REQUIRE(s.v(inv).document.lines.first().quantity == Quantity::fromUnits(1));
    REQUIRE(s.sales.book(inv));
    auto cn = s.sales.credit(1001, {}, true, false).value();
    REQUIRE(s.sales.book(cn));
    // The returned set comes back as its components, at the current average cost.
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand == Quantity::fromUnits(10));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().value.toString() == QStringLiteral("300.00"));
    CHECK(CompanyService(*s.c.db).check().value().isEmpty());
}

namespace {

// Four columns per product: id, quantity, value, latest date.
QList<QVariantList> productRows(storage::Database& db, const QString& sql)
{
    auto r = db.run(sql);
    REQUIRE(r);
    QList<QVariantList> out;
    while (r->next())
        out << QVariantList{r->i64(0), r->i64(1), r->i64(2), r->str(3)};
    return out;
}

// The ledger's sums per product, the way they were computed before schema 10 kept a balance.
QList<QVariantList> ledgerSums(storage::Database& db)
{
    return productRows(db, QStringLiteral("SELECT product_id, sum(quantity), sum(value), max(date) FROM stock_moves "
                                          "GROUP BY product_id ORDER BY product_id"));
}

QList<QVariantList> balances(storage::Database& db)
{
    return productRows(db, QStringLiteral("SELECT product_id, quantity, value, latest FROM stock_balances ORDER BY product_id"));
}

} // namespace

TEST_CASE("the running stock balance follows every movement and rolls back with it", "[stock][balance]")
{
    test::Shop s;
    s.flow(); // receipts, a shipment, a credit note that returns stock
    REQUIRE(s.stock.adjust(QStringLiteral("KOPP"), Quantity::fromUnits(-2), QStringLiteral("broken")));
    REQUIRE(s.stock.count(QStringLiteral("KAFFE"), Quantity::fromUnits(4)));
    const QList<QVariantList> sums = ledgerSums(*s.c.db);
    REQUIRE(sums.size() == 2);
    CHECK(balances(*s.c.db) == sums);
    // What postings read is the balance: on hand and value as the ledger sums them.
    CHECK(s.stock.figures(QStringLiteral("KAFFE")).value().onHand == Quantity::fromUnits(4));
    CHECK(s.stock.figures(QStringLiteral("KOPP")).value().onHand.milli() == sums.at(0).at(1).toLongLong());

    // A refused movement (more than on hand) and a rolled-back transaction leave both unchanged.
    CHECK_FALSE(s.stock.adjust(QStringLiteral("KAFFE"), Quantity::fromUnits(-5), QStringLiteral("sale")));
    {
        storage::Transaction tx(*s.c.db);
        REQUIRE(tx.begin());
        REQUIRE(s.stock.receive(QStringLiteral("KAFFE"), Quantity::fromUnits(100), UnitPrice::parse(QStringLiteral("1")).value()));
        CHECK(s.stock.figures(QStringLiteral("KAFFE")).value().onHand == Quantity::fromUnits(104));
    } // no commit
    CHECK(balances(*s.c.db) == sums);
    CHECK(ledgerSums(*s.c.db) == sums);
}

TEST_CASE("a version-9 file gets its stock balances from the ledger when opened", "[stock][balance][migration]")
{
    test::Shop s;
    s.flow();
    const QList<QVariantList> sums = ledgerSums(*s.c.db);
    REQUIRE_FALSE(sums.isEmpty());
    // Back to schema 9: no balance table, no trigger, the old totals index.
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER stock_balances_follow_ledger")));
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TABLE stock_balances")));
    REQUIRE(s.c.db->execRaw(QStringLiteral("CREATE INDEX stock_moves_product_totals ON stock_moves(product_id, quantity, value)")));
    REQUIRE(s.c.db->execRaw(QStringLiteral("PRAGMA user_version = 9")));
    const QString path = s.c.path;
    s.c.db.reset();
    auto reopened = storage::Database::open(path);
    REQUIRE(reopened);
    storage::Database& db = **reopened;
    CHECK(db.schemaVersion() == 10);
    CHECK(balances(db) == sums);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'stock_moves_product_totals'")).value().toInt() == 0);
    // …and keeps them from then on.
    StockService stock(db);
    REQUIRE(stock.receive(QStringLiteral("KOPP"), Quantity::fromUnits(3), UnitPrice::parse(QStringLiteral("5")).value()));
    CHECK(balances(db) == ledgerSums(db));
    auto violations = CompanyService(db).check();
    REQUIRE(violations);
    CHECK(violations->isEmpty());
}
