#include "printcontent.h"

#include "documents/documenttotals.h"
#include "printlabels.h"

namespace sd {

namespace {

struct Words
{
    QString lang;
    QLocale locale;
    QString operator()(Label l) const { return printLabel(lang, l); }
    QString amount(Money m) const { return localizeDecimal(m.toString(), locale); }
    QString quantity(Quantity q) const { return localizeDecimal(q.toString(), locale); }
    QString price(UnitPrice p) const { return localizeDecimal(p.toString(), locale); }
    QString percent(Percent p) const { return localizeDecimal(p.toString(), locale); }
    QString date(const QDate& d) const { return formatPrintDate(lang, d); }
};

QString title(PrintKind kind, const Words& w)
{
    switch (kind) {
    case PrintKind::Quote:
        return w(Label::Quote);
    case PrintKind::OrderConfirmation:
        return w(Label::OrderConfirmation);
    case PrintKind::PackingSlip:
        return w(Label::PackingSlip);
    case PrintKind::Invoice:
        return w(Label::Invoice);
    case PrintKind::CreditNote:
        return w(Label::CreditNote);
    case PrintKind::Reminder:
        return w(Label::Reminder);
    }
    return {};
}

// Norwegian account numbers are read in groups 4-2-5; anything else is printed as stored.
QString bankAccountText(const QString& digits)
{
    if (digits.size() == 11)
        return digits.left(4) + u' ' + digits.mid(4, 2) + u' ' + digits.mid(6);
    return digits;
}

QStringList addressLines(const Address& a, const QString& companyCountry)
{
    QStringList out;
    for (const QString& s : a.street.split(u'\n'))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    const QString city = (a.postcode + u' ' + a.city).trimmed();
    if (!city.isEmpty())
        out << city;
    if (!a.country.isEmpty() && a.country != companyCountry)
        out << a.country;
    return out;
}

void addIf(QList<KeyValue>& list, const QString& key, const QString& value, bool bold = false)
{
    if (!value.trimmed().isEmpty())
        list << KeyValue { key, value, bold };
}

QStringList sellerLines(const CompanySettings& c, const Words& w)
{
    QStringList out;
    Address a;
    a.street = c.value(QStringLiteral("company.address"));
    a.postcode = c.value(QStringLiteral("company.postcode"));
    a.city = c.value(QStringLiteral("company.city"));
    a.country = c.value(QStringLiteral("company.country"));
    out << addressLines(a, a.country);
    if (!c.orgnr().isEmpty())
        out << w(Label::OrgNr) + u' ' + c.orgnrDisplay();
    // foretaksregisterloven § 10-2 / bokføringsforskriften § 5-1-1: AS, ASA and NUF must state
    // "Foretaksregisteret". Decided here from the legal form, never by the layout.
    if (CompanySettings::requiresForetaksregisteret(c.form()))
        out << QStringLiteral("Foretaksregisteret");
    if (!c.value(QStringLiteral("company.phone")).isEmpty())
        out << w(Label::Phone) + u' ' + c.value(QStringLiteral("company.phone"));
    if (!c.value(QStringLiteral("company.email")).isEmpty())
        out << c.value(QStringLiteral("company.email"));
    if (!c.value(QStringLiteral("company.website")).isEmpty())
        out << c.value(QStringLiteral("company.website"));
    return out;
}

QList<KeyValue> bankRows(const CompanySettings& c, const Words& w)
{
    QList<KeyValue> rows;
    addIf(rows,
        w(Label::BankAccount),
        bankAccountText(c.value(QStringLiteral("company.bank_account"))));
    addIf(rows, w(Label::Iban), c.value(QStringLiteral("company.iban")));
    addIf(rows, w(Label::Bic), c.value(QStringLiteral("company.bic")));
    return rows;
}

InfoBox termsBox(const PrintData& d, const Words& w)
{
    InfoBox box;
    box.title = w(Label::PaymentTerms);
    box.text = w(Label::PaymentTermsNet).arg(d.document.paymentDays);
    if (!d.layout.termsText.trimmed().isEmpty())
        box.text += u'\n' + d.layout.termsText.trimmed();
    return box;
}

void salesTable(const PrintData& d, const Words& w, bool prices, PrintContent& out)
{
    const Document& doc = d.document;
    const QList<DocumentLine> lines = sortedByPosition(doc.lines);
    bool anyDiscount = !doc.discount.isZero();
    for (const auto& l : lines)
        anyDiscount = anyDiscount || !l.discount.isZero();
    const bool discounts = prices && d.layout.showDiscounts && anyDiscount;

    out.columns << PrintColumn { w(Label::Sku), 0.13, Qt::AlignLeft }
                << PrintColumn { w(Label::Description), 0, Qt::AlignLeft }
                << PrintColumn { w(Label::Quantity), 0.08, Qt::AlignRight }
                << PrintColumn { w(Label::Unit), 0.07, Qt::AlignLeft };
    if (prices)
        out.columns << PrintColumn { w(Label::UnitPrice), 0.11, Qt::AlignRight };
    if (discounts)
        out.columns << PrintColumn { w(Label::Discount), 0.09, Qt::AlignRight };
    out.columns << PrintColumn { w(Label::VatPercent), 0.08, Qt::AlignRight };
    if (prices)
        out.columns << PrintColumn { w(Label::Amount), 0.13, Qt::AlignRight };
    const int n = int(out.columns.size());

    QHash<int, Money> subtotalOf;
    for (const auto& g : groupSubtotals(lines))
        subtotalOf.insert(g.lineNo, g.subtotal);
    int openGroup = 0;
    QString openHeading;
    auto closeGroup = [&] {
        if (openGroup && prices) {
            PrintRow r;
            r.kind = PrintRowKind::Subtotal;
            r.cells << PrintCell {
                w(Label::Subtotal) + u' ' + openHeading, Qt::AlignRight, true, n - 1
            } << PrintCell { w.amount(subtotalOf.value(openGroup)), Qt::AlignRight, true };
            out.rows << r;
        }
        openGroup = 0;
    };
    for (const auto& l : lines) {
        PrintRow r;
        if (l.kind == LineKind::Group) {
            closeGroup();
            openGroup = l.lineNo;
            openHeading = l.description;
            r.kind = PrintRowKind::Group;
            r.cells << PrintCell { l.description, Qt::AlignLeft, true, n };
        } else if (l.kind == LineKind::Text) {
            r.kind = PrintRowKind::Text;
            r.cells << PrintCell {} << PrintCell { l.description, Qt::AlignLeft, false, n - 1 };
        } else {
            r.net = l.net;
            r.cells << PrintCell { l.sku } << PrintCell { l.description }
                    << PrintCell { w.quantity(l.quantity), Qt::AlignRight } << PrintCell { l.unit };
            if (prices)
                r.cells << PrintCell { w.price(l.unitPrice), Qt::AlignRight };
            if (discounts) {
                const Percent pct = combineDiscounts(l.discount, doc.discount);
                r.cells << PrintCell { pct.isZero() ? QString() : w.percent(pct), Qt::AlignRight };
            }
            r.cells << PrintCell { w.percent(l.vatPercent), Qt::AlignRight };
            if (prices)
                r.cells << PrintCell { w.amount(l.net), Qt::AlignRight };
        }
        out.rows << r;
    }
    closeGroup();
    out.carryAmounts = prices;
    if (!prices)
        return;
    out.totals << KeyValue { w(Label::Net), w.amount(doc.totals.net) };
    for (const auto& v : doc.totals.breakdown)
        out.totals << KeyValue { w(Label::VatOf).arg(w.percent(v.percent), w.amount(v.base)),
            w.amount(v.vat) };
    out.totals << KeyValue {
        w(Label::Total) + u' ' + doc.currency, w.amount(doc.totals.gross), true
    };
}

// A bundle's picked quantity is not stored: it is as many whole sets as its components allow.
Quantity bundlePicked(const QList<DocumentLine>& lines, const DocumentLine& bundle)
{
    std::optional<qint64> sets;
    for (const auto& c : lines) {
        if (c.parentLineId != bundle.id || c.quantity.milli() <= 0)
            continue;
        const qint64 s = c.picked.milli() * bundle.quantity.milli() / c.quantity.milli();
        sets = sets ? qMin(*sets, s) : s;
    }
    return sets ? Quantity::fromMilli(*sets) : bundle.picked;
}

void packingTable(const PrintData& d, const Words& w, PrintContent& out)
{
    out.columns << PrintColumn { w(Label::Sku), 0.15, Qt::AlignLeft }
                << PrintColumn { w(Label::Description), 0, Qt::AlignLeft }
                << PrintColumn { w(Label::Location), 0.13, Qt::AlignLeft }
                << PrintColumn { w(Label::Ordered), 0.11, Qt::AlignRight }
                << PrintColumn { w(Label::Picked), 0.11, Qt::AlignRight };
    for (const auto& l : sortedByPosition(d.document.lines)) {
        PrintRow r;
        if (l.kind == LineKind::Group || l.kind == LineKind::Text) {
            r.kind = l.kind == LineKind::Group ? PrintRowKind::Group : PrintRowKind::Text;
            r.cells << PrintCell { l.description, Qt::AlignLeft, l.kind == LineKind::Group, 5 };
            out.rows << r;
            continue;
        }
        // A bundle is one line; its components follow it, indented, because they are what the
        // warehouse actually picks.
        const bool component = l.parentLineId != 0;
        r.kind = component ? PrintRowKind::Component : PrintRowKind::Line;
        const QString unit = l.unit.isEmpty() ? QString() : u' ' + l.unit;
        r.cells << PrintCell { l.sku, Qt::AlignLeft, false, 1, component ? 1 : 0 }
                << PrintCell { l.description,
                       Qt::AlignLeft,
                       l.kind == LineKind::Bundle,
                       1,
                       component ? 1 : 0 }
                << PrintCell { d.binLocations.value(l.productId) }
                << PrintCell { w.quantity(l.quantity) + unit, Qt::AlignRight }
                << PrintCell { w.quantity(l.kind == LineKind::Bundle
                                       ? bundlePicked(d.document.lines, l)
                                       : l.picked)
                           + unit,
                       Qt::AlignRight };
        out.rows << r;
    }
}

} // namespace

QString formatAmount(Money amount, const QString& language)
{
    return localizeDecimal(amount.toString(), printLocale(language));
}

PrintContent buildPrintContent(const PrintData& d)
{
    const Words w { d.layout.language, printLocale(d.layout.language) };
    const Document& doc = d.document;
    const CompanySettings& c = d.company;
    PrintContent out;
    out.language = d.layout.language;
    out.title = title(d.kind, w);
    out.companyName = c.name();
    out.sellerLines = sellerLines(c, w);
    out.logoPath
        = d.layout.logoPath.isEmpty() ? c.value(QStringLiteral("company.logo")) : d.layout.logoPath;
    out.footer = d.layout.footerText;
    const QString country = c.value(QStringLiteral("company.country"));

    out.buyerTitle = w(Label::Buyer);
    out.buyerLines << doc.customer.name << addressLines(doc.customer.billing, country);
    if (!doc.customer.orgnr.isEmpty())
        out.buyerLines << w(Label::OrgNr) + u' ' + doc.customer.orgnr;
    else if (!doc.customer.vatNumber.isEmpty())
        out.buyerLines << doc.customer.vatNumber;
    const bool separateDelivery = !doc.customer.delivery.street.trimmed().isEmpty();
    if (d.kind == PrintKind::PackingSlip
        || (separateDelivery && d.kind == PrintKind::OrderConfirmation)) {
        out.deliveryTitle = w(Label::DeliveryAddress);
        out.deliveryLines << doc.customer.name
                          << addressLines(
                                 separateDelivery ? doc.customer.delivery : doc.customer.billing,
                                 country);
    }

    const QString number = doc.number ? QString::number(*doc.number) : QStringLiteral("–");
    const QString kid = doc.kid;
    if (d.kind == PrintKind::Reminder) {
        addIf(out.meta, w(Label::Date), w.date(d.reminder ? d.reminder->date : doc.date));
        addIf(out.meta, w(Label::InvoiceNo), number);
    } else {
        addIf(out.meta, w(Label::Number), number, true);
        addIf(out.meta, w(Label::Date), w.date(doc.date));
    }
    if (d.kind == PrintKind::Quote)
        addIf(out.meta, w(Label::ValidUntil), w.date(doc.validUntil));
    if (d.kind == PrintKind::Invoice)
        addIf(out.meta, w(Label::DueDate), w.date(doc.dueDate), true);
    // An invoice must state the delivery date (bokføringsforskriften § 5-1-1); when none was
    // entered the goods were delivered on the invoice date, which is what is printed then.
    const QDate delivery
        = d.kind == PrintKind::Invoice && !doc.deliveryDate.isValid() ? doc.date : doc.deliveryDate;
    if (d.kind != PrintKind::Reminder && d.kind != PrintKind::CreditNote)
        addIf(out.meta, w(Label::DeliveryDate), w.date(delivery));
    addIf(out.meta,
        w(Label::CustomerNo),
        doc.customer.number ? QString::number(doc.customer.number) : QString());
    if (d.orderNumber && d.kind != PrintKind::Reminder)
        addIf(out.meta, w(Label::OrderNo), QString::number(d.orderNumber));
    if (d.kind == PrintKind::CreditNote && d.creditedInvoiceNumber)
        addIf(out.meta, w(Label::InvoiceNo), QString::number(d.creditedInvoiceNumber));
    addIf(out.meta, w(Label::YourRef), doc.yourReference);
    addIf(out.meta, w(Label::OurRef), doc.ourReference);
    if (d.kind == PrintKind::Invoice || d.kind == PrintKind::Reminder)
        addIf(out.meta, w(Label::Kid), kid);

    out.intro = doc.heading;
    out.note = doc.note;
    switch (d.kind) {
    case PrintKind::Quote:
    case PrintKind::OrderConfirmation: {
        salesTable(d, w, d.layout.showPrices, out);
        if (d.layout.showPaymentTerms)
            out.boxes << termsBox(d, w);
        if (d.kind == PrintKind::OrderConfirmation) {
            InfoBox pay { w(Label::PaymentInfo), bankRows(c, w), {} };
            if (!pay.rows.isEmpty())
                out.boxes << pay;
        }
        break;
    }
    case PrintKind::Invoice:
    case PrintKind::CreditNote: {
        // Legal content: an invoice or credit note always shows its prices, VAT and totals,
        // whatever the layout says.
        salesTable(d, w, true, out);
        if (d.kind == PrintKind::CreditNote) {
            if (d.creditedInvoiceNumber)
                out.intro = w(Label::CreditsInvoice).arg(d.creditedInvoiceNumber)
                    + (doc.heading.isEmpty() ? QString() : u'\n' + doc.heading);
            break;
        }
        if (!d.paid.isZero() || !d.credited.isZero()) {
            out.totals << KeyValue { w(Label::PaidOrCredited), w.amount(-(d.paid + d.credited)) };
            out.totals << KeyValue { w(Label::AmountDue), w.amount(d.amountDue), true };
        }
        InfoBox pay { w(Label::PaymentInfo), {}, {} };
        pay.rows << KeyValue { w(Label::AmountDue),
            w.amount(doc.isBooked() ? d.amountDue : doc.totals.gross) + u' ' + doc.currency,
            true };
        addIf(pay.rows, w(Label::DueDate), w.date(doc.dueDate), true);
        pay.rows << bankRows(c, w);
        addIf(pay.rows, w(Label::Kid), kid, true);
        out.boxes << pay;
        if (d.layout.showPaymentTerms)
            out.boxes << termsBox(d, w);
        break;
    }
    case PrintKind::PackingSlip:
        packingTable(d, w, out);
        if (doc.number)
            out.barcode = QString::number(*doc.number);
        break;
    case PrintKind::Reminder: {
        const ReminderFacts r = d.reminder.value_or(ReminderFacts {});
        out.intro = w(Label::ReminderIntro).arg(number);
        InfoBox claim { w(Label::Reminder), {}, {} };
        claim.rows << KeyValue { w(Label::InvoiceNo), number }
                   << KeyValue { w(Label::InvoiceDate), w.date(doc.date) }
                   << KeyValue { w(Label::OriginalDueDate), w.date(doc.dueDate) }
                   << KeyValue { w(Label::InvoiceAmount), w.amount(doc.totals.gross) };
        if (!d.paid.isZero() || !d.credited.isZero())
            claim.rows << KeyValue { w(Label::PaidOrCredited), w.amount(-(d.paid + d.credited)) };
        claim.rows << KeyValue { w(Label::AmountDue), w.amount(d.amountDue) }
                   << KeyValue { w(Label::ReminderFee), w.amount(r.fees) }
                   << KeyValue { w(Label::TotalToPay),
                          w.amount(d.amountDue + r.fees) + u' ' + doc.currency,
                          true }
                   << KeyValue { w(Label::NewDueDate), w.date(r.newDueDate), true };
        out.boxes << claim;
        InfoBox pay { w(Label::PaymentInfo), bankRows(c, w), {} };
        addIf(pay.rows, w(Label::Kid), kid, true);
        out.boxes << pay;
        break;
    }
    }
    return out;
}

} // namespace sd
