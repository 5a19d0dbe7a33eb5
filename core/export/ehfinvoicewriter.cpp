#include "ehfinvoicewriter.h"

#include "domain/checkdigits.h"
#include "domain/product.h"
#include "money/rounding.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace sd {

namespace {

const QString kCac = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString kCbc = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
const QString kInvoiceNs = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
const QString kCreditNoteNs = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");

// EAS schemes for VAT numbers, by the VAT number's country prefix (CEF EAS code list, the ones
// PEPPOL's CL008 accepts).
const QHash<QString, QString>& vatSchemes()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("HU"), QStringLiteral("9910")}, {QStringLiteral("AT"), QStringLiteral("9914")},
        {QStringLiteral("ES"), QStringLiteral("9920")}, {QStringLiteral("BE"), QStringLiteral("9925")},
        {QStringLiteral("BG"), QStringLiteral("9926")}, {QStringLiteral("CH"), QStringLiteral("9927")},
        {QStringLiteral("CY"), QStringLiteral("9928")}, {QStringLiteral("CZ"), QStringLiteral("9929")},
        {QStringLiteral("DE"), QStringLiteral("9930")}, {QStringLiteral("EE"), QStringLiteral("9931")},
        {QStringLiteral("GB"), QStringLiteral("9932")}, {QStringLiteral("EL"), QStringLiteral("9933")},
        {QStringLiteral("HR"), QStringLiteral("9934")}, {QStringLiteral("IE"), QStringLiteral("9935")},
        {QStringLiteral("LI"), QStringLiteral("9936")}, {QStringLiteral("LT"), QStringLiteral("9937")},
        {QStringLiteral("LU"), QStringLiteral("9938")}, {QStringLiteral("LV"), QStringLiteral("9939")},
        {QStringLiteral("MT"), QStringLiteral("9943")}, {QStringLiteral("NL"), QStringLiteral("9944")},
        {QStringLiteral("PL"), QStringLiteral("9945")}, {QStringLiteral("PT"), QStringLiteral("9946")},
        {QStringLiteral("RO"), QStringLiteral("9947")}, {QStringLiteral("SI"), QStringLiteral("9949")},
        {QStringLiteral("SK"), QStringLiteral("9950")}, {QStringLiteral("FR"), QStringLiteral("9957")},
    };
    return map;
}

bool isPeppolScheme(const QString& scheme)
{
    // PEPPOL-EN16931-CL008's list (BIS Billing 3.0 as kept in shared/standards).
    static const QStringList list = QStringLiteral(
        "0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 "
        "0195 0196 0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235 0240 "
        "0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 "
        "9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 "
        "9946 9947 9948 9949 9950 9951 9952 9953 9957 9959").split(u' ');
    return list.contains(scheme);
}

// A VAT identifier with its ISO 3166 prefix (BR-CO-09); "556036079301" + SE → "SE556036079301".
QString vatIdentifier(const QString& vatNumber, const QString& country)
{
    QString v = vatNumber.toUpper();
    v.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    static const QRegularExpression prefixed(QStringLiteral("^[A-Z]{2}"));
    if (v.isEmpty() || prefixed.match(v).hasMatch())
        return v;
    return (country == QStringLiteral("GR") ? QStringLiteral("EL") : country) + v;
}

QString exemptionCode(VatCategory c)
{
    switch (c) {
    case VatCategory::Export: return QStringLiteral("VATEX-EU-G");
    case VatCategory::ReverseCharge: return QStringLiteral("VATEX-EU-AE");
    case VatCategory::IntraCommunity: return QStringLiteral("VATEX-EU-IC");
    case VatCategory::OutsideScope: return QStringLiteral("VATEX-EU-O");
    default: return QString();
    }
}

QString exemptionReason(VatCategory c)
{
    switch (c) {
    case VatCategory::Exempt: return EhfInvoiceWriter::tr("Exempt from VAT");
    case VatCategory::Export: return EhfInvoiceWriter::tr("Export of goods and services, VAT-free");
    case VatCategory::ReverseCharge: return EhfInvoiceWriter::tr("Reverse charge");
    case VatCategory::IntraCommunity: return EhfInvoiceWriter::tr("Intra-community supply");
    case VatCategory::OutsideScope: return EhfInvoiceWriter::tr("Not subject to VAT");
    default: return QString();
    }
}

