#pragma once

// A sales document as the services and front ends see it: header, customer snapshot and lines.
// One struct for all five types; the type decides which fields matter (ARCHITECTURE §2).

#include "documentline.h"
#include "documenttypes.h"
#include "domain/customer.h"
#include "money/vatcalculator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

// The customer as it was when the document was issued (addresses change; invoices must not).
struct CustomerSnapshot
{
    qint64 customerId = 0;
    qint64 number = 0;
    QString name;
    QString orgnr;
    QString vatNumber;
    QString gln;
    QString peppolId;
    QString email;
    Address billing;
    Address delivery;

    static CustomerSnapshot of(const Customer& c);
};

struct Document
{
    qint64 id = 0;
    DocumentType type = DocumentType::Quote;
    std::optional<qint64> number; // none for invoice / credit-note drafts
    QString status = QStringLiteral("draft"); // the lifecycle key of this type
    CustomerSnapshot customer;
    QDate date;
    QDate dueDate; // invoices
    QDate validUntil; // quotes
    QDate deliveryDate;
    QString yourReference;
    QString ourReference;
    QString heading;
    QString note;
    QString currency = QStringLiteral("NOK");
    int paymentDays = 14;
    QString layout;
    Percent discount; // document discount, combined with each line's
    Totals totals;
    QString kid;
    bool shippedOnly = false;
    bool stockAtDocumentDate = false;
    qint64 creditedInvoiceId = 0;
    bool sent = false;
    bool archived = false;
    QDateTime bookedAt;
    QString bookedBy;
    QList<DocumentLine> lines; // in display order

    bool isBooked() const { return status == QStringLiteral("booked"); }

    const DocumentLine* line(int lineNo) const;
    DocumentLine* line(int lineNo);
};

} // namespace sd
