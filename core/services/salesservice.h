#pragma once

// SalesService: the write API for sales documents — drafts, lines, the quote and order
// lifecycles, conversions, shipments with picking and stock, invoices, credit notes, payments
// and reminders. Each public call is one transaction and returns one Result; nothing is
// half-done when it fails. Status rules come from the lifecycle tables in core/documents.

#include "common/result.h"
#include "documents/derivedstatus.h"
#include "documents/document.h"
#include "storage/documentrepository.h"

#include <QCoreApplication>

namespace sd {

namespace storage {
class Database;
}

// A line to add: a product by SKU (or a bundle), a free-text line or a group heading.
struct LineInput
{
    LineKind kind = LineKind::Product;
    QString sku; // product / bundle
    QString text; // description override, or the text / heading
    std::optional<Quantity> quantity;
    std::optional<UnitPrice> price; // default: the product's price
    std::optional<Percent> discount;
    QString vatCode; // text lines with a price; default: the product's code
};

// A pick on a shipment: a quantity of a SKU, spread over the shipment's lines of that SKU.
struct PickInput
{
    QString sku;
    Quantity quantity;
};

struct LineChange
{
    std::optional<Quantity> quantity;
    std::optional<UnitPrice> price;
    std::optional<Percent> discount;
    std::optional<QString> text;
};

struct HeaderChange
{
    std::optional<QDate> date;
    std::optional<QString> yourReference;
    std::optional<QString> ourReference;
    std::optional<QString> heading;
    std::optional<QString> note;
    std::optional<QDate> deliveryDate;
    std::optional<QDate> validUntil;
    std::optional<Percent> discount;
    std::optional<QString> layout;
};

// What the front ends show: the document plus everything derived from other rows.
struct DocumentView
{
    Document document;
    QList<storage::Relation> related;
    // quotes
    bool expired = false;
    // orders (and invoices: delivery)
    QString deliveryStatus;
    QString invoiceStatus;
    QHash<qint64, Quantity> shippedPerLine; // order line id → shipped on sent shipments
    QHash<qint64, Quantity> invoicedPerLine; // order line id → net invoiced (booked − credited)
    // shipments
    QString pickedStatus;
    // invoices
    QString paymentStatus;
    Money paid;
    Money credited;
    Money amountDue; // gross − credited − paid (towards the invoice itself)
    Money reminderFeesOpen; // reminder fees still owed, a receivable beside the invoice
    qint64 creditedInvoiceNumber = 0; // credit notes
};

struct CreditLineInput
{
    int lineNo = 0; // invoice line number
    Quantity quantity;
};

struct BookOptions
{
    std::optional<QDate> date;
    bool withShipment = false;
    bool stockAtInvoiceDate = false;
};

class SalesService
{
    Q_DECLARE_TR_FUNCTIONS(SalesService)

public:
    explicit SalesService(storage::Database& db);

    // Drafts -------------------------------------------------------------------------------
    Result<qint64> create(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil = {});
    Result<void> setHeader(qint64 id, const HeaderChange& change);
    // A new draft with its lines in one call (a pasted or imported document): every line is
    // checked first, and the header is written once, with its final totals.
    Result<qint64> createWithLines(DocumentType type, qint64 customerNumber, const QList<LineInput>& lines,
                                   std::optional<QDate> validUntil = {});
    Result<int> addLine(qint64 id, const LineInput& input); // returns the line number
    // Several lines in one call: the document is read once and every input is checked before
    // anything is written — one bad line refuses the whole call with that line's error and
    // changes nothing. The header is written once and the log gets one entry. Returns the new
    // line numbers in input order (empty for an empty list, which changes nothing).
    Result<QList<int>> addLines(qint64 id, const QList<LineInput>& inputs);
    Result<void> setLine(qint64 id, int lineNo, const LineChange& change);
    Result<void> removeLine(qint64 id, int lineNo);
    // Moves a line to stand before `beforeLineNo` (0 = to the end). Line numbers never change;
    // only the display order does.
    Result<void> moveLine(qint64 id, int lineNo, int beforeLineNo);
    // Changes the customer of a draft: the snapshot, currency and payment terms follow.
    Result<void> setCustomer(qint64 id, qint64 customerNumber);
    Result<void> deleteDraft(qint64 id);
    Result<qint64> duplicate(qint64 id);
    Result<void> setArchived(qint64 id, bool archived);
    Result<void> comment(qint64 id, const QString& text);
    Result<qint64> attach(qint64 id, const QString& name, const QByteArray& data);