class Ubl
{
public:
    Ubl(QXmlStreamWriter& w, QString currency)
        : m_w(w)
        , m_currency(std::move(currency))
    {
    }
    void cbc(const QString& name, const QString& value) { m_w.writeTextElement(kCbc, name, value); }
    void cbc(const QString& name, const QString& value, const QString& attr, const QString& attrValue)
    {
        m_w.writeStartElement(kCbc, name);
        m_w.writeAttribute(attr, attrValue);
        m_w.writeCharacters(value);
        m_w.writeEndElement();
    }
    void optional(const QString& name, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            cbc(name, value.trimmed());
    }
    void amount(const QString& name, Money m) { cbc(name, m.toString(), QStringLiteral("currencyID"), m_currency); }
    void date(const QString& name, const QDate& d) { cbc(name, d.toString(Qt::ISODate)); }
    void open(const QString& name) { m_w.writeStartElement(kCac, name); }
    void close() { m_w.writeEndElement(); }
    void taxScheme(const QString& id)
    {
        open(QStringLiteral("TaxScheme"));
        cbc(QStringLiteral("ID"), id);
        close();
    }
    void address(const QString& element, const Address& a)
    {
        open(element);
        optional(QStringLiteral("StreetName"), a.street);
        optional(QStringLiteral("CityName"), a.city);
        optional(QStringLiteral("PostalZone"), a.postcode);
        open(QStringLiteral("Country"));
        cbc(QStringLiteral("IdentificationCode"), a.country.isEmpty() ? QStringLiteral("NO") : a.country);
        close();
        close();
    }
    // TaxCategory / ClassifiedTaxCategory. O carries no rate (BR-O-05); E, G, AE, K, O need an
    // exemption reason in the breakdown (BR-E-10, BR-G-10 …), S and Z must not have one.
    void taxCategory(const QString& element, VatCategory c, Percent p, bool withReason)
    {
        open(element);
        cbc(QStringLiteral("ID"), vatCategoryCode(c));
        if (c != VatCategory::OutsideScope)
            cbc(QStringLiteral("Percent"), p.toString());
        if (withReason) {
            if (const QString code = exemptionCode(c); !code.isEmpty())
                cbc(QStringLiteral("TaxExemptionReasonCode"), code);
            if (const QString why = exemptionReason(c); !why.isEmpty())
                cbc(QStringLiteral("TaxExemptionReason"), why);
        }
        taxScheme(QStringLiteral("VAT"));
        close();
    }

private:
    QXmlStreamWriter& m_w;
    QString m_currency;
};

// The booked totals must add up the way EN 16931 checks them (BR-CO-10, -13..-15, BR-S-08 …).
// They always should; if not, the file would be rejected, so refuse and name the document.
Result<void> checkTotals(const Document& d)
{
    Money lines, base, vat;
    for (const auto& l : d.lines)
        if (lineKindHasAmounts(l.kind))
            lines += l.net;
    for (const auto& row : d.totals.breakdown) {
        base += row.base;
        vat += row.vat;
    }
    if (lines != d.totals.net || base != d.totals.net || vat != d.totals.vat
        || d.totals.net + d.totals.vat != d.totals.gross)
        return makeError(ErrorCode::CheckFailed,
                         EhfInvoiceWriter::tr("The booked totals of %1 %2 do not add up; it cannot be exported.")
                             .arg(documentTypeName(d.type))
                             .arg(d.number.value_or(0)));
    return {};
}

