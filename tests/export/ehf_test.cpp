// EHF / PEPPOL BIS Billing 3.0: a varied set of booked invoices and credit notes (25/15/12 %,
// line and document discounts, zero-rated and exempt lines, a negative line, a Swedish
// customer with export VAT, a partial credit note, an embedded PDF) is exported and every file
// is passed through ../shared/standards/validate-peppol.sh, in one validator run (one JVM).

#include "common/clock.h"
#include "export/ehfinvoicewriter.h"
#include "services/companyservice.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "support/tempcompany.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

namespace {

struct Books
{
    TempCompany c;
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(10, 0))};
    SalesService sales{*c.db};
    ImportExportService io{*c.db};

    Books()
    {
        Clock::setInstance(&clock);
        CompanyService co(*c.db);
        for (const auto& [k, v] : {std::pair{"company.address", "Bryggen 1"}, std::pair{"company.postcode", "5003"},
                                   std::pair{"company.city", "Bergen"}, std::pair{"company.bank_account", "12345678903"},
                                   std::pair{"company.bic", "DNBANOKK"}, std::pair{"company.email", "post@testfirma.no"},
                                   std::pair{"stock.allow_negative", "true"}})
            REQUIRE(co.setSetting(QString::fromLatin1(k), QString::fromUtf8(v)));
        MasterDataService m(*c.db);
        Customer no;
        no.name = QStringLiteral("Bryggen Kafé AS");
        no.orgnr = QStringLiteral("987654325");
        no.email = QStringLiteral("faktura@bryggen.no");
        no.billing = {QStringLiteral("Torget 2"), QStringLiteral("5014"), QStringLiteral("Bergen"), QStringLiteral("NO")};
        no.customerGroup = QStringLiteral("domestic");
        REQUIRE(m.addCustomer(no)); // 10001
        Customer se;
        se.name = QStringLiteral("Svenska Handel AB");
        se.vatNumber = QStringLiteral("SE556036079301");
        se.billing = {QStringLiteral("Storgatan 5"), QStringLiteral("41103"), QStringLiteral("Göteborg"), QStringLiteral("SE")};
        se.currency = QStringLiteral("NOK");
        se.customerGroup = QStringLiteral("foreign");
        REQUIRE(m.addCustomer(se)); // 10002
        Customer gln;
        gln.name = QStringLiteral("Kjeden Sentral");
        gln.gln = QStringLiteral("3456789012098");
        gln.billing = {QStringLiteral("Lager 9"), QStringLiteral("0150"), QStringLiteral("Oslo"), QStringLiteral("NO")};
        REQUIRE(m.addCustomer(gln)); // 10003
        Customer mailOnly;
        mailOnly.name = QStringLiteral("Ola Nordmann");
        mailOnly.email = QStringLiteral("ola@example.no");
        REQUIRE(m.addCustomer(mailOnly)); // 10004
        const QList<std::tuple<const char*, const char*, const char*, const char*, const char*>> products = {
            {"KOPP", "Kaffekopp", "79", "3", "stk"},        {"KAFFE", "Kaffe 500 g", "189.90", "31", "pk"},
            {"FRAKT", "Transport", "250", "33", "stk"},    {"AVIS", "Avis", "45", "5", "stk"},
            {"KURS", "Barista-kurs", "1500", "6", "t"},    {"EKSPORT", "Espressomaskin", "12000", "52", "stk"},
            {"PANT", "Pant retur", "2.50", "3", "stk"},
        };
        for (const auto& [sku, name, price, vat, unit] : products) {
            Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = QString::fromUtf8(name);
            p.price = UnitPrice::parse(QString::fromLatin1(price)).value();
            p.vatCode = QString::fromLatin1(vat);
            p.unit = QString::fromLatin1(unit);
            p.productGroup = QStringLiteral("goods");
            p.stockTracked = false;
            REQUIRE(m.addProduct(p));
        }
    }
    ~Books() { Clock::setInstance(nullptr); }

    static LineInput line(const char* sku, const char* qty, const char* discount = nullptr)
    {
        LineInput in;
        in.sku = QString::fromLatin1(sku);
        in.quantity = Quantity::parse(QString::fromLatin1(qty)).value();
        if (discount)
            in.discount = Percent::parse(QString::fromLatin1(discount)).value();
        return in;
    }
    qint64 invoice(qint64 customer, QList<LineInput> lines, const char* docDiscount = nullptr, const char* yourRef = nullptr)
    {
        auto id = sales.create(DocumentType::Invoice, customer);
        REQUIRE_OK(id);
        for (const auto& l : lines)
            REQUIRE_OK(sales.addLine(*id, l));
        HeaderChange h;
        if (docDiscount)
            h.discount = Percent::parse(QString::fromLatin1(docDiscount)).value();
        if (yourRef)
            h.yourReference = QString::fromUtf8(yourRef);
        REQUIRE_OK(sales.setHeader(*id, h));
        auto number = sales.book(*id);
        REQUIRE_OK(number);
        return *number;
    }
};

