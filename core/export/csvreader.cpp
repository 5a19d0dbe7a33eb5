#include "csvreader.h"

#include <QStringDecoder>

namespace sd {

QString CsvReader::decode(const QByteArray& data, QString* encoding)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8);
        return utf8.decode(data.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: a Windows spreadsheet's "CSV (semicolon separated)" is Windows-1252. Qt
    // decodes it through ICU; Latin-1 (identical but for 0x80–0x9F) only if ICU is missing.
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252.decode(data);
    QStringDecoder latin1(QStringDecoder::Latin1);
    return latin1.decode(data);
}

Result<CsvTable> CsvReader::parse(const QByteArray& data)
{
    CsvTable table;
    const QString text = decode(data, &table.encoding);

    // The delimiter is whichever of ';' and ',' the header row has more of outside quotes.
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (QChar ch : text) {
        if (ch == u'"')
            quoted = !quoted;
        else if (!quoted && (ch == u'\n' || ch == u'\r'))
            break;
        else if (!quoted && ch == u';')
            ++semicolons;
        else if (!quoted && ch == u',')
            ++commas;
    }
    table.delimiter = commas > semicolons ? u',' : u';';

    QList<CsvRecord> records;
    CsvRecord rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool any = false; // anything on this record yet
    auto endField = [&] {
        rec.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = rec.fields.size() == 1 && rec.fields.first().isEmpty();
        if (!blank)
            records << rec;
        rec = CsvRecord();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                if (ch != u'\r') // CRLF inside a quoted field becomes LF
                    field += ch;
            }
            continue;
        }
        if (ch == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            field.clear();
            any = true;
        } else if (ch == table.delimiter) {
            endField();
            any = true;
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
            any = false;
        } else if (!fieldWasQuoted) {
            field += ch;
            any = true;
        } else if (!ch.isSpace()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: text after a closing quote; a quote inside a quoted field must "
                                "be doubled (\"\").").arg(rec.line));
        }
    }
    if (inQuotes)
        return makeError(ErrorCode::InvalidInput,
                         tr("Line %1: a quoted field is never closed.").arg(rec.line));
    if (any || !field.isEmpty())
        endRecord();
    if (records.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file is empty: a header row is expected."));
    table.header = records.takeFirst();
    table.rows = records;
    return table;
}

QString csvLine(const QStringList& fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        const bool needsQuotes = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n')
                                 || f.contains(u'\r') || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (needsQuotes) {
            QString q = f;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + q + u'"';
        } else {
            out << f;
        }
    }
    return out.join(delimiter);
}

} // namespace sd

namespace sd {

QString normalizeHeaderName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'.');
    n.replace(u'_', u'-');
    n.replace(u' ', u'-');
    while (n.contains(QStringLiteral("--")))
        n.replace(QStringLiteral("--"), QStringLiteral("-"));
    return n;
}

QStringList mapHeader(const QStringList& header, const QHash<QString, QString>& aliases)
{
    QStringList out;
    for (const QString& h : header)
        out << aliases.value(normalizeHeaderName(h));
    return out;
}

} // namespace sd
