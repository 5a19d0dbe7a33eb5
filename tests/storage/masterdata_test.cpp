#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "support/tempcompany.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

TEST_CASE("customers get the next number; hostile text round-trips exactly", "[storage][customers]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    Customer k;
    k.name = QStringLiteral("Ærlig & Søn \"AS\"; DROP TABLE x;--");
    k.notes = QStringLiteral("line1\nline2 ' \" \\ %_ \u2603");
    auto added = s.addCustomer(k);
    REQUIRE(added);
    CHECK(added->number == 10001);
    auto back = s.customer(10001);
    REQUIRE(back);
    CHECK(back->name == k.name);
    CHECK(back->notes == k.notes);
    CHECK(s.addCustomer(k).value().number == 10002);
    auto search = s.customers(QStringLiteral("Søn"));
    REQUIRE(search);
    CHECK(search->size() == 2);
    CHECK(s.customers(QStringLiteral("%")).value().size() == 2); // LIKE wildcards are data here
}

TEST_CASE("explicit customer numbers must be free and move the series past them", "[storage][customers]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    Customer k;
    k.name = QStringLiteral("A");
    k.number = 20000;
    REQUIRE(s.addCustomer(k));
    auto dup = s.addCustomer(k);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == ErrorCode::Duplicate);
    k.number = 0;
    CHECK(s.addCustomer(k).value().number == 20001);
    CHECK(CompanyService(*c.db).check().value().isEmpty());
}

TEST_CASE("customer set changes all fields or none", "[storage][customers]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    Customer k;
    k.name = QStringLiteral("A");
    REQUIRE(s.addCustomer(k));
    auto bad = s.setCustomerFields(10001, {{QStringLiteral("city"), QStringLiteral("Oslo")},
                                           {QStringLiteral("orgnr"), QStringLiteral("923609017")}});
    REQUIRE_FALSE(bad);
    CHECK(s.customer(10001).value().billing.city.isEmpty());
    REQUIRE(s.setCustomerFields(10001, {{QStringLiteral("city"), QStringLiteral("Oslo")},
                                        {QStringLiteral("group"), QStringLiteral("domestic")}}));
    CHECK(s.customer(10001).value().billing.city == QStringLiteral("Oslo"));
    CHECK_FALSE(s.setCustomerFields(10001, {{QStringLiteral("group"), QStringLiteral("nosuch")}}));
    CHECK(s.setCustomerFields(99999, {{QStringLiteral("city"), QStringLiteral("Oslo")}}).error().code
          == ErrorCode::NotFound);
}

TEST_CASE("products: unique SKU and EAN, known VAT code and group", "[storage][products]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    Product p;
    p.sku = QStringLiteral("KAFFE");
    p.name = QStringLiteral("Kaffe");
    p.price = UnitPrice::parse(QStringLiteral("189.90")).value();
    p.ean = QStringLiteral("7038010069307");
    p.vatCode = QStringLiteral("31");
    REQUIRE(s.addProduct(p));
    CHECK(s.addProduct(p).error().code == ErrorCode::Duplicate);
    p.sku = QStringLiteral("KAFFE2");
    CHECK(s.addProduct(p).error().code == ErrorCode::Duplicate); // same EAN
    p.ean.clear();
    p.vatCode = QStringLiteral("99");
    CHECK(s.addProduct(p).error().code == ErrorCode::NotFound);
    p.vatCode = QStringLiteral("3");
    p.productGroup = QStringLiteral("nosuch");
    CHECK(s.addProduct(p).error().code == ErrorCode::NotFound);
    CHECK(s.productByEan(QStringLiteral("7038010069307")).value().sku == QStringLiteral("KAFFE"));
    CHECK(s.product(QStringLiteral("KAFFE")).value().price.toString() == QStringLiteral("189.90"));
}

TEST_CASE("bundles are made of existing products and hold no stock", "[storage][products]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    for (const char* sku : {"A", "B"}) {
        Product p;
        p.sku = QString::fromLatin1(sku);
        p.name = p.sku;
        REQUIRE(s.addProduct(p));
    }
    Product b;
    b.sku = QStringLiteral("SET");
    b.name = QStringLiteral("Set");
    CHECK(s.addBundle(b, {{QStringLiteral("A"), Quantity::fromUnits(1)}, {QStringLiteral("X"), Quantity::fromUnits(1)}})
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK_FALSE(s.addBundle(b, {{QStringLiteral("A"), Quantity::fromUnits(1)}, {QStringLiteral("A"), Quantity::fromUnits(2)}}));
    auto added = s.addBundle(b, {{QStringLiteral("A"), Quantity::fromUnits(1)}, {QStringLiteral("B"), Quantity::fromUnits(2)}});
    REQUIRE(added);
    auto back = s.product(QStringLiteral("SET"));
    REQUIRE(back);
    CHECK(back->isBundle);
    CHECK_FALSE(back->stockTracked);
    REQUIRE(back->components.size() == 2);
    CHECK(back->components[1].sku == QStringLiteral("B"));
    CHECK(back->components[1].quantity == Quantity::fromUnits(2));
    Product nested;
    nested.sku = QStringLiteral("SET2");
    nested.name = QStringLiteral("Nested");
    CHECK(s.addBundle(nested, {{QStringLiteral("SET"), Quantity::fromUnits(1)}}).error().code == ErrorCode::RuleViolation);
}

