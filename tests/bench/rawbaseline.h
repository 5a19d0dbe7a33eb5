#pragma once

// The raw-SQLite baseline (issue 9): the same work done with sqlite3's C API and prepared
// statements, so our figures can be reported as ratios that hold on a noisy machine. This is
// the only SQL outside core/storage, and it exists to measure core/storage against.

#include <QString>
#include <QtGlobal>

namespace sd::bench {

struct RawCounts
{
    qint64 documents = 0;
    qint64 lines = 0;
};

// Rows of documents and document_lines in a company file (opened read-only).
RawCounts rawCounts(const QString& file);

// Inserts `counts.documents` documents and `counts.lines` lines (spread evenly) into
// `scratchFile` — a fresh company file with our schema, indexes and triggers — in ONE
// transaction, with synchronous=FULL and foreign keys on like the application. Returns rows/s.
double rawInsertRowsPerSecond(const QString& scratchFile, const RawCounts& counts);

// The invoices dock's first page (invoices and credit notes, archived hidden, newest first),
// written as DocumentListQuery writes it, prepared once and run `runs` times; the median in ms
// of bind + step through every row + reading every column.
double rawInvoiceListMs(const QString& file, int pageSize, int runs);

} // namespace sd::bench
