#pragma once

// ImportReport: what a CSV import found, row by row. An import is all or nothing: when any
// row has an issue nothing is imported, and each bad row is listed with its file line number
// and reason (the header is line 1).

#include <QList>
#include <functional>
#include <QString>
#include <QStringList>

namespace sd {

struct ImportIssue
{
    int line = 0;
    QString reason; // translated, one sentence
};

struct ImportReport
{
    QString encoding; // "UTF-8" or "Windows-1252"
    QChar delimiter = u';';
    int rows = 0; // data rows read
    int imported = 0; // 0 unless every row was valid and this was not a dry run
    bool dryRun = false;
    bool cancelled = false; // stopped by the user: nothing was imported and the report is partial
    QStringList ignoredColumns; // header names no field matched
    QList<ImportIssue> issues;

    bool ok() const { return issues.isEmpty(); }
};

// Called after each data row an importer has read; returning false stops reading (cancel).
using RowTick = std::function<bool()>;

// A validated row, ready to be imported.
template <typename T>
struct ImportRow
{
    int line = 0;
    T value;
};

} // namespace sd
