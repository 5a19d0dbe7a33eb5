// `check` must be able to fail: tamper with a file directly in SQL and see each violation.

#include "services/companyservice.h"
#include "storage/documentlistquery.h"
#include "support/shop.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::Shop;

namespace {

QStringList invariants(Shop& s)
{
    auto v = CompanyService(*s.c.db).check();
    REQUIRE(v);
    QStringList keys;
    for (const auto& x : *v)
        keys << x.invariant;
    return keys;
}

} // namespace

TEST_CASE("check passes on an untouched file with the whole flow", "[storage][check]")
{
    Shop s;
    s.flow();
    CHECK(invariants(s).isEmpty());
}

TEST_CASE("check reports dropped immutability triggers", "[storage][check]")
{
    Shop s;
    s.flow();
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER documents_booked_immutable")));
    CHECK(invariants(s).contains(QStringLiteral("immutable")));
}

TEST_CASE("check reports a moved booked number", "[storage][check]")
{
    Shop s;
    s.flow();
    // The triggers forbid this, which is the point: only a tampering tool gets past them.
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER documents_booked_immutable")));
    REQUIRE(s.c.db->run(QStringLiteral("UPDATE documents SET number = 1005 WHERE type = 'invoice' AND number = 1001")));
    CHECK(invariants(s).contains(QStringLiteral("gapless.invoice")));
}

TEST_CASE("check reports a deleted stock movement", "[storage][check]")
{
    Shop s;
    s.flow();
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER stock_moves_append_only_delete")));
    REQUIRE(s.c.db->run(QStringLiteral("DELETE FROM stock_moves WHERE reason = 'shipment' AND id = (SELECT min(id) FROM stock_moves WHERE reason = 'shipment')")));
    const QStringList keys = invariants(s);
    CHECK(keys.contains(QStringLiteral("stock.ledger")));
    CHECK(keys.contains(QStringLiteral("immutable")));
}

TEST_CASE("check reports a changed line amount", "[storage][check]")
{
    Shop s;
    s.flow();
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER lines_booked_no_update")));
    REQUIRE(s.c.db->run(QStringLiteral("UPDATE document_lines SET net = net + 100 WHERE id = (SELECT min(l.id) FROM document_lines l "
                                       "JOIN documents d ON d.id = l.document_id WHERE d.type = 'invoice')")));
    CHECK(invariants(s).contains(QStringLiteral("totals")));
}

TEST_CASE("check reports over-credited and over-shipped quantities", "[storage][check]")
{
    Shop s;
    auto ids = s.flow();
    REQUIRE(s.c.db->execRaw(QStringLiteral("DROP TRIGGER lines_booked_no_update")));
    REQUIRE(s.c.db->run(QStringLiteral("UPDATE document_lines SET quantity = 99000 WHERE document_id = ?"), {ids.creditNote}));
    REQUIRE(s.c.db->run(QStringLiteral("UPDATE document_lines SET quantity = 99000, picked = 99000 WHERE document_id = ?"), {ids.shipment}));
    const QStringList keys = invariants(s);
    CHECK(keys.contains(QStringLiteral("quantities.credited")));
    CHECK(keys.contains(QStringLiteral("quantities.shipped")));
}

TEST_CASE("booked documents are guarded by triggers even against raw SQL", "[storage][immutable]")
{
    Shop s;
    auto ids = s.flow();
    auto update = s.c.db->run(QStringLiteral("UPDATE documents SET gross = 1 WHERE id = ?"), {ids.invoice});
    REQUIRE_FALSE(update);
    CHECK(update.error().code == ErrorCode::Immutable);
    CHECK_FALSE(s.c.db->run(QStringLiteral("DELETE FROM documents WHERE id = ?"), {ids.invoice}));
    CHECK_FALSE(s.c.db->run(QStringLiteral("UPDATE document_lines SET quantity = 1 WHERE document_id = ?"), {ids.invoice}));
    CHECK_FALSE(s.c.db->run(QStringLiteral("DELETE FROM stock_moves")));
    // What lives outside the guard stays changeable.
    CHECK(s.c.db->run(QStringLiteral("UPDATE documents SET archived = 1, sent = 1 WHERE id = ?"), {ids.invoice}));
    CHECK(invariants(s).isEmpty());
}

TEST_CASE("check reports documents written around the services until they are indexed",
    "[storage][check][search]")
{
    Shop s;
    s.flow();
    const qint64 quote = s.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE(s.c.db->run(QStringLiteral("UPDATE documents SET heading = 'Skrevet med sqlite3' WHERE id = ?"), {quote}));
    CHECK(invariants(s).contains(QStringLiteral("search.index")));
    // The next search indexes them first (storage::SearchIndex::catchUp).
    storage::DocumentListFilter f;
    f.search = QStringLiteral("sqlite3");
    auto found = storage::DocumentListQuery(*s.c.db).page(f, {});
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == quote);
    CHECK(invariants(s).isEmpty());
}

TEST_CASE("check reports a stock balance that disagrees with the ledger", "[storage][check]")
{
    Shop s;
    s.flow();
    CHECK_FALSE(invariants(s).contains(QStringLiteral("stock.balance")));
    SECTION("a changed balance")
    {
        REQUIRE(s.c.db->run(QStringLiteral("UPDATE stock_balances SET value = value + 1 WHERE product_id = "
                                           "(SELECT id FROM products WHERE sku = 'KOPP')")));
    }
    SECTION("a missing balance")
    {
        REQUIRE(s.c.db->run(QStringLiteral("DELETE FROM stock_balances WHERE product_id = "
                                           "(SELECT id FROM products WHERE sku = 'KAFFE')")));
    }
    SECTION("a balance for a product that never moved")
    {
        Product p;
        p.sku = QStringLiteral("NY");
        p.name = QStringLiteral("Ny");
        REQUIRE(MasterDataService(*s.c.db).addProduct(p));
        REQUIRE(s.c.db->run(QStringLiteral("INSERT INTO stock_balances(product_id, quantity, value, latest) "
                                           "SELECT id, 1000, 100, '2026-01-01' FROM products WHERE sku = 'NY'")));
    }
    CHECK(invariants(s).contains(QStringLiteral("stock.balance")));
}