void writeLine(Ubl& x, const Document& d, const DocumentLine& l, bool credit)
{
    x.open(credit ? QStringLiteral("CreditNoteLine") : QStringLiteral("InvoiceLine"));
    x.cbc(QStringLiteral("ID"), QString::number(l.lineNo));
    // BR-27: the item price may not be negative; a negative line (a deposit returned) gets a
    // negative quantity instead, which keeps quantity × price and the net unchanged.
    const bool flip = l.unitPrice.raw() < 0;
    const Quantity qty = flip ? -l.quantity : l.quantity;
    const UnitPrice price = flip ? UnitPrice::fromRaw(-l.unitPrice.raw()) : l.unitPrice;
    const QString unitCode = ProductRules::unitCode(l.unit);
    x.cbc(credit ? QStringLiteral("CreditedQuantity") : QStringLiteral("InvoicedQuantity"), qty.toString(),
          QStringLiteral("unitCode"), unitCode);
    x.amount(QStringLiteral("LineExtensionAmount"), l.net);
    // The discount core folded into the net (line and document discount combined) becomes one
    // line allowance of gross − net. Gross is core's own lineNet() without a discount.
    const Money gross = lineNet(l.quantity, l.unitPrice, Percent()).value_or(l.net);
    const Money allowance = gross - l.net;
    if (!allowance.isZero()) {
        x.open(QStringLiteral("AllowanceCharge"));
        x.cbc(QStringLiteral("ChargeIndicator"), QStringLiteral("false"));
        x.cbc(QStringLiteral("AllowanceChargeReasonCode"), QStringLiteral("95"));
        x.cbc(QStringLiteral("AllowanceChargeReason"), EhfInvoiceWriter::tr("Discount"));
        // The percentage only when base × % / 100 matches the amount within 0.01 (R040 allows
        // 0.02): with a credit note of a rounded line it might not.
        const Percent pct = combineDiscounts(l.discount, d.discount);
        const auto byPct = mulDivRound(gross.minor(), pct.raw(), Percent::kHundred);
        const bool showPct = !pct.isZero() && byPct && qAbs(*byPct - allowance.minor()) <= 1;
        if (showPct)
            x.cbc(QStringLiteral("MultiplierFactorNumeric"), pct.toString());
        x.amount(QStringLiteral("Amount"), allowance);
        if (showPct)
            x.amount(QStringLiteral("BaseAmount"), gross);
        x.close();
    }
    x.open(QStringLiteral("Item"));
    const QString name = l.description.trimmed().isEmpty() ? l.sku : l.description.trimmed();
    x.cbc(QStringLiteral("Name"), name.isEmpty() ? EhfInvoiceWriter::tr("Item") : name);
    if (!l.sku.isEmpty()) {
        x.open(QStringLiteral("SellersItemIdentification"));
        x.cbc(QStringLiteral("ID"), l.sku);
        x.close();
    }
    x.taxCategory(QStringLiteral("ClassifiedTaxCategory"), l.vatCategory, l.vatPercent, false);
    x.close(); // Item
    x.open(QStringLiteral("Price"));
    x.cbc(QStringLiteral("PriceAmount"), price.toString(), QStringLiteral("currencyID"), d.currency);
    x.close();
    x.close();
}

} // namespace

qint64 EhfInvoiceWriter::orderNumber(const DocumentView& view)
{
    for (const auto& r : view.related)
        if (r.relation == QStringLiteral("source") && r.type == DocumentType::Order && r.number)
            return *r.number;
    return 0;
}

QString EhfInvoiceWriter::buyerReference(const DocumentView& view)
{
    if (!view.document.yourReference.trimmed().isEmpty())
        return view.document.yourReference.trimmed();
    if (const qint64 order = orderNumber(view))
        return QString::number(order);
    return QString::number(view.document.customer.number);
}

