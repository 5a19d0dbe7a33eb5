// Batch mode and the lookups Database remembers inside a write transaction (issue 9): a
// remembered setting, VAT code or product must never be staler than the file.

#include "services/batch.h"
#include "services/companyservice.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "support/shop.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::Shop;

TEST_CASE("a batch sees the settings changed inside it", "[storage][batch]")
{
    Shop s;
    Batch batch(*s.c.db);
    REQUIRE_OK(batch.begin());
    const qint64 first = s.sales.create(DocumentType::Order, 10001).value();
    CHECK(s.v(first).document.paymentDays == 14);
    REQUIRE_OK(CompanyService(*s.c.db).setSetting(QStringLiteral("invoice.payment_days"), QStringLiteral("45")));
    const qint64 second = s.sales.create(DocumentType::Order, 10001).value();
    CHECK(s.v(second).document.paymentDays == 45);
    REQUIRE_OK(batch.commit());
}

TEST_CASE("a batch sees a product changed inside it", "[storage][batch]")
{
    Shop s;
    MasterDataService master(*s.c.db);
    Product p;
    p.sku = QStringLiteral("LAGER");
    p.name = p.sku;
    p.price = UnitPrice::parse(QStringLiteral("10")).value();
    REQUIRE_OK(master.addProduct(p));
    Batch batch(*s.c.db);
    REQUIRE_OK(batch.begin());
    const auto orderWithLager = [&] {
        const qint64 id = s.sales.create(DocumentType::Order, 10001).value();
        REQUIRE_OK(s.sales.addLine(id, Shop::product("LAGER", 1)));
        REQUIRE_OK(s.sales.confirmOrder(id));
        return id;
    };
    REQUIRE_OK(s.sales.createShipment(orderWithLager())); // stock-tracked: ships
    REQUIRE_OK(master.setProductFields(QStringLiteral("LAGER"), {{QStringLiteral("stock-tracked"), QStringLiteral("false")}}));
    auto shipment = s.sales.createShipment(orderWithLager());
    REQUIRE_FALSE(shipment); // no longer a stock item: nothing to ship
    CHECK(shipment.error().code == ErrorCode::RuleViolation);
    REQUIRE_OK(batch.commit());
}

TEST_CASE("a rolled-back savepoint takes its setting back, remembered or not", "[storage][batch]")
{
    Shop s;
    storage::SettingsRepository settings(*s.c.db);
    storage::Transaction outer(*s.c.db);
    REQUIRE_OK(outer.begin());
    CHECK(settings.load().value().paymentDays() == 14); // now remembered
    {
        storage::Transaction inner(*s.c.db);
        REQUIRE_OK(inner.begin());
        REQUIRE_OK(settings.set(QStringLiteral("invoice.payment_days"), QStringLiteral("30")));
        CHECK(settings.load().value().paymentDays() == 30);
        inner.rollback();
    }
    CHECK(settings.load().value().paymentDays() == 14);
    REQUIRE_OK(outer.commit());
}

TEST_CASE("a batch gives the page cache back when it ends", "[storage][batch]")
{
    Shop s;
    const qint64 before = s.c.db->scalar(QStringLiteral("PRAGMA cache_size")).value().toLongLong();
    auto tempStore = [&] { return s.c.db->scalar(QStringLiteral("PRAGMA temp_store")).value().toInt(); };
    const int tempStoreBefore = tempStore();
    {
        Batch batch(*s.c.db);
        REQUIRE_OK(batch.begin());
        CHECK(s.c.db->scalar(QStringLiteral("PRAGMA cache_size")).value().toLongLong() != before);
        CHECK(tempStore() == 2); // MEMORY: savepoint sub-journals stay off the disk
        REQUIRE_OK(batch.checkpoint());
        CHECK(tempStore() == 2);
        REQUIRE_OK(batch.commit());
    }
    CHECK(s.c.db->scalar(QStringLiteral("PRAGMA cache_size")).value().toLongLong() == before);
    CHECK(tempStore() == tempStoreBefore);
    {
        Batch batch(*s.c.db);
        REQUIRE_OK(batch.begin());
    } // destroyed without commit: rolled back
    CHECK(s.c.db->scalar(QStringLiteral("PRAGMA cache_size")).value().toLongLong() == before);
    CHECK(tempStore() == tempStoreBefore);
}