// First element `name` (cbc namespace) anywhere in the document.
QString firstText(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == name)
            return r.readElementText();
    }
    return {};
}

QString validatorPath()
{
    return QStringLiteral(SALGSDESK_SOURCE_DIR "/../shared/standards/validate-peppol.sh");
}

bool isCi()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

} // namespace

TEST_CASE("a varied set of invoices and credit notes passes the PEPPOL BIS 3 validator", "[export][ehf]")
{
    Books b;
    // 1001: order → invoice (BuyerReference and OrderReference = order number), 25/15/12 %,
    // a line discount and a document discount folded into the line nets.
    auto order = b.sales.create(DocumentType::Order, 10001);
    REQUIRE_OK(order);
    REQUIRE_OK(b.sales.addLine(*order, Books::line("KOPP", "6", "10")));
    REQUIRE_OK(b.sales.addLine(*order, Books::line("KAFFE", "3")));
    REQUIRE_OK(b.sales.addLine(*order, Books::line("FRAKT", "1")));
    HeaderChange h;
    h.discount = Percent::parse(QStringLiteral("3.5")).value();
    REQUIRE_OK(b.sales.setHeader(*order, h));
    REQUIRE_OK(b.sales.confirmOrder(*order));
    auto fromOrder = b.sales.invoiceOrder(*order, false);
    REQUIRE_OK(fromOrder);
    REQUIRE(b.sales.book(*fromOrder).value() == 1001);
    // 1002: zero-rated, exempt and standard lines, your reference.
    CHECK(b.invoice(10001, {Books::line("AVIS", "10"), Books::line("KURS", "2.5", "15"), Books::line("KOPP", "1")},
                    nullptr, "Kari Innkjøp") == 1002);
    // 1003: Swedish customer, export (code 52, category G), document discount.
    CHECK(b.invoice(10002, {Books::line("EKSPORT", "2"), Books::line("KAFFE", "1")}, "7") == 1003);
    // 1004: GLN customer with a negative line (deposit returned).
    LineInput deposit = Books::line("PANT", "24");
    deposit.price = UnitPrice::parse(QStringLiteral("-2.50")).value();
    CHECK(b.invoice(10003, {Books::line("KOPP", "12"), deposit}) == 1004);
    // Credit notes: part of 1001 and part of 1003.
    auto cn1 = b.sales.credit(1001, {{1, Quantity::fromUnits(2)}, {3, Quantity::fromUnits(1)}}, false, true);
    REQUIRE_OK(cn1);
    REQUIRE(b.sales.book(*cn1).value() == 1001);
    auto cn2 = b.sales.credit(1003, {{1, Quantity::fromUnits(1)}}, false, false);
    REQUIRE_OK(cn2);
    REQUIRE(b.sales.book(*cn2).value() == 1002);

    QStringList files;
    auto save = [&](DocumentType type, qint64 number, const ImportExportService::PdfProvider& pdf = {}) {
        auto xml = b.io.ehf(type, number, pdf);
        REQUIRE_OK(xml);
        // The file carries the booked totals, exactly as `show --json` reports them.
        auto id = b.sales.idOfNumber(type, number);
        const DocumentView v = b.sales.view(*id).value();
        CHECK(firstText(*xml, QStringLiteral("PayableAmount")) == v.document.totals.gross.toString());
        CHECK(firstText(*xml, QStringLiteral("TaxAmount")) == v.document.totals.vat.toString());
        CHECK(firstText(*xml, QStringLiteral("TaxExclusiveAmount")) == v.document.totals.net.toString());
        const QString name = b.c.file(QStringLiteral("%1-%2.xml").arg(documentTypeKey(type)).arg(number));
        QFile f(name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(*xml);
        f.close();
        files << name;
        // SALGSDESK_KEEP_EHF=DIR keeps a copy to look at (or to feed another validator).
        if (const QString keep = qEnvironmentVariable("SALGSDESK_KEEP_EHF"); !keep.isEmpty())
            QFile::copy(name, keep + u'/' + QFileInfo(name).fileName());
        return *xml;
    };
    const QByteArray inv1001 = save(DocumentType::Invoice, 1001);
    CHECK(firstText(inv1001, QStringLiteral("BuyerReference")) == QStringLiteral("1001")); // the order number
    CHECK(inv1001.contains("<cac:OrderReference>"));
    CHECK(inv1001.contains("<cbc:EndpointID schemeID=\"0192\">987654325</cbc:EndpointID>"));
    CHECK(inv1001.contains("<cbc:CompanyID>NO923609016MVA</cbc:CompanyID>"));
    CHECK(inv1001.contains("<cbc:CompanyID>Foretaksregisteret</cbc:CompanyID>"));
    CHECK(inv1001.contains("<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>"));
    CHECK(inv1001.contains("<cbc:PaymentID>"));
    const QByteArray inv1002 = save(DocumentType::Invoice, 1002, [](const DocumentView&) {
        return QByteArray("%PDF-1.4\n% a printout stands here\n%%EOF\n");
    });
    CHECK(firstText(inv1002, QStringLiteral("BuyerReference")) == QStringLiteral("Kari Innkjøp"));
    CHECK(inv1002.contains("EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\""));
    CHECK(inv1002.contains("<cbc:ID>E</cbc:ID>"));
    CHECK(inv1002.contains("<cbc:ID>Z</cbc:ID>"));
    const QByteArray inv1003 = save(DocumentType::Invoice, 1003);
    CHECK(inv1003.contains("<cbc:EndpointID schemeID=\"0007\">5560360793</cbc:EndpointID>"));
    CHECK(inv1003.contains("<cbc:TaxExemptionReasonCode>VATEX-EU-G</cbc:TaxExemptionReasonCode>"));
    CHECK(firstText(inv1003, QStringLiteral("BuyerReference")) == QStringLiteral("10002")); // customer number
    const QByteArray inv1004 = save(DocumentType::Invoice, 1004);
    CHECK(inv1004.contains("<cbc:EndpointID schemeID=\"0088\">3456789012098</cbc:EndpointID>"));
    CHECK(inv1004.contains("<cbc:InvoicedQuantity unitCode=\"H87\">-24</cbc:InvoicedQuantity>"));
    const QByteArray cn1001 = save(DocumentType::CreditNote, 1001);
    CHECK(cn1001.contains("<cac:BillingReference>"));
    CHECK(firstText(cn1001, QStringLiteral("CreditNoteTypeCode")) == QStringLiteral("381"));
    save(DocumentType::CreditNote, 1002);

    // A customer with only an e-mail address has no address PEPPOL accepts: refused clearly.
    CHECK(b.invoice(10004, {Books::line("KOPP", "1")}) == 1005);
    auto refused = b.io.ehf(DocumentType::Invoice, 1005);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("electronic address")));
    CHECK(b.io.ehf(DocumentType::Invoice, 4711).error().code == ErrorCode::NotFound);

    const QString script = validatorPath();
    if (!QFileInfo::exists(script)) {
        if (isCi())
            FAIL("CI=true but " << script.toStdString() << " is missing: the PEPPOL validation cannot run");
        WARN("SKIPPED PEPPOL validation: " << script.toStdString() << " is absent");
        return;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{script, QStringLiteral("-q")} + files);
    REQUIRE(p.waitForFinished(300'000));
    const QString report = QString::fromUtf8(p.readAll());
    INFO(report.toStdString());
    if (p.exitCode() == 2 && !isCi()) { // java, xmllint or Saxon missing here
        WARN("SKIPPED PEPPOL validation: the validator's tools are missing (packaging/dev.sh installs them)");
        return;
    }
    CHECK(p.exitCode() == 0);
    for (const QString& f : files)
        CHECK(report.contains(QStringLiteral("PASS ") + f));
    CHECK(report.contains(QStringLiteral("%1 file(s) checked, %1 valid, 0 invalid").arg(files.size())));
}

TEST_CASE("buyer electronic address: PEPPOL id, org.nr, GLN, foreign ids, and e-mail alone is refused", "[export][ehf]")
{
    CustomerSnapshot c;
    c.number = 7;
    c.billing.country = QStringLiteral("NO");
    c.email = QStringLiteral("a@b.no");
    CHECK_FALSE(EhfInvoiceWriter::buyerEndpoint(c));
    c.vatNumber = QStringLiteral("DE123456789");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("9930"));
    c.billing.country = QStringLiteral("DK");
    c.vatNumber = QStringLiteral("12345678");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->id == QStringLiteral("12345678"));
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("0184"));
    c.gln = QStringLiteral("3456789012098");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("0088"));
    c.billing.country = QStringLiteral("NO");
    c.orgnr = QStringLiteral("987654325");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("0192"));
    c.peppolId = QStringLiteral("9908:987654325");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("0192")); // 9908 is retired
    c.peppolId = QStringLiteral("0088:3456789012098");
    CHECK(EhfInvoiceWriter::buyerEndpoint(c)->scheme == QStringLiteral("0088"));
}

TEST_CASE("drafts cannot be exported as EHF", "[export][ehf]")
{
    Books b;
    auto id = b.sales.create(DocumentType::Invoice, 10001);
    REQUIRE_OK(b.sales.addLine(*id, Books::line("KOPP", "1")));
    EhfInput in{b.sales.view(*id).value(), CompanySettings(), {}, {}};
    CHECK(EhfInvoiceWriter::write(in).error().code == ErrorCode::InvalidState);
}
