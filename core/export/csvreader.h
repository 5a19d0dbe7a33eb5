#pragma once

// CsvReader: RFC 4180 CSV as spreadsheets and other systems write it — quoted fields with
// doubled quotes and line breaks inside, CRLF or LF, ';' or ',' chosen from the header row,
// UTF-8 (with or without BOM) or Windows-1252 (what Excel on Norwegian Windows saves), decoded
// with QStringDecoder. Each record keeps the file line it starts on, for the import report.
// csvLine() is the writing side, shared by the export writers.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

struct CsvTable
{
    QChar delimiter = u';';
    QString encoding; // "UTF-8" or "Windows-1252"
    CsvRecord header;
    QList<CsvRecord> rows; // blank lines skipped
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> parse(const QByteArray& data);
    // Decodes UTF-8 (BOM or valid UTF-8 without one), else Windows-1252.
    static QString decode(const QByteArray& data, QString* encoding = nullptr);
};

// One CSV line (without the line break): fields quoted when they contain the delimiter, a
// quote, a line break or surrounding spaces.
QString csvLine(const QStringList& fields, QChar delimiter = u';');

} // namespace sd

namespace sd {

// Maps header cells to field names through `aliases` (normalised name → field). Unknown
// columns map to an empty string. Normalising lower-cases, trims and turns spaces and '_' into
// '-' and drops '.', so "Org.nr", "org nr" and "ORGNR" are one name.
QString normalizeHeaderName(const QString& name);
QStringList mapHeader(const QStringList& header, const QHash<QString, QString>& aliases);

} // namespace sd
