// Each printout rendered to PDF and read back with pdftotext: the numbers, totals, VAT lines,
// KID, due date, payment terms and legal content are on paper, and the packing slip has no prices.

#include "domain/checkdigits.h"
#include "print/printcontent.h"
#include "printfixture.h"
#include "services/companyservice.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::test;

namespace {

void requireAll(const QString& text, const QStringList& needles)
{
    for (const QString& n : needles) {
        INFO("expected on the printout: " << n.toStdString() << "\n--- text ---\n"
                                          << text.toStdString());
        CHECK(text.contains(n));
    }
}

void requireNone(const QString& text, const QStringList& needles)
{
    for (const QString& n : needles) {
        INFO("must not be on the printout: " << n.toStdString());
        CHECK_FALSE(text.contains(n));
    }
}

} // namespace

TEST_CASE(
    "an order confirmation shows lines, group subtotals, totals, payment terms and payment info",
    "[print]")
{
    PrintShop s;
    const qint64 order = s.makeOrder();
    REQUIRE_OK(s.print.renderPdf(order, s.pdf(QStringLiteral("order.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("order.pdf")));
    // 899 + 2 × 1299 + 6 × 79 × 0.9 = 3 923,60; VAT 980,90; total 4 904,50
    requireAll(text,
        { QStringLiteral("Ordrebekreftelse"),
            QStringLiteral("Kaffekvern, elektrisk"),
            QStringLiteral("STARTSETT"),
            QStringLiteral("426,60"),
            QStringLiteral("Delsum Kaffeutstyr"),
            QStringLiteral("3 923,60"),
            QStringLiteral("MVA 25 % av 3 923,60"),
            QStringLiteral("980,90"),
            QStringLiteral("Totalt NOK"),
            QStringLiteral("4 904,50"),
            QStringLiteral("Betalingsbetingelser"),
            QStringLiteral("Netto 14 dager"),
            QStringLiteral("Betalingsinformasjon"),
            QStringLiteral("1503 00 00002"),
            QStringLiteral("NO9386011117947"),
            QStringLiteral("Leveringsadresse"),
            QStringLiteral("Lagerveien 9"),
            QStringLiteral("Kari Kafé"),
            QStringLiteral("Levering avtales med butikksjef."),
            QStringLiteral("Side 1 av 1") });
}

TEST_CASE("a quote shows its validity and prices", "[print]")
{
    PrintShop s;
    auto quote = s.sales.create(DocumentType::Quote, 10001, QDate(2025, 4, 2));
    REQUIRE_OK(quote);
    REQUIRE_OK(s.sales.addLine(*quote, s.product("KVERN", 2)));
    REQUIRE_OK(s.print.renderPdf(*quote, s.pdf(QStringLiteral("quote.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("quote.pdf")));
    requireAll(text,
        { QStringLiteral("Tilbud"),
            QStringLiteral("Gyldig til"),
            QStringLiteral("02.04.2025"),
            QStringLiteral("1 798,00"),
            QStringLiteral("2 247,50"),
            QStringLiteral("Netto 14 dager") });
}

TEST_CASE(
    "a packing slip lists SKU, bin location, ordered and picked, bundle components, and no prices",
    "[print]")
{
    PrintShop s;
    const qint64 order = s.makeOrder();
    auto ship = s.sales.createShipment(order);
    REQUIRE_OK(ship);
    REQUIRE_OK(s.sales.pickAll(*ship));
    REQUIRE_OK(s.print.renderPdf(*ship, s.pdf(QStringLiteral("ship.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("ship.pdf")));
    requireAll(text,
        { QStringLiteral("Pakkseddel"),
            QStringLiteral("Lagerplass"),
            QStringLiteral("Bestilt"),
            QStringLiteral("Plukket"),
            QStringLiteral("C-01"),
            QStringLiteral("B-07"),
            QStringLiteral("B-04"),
            QStringLiteral("Startsett (kvern, termos, 2 kopper)"),
            QStringLiteral("Termos 1 liter"),
            QStringLiteral("Lagerveien 9"),
            QStringLiteral("Ordrenr.") });
    // Everything picked: the bundle line says so too (its picked quantity comes from its parts).
    static const QRegularExpression bundleRow(
        QStringLiteral("STARTSETT.*Startsett.* 2 stk +2 stk"));
    CHECK(bundleRow.match(text).hasMatch());
    requireNone(text,
        { QStringLiteral("899,00"),
            QStringLiteral("1 299,00"),
            QStringLiteral("Beløp"),
            QStringLiteral("Pris"),
            QStringLiteral("Totalt"),
            QStringLiteral("MVA 25 %") });
    // The barcode is painted: its human-readable number sits below it.
    auto data = s.print.printData(*ship);
    REQUIRE_OK(data);
    CHECK(buildPrintContent(*data).barcode == QString::number(*data->document.number));
}

TEST_CASE("an invoice carries the legal content, KID, due date and payment terms", "[print]")
{
    PrintShop s;
    const qint64 order = s.makeOrder();
    auto inv = s.sales.invoiceOrder(order, false);
    REQUIRE_OK(inv);
    REQUIRE(s.sales.book(*inv).value() == 1001);
    const QString kid = s.sales.view(*inv).value().document.kid;
    CHECK(kid == checkdigits::makeKid(QStringLiteral("0001001"), checkdigits::KidMode::Mod10));
    REQUIRE_OK(s.print.renderPdf(*inv, s.pdf(QStringLiteral("invoice.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("invoice.pdf")));
    requireAll(text,
        { QStringLiteral("Faktura"),
            QStringLiteral("Testfirma AS"),
            QStringLiteral("Org.nr. 923 609 016 MVA"),
            QStringLiteral("Foretaksregisteret"),
            QStringLiteral("Bryggen Kafé AS"),
            QStringLiteral("987654325"),
            QStringLiteral("1001"),
            QStringLiteral("03.03.2025"),
            QStringLiteral("Forfallsdato"),
            QStringLiteral("17.03.2025"),
            QStringLiteral("Leveringsdato"),
            QStringLiteral("10.03.2025"),
            QStringLiteral("MVA 25 % av 3 923,60"),
            QStringLiteral("980,90"),
            QStringLiteral("4 904,50"),
            QStringLiteral("1503 00 00002"),
            QStringLiteral("KID"),
            kid,
            QStringLiteral("Betalingsbetingelser"),
            QStringLiteral("Netto 14 dager"),
            QStringLiteral("Å betale") });
    CHECK(s.print.warnings(*inv).value().isEmpty());
}

TEST_CASE("a credit note references the invoice it credits", "[print]")
{
    PrintShop s;
    auto inv = s.sales.invoiceOrder(s.makeOrder(), false);
    REQUIRE_OK(s.sales.book(*inv));
    int bundleLine = 0;
    const DocumentView invoice = s.sales.view(*inv).value();
    for (const auto& l : invoice.document.lines)
        if (l.sku == QStringLiteral("STARTSETT"))
            bundleLine = l.lineNo;
    auto cn = s.sales.credit(
        1001, { { bundleLine, Quantity::fromUnits(1) } }, false, true); // one bundle
    REQUIRE_OK(cn);
    REQUIRE_OK(s.sales.book(*cn));
    REQUIRE_OK(s.print.renderPdf(*cn, s.pdf(QStringLiteral("credit.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("credit.pdf")));
    requireAll(text,
        { QStringLiteral("Kreditnota"),
            QStringLiteral("Kreditnota for faktura 1001"),
            QStringLiteral("Fakturanr."),
            QStringLiteral("Org.nr. 923 609 016 MVA"),
            QStringLiteral("Foretaksregisteret"),
            QStringLiteral("MVA 25 % av 1 299,00"),
            QStringLiteral("324,75"),
            QStringLiteral("1 623,75") });
}

TEST_CASE("a payment reminder shows the invoice, amount due, fee and new due date", "[print]")
{
    PrintShop s;
    auto inv = s.sales.invoiceOrder(s.makeOrder(), false);
    REQUIRE_OK(s.sales.book(*inv));
    CHECK(s.print.renderReminderPdf(1001, s.pdf(QStringLiteral("none.pdf"))).error().code
        == ErrorCode::RuleViolation);
    REQUIRE_OK(s.sales.registerPayment(1001, Money::parse(QStringLiteral("1000.00")).value()));
    s.clock.set(QDateTime(QDate(2025, 4, 5), QTime(9, 0)));
    REQUIRE(s.sales.remind(1001).value().toString() == QStringLiteral("35.00"));
    REQUIRE_OK(s.print.renderReminderPdf(1001, s.pdf(QStringLiteral("reminder.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("reminder.pdf")));
    // 4 904,50 − 1 000,00 = 3 904,50 due; + 35,00 fee = 3 939,50; new due date 05.04 + 14 days.
    requireAll(text,
        { QStringLiteral("Purring"),
            QStringLiteral("faktura 1001"),
            QStringLiteral("Fakturadato"),
            QStringLiteral("Opprinnelig forfall"),
            QStringLiteral("17.03.2025"),
            QStringLiteral("4 904,50"),
            QStringLiteral("-1 000,00"),
            QStringLiteral("3 904,50"),
            QStringLiteral("Purregebyr"),
            QStringLiteral("35,00"),
            QStringLiteral("3 939,50"),
            QStringLiteral("Ny forfallsdato"),
            QStringLiteral("19.04.2025"),
            QStringLiteral("1503 00 00002"),
            s.sales.view(*inv).value().document.kid,
            QStringLiteral("Foretaksregisteret") });
}

TEST_CASE("Foretaksregisteret and MVA follow the company's form and registration, not the layout",
    "[print]")
{
    PrintShop s;
    auto inv = s.sales.invoiceOrder(s.makeOrder(), false);
    REQUIRE_OK(s.sales.book(*inv));
    CompanyService company(*s.c.db);
    for (const char* form : { "ASA", "NUF" }) {
        REQUIRE_OK(company.setSetting(QStringLiteral("company.form"), QString::fromLatin1(form)));
        REQUIRE_OK(s.print.renderPdf(*inv, s.pdf(QStringLiteral("f.pdf"))));
        CHECK(
            pdfText(s.pdf(QStringLiteral("f.pdf"))).contains(QStringLiteral("Foretaksregisteret")));
    }
    REQUIRE_OK(company.setSetting(QStringLiteral("company.form"), QStringLiteral("ENK")));
    REQUIRE_OK(
        company.setSetting(QStringLiteral("company.vat_registered"), QStringLiteral("false")));
    REQUIRE_OK(s.print.renderPdf(*inv, s.pdf(QStringLiteral("enk.pdf"))));
    const QString text = pdfText(s.pdf(QStringLiteral("enk.pdf")));
    CHECK_FALSE(text.contains(QStringLiteral("Foretaksregisteret")));
    CHECK(text.contains(QStringLiteral("Org.nr. 923 609 016")));
    CHECK_FALSE(text.contains(QStringLiteral("923 609 016 MVA")));
}

TEST_CASE("the layout's language sets labels, dates and number format", "[print][layout]")
{
    PrintShop s;
    auto inv = s.sales.invoiceOrder(s.makeOrder(), false);
    REQUIRE_OK(s.sales.book(*inv));
    REQUIRE_OK(s.print.addLayout(QStringLiteral("English"), QStringLiteral("Standard")));
    REQUIRE_OK(s.print.setLayoutFields(QStringLiteral("English"),
        { { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("page-size"), QStringLiteral("Letter") } }));
    REQUIRE_OK(s.print.renderPdf(*inv, s.pdf(QStringLiteral("en.pdf")), QStringLiteral("English")));
    const QString text = pdfText(s.pdf(QStringLiteral("en.pdf")));
    requireAll(text,
        { QStringLiteral("Invoice"),
            QStringLiteral("Due date"),
            QStringLiteral("17/03/2025"),
            QStringLiteral("VAT 25 % of 3,923.60"),
            QStringLiteral("4,904.50"),
            QStringLiteral("Payment terms"),
            QStringLiteral("Net 14 days"),
            QStringLiteral("Page 1 of 1"),
            QStringLiteral("Foretaksregisteret") });
    QList<PdfPage> pages;
    pdfWords(s.pdf(QStringLiteral("en.pdf")), &pages);
    REQUIRE(pages.size() == 1);
    CHECK(qRound(pages[0].width) == 612); // US Letter, in points
}