namespace {

qint64 orderCount(storage::Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE type = 'order'")).value().toLongLong();
}

} // namespace

TEST_CASE("a call that fails in an all-or-nothing batch fails the batch, back to its last commit", "[storage][batch]")
{
    Shop s;
    const qint64 before = orderCount(*s.c.db);
    Batch batch(*s.c.db, 1000, Batch::Calls::AllOrNothing);
    REQUIRE_OK(batch.begin());
    REQUIRE_OK(s.sales.create(DocumentType::Order, 10001)); // kept: committed below
    REQUIRE_OK(batch.checkpoint());
    const qint64 lost = s.sales.create(DocumentType::Order, 10001).value();
    CHECK(s.c.db->transactionDepth() == 1); // the call shared the batch's transaction
    SECTION("a call refused before it wrote")
    {
        REQUIRE_FALSE(s.sales.addLines(lost, {Shop::product("KOPP", 1), Shop::product("FINNES-IKKE", 1)}));
    }
    SECTION("a call that wrote, then failed")
    {
        storage::Transaction call(*s.c.db);
        REQUIRE_OK(call.begin());
        REQUIRE_OK(s.sales.create(DocumentType::Order, 10001)); // inside the call
    } // the call ends without commit: failed
    CHECK(s.c.db->transactionDepth() == 1);
    REQUIRE_OK(s.sales.create(DocumentType::Order, 10001)); // later calls run, but cannot be saved
    auto committed = batch.commit();
    REQUIRE_FALSE(committed);
    CHECK(committed.error().code == ErrorCode::InvalidState);
    CHECK(s.c.db->transactionDepth() == 0);
    CHECK(orderCount(*s.c.db) == before + 1);
    // The connection is usable again, and the next batch starts clean.
    Batch next(*s.c.db, 1000, Batch::Calls::AllOrNothing);
    REQUIRE_OK(next.begin());
    REQUIRE_OK(s.sales.create(DocumentType::Order, 10001));
    REQUIRE_OK(next.commit());
    CHECK(orderCount(*s.c.db) == before + 2);
}

TEST_CASE("a call that fails in an each-atomic batch rolls back alone", "[storage][batch]")
{
    Shop s;
    const qint64 before = orderCount(*s.c.db);
    Batch batch(*s.c.db, 1000, Batch::Calls::EachAtomic);
    REQUIRE_OK(batch.begin());
    const qint64 order = s.sales.create(DocumentType::Order, 10001).value();
    REQUIRE_FALSE(s.sales.addLines(order, {Shop::product("KOPP", 1), Shop::product("FINNES-IKKE", 1)}));
    REQUIRE_OK(s.sales.create(DocumentType::Order, 10001));
    REQUIRE_OK(batch.commit());
    CHECK(orderCount(*s.c.db) == before + 2);
    CHECK(s.v(order).document.lines.isEmpty()); // the failed call's line went with it
}

TEST_CASE("inside an all-or-nothing batch, deeper transactions still roll back alone", "[storage][batch]")
{
    Shop s;
    Batch batch(*s.c.db, 1000, Batch::Calls::AllOrNothing);
    REQUIRE_OK(batch.begin());
    storage::Transaction call(*s.c.db); // a call of the batch: no savepoint
    REQUIRE_OK(call.begin());
    {
        storage::Transaction inner(*s.c.db); // a transaction inside the call: a savepoint
        REQUIRE_OK(inner.begin());
        REQUIRE_OK(CompanyService(*s.c.db).setSetting(QStringLiteral("invoice.payment_days"), QStringLiteral("45")));
    } // rolled back
    REQUIRE_OK(call.commit());
    REQUIRE_OK(batch.commit());
    CHECK(storage::SettingsRepository(*s.c.db).load().value().paymentDays() == 14);
}
