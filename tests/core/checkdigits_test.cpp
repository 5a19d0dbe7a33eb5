#include "domain/checkdigits.h"
#include "domain/companysettings.h"
#include "domain/customer.h"
#include "domain/product.h"
#include "domain/vatcode.h"

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::checkdigits;

TEST_CASE("organisation numbers are checked with MOD11", "[domain]")
{
    CHECK(isValidOrgNr(QStringLiteral("923609016")));
    CHECK(isValidOrgNr(QStringLiteral("987654325")));
    CHECK_FALSE(isValidOrgNr(QStringLiteral("923609017")));
    CHECK_FALSE(isValidOrgNr(QStringLiteral("92360901")));
    CHECK_FALSE(isValidOrgNr(QStringLiteral("9236090160")));
    CHECK_FALSE(isValidOrgNr(QStringLiteral("91234567X")));
    CHECK_FALSE(isValidOrgNr(QStringLiteral("912345670"))); // check value 10: never issued
    CHECK(digitsOnly(QStringLiteral("923 609 016")) == QStringLiteral("923609016"));
}

TEST_CASE("bank accounts are checked with MOD11", "[domain]")
{
    CHECK(isValidNorwegianAccount(QStringLiteral("15030000002")));
    CHECK(isValidNorwegianAccount(QStringLiteral("86011117947")));
    CHECK_FALSE(isValidNorwegianAccount(QStringLiteral("86011117948")));
    CHECK_FALSE(isValidNorwegianAccount(QStringLiteral("8601111794")));
}

TEST_CASE("EAN and GLN check digits", "[domain]")
{
    CHECK(isValidEan(QStringLiteral("7038010069307")));
    CHECK(isValidEan(QStringLiteral("96385074"))); // EAN-8
    CHECK_FALSE(isValidEan(QStringLiteral("7038010069308")));
    CHECK_FALSE(isValidEan(QStringLiteral("036000291452"))); // UPC-A is a GTIN, not EAN-8/13
    CHECK(isValidGtin(QStringLiteral("036000291452")));
    CHECK(isValidGln(QStringLiteral("7080000000019")) == isValidGtin(QStringLiteral("7080000000019")));
    CHECK_FALSE(isValidGln(QStringLiteral("96385074")));
}

TEST_CASE("IBAN mod 97", "[domain]")
{
    CHECK(isValidIban(QStringLiteral("NO9386011117947")));
    CHECK(isValidIban(QStringLiteral("GB82 WEST 1234 5698 7654 32")));
    CHECK(isValidIban(QStringLiteral("de89370400440532013000")));
    CHECK_FALSE(isValidIban(QStringLiteral("NO9386011117948")));
    CHECK_FALSE(isValidIban(QStringLiteral("NO93")));
}

TEST_CASE("KID MOD10 and MOD11 with the official examples", "[domain][kid]")
{
    // MOD10 is the Luhn algorithm; its reference vector is 7992739871 → 3.
    CHECK(mod10CheckDigit(QStringLiteral("7992739871")) == 3);
    CHECK(mod10CheckDigit(QStringLiteral("234567")) == 6);
    CHECK(makeKid(QStringLiteral("234567"), KidMode::Mod10) == QStringLiteral("2345676"));
    CHECK(isValidKid(QStringLiteral("79927398713"), KidMode::Mod10));
    CHECK_FALSE(isValidKid(QStringLiteral("79927398714"), KidMode::Mod10));
    // MOD11, weights 2..7 repeating from the right: 12345678 → sum 138, 11 − 138 mod 11 = 5.
    CHECK(mod11CheckDigit(QStringLiteral("12345678")) == 5);
    CHECK(makeKid(QStringLiteral("12345678"), KidMode::Mod11) == QStringLiteral("123456785"));
    CHECK(isValidKid(QStringLiteral("123456785"), KidMode::Mod11));
    // A MOD11 check value of 10 is written "-", never avoided by skipping numbers.
    QString base;
    for (int n = 1000; n < 2000; ++n) {
        if (mod11CheckDigit(QString::number(n)) == 10) {
            base = QString::number(n);
            break;
        }
    }
    REQUIRE_FALSE(base.isEmpty());
    CHECK(makeKid(base, KidMode::Mod11) == base + QStringLiteral("-"));
    CHECK(isValidKid(base + QStringLiteral("-"), KidMode::Mod11));
    CHECK(makeKid(QStringLiteral("1"), KidMode::None).isEmpty());
}

