#pragma once

// The raw-SQLite baseline (issue 9): the same work done with sqlite3's C API and prepared
// statements, so our figures can be reported as ratios that hold on a noisy machine. This is
// the only SQL outside core/storage, and it exists to measure core/storage against.

#include <QString>
#include <QtGlobal>

namespace sd::bench {

// Rows a generated company file holds, per table the flow inserts into. Master data (customers,
// products, settings) is a few thousand rows and not counted.
struct RawCounts
{
    qint64 documents = 0;
    qint64 lines = 0;
    qint64 logEntries = 0; // activity_log: every state change of a document writes one
    qint64 stockMoves = 0;
    qint64 relations = 0; // document_relations: quote → order → shipment → invoice → credit note
    qint64 payments = 0;

    qint64 rows() const { return documents + lines + logEntries + stockMoves + relations + payments; }
    RawCounts documentsAndLines() const { return {documents, lines, 0, 0, 0, 0}; }
};

RawCounts rawCounts(const QString& file);

// Inserts the rows of `counts` — each table's rows spread evenly over the documents, every row
// valid under the schema's constraints and foreign keys — into `scratchFile`, a fresh company
// file with our schema, indexes and triggers and one customer and one product, in ONE
// transaction, with synchronous=FULL and foreign keys on like the application. The search index
// is written before COMMIT as the application writes it. Returns rows/s.
double rawInsertRowsPerSecond(const QString& scratchFile, const RawCounts& counts);

// The invoices dock's first page (invoices and credit notes, archived hidden, newest first),
// written as DocumentListQuery writes it, prepared once and run `runs` times; the median in ms
// of bind + step through every row + reading every column.
double rawInvoiceListMs(const QString& file, int pageSize, int runs);

} // namespace sd::bench
