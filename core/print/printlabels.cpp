#include "printlabels.h"

#include <array>

namespace sd {

namespace {

using Row = std::array<const char16_t*, 4>; // nb, da, sv, en

Row row(Label label)
{
    switch (label) {
    case Label::Quote:
        return { u"Tilbud", u"Tilbud", u"Offert", u"Quote" };
    case Label::OrderConfirmation:
        return {
            u"Ordrebekreftelse", u"Ordrebekræftelse", u"Orderbekräftelse", u"Order confirmation"
        };
    case Label::PackingSlip:
        return { u"Pakkseddel", u"Følgeseddel", u"Följesedel", u"Packing slip" };
    case Label::Invoice:
        return { u"Faktura", u"Faktura", u"Faktura", u"Invoice" };
    case Label::CreditNote:
        return { u"Kreditnota", u"Kreditnota", u"Kreditfaktura", u"Credit note" };
    case Label::Reminder:
        return { u"Purring", u"Rykker", u"Betalningspåminnelse", u"Payment reminder" };
    case Label::Number:
        return { u"Nummer", u"Nummer", u"Nummer", u"Number" };
    case Label::Date:
        return { u"Dato", u"Dato", u"Datum", u"Date" };
    case Label::DueDate:
        return { u"Forfallsdato", u"Forfaldsdato", u"Förfallodatum", u"Due date" };
    case Label::DeliveryDate:
        return { u"Leveringsdato", u"Leveringsdato", u"Leveransdatum", u"Delivery date" };
    case Label::ValidUntil:
        return { u"Gyldig til", u"Gyldigt til", u"Giltig till", u"Valid until" };
    case Label::CustomerNo:
        return { u"Kundenr.", u"Kundenr.", u"Kundnr", u"Customer no." };
    case Label::YourRef:
        return { u"Deres ref.", u"Jeres ref.", u"Er referens", u"Your ref." };
    case Label::OurRef:
        return { u"Vår ref.", u"Vores ref.", u"Vår referens", u"Our ref." };
    case Label::OrderNo:
        return { u"Ordrenr.", u"Ordrenr.", u"Ordernr", u"Order no." };
    case Label::InvoiceNo:
        return { u"Fakturanr.", u"Fakturanr.", u"Fakturanr", u"Invoice no." };
    case Label::CreditsInvoice:
        return { u"Kreditnota for faktura %1",
            u"Kreditnota for faktura %1",
            u"Kreditering av faktura %1",
            u"Credit note for invoice %1" };
    case Label::Buyer:
        return { u"Kunde", u"Kunde", u"Kund", u"Customer" };
    case Label::DeliveryAddress:
        return { u"Leveringsadresse", u"Leveringsadresse", u"Leveransadress", u"Delivery address" };
    case Label::Sku:
        return { u"Varenr.", u"Varenr.", u"Artikelnr", u"SKU" };
    case Label::Description:
        return { u"Beskrivelse", u"Beskrivelse", u"Beskrivning", u"Description" };
    case Label::Quantity:
        return { u"Antall", u"Antal", u"Antal", u"Qty" };
    case Label::Unit:
        return { u"Enhet", u"Enhed", u"Enhet", u"Unit" };
    case Label::UnitPrice:
        return { u"Pris", u"Pris", u"À-pris", u"Unit price" };
    case Label::Discount:
        return { u"Rab. %", u"Rab. %", u"Rab. %", u"Disc. %" };
    case Label::VatPercent:
        return { u"MVA %", u"Moms %", u"Moms %", u"VAT %" };
    case Label::Amount:
        return { u"Beløp", u"Beløb", u"Belopp", u"Amount" };
    case Label::Ordered:
        return { u"Bestilt", u"Bestilt", u"Beställt", u"Ordered" };
    case Label::Picked:
        return { u"Plukket", u"Plukket", u"Plockat", u"Picked" };
    case Label::Location:
        return { u"Lagerplass", u"Lokation", u"Lagerplats", u"Location" };
    case Label::Net:
        return {
            u"Sum eks. MVA", u"Subtotal ekskl. moms", u"Summa exkl. moms", u"Total excl. VAT"
        };
    case Label::VatOf:
        return { u"MVA %1 % av %2", u"Moms %1 % af %2", u"Moms %1 % av %2", u"VAT %1 % of %2" };
    case Label::Total:
        return { u"Totalt", u"I alt", u"Totalt", u"Total" };
    case Label::Subtotal:
        return { u"Delsum", u"Subtotal", u"Delsumma", u"Subtotal" };
    case Label::AmountDue:
        return { u"Å betale", u"At betale", u"Att betala", u"Amount due" };
    case Label::PaymentTerms:
        return {
            u"Betalingsbetingelser", u"Betalingsbetingelser", u"Betalningsvillkor", u"Payment terms"
        };
    case Label::PaymentTermsNet:
        return { u"Netto %1 dager", u"Netto %1 dage", u"Netto %1 dagar", u"Net %1 days" };
    case Label::PaymentInfo:
        return { u"Betalingsinformasjon",
            u"Betalingsinformation",
            u"Betalningsinformation",
            u"Payment information" };
    case Label::BankAccount:
        return { u"Kontonummer", u"Kontonummer", u"Kontonummer", u"Bank account" };
    case Label::Kid:
        return { u"KID", u"KID", u"KID", u"KID" };
    case Label::Iban:
        return { u"IBAN", u"IBAN", u"IBAN", u"IBAN" };
    case Label::Bic:
        return { u"BIC", u"BIC", u"BIC", u"BIC" };
    case Label::OrgNr:
        return { u"Org.nr.", u"Org.nr.", u"Org.nr", u"Org. no." };
    case Label::Phone:
        return { u"Telefon", u"Telefon", u"Telefon", u"Phone" };
    case Label::Email:
        return { u"E-post", u"E-mail", u"E-post", u"E-mail" };
    case Label::PageOf:
        return { u"Side %1 av %2", u"Side %1 af %2", u"Sida %1 av %2", u"Page %1 of %2" };
    case Label::CarriedForward:
        return { u"Overføres", u"Transport", u"Transport", u"Carried forward" };
    case Label::BroughtForward:
        return { u"Overført", u"Transport", u"Transport", u"Brought forward" };
    case Label::ContinuedNextPage:
        return { u"Fortsetter på neste side",
            u"Fortsættes på næste side",
            u"Fortsätter på nästa sida",
            u"Continued on next page" };
    case Label::ReminderIntro:
        return { u"Vi kan ikke se å ha mottatt betaling for faktura %1. Vennligst betal utestående "
                 u"beløp innen ny forfallsdato. Se bort fra denne purringen dersom beløpet "
                 u"allerede er betalt.",
            u"Vi har endnu ikke modtaget betaling for faktura %1. Betal venligst det udestående "
            u"beløb senest på den nye forfaldsdato. Se bort fra denne rykker, hvis beløbet "
            u"allerede er betalt.",
            u"Vi har ännu inte fått betalt för faktura %1. Betala det utestående beloppet senast "
            u"på det nya förfallodatumet. Bortse från denna påminnelse om beloppet redan är "
            u"betalt.",
            u"We have not yet received payment for invoice %1. Please pay the outstanding amount "
            u"by the new due date. Disregard this reminder if the amount has already been paid." };
    case Label::InvoiceDate:
        return { u"Fakturadato", u"Fakturadato", u"Fakturadatum", u"Invoice date" };
    case Label::OriginalDueDate:
        return { u"Opprinnelig forfall",
            u"Oprindelig forfald",
            u"Ursprungligt förfallodatum",
            u"Original due date" };
    case Label::InvoiceAmount:
        return { u"Fakturabeløp", u"Fakturabeløb", u"Fakturabelopp", u"Invoice amount" };
    case Label::PaidOrCredited:
        return { u"Betalt / kreditert",
            u"Betalt / krediteret",
            u"Betalt / krediterat",
            u"Paid / credited" };
    case Label::ReminderFee:
        return { u"Purregebyr", u"Rykkergebyr", u"Påminnelseavgift", u"Reminder fee" };
    case Label::TotalToPay:
        return { u"Totalt å betale", u"I alt at betale", u"Totalt att betala", u"Total to pay" };
    case Label::NewDueDate:
        return { u"Ny forfallsdato", u"Ny forfaldsdato", u"Nytt förfallodatum", u"New due date" };
    case Label::Shipment:
        return { u"Forsendelse", u"Forsendelse", u"Försändelse", u"Shipment" };
    }
    return { u"", u"", u"", u"" };
}

int languageIndex(const QString& language)
{
    if (language == QStringLiteral("da"))
        return 1;
    if (language == QStringLiteral("sv"))
        return 2;
    if (language == QStringLiteral("en"))
        return 3;
    return 0; // nb, and anything unknown: the company's own language
}

} // namespace

QString printLabel(const QString& language, Label label)
{
    return QString::fromUtf16(row(label)[size_t(languageIndex(language))]);
}

QLocale printLocale(const QString& language)
{
    switch (languageIndex(language)) {
    case 1:
        return QLocale(QLocale::Danish, QLocale::Denmark);
    case 2:
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    case 3:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    default:
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    }
}

QString formatPrintDate(const QString& language, const QDate& date)
{
    if (!date.isValid())
        return {};
    // Unambiguous numeric forms customers in each country expect on business documents.
    switch (languageIndex(language)) {
    case 2:
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    case 3:
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    default:
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    }
}

QString localizeDecimal(const QString& plain, const QLocale& locale)
{
    QString text = plain;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    QString intPart = dot < 0 ? text : text.left(dot);
    const QString fracPart = dot < 0 ? QString() : text.mid(dot + 1);
    // A plain space: the locales' non-breaking or narrow spaces do not survive every PDF reader's
    // text extraction, and a bank clerk copying an amount must get it whole.
    const QString sep = locale.groupSeparator().trimmed().isEmpty() ? QStringLiteral(" ")
                                                                    : locale.groupSeparator();
    for (qsizetype pos = intPart.size() - 3; pos > 0; pos -= 3)
        intPart.insert(pos, sep);
    QString out = intPart;
    if (!fracPart.isEmpty())
        out += locale.decimalPoint() + fracPart;
    return negative ? QStringLiteral("-") + out : out;
}

} // namespace sd
