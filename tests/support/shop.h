#pragma once

// A small shop for tests: one customer (10001), products KOPP and KAFFE with 10 in stock each,
// and the services. `flow()` runs quote → order → shipment → invoice 1001 → credit note 1001.

#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"
#include "support/tempcompany.h"

namespace sd::test {

struct Shop
{
    TempCompany c;
    SalesService sales{*c.db};
    StockService stock{*c.db};

    Shop()
    {
        MasterDataService m(*c.db);
        Customer k;
        k.name = QStringLiteral("Bryggen Kafé AS");
        REQUIRE(m.addCustomer(k));
        for (auto [sku, price] : {std::pair{"KOPP", "79"}, std::pair{"KAFFE", "189"}}) {
            Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = p.sku;
            p.price = UnitPrice::parse(QString::fromLatin1(price)).value();
            REQUIRE(m.addProduct(p));
        }
        REQUIRE(stock.receive(QStringLiteral("KOPP"), Quantity::fromUnits(10), UnitPrice::parse(QStringLiteral("30")).value()));
        REQUIRE(stock.receive(QStringLiteral("KAFFE"), Quantity::fromUnits(10), UnitPrice::parse(QStringLiteral("90")).value()));
    }

    DocumentView v(qint64 id)
    {
        auto r = sales.view(id);
        REQUIRE(r);
        return *r;
    }

    static LineInput product(const char* sku, qint64 units)
    {
        LineInput in;
        in.sku = QString::fromLatin1(sku);
        in.quantity = Quantity::fromUnits(units);
        return in;
    }

    struct FlowIds
    {
        qint64 order = 0, shipment = 0, invoice = 0, creditNote = 0;
    };
    FlowIds flow()
    {
        FlowIds ids;
        ids.order = sales.create(DocumentType::Order, 10001).value();
        REQUIRE(sales.addLine(ids.order, product("KOPP", 4)));
        REQUIRE(sales.addLine(ids.order, product("KAFFE", 2)));
        REQUIRE(sales.confirmOrder(ids.order));
        ids.shipment = sales.createShipment(ids.order).value();
        REQUIRE(sales.pickAll(ids.shipment));
        REQUIRE(sales.sendShipment(ids.shipment));
        ids.invoice = sales.invoiceOrder(ids.order, false).value();
        REQUIRE(sales.book(ids.invoice));
        ids.creditNote = sales.credit(1001, {{1, Quantity::fromUnits(1)}}, true, true).value();
        REQUIRE(sales.book(ids.creditNote));
        return ids;
    }
};

} // namespace sd::test