TEST_CASE("settings: stock principle is fixed, series are settable, bad values change nothing", "[storage][settings]")
{
    TempCompany c;
    CompanyService s(*c.db);
    CHECK(s.setSetting(QStringLiteral("stock.principle"), QStringLiteral("fifo")).error().code == ErrorCode::RuleViolation);
    CHECK(s.setting(QStringLiteral("stock.principle")).value() == QStringLiteral("average"));
    REQUIRE(s.setSetting(QStringLiteral("series.invoice.next"), QStringLiteral("5000")));
    CHECK(s.setting(QStringLiteral("series.invoice.next")).value() == QStringLiteral("5000"));
    CHECK_FALSE(s.setSetting(QStringLiteral("series.invoice.next"), QStringLiteral("0")));
    CHECK_FALSE(s.setSetting(QStringLiteral("series.bogus.next"), QStringLiteral("10")));
    CHECK_FALSE(s.setSetting(QStringLiteral("company.bank_account"), QStringLiteral("12345678901")));
    CHECK(s.setting(QStringLiteral("company.bank_account")).value().isEmpty());
    CHECK(s.setSetting(QStringLiteral("company.name"), QStringLiteral("  ")).error().code == ErrorCode::InvalidInput);
    CHECK(s.setting(QStringLiteral("company.name")).value() == QStringLiteral("Testfirma AS"));
}

TEST_CASE("the VAT code for a percentage uses the rate valid on the date", "[storage][vat]")
{
    TempCompany c;
    MasterDataService s(*c.db);
    CHECK(s.vatCodeForPercent(QStringLiteral("25"), QDate(2026, 1, 1)).value() == QStringLiteral("3"));
    CHECK(s.vatCodeForPercent(QStringLiteral("15"), QDate(2026, 1, 1)).value() == QStringLiteral("31"));
    CHECK(s.vatCodeForPercent(QStringLiteral("12"), QDate(2026, 1, 1)).value() == QStringLiteral("33"));
    CHECK(s.vatCodeForPercent(QStringLiteral("6"), QDate(2020, 6, 1)).value() == QStringLiteral("33"));
    CHECK_FALSE(s.vatCodeForPercent(QStringLiteral("6"), QDate(2026, 1, 1)));
    CHECK(s.vatCodeForPercent(QStringLiteral("0"), QDate(2026, 1, 1)).value() == QStringLiteral("5"));
}

TEST_CASE("groups and their accounts are read and set through CompanyService", "[storage][settings]")
{
    TempCompany c;
    CompanyService s(*c.db);
    auto groups = s.customerGroups();
    REQUIRE(groups);
    CHECK(groups->size() == 2);
    REQUIRE(s.setCustomerGroup(QStringLiteral("export"), QStringLiteral("Eksport"), QStringLiteral("1520")));
    CHECK(s.customerGroups().value().size() == 3);
    CHECK_FALSE(s.setCustomerGroup(QStringLiteral("bad code!"), QStringLiteral("X"), QStringLiteral("1520")));
    CHECK_FALSE(s.setCustomerGroup(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("15x")));
    REQUIRE(s.setProductGroupAccount(QStringLiteral("goods"), QStringLiteral("33"), QStringLiteral("3035")));
    bool found = false;
    const auto accounts = s.productGroupAccounts();
    REQUIRE(accounts);
    for (const auto& a : *accounts)
        found = found || (a.group == QStringLiteral("goods") && a.vatCode == QStringLiteral("33") && a.account == QStringLiteral("3035"));
    CHECK(found);
    CHECK(s.setProductGroupAccount(QStringLiteral("nosuch"), QStringLiteral("3"), QStringLiteral("3000")).error().code == ErrorCode::NotFound);
    CHECK_FALSE(s.setProductGroupAccount(QStringLiteral("goods"), QStringLiteral("99"), QStringLiteral("3000")));
    CHECK(s.vatCodes().value().size() == 6);
}
