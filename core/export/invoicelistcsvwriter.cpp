#include "invoicelistcsvwriter.h"

#include "csvreader.h"

namespace sd {

QByteArray InvoiceListCsvWriter::toCsv(const QList<DocumentView>& documents)
{
    const QStringList header = {QStringLiteral("type"), QStringLiteral("number"), QStringLiteral("date"),
                                QStringLiteral("due_date"), QStringLiteral("customer"),
                                QStringLiteral("customer_name"), QStringLiteral("your_reference"),
                                QStringLiteral("currency"), QStringLiteral("net"), QStringLiteral("vat"),
                                QStringLiteral("gross"), QStringLiteral("credited"), QStringLiteral("paid"),
                                QStringLiteral("amount_due"), QStringLiteral("payment_status"),
                                QStringLiteral("kid"), QStringLiteral("credited_invoice")};
    QString out = csvLine(header) + u'\n';
    for (const auto& v : documents) {
        const Document& d = v.document;
        const bool invoice = d.type == DocumentType::Invoice;
        out += csvLine({documentTypeKey(d.type), d.number ? QString::number(*d.number) : QString(),
                        d.date.toString(Qt::ISODate), invoice ? d.dueDate.toString(Qt::ISODate) : QString(),
                        QString::number(d.customer.number), d.customer.name, d.yourReference, d.currency,
                        d.totals.net.toString(), d.totals.vat.toString(), d.totals.gross.toString(),
                        invoice ? v.credited.toString() : QString(), invoice ? v.paid.toString() : QString(),
                        invoice ? v.amountDue.toString() : QString(), invoice ? v.paymentStatus : QString(),
                        invoice ? d.kid : QString(),
                        v.creditedInvoiceNumber ? QString::number(v.creditedInvoiceNumber) : QString()})
               + u'\n';
    }
    return out.toUtf8();
}

} // namespace sd
