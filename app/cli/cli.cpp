#include "cli.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sd::cli {

Context::Context()
    : out(stdout)
    , err(stderr)
{
}

Result<Args> Context::parse(int verbWords, const ArgSpec& spec) const
{
    Args args;
    const QStringList tokens = rest.mid(verbWords);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& t = tokens[i];
        if (t.startsWith(QStringLiteral("--")) && t.size() > 2) {
            QString name = t;
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = t.indexOf(u'='); eq > 0) {
                name = t.left(eq);
                inlineValue = t.mid(eq + 1);
                hasInline = true;
            }
            if (spec.valueOptions.contains(name)) {
                QString v;
                if (hasInline) {
                    v = inlineValue;
                } else {
                    if (i + 1 >= tokens.size())
                        return makeError(ErrorCode::InvalidInput, tr("The option %1 needs a value.").arg(name));
                    v = tokens[++i];
                }
                args.values.insert(name, v);
                args.ordered << qMakePair(name, v);
            } else if (spec.flags.contains(name) && !hasInline) {
                args.flagsSet << name;
            } else {
                return makeError(ErrorCode::InvalidInput, tr("Unknown option %1.").arg(name));
            }
        } else {
            args.positional << t;
        }
    }
    if (args.positional.size() < spec.minPositional)
        return makeError(ErrorCode::InvalidInput, tr("Missing argument; see salgsdesk-cli --help."));
    if (args.positional.size() > spec.maxPositional)
        return makeError(ErrorCode::InvalidInput,
                         tr("Unexpected argument “%1”.").arg(args.positional.value(spec.maxPositional)));
    return args;
}

QString Context::companyPath() const
{
    if (!file.isEmpty())
        return file;
    return qEnvironmentVariable("SALGSDESK_FILE");
}

Result<storage::Database*> Context::database(bool readOnly)
{
    if (m_db)
        return m_db.get();
    if (!dbUrl.isEmpty())
        return makeError(ErrorCode::Io,
                         tr("PostgreSQL company databases are not supported yet; use --file."));
    const QString path = companyPath();
    if (path.isEmpty())
        return makeError(ErrorCode::FileMissing,
                         tr("No company file given; use --file FILE.sdk or set SALGSDESK_FILE."));
    storage::OpenOptions options;
    options.readOnly = readOnly;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("SALGSDESK_BUSY_TIMEOUT_MS", &ok);
    if (ok)
        options.busyTimeoutMs = timeout;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    return m_db.get();
}

int Context::ok(const QJsonValue& value, const QString& human)
{
    if (json) {
        QByteArray bytes;
        if (value.isObject())
            bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        else if (value.isArray())
            bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        else {
            // A bare scalar: wrap and strip, so strings are escaped exactly as JSON wants.
            QJsonArray wrap{value};
            bytes = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
            bytes = bytes.mid(1, bytes.size() - 2);
        }
        out << QString::fromUtf8(bytes) << Qt::endl;
    } else if (!human.isEmpty()) {
        out << human << Qt::endl;
    }
    return 0;
}

int Context::fail(const Error& error)
{
    err << error.message;
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("SALGSDESK_DEBUG"))
        err << QStringLiteral(" (") << error.detail << u')';
    err << Qt::endl;
    return exitCodeFor(error.code);
}

int Context::usage(const QString& message)
{
    err << message << Qt::endl;
    return 2;
}

Result<qint64> parseInteger(const QString& text, const QString& what, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        return makeError(ErrorCode::InvalidInput, Context::tr("“%1” is not a valid %2.").arg(text, what));
    if (v < min || v > max)
        return makeError(ErrorCode::OutOfRange, Context::tr("The %1 %2 is out of range.").arg(what, text));
    return v;
}

Result<QDate> parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || text.trimmed().size() != 10)
        return makeError(ErrorCode::InvalidInput,
                         Context::tr("“%1” is not a date; use YYYY-MM-DD.").arg(text));
    return d;
}

} // namespace sd::cli
