#pragma once

// The small framework of salgsdesk-cli: argument parsing per verb (unknown options are exit 2),
// the open company file, and output as one JSON value (--json) or one human line.
// The CLI has no logic of its own: every verb calls one core service.

#include "common/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QMultiHash>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace sd::cli {

struct ArgSpec
{
    QStringList valueOptions; // "--name" takes the next token
    QStringList flags; // "--json" style
    int minPositional = 0;
    int maxPositional = 0;
};

class Args
{
public:
    QStringList positional;
    QMultiHash<QString, QString> values; // option → value(s), in order of appearance via all()
    QStringList flagsSet;
    QList<QPair<QString, QString>> ordered; // every value option in order (for `set --FIELD V`)

    bool has(const QString& option) const { return values.contains(option) || flagsSet.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        auto all = values.values(option);
        return all.isEmpty() ? fallback : all.first(); // QMultiHash: most recent first
    }
    QStringList all(const QString& option) const
    {
        QStringList out;
        for (const auto& [k, v] : ordered)
            if (k == option)
                out << v;
        return out;
    }
};

class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Context();
    bool json = false;
    QString file;
    QString dbUrl;
    QStringList rest; // verb words and their arguments
    QTextStream out;
    QTextStream err;

    // Parses rest (after the verb words) against a spec. Error: exit 2.
    Result<Args> parse(int verbWords, const ArgSpec& spec) const;
    // Opens the company file named by --file / SALGSDESK_FILE.
    Result<storage::Database*> database(bool readOnly = false);
    QString companyPath() const;

    // Prints the result of a successful command: JSON value or one human line.
    int ok(const QJsonValue& json, const QString& human);
    // Prints one clear sentence to stderr and returns the contract's exit code.
    int fail(const Error& error);
    int usage(const QString& message);

private:
    std::unique_ptr<storage::Database> m_db;
};

using Handler = std::function<int(Context&)>;

struct Command
{
    QStringList words; // {"customer", "add"}
    Handler handler;
};

// Each commands/*.cpp contributes its verbs.
QList<Command> companyCommands();
QList<Command> masterDataCommands();
QList<Command> documentCommands();
QList<Command> invoiceCommands();
QList<Command> lineCommands();
QList<Command> stockCommands();
QList<Command> printCommands();
QList<Command> exportCommands();
QList<Command> backupCommands();

// Parsing helpers returning exit-2 errors for malformed numbers.
Result<qint64> parseInteger(const QString& text, const QString& what, qint64 min, qint64 max);
Result<QDate> parseDate(const QString& text);

} // namespace sd::cli
