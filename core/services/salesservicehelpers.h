#pragma once

// Internal helpers shared by the two halves of SalesService. Not a public API.

#include "common/result.h"
#include "documents/document.h"
#include "services/salesservice.h"
#include "storage/documentrepository.h"

namespace sd::detail {

// The document, if it may still be edited (its lifecycle allows Edit; not booked).
Result<Document> loadEditable(storage::DocumentRepository& docs, qint64 id);
Result<Document> loadOfType(storage::DocumentRepository& docs, qint64 id, DocumentType type);
bool hasAmountLines(const Document& d);
QString label(const Document& d);
void copyHeader(const Document& from, Document& to);

// Fills the VAT category and the rate valid on `date` from the line's VAT code.
Result<void> applyVat(storage::Database& db, DocumentLine& line, const QDate& date);
Result<void> refreshVatRates(storage::Database& db, Document& d);
// Recomputes nets and totals and writes header and lines (inserting lines with id 0, updating
// only lines that differ from the file). `onFile` is the document as it is on file, when the
// caller loaded it in this transaction and has not written its lines since: it saves
// loading the document again to compare (issue 9).
// Checks the lines and fills their nets and the document's totals, in memory.
Result<void> computeLines(Document& d);
Result<void> recompute(storage::DocumentRepository& docs, Document& d, const Document* onFile = nullptr);

// A line that ships: a bundle, or a product that is stock-tracked.
bool isShippable(storage::Database& db, const DocumentLine& line);
Result<void> checkOrderLineFloor(storage::DocumentRepository& docs, const Document& order, const DocumentLine& line, Quantity newQuantity);
Result<void> checkCreditLimit(storage::DocumentRepository& docs, const Document& creditNote, const DocumentLine& line, Quantity newQuantity);

// An invoice's money: paid, credited, open reminder fees, amount due and payment status (two
// reads). `fees`, when given, receives the reminders that carry a fee, oldest first.
Result<void> fillInvoiceMoney(storage::DocumentRepository& docs, DocumentView& view,
                              QList<storage::DocumentRepository::ReminderFee>* fees = nullptr);
Result<void> fillDerived(storage::Database& db, storage::DocumentRepository& docs, DocumentView& view);
// After shipments or invoices change: archive the order when it is delivered and invoiced.
Result<void> autoArchiveOrder(storage::Database& db, storage::DocumentRepository& docs, qint64 orderId);

} // namespace sd::detail