TEST_CASE("settings are validated and normalised by key", "[domain][settings]")
{
    CHECK(CompanySettings::normalize(QStringLiteral("company.orgnr"), QStringLiteral("923 609 016")).value()
          == QStringLiteral("923609016"));
    auto bad = CompanySettings::normalize(QStringLiteral("company.orgnr"), QStringLiteral("923609017"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::BadCheckDigit);
    CHECK(CompanySettings::normalize(QStringLiteral("company.bank_account"), QStringLiteral("1503.00.00002")).value()
          == QStringLiteral("15030000002"));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("company.bank_account"), QStringLiteral("15030000003")));
    CHECK(CompanySettings::normalize(QStringLiteral("reminder.fee"), QStringLiteral("35")).value() == QStringLiteral("35.00"));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("reminder.fee"), QStringLiteral("-1")));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("reminder.fee"), QStringLiteral("abc")));
    CHECK(CompanySettings::normalize(QStringLiteral("stock.allow_negative"), QStringLiteral("yes")).value() == QStringLiteral("true"));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("stock.allow_negative"), QStringLiteral("maybe")));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("invoice.kid"), QStringLiteral("mod12")));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("invoice.payment_days"), QStringLiteral("400")));
    CHECK(CompanySettings::normalize(QStringLiteral("accounts.vat.3"), QStringLiteral("2700")));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("accounts.vat.3"), QStringLiteral("27x")));
    CHECK_FALSE(CompanySettings::normalize(QStringLiteral("no.such.key"), QStringLiteral("1")));
    CHECK(CompanySettings::requiresForetaksregisteret(QStringLiteral("AS")));
    CHECK(CompanySettings::requiresForetaksregisteret(QStringLiteral("NUF")));
    CHECK_FALSE(CompanySettings::requiresForetaksregisteret(QStringLiteral("ENK")));
}

TEST_CASE("customer validation names the field", "[domain]")
{
    Customer c;
    CHECK(CustomerRules::validate(c).error().code == ErrorCode::InvalidInput);
    c.name = QStringLiteral("  Kari  ");
    CHECK(CustomerRules::validate(c).value().name == QStringLiteral("Kari"));
    c.orgnr = QStringLiteral("923609017");
    CHECK(CustomerRules::validate(c).error().code == ErrorCode::BadCheckDigit);
    c.orgnr.clear();
    c.email = QStringLiteral("not-an-email");
    CHECK_FALSE(CustomerRules::validate(c));
    c.email = QStringLiteral("kari@example.com");
    c.billing.country = QStringLiteral("Norway");
    CHECK_FALSE(CustomerRules::validate(c));
    c.billing.country = QStringLiteral("SE");
    c.orgnr = QStringLiteral("5560360793"); // Swedish org.nr: no Norwegian MOD11 check
    CHECK(CustomerRules::validate(c));
    CHECK_FALSE(CustomerRules::setField(c, QStringLiteral("payment-days"), QStringLiteral("abc")));
    CHECK_FALSE(CustomerRules::setField(c, QStringLiteral("no-such-field"), QStringLiteral("x")));
}

TEST_CASE("product validation: SKU, name, EAN check digit, bundles", "[domain]")
{
    Product p;
    p.sku = QStringLiteral("A 1");
    p.name = QStringLiteral("A");
    CHECK_FALSE(ProductRules::validate(p));
    p.sku = QStringLiteral("A1");
    CHECK(ProductRules::validate(p));
    p.ean = QStringLiteral("7038010069308");
    CHECK(ProductRules::validate(p).error().code == ErrorCode::BadCheckDigit);
    p.ean = QStringLiteral("7038010069307");
    CHECK(ProductRules::validate(p));
    CHECK_FALSE(ProductRules::setField(p, QStringLiteral("price"), QStringLiteral("12.345678")));
    CHECK_FALSE(ProductRules::setField(p, QStringLiteral("price"), QStringLiteral("tolv")));
    p.isBundle = true;
    CHECK_FALSE(ProductRules::validate(p)); // no components
    CHECK(ProductRules::unitCode(QStringLiteral("stk")) == QStringLiteral("H87"));
    CHECK(ProductRules::unitCode(QStringLiteral("kg")) == QStringLiteral("KGM"));
}

TEST_CASE("VAT codes carry dated rates; the low rate history is right", "[domain][vat]")
{
    const auto codes = norwegianVatCodes();
    const auto low = std::find_if(codes.begin(), codes.end(), [](const VatCode& c) { return c.code == QStringLiteral("33"); });
    REQUIRE(low != codes.end());
    CHECK(low->rateOn(QDate(2015, 6, 1)) == Percent::fromWhole(8));
    CHECK(low->rateOn(QDate(2017, 6, 1)) == Percent::fromWhole(10));
    CHECK(low->rateOn(QDate(2019, 6, 1)) == Percent::fromWhole(12));
    CHECK(low->rateOn(QDate(2020, 4, 1)) == Percent::fromWhole(6));
    CHECK(low->rateOn(QDate(2021, 9, 30)) == Percent::fromWhole(6));
    CHECK(low->rateOn(QDate(2021, 10, 1)) == Percent::fromWhole(12));
    CHECK(low->rateOn(QDate(2026, 11, 23)) == Percent::fromWhole(12));
    CHECK_FALSE(low->rateOn(QDate(2000, 1, 1)));
}
