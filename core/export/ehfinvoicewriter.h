#pragma once

// EhfInvoiceWriter: a booked invoice or credit note as EHF / PEPPOL BIS Billing 3.0
// (UBL 2.1 Invoice or CreditNote), written with QXmlStreamWriter. Every amount is the booked
// one from the DocumentView (line nets, VAT breakdown, totals); nothing is recomputed. The
// only derived amounts are the line allowances, gross − net, which make a line's discount
// (line and document discount, folded into the net by core) visible in the form EN 16931's
// PEPPOL-EN16931-R120 checks: net = quantity × price − allowance.

#include "common/result.h"
#include "domain/companysettings.h"
#include "services/salesservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace sd {

// An electronic address: EAS scheme ("0192", "0088", "0007" …) and identifier.
struct EndpointId
{
    QString scheme;
    QString id;
};

struct EhfInput
{
    DocumentView view; // a booked invoice or credit note
    CompanySettings company;
    QDate creditedInvoiceDate; // credit notes: the credited invoice's date (BillingReference)
    // Optional: the printout to embed as a PDF attachment. Off when empty or returning no bytes.
    std::function<QByteArray(const DocumentView&)> pdf;
};

class EhfInvoiceWriter
{
    Q_DECLARE_TR_FUNCTIONS(EhfInvoiceWriter)

public:
    static Result<QByteArray> write(const EhfInput& input);

    // The buyer's PEPPOL address: the customer's own PEPPOL id, else the Norwegian org.nr
    // (0192), else the GLN (0088), else an id derived from the foreign org. or VAT number
    // (0007 Swedish org.nr, 0184 Danish CVR, 99xx VAT schemes). E-mail ("EM") is in the CEF list
    // but PEPPOL's CL008 rejects it, so a customer with only an e-mail address is refused.
    static Result<EndpointId> buyerEndpoint(const CustomerSnapshot& customer);

    // The buyer reference PEPPOL requires: your-reference, else the order number, else the
    // customer number.
    static QString buyerReference(const DocumentView& view);
    // The number of the order the document was made from, 0 = none.
    static qint64 orderNumber(const DocumentView& view);
};

} // namespace sd
