#pragma once

// InvoiceListCsvWriter: the booked invoices and credit notes of a period as one CSV table for
// the bookkeeper, with what was paid, credited and is still due. Amounts are the booked ones
// from each DocumentView; credit notes keep positive amounts (their type gives the sign, as
// everywhere in Salgsdesk).

#include "services/salesservice.h"

#include <QByteArray>
#include <QList>

namespace sd {

class InvoiceListCsvWriter
{
public:
    // type;number;date;due_date;customer;customer_name;your_reference;currency;net;vat;gross;
    // credited;paid;amount_due;payment_status;kid;credited_invoice — UTF-8, ';'.
    static QByteArray toCsv(const QList<DocumentView>& documents);
};

} // namespace sd