Result<EndpointId> EhfInvoiceWriter::buyerEndpoint(const CustomerSnapshot& c)
{
    const QString country = c.billing.country.isEmpty() ? QStringLiteral("NO") : c.billing.country;
    if (!c.peppolId.isEmpty()) {
        const QString scheme = c.peppolId.section(u':', 0, 0);
        if (isPeppolScheme(scheme))
            return EndpointId{scheme, c.peppolId.section(u':', 1)};
    }
    const QString orgnr = checkdigits::digitsOnly(c.orgnr);
    if (country == QStringLiteral("NO") && checkdigits::isValidOrgNr(orgnr))
        return EndpointId{QStringLiteral("0192"), orgnr};
    if (!c.gln.isEmpty() && checkdigits::isValidGln(c.gln))
        return EndpointId{QStringLiteral("0088"), c.gln};
    const QString vat = vatIdentifier(c.vatNumber, country);
    static const QRegularExpression seVat(QStringLiteral("^SE([0-9]{10})01$"));
    static const QRegularExpression dkVat(QStringLiteral("^DK([0-9]{8})$"));
    if (country == QStringLiteral("SE") && orgnr.size() == 10)
        return EndpointId{QStringLiteral("0007"), orgnr};
    if (auto m = seVat.match(vat); m.hasMatch())
        return EndpointId{QStringLiteral("0007"), m.captured(1)};
    if (country == QStringLiteral("DK") && orgnr.size() == 8)
        return EndpointId{QStringLiteral("0184"), orgnr};
    if (auto m = dkVat.match(vat); m.hasMatch())
        return EndpointId{QStringLiteral("0184"), m.captured(1)};
    if (vat.size() > 2 && vatSchemes().contains(vat.left(2)))
        return EndpointId{vatSchemes().value(vat.left(2)), vat};
    return makeError(ErrorCode::RuleViolation,
                     tr("Customer %1 has no electronic address PEPPOL accepts: give it an organisation "
                        "number, a GLN, a VAT number or a PEPPOL id (an e-mail address is not enough).")
                         .arg(c.number));
}

