// Named layouts: the default "Standard" from the migration, add/copy/set with validation,
// resolution (override → document → customer → company default), the seed 001 warning when an
// invoice's layout hides payment terms, and the print/layout verbs of salgsdesk-cli.

#include "print/layoutprofile.h"
#include "printfixture.h"
#include "services/companyservice.h"
#include "services/masterdataservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::test;

TEST_CASE("a new company has the Standard layout", "[print][layout]")
{
    PrintShop s;
    auto list = s.print.layouts();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first() == LayoutProfile {});
}

TEST_CASE(
    "layouts are added, copied and changed field by field, with validation", "[print][layout]")
{
    PrintShop s;
    REQUIRE_OK(s.print.setLayoutFields(
        QStringLiteral("Standard"), { { QStringLiteral("accent"), QStringLiteral("#AA3300") } }));
    auto copy = s.print.addLayout(
        QStringLiteral("Grossist"), QStringLiteral("standard")); // names ignore case
    REQUIRE_OK(copy);
    CHECK(copy->accentColor == QStringLiteral("#aa3300"));
    CHECK(s.print.addLayout(QStringLiteral("GROSSIST")).error().code == ErrorCode::Duplicate);
    CHECK(s.print.addLayout(QStringLiteral("X"), QStringLiteral("Nope")).error().code
        == ErrorCode::NotFound);
    CHECK(s.print.addLayout(QStringLiteral("  ")).error().code == ErrorCode::InvalidInput);

    auto set = s.print.setLayoutFields(QStringLiteral("Grossist"),
        { { QStringLiteral("show-prices"), QStringLiteral("false") },
            { QStringLiteral("footer"), QStringLiteral("a\\nb") },
            { QStringLiteral("margin"), QStringLiteral("20") } });
    REQUIRE_OK(set);
    CHECK_FALSE(set->showPrices);
    CHECK(set->footerText == QStringLiteral("a\nb"));
    CHECK(s.print.layout(QStringLiteral("grossist")).value() == *set);
    for (auto [field, value] : { std::pair { "language", "de" },
             std::pair { "accent", "red" },
             std::pair { "font-size", "40" },
             std::pair { "page-size", "A3" },
             std::pair { "show-prices", "maybe" },
             std::pair { "colour", "x" } }) {
        INFO(field);
        auto r = s.print.setLayoutFields(QStringLiteral("Grossist"),
            { { QString::fromLatin1(field), QString::fromLatin1(value) } });
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
    }
    CHECK(s.print.layout(QStringLiteral("Grossist")).value() == *set); // refusals change nothing
}

TEST_CASE("the layout resolves override, then document, then customer, then company default",
    "[print][layout]")
{
    PrintShop s;
    for (const char* name : { "Kunde", "Dokument", "Firma", "Engang" })
        REQUIRE_OK(s.print.addLayout(QString::fromLatin1(name)));
    const qint64 order = s.makeOrder();
    CHECK(s.print.resolveLayout(order).value().name == QStringLiteral("Standard"));
    REQUIRE_OK(CompanyService(*s.c.db).setSetting(
        QStringLiteral("layout.default"), QStringLiteral("Firma")));
    CHECK(s.print.resolveLayout(order).value().name == QStringLiteral("Firma"));
    // Chosen on the customer after the order was made: it still applies (seed 001).
    REQUIRE_OK(MasterDataService(*s.c.db).setCustomerFields(
        10001, { { QStringLiteral("layout"), QStringLiteral("Kunde") } }));
    CHECK(s.print.resolveLayout(order).value().name == QStringLiteral("Kunde"));
    auto draft = s.sales.create(DocumentType::Quote, 10001);
    HeaderChange h;
    h.layout = QStringLiteral("Dokument");
    REQUIRE_OK(s.sales.setHeader(*draft, h));
    CHECK(s.print.resolveLayout(*draft).value().name == QStringLiteral("Dokument"));
    CHECK(s.print.resolveLayout(*draft, QStringLiteral("Engang")).value().name
        == QStringLiteral("Engang"));
    CHECK(s.print.resolveLayout(*draft, QStringLiteral("Finnes ikke")).error().code
        == ErrorCode::NotFound);
}