    // Quotes and orders --------------------------------------------------------------------
    Result<void> sendQuote(qint64 id);
    Result<qint64> acceptQuote(qint64 id, DocumentType to); // Order or Invoice
    Result<void> rejectQuote(qint64 id);
    Result<void> confirmOrder(qint64 id);
    Result<void> cancelOrder(qint64 id);
    Result<qint64> backorder(qint64 id); // the rest order's id

    // Shipments ----------------------------------------------------------------------------
    Result<qint64> createShipment(qint64 orderId);
    Result<void> pickAll(qint64 shipmentId);
    Result<void> pick(qint64 shipmentId, const QString& sku, Quantity quantity);
    // Several picks in one call (one log entry); all are checked before any is written.
    Result<void> pick(qint64 shipmentId, const QList<PickInput>& picks);
    Result<QString> pickEan(qint64 shipmentId, const QString& ean); // returns the SKU picked
    Result<void> sendShipment(qint64 shipmentId, std::optional<QDate> date = {});

    // Invoices and credit notes ------------------------------------------------------------
    Result<qint64> invoiceOrder(qint64 orderId, bool shippedOnly);
    Result<qint64> book(qint64 id, const BookOptions& options = {}); // returns the number
    Result<qint64> credit(qint64 invoiceNumber, const QList<CreditLineInput>& lines, bool returnStock, bool reinvoice);
    // A payment settles the invoice first; anything above the amount due pays open reminder
    // fees, whole fees in the order they were charged.
    Result<void> registerPayment(qint64 invoiceNumber, Money amount, std::optional<QDate> date = {});
    Result<Money> remind(qint64 invoiceNumber, std::optional<Money> fee = {});
    // Writes off the open reminder fees of an invoice on purpose (logged); returns the amount.
    Result<Money> writeOffReminderFees(qint64 invoiceNumber);
    Result<void> markSent(qint64 id);

    // Reading -------------------------------------------------------------------------------
    Result<DocumentView> view(qint64 id);
    Result<qint64> idOfNumber(DocumentType type, qint64 number);
    Result<QList<storage::ActivityEntry>> activity(qint64 id);
    Result<QList<storage::AttachmentInfo>> attachments(qint64 id);

private:
    // create() without a transaction of its own, returning the document as written: the
    // conversions (quote → order, order → invoice…) go on with it instead of loading it again.
    Result<Document> createDraft(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil = {});
    // The parts of createDraft: a new draft in memory (its number taken, nothing else
    // written), and writing it — header, lines with their totals, the "created" log entry. A
    // conversion fills the lines in between, so the header is written once (issue 9).
    Result<Document> newDraft(DocumentType type, qint64 customerNumber, std::optional<QDate> validUntil = {});
    Result<void> insertDraft(Document& d);
    // An input line made into a document line for `d` (product, price, VAT on its date);
    // nothing is written.
    Result<DocumentLine> lineFor(const Document& d, const LineInput& input);
    // lineFor() for each input; with several, a refusal names the input's place in the list.
    Result<QList<DocumentLine>> linesFor(const Document& d, const QList<LineInput>& inputs);
    // The log entries of added lines: the highest number issued, and what was added.
    Result<void> logAdded(qint64 id, const QList<DocumentLine>& lines);

    storage::Database& m_db;
    storage::DocumentRepository m_docs;
};

} // namespace sd