Result<QByteArray> EhfInvoiceWriter::write(const EhfInput& in)
{
    const Document& d = in.view.document;
    const CompanySettings& co = in.company;
    const bool credit = d.type == DocumentType::CreditNote;
    if ((d.type != DocumentType::Invoice && !credit) || !d.isBooked() || !d.number)
        return makeError(ErrorCode::InvalidState, tr("Only booked invoices and credit notes can be exported as EHF."));
    SD_TRY(checkTotals(d));
    const QString orgnr = co.orgnr();
    if (!checkdigits::isValidOrgNr(orgnr))
        return makeError(ErrorCode::RuleViolation,
                         tr("Set a valid company organisation number (company.orgnr) before exporting EHF."));
    for (const auto& l : d.lines)
        if (lineKindHasAmounts(l.kind) && !l.vatPercent.isZero() && !co.vatRegistered())
            return makeError(ErrorCode::RuleViolation,
                             tr("Line %1 charges VAT, but the company is not VAT-registered "
                                "(company.vat_registered).").arg(l.lineNo));
    auto endpoint = buyerEndpoint(d.customer);
    if (!endpoint)
        return endpoint.error();
    const QString account = co.value(QStringLiteral("company.bank_account"));
    const QString iban = co.value(QStringLiteral("company.iban"));
    if (!credit && account.isEmpty() && iban.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         tr("Set company.bank_account or company.iban: an EHF invoice must say where to pay."));

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(credit ? kCreditNoteNs : kInvoiceNs);
    w.writeNamespace(kCac, QStringLiteral("cac"));
    w.writeNamespace(kCbc, QStringLiteral("cbc"));
    w.writeStartElement(credit ? kCreditNoteNs : kInvoiceNs, credit ? QStringLiteral("CreditNote") : QStringLiteral("Invoice"));
    Ubl x(w, d.currency);
    x.cbc(QStringLiteral("CustomizationID"),
          QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
    x.cbc(QStringLiteral("ProfileID"), QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
    x.cbc(QStringLiteral("ID"), QString::number(*d.number));
    x.date(QStringLiteral("IssueDate"), d.date);
    // Norway requires a due date; UBL 2.1 credit notes carry it in PaymentMeans instead.
    const QDate due = d.dueDate.isValid() ? d.dueDate : d.date.addDays(d.paymentDays);
    if (!credit)
        x.date(QStringLiteral("DueDate"), due);
    x.cbc(credit ? QStringLiteral("CreditNoteTypeCode") : QStringLiteral("InvoiceTypeCode"),
          credit ? QStringLiteral("381") : QStringLiteral("380"));
    QStringList note;
    for (const QString& s : {d.heading.trimmed(), d.note.trimmed()})
        if (!s.isEmpty())
            note << s;
    if (!note.isEmpty()) // PEPPOL allows one document note
        x.cbc(QStringLiteral("Note"), note.join(u'\n'));
    x.cbc(QStringLiteral("DocumentCurrencyCode"), d.currency);
    x.cbc(QStringLiteral("BuyerReference"), buyerReference(in.view));
    if (const qint64 order = orderNumber(in.view)) {
        x.open(QStringLiteral("OrderReference"));
        x.cbc(QStringLiteral("ID"), QString::number(order));
        x.close();
    }
    if (credit && in.view.creditedInvoiceNumber) {
        x.open(QStringLiteral("BillingReference"));
        x.open(QStringLiteral("InvoiceDocumentReference"));
        x.cbc(QStringLiteral("ID"), QString::number(in.view.creditedInvoiceNumber));
        if (in.creditedInvoiceDate.isValid())
            x.date(QStringLiteral("IssueDate"), in.creditedInvoiceDate);
        x.close();
        x.close();
    }
    if (in.pdf) {
        const QByteArray pdf = in.pdf(in.view);
        if (!pdf.isEmpty()) {
            const QString base = credit ? QStringLiteral("credit-note-%1") : QStringLiteral("invoice-%1");
            x.open(QStringLiteral("AdditionalDocumentReference"));
            x.cbc(QStringLiteral("ID"), base.arg(*d.number));
            x.cbc(QStringLiteral("DocumentDescription"),
                  credit ? tr("Credit note %1").arg(*d.number) : tr("Invoice %1").arg(*d.number));
            x.open(QStringLiteral("Attachment"));
            w.writeStartElement(kCbc, QStringLiteral("EmbeddedDocumentBinaryObject"));
            w.writeAttribute(QStringLiteral("mimeCode"), QStringLiteral("application/pdf"));
            w.writeAttribute(QStringLiteral("filename"), base.arg(*d.number) + QStringLiteral(".pdf"));
            w.writeCharacters(QString::fromLatin1(pdf.toBase64()));
            w.writeEndElement();
            x.close();
            x.close();
        }
    }

    // Seller
    x.open(QStringLiteral("AccountingSupplierParty"));
    x.open(QStringLiteral("Party"));
    x.cbc(QStringLiteral("EndpointID"), orgnr, QStringLiteral("schemeID"), QStringLiteral("0192"));
    x.open(QStringLiteral("PartyName"));
    x.cbc(QStringLiteral("Name"), co.name());
    x.close();
    Address seller{co.value(QStringLiteral("company.address")), co.value(QStringLiteral("company.postcode")),
                   co.value(QStringLiteral("company.city")), co.value(QStringLiteral("company.country"))};
    x.address(QStringLiteral("PostalAddress"), seller);
    if (co.vatRegistered()) { // NO-R-001: NO + org.nr + MVA
        x.open(QStringLiteral("PartyTaxScheme"));
        x.cbc(QStringLiteral("CompanyID"), QStringLiteral("NO%1MVA").arg(orgnr));
        x.taxScheme(QStringLiteral("VAT"));
        x.close();
    }
    // NO-R-002 is only a warning, but foretaksregisterloven § 10-2 requires it for AS/ASA/NUF.
    if (CompanySettings::requiresForetaksregisteret(co.form())) {
        x.open(QStringLiteral("PartyTaxScheme"));
        x.cbc(QStringLiteral("CompanyID"), QStringLiteral("Foretaksregisteret"));
        x.taxScheme(QStringLiteral("TAX"));
        x.close();
    }
    x.open(QStringLiteral("PartyLegalEntity"));
    x.cbc(QStringLiteral("RegistrationName"), co.name());
    x.cbc(QStringLiteral("CompanyID"), orgnr, QStringLiteral("schemeID"), QStringLiteral("0192"));
    x.close();
    if (!co.value(QStringLiteral("company.email")).isEmpty() || !co.value(QStringLiteral("company.phone")).isEmpty()) {
        x.open(QStringLiteral("Contact"));
        x.optional(QStringLiteral("Telephone"), co.value(QStringLiteral("company.phone")));
        x.optional(QStringLiteral("ElectronicMail"), co.value(QStringLiteral("company.email")));
        x.close();
    }
    x.close();
    x.close();

    // Buyer
    const CustomerSnapshot& c = d.customer;
    x.open(QStringLiteral("AccountingCustomerParty"));
    x.open(QStringLiteral("Party"));
    x.cbc(QStringLiteral("EndpointID"), endpoint->id, QStringLiteral("schemeID"), endpoint->scheme);
    x.open(QStringLiteral("PartyIdentification"));
    x.cbc(QStringLiteral("ID"), QString::number(c.number));
    x.close();
    x.open(QStringLiteral("PartyName"));
    x.cbc(QStringLiteral("Name"), c.name);
    x.close();
    x.address(QStringLiteral("PostalAddress"), c.billing);
    if (const QString vat = vatIdentifier(c.vatNumber, c.billing.country); !vat.isEmpty()) {
        x.open(QStringLiteral("PartyTaxScheme"));
        x.cbc(QStringLiteral("CompanyID"), vat);
        x.taxScheme(QStringLiteral("VAT"));
        x.close();
    }
    x.open(QStringLiteral("PartyLegalEntity"));
    x.cbc(QStringLiteral("RegistrationName"), c.name);
    if (c.billing.country == QStringLiteral("NO") && checkdigits::isValidOrgNr(c.orgnr))
        x.cbc(QStringLiteral("CompanyID"), c.orgnr, QStringLiteral("schemeID"), QStringLiteral("0192"));
    x.close();
    if (!c.email.isEmpty()) {
        x.open(QStringLiteral("Contact"));
        x.cbc(QStringLiteral("ElectronicMail"), c.email);
        x.close();
    }
    x.close();
    x.close();

    if (d.deliveryDate.isValid() || !c.delivery.street.isEmpty()) {
        x.open(QStringLiteral("Delivery"));
        if (d.deliveryDate.isValid())
            x.date(QStringLiteral("ActualDeliveryDate"), d.deliveryDate);
        if (!c.delivery.street.isEmpty()) {
            Address to = c.delivery;
            if (to.country.isEmpty())
                to.country = c.billing.country;
            x.open(QStringLiteral("DeliveryLocation"));
            x.address(QStringLiteral("Address"), to);
            x.close();
        }
        x.close();
    }

    if (!account.isEmpty() || !iban.isEmpty()) {
        x.open(QStringLiteral("PaymentMeans"));
        x.cbc(QStringLiteral("PaymentMeansCode"), QStringLiteral("30")); // credit transfer
        if (!d.kid.isEmpty() && !credit)
            x.cbc(QStringLiteral("PaymentID"), d.kid);
        x.open(QStringLiteral("PayeeFinancialAccount"));
        x.cbc(QStringLiteral("ID"), account.isEmpty() ? iban : account);
        if (const QString bic = co.value(QStringLiteral("company.bic")); !bic.isEmpty()) {
            x.open(QStringLiteral("FinancialInstitutionBranch"));
            x.cbc(QStringLiteral("ID"), bic);
            x.close();
        }
        x.close();
        x.close();
    }
    if (!credit) {
        x.open(QStringLiteral("PaymentTerms"));
        x.cbc(QStringLiteral("Note"), tr("Payment within %n day(s)", "", d.paymentDays));
        x.close();
    }

    x.open(QStringLiteral("TaxTotal"));
    x.amount(QStringLiteral("TaxAmount"), d.totals.vat);
    for (const auto& row : d.totals.breakdown) {
        x.open(QStringLiteral("TaxSubtotal"));
        x.amount(QStringLiteral("TaxableAmount"), row.base);
        x.amount(QStringLiteral("TaxAmount"), row.vat);
        x.taxCategory(QStringLiteral("TaxCategory"), row.category, row.percent, true);
        x.close();
    }
    x.close();

    x.open(QStringLiteral("LegalMonetaryTotal"));
    x.amount(QStringLiteral("LineExtensionAmount"), d.totals.net);
    x.amount(QStringLiteral("TaxExclusiveAmount"), d.totals.net);
    x.amount(QStringLiteral("TaxInclusiveAmount"), d.totals.gross);
    x.amount(QStringLiteral("PayableAmount"), d.totals.gross);
    x.close();

    for (const auto& l : d.lines)
        if (lineKindHasAmounts(l.kind))
            writeLine(x, d, l, credit);

    w.writeEndElement();
    w.writeEndDocument();
    if (w.hasError())
        return makeError(ErrorCode::Io, tr("The EHF file could not be written."));
    return out;
}

} // namespace sd