TEST_CASE("an invoice whose layout hides payment terms prints without them, with a warning",
    "[print][layout]")
{
    PrintShop s;
    auto inv = s.sales.invoiceOrder(s.makeOrder(), false);
    REQUIRE_OK(s.sales.book(*inv));
    REQUIRE_OK(s.print.addLayout(QStringLiteral("Uten vilkår")));
    REQUIRE_OK(s.print.setLayoutFields(QStringLiteral("Uten vilkår"),
        { { QStringLiteral("show-payment-terms"), QStringLiteral("false") },
            { QStringLiteral("show-prices"), QStringLiteral("false") } }));
    REQUIRE_OK(MasterDataService(*s.c.db).setCustomerFields(
        10001, { { QStringLiteral("layout"), QStringLiteral("Uten vilkår") } }));
    auto warnings = s.print.warnings(*inv);
    REQUIRE_OK(warnings);
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->first().contains(QStringLiteral("Uten vilkår")));
    REQUIRE_OK(s.print.renderPdf(*inv, s.pdf(QStringLiteral("i.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("i.pdf")));
    CHECK_FALSE(text.contains(QStringLiteral("Betalingsbetingelser")));
    // An invoice shows prices, VAT and totals whatever the layout says; so does its due date.
    CHECK(text.contains(QStringLiteral("4 904,50")));
    CHECK(text.contains(QStringLiteral("MVA 25 %")));
    CHECK(text.contains(QStringLiteral("17.03.2025")));
    CHECK(s.print.warnings(*inv, QStringLiteral("Standard")).value().isEmpty());
}

TEST_CASE("an invoice without the seller's org.nr is warned about, a quote is not", "[print][layout]")
{
    PrintShop s;
    const qint64 order = s.makeOrder();
    auto inv = s.sales.invoiceOrder(order, false);
    REQUIRE_OK(s.sales.book(*inv));
    CHECK(s.print.warnings(*inv).value().isEmpty());
    REQUIRE_OK(CompanyService(*s.c.db).setSetting(QStringLiteral("company.orgnr"), QString()));
    auto warnings = s.print.warnings(*inv);
    REQUIRE_OK(warnings);
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->first().contains(QStringLiteral("company.orgnr")));
    CHECK(s.print.warnings(order).value().isEmpty()); // an order confirmation is no invoice
}

TEST_CASE("salgsdesk-cli prints every printout and manages layouts", "[print][cli]")
{
    PrintShop s;
    const qint64 order = s.makeOrder();
    auto inv = s.sales.invoiceOrder(order, false);
    REQUIRE_OK(s.sales.book(*inv));
    const QString file = s.c.path;
    s.c.db.reset(); // the CLI opens the file itself

    auto r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("layout"),
        QStringLiteral("add"),
        QStringLiteral("Kopi"),
        QStringLiteral("--copy-of"),
        QStringLiteral("Standard") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("--json"),
        QStringLiteral("layout"),
        QStringLiteral("set"),
        QStringLiteral("Kopi"),
        QStringLiteral("--show-payment-terms"),
        QStringLiteral("false") });
    REQUIRE(r.exitCode == 0);
    CHECK(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("show_payment_terms"))
        == QJsonValue(false));
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("layout"),
        QStringLiteral("set"),
        QStringLiteral("Kopi"),
        QStringLiteral("--language"),
        QStringLiteral("xx") });
    CHECK(r.exitCode == 2);
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("--json"),
        QStringLiteral("layout"),
        QStringLiteral("list") });
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 2);

    const QString pdf = s.c.file(QStringLiteral("cli.pdf"));
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("--json"),
        QStringLiteral("print"),
        QString::number(*inv),
        QStringLiteral("--pdf"),
        pdf,
        QStringLiteral("--layout"),
        QStringLiteral("Kopi") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())
              .object()
              .value(QStringLiteral("warnings"))
              .toArray()
              .size()
        == 1);
    CHECK(r.err.contains(QStringLiteral("payment terms")));
    CHECK(pdfText(pdf).contains(QStringLiteral("Faktura")));

    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("print"),
        QString::number(order),
        QStringLiteral("--pdf"),
        pdf });
    REQUIRE(r.exitCode == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("Ordrebekreftelse")));
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("print"),
        QStringLiteral("--reminder"),
        QStringLiteral("--invoice"),
        QStringLiteral("1001"),
        QStringLiteral("--pdf"),
        pdf });
    CHECK(r.exitCode == 1); // no reminder registered yet
    r = runCli({ QStringLiteral("--file"), file, QStringLiteral("print"), QString::number(order) });
    CHECK(r.exitCode == 2);
    r = runCli({ QStringLiteral("--file"),
        file,
        QStringLiteral("print"),
        QStringLiteral("999"),
        QStringLiteral("--pdf"),
        pdf });
    CHECK(r.exitCode == 1);
}
