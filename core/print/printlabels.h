#pragma once

// The words printed on documents, in the layout's language (nb, da, sv, en), independent of the
// language the program runs in: a Danish customer gets a Danish invoice from a Norwegian desk.
// That is why they are a table here and not tr() strings. Number and date formats follow the same
// language (printLocale, formatPrintDate).

#include <QDate>
#include <QLocale>
#include <QString>

namespace sd {

enum class Label
{
    Quote,
    OrderConfirmation,
    PackingSlip,
    Invoice,
    CreditNote,
    Reminder,
    Number,
    Date,
    DueDate,
    DeliveryDate,
    ValidUntil,
    CustomerNo,
    YourRef,
    OurRef,
    OrderNo,
    InvoiceNo,
    CreditsInvoice, // "Credit note for invoice %1"
    Buyer,
    DeliveryAddress,
    Sku,
    Description,
    Quantity,
    Unit,
    UnitPrice,
    Discount,
    VatPercent,
    Amount,
    Ordered,
    Picked,
    Location,
    Net,
    VatOf, // "VAT %1 % of %2"
    Total,
    Subtotal,
    AmountDue,
    PaymentTerms,
    PaymentTermsNet, // "Net %1 days"
    PaymentInfo,
    BankAccount,
    Kid,
    Iban,
    Bic,
    OrgNr,
    Phone,
    Email,
    PageOf, // "Page %1 of %2"
    CarriedForward,
    BroughtForward,
    ContinuedNextPage,
    ReminderIntro, // "According to our records, invoice %1 is still unpaid."
    InvoiceDate,
    OriginalDueDate,
    InvoiceAmount,
    PaidOrCredited,
    ReminderFee,
    TotalToPay,
    NewDueDate,
    Shipment,
};

QString printLabel(const QString& language, Label label);
QLocale printLocale(const QString& language);
QString formatPrintDate(const QString& language, const QDate& date);
// Localises a plain decimal ("-1250.50", as Money/Quantity::toString give) with the language's
// separators and digit grouping. Works on the text, so no amount ever passes through a double.
QString localizeDecimal(const QString& plain, const QLocale& locale);

} // namespace sd
