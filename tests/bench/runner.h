#pragma once

// `salgsdesk-bench run`: measures one company file and returns the issue 9 figures as one JSON
// object. The input file is never written: everything runs on a copy in a temporary folder
// beside it (same disk), which is removed afterwards.

#include <QJsonObject>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::bench {

struct RunOptions
{
    QString file;
    double generateRate = 0; // docs/s from an earlier generate; 0 = read the sidecar
    int bookings = 1000;
};

QJsonObject run(const RunOptions& options);

// The read side (runner.cpp): docks, filters, search, sort, the raw list comparison, peak RSS.
void measureLists(const QString& copy, QJsonObject& out);
// Step 3 of measureLists alone: every status and customer filter, the search words and sort by
// amount, the way a dock runs them (`salgsdesk-bench lists` runs this on a read-only file).
// `onlySearch`: that search text alone (search_ms and its worst case only).
void measureFilters(storage::Database& db, QJsonObject& out, const QString& onlySearch);
// The write side (runnerwrite.cpp): opening a 200-line document, booking latency and growth,
// PDF and EHF. Works on `db` (the copy).
void measureWrites(storage::Database& db, const QString& tempDir, int bookings, QJsonObject& out);

} // namespace sd::bench
