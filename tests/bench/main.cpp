// salgsdesk-bench: the ten-year-shop generator and the performance benchmark (issue 9).
//
//   salgsdesk-bench generate --preset small|medium|large --seed N --out FILE.sdk [--count DOCS]
//   salgsdesk-bench run --file FILE.sdk [--generate-rate DOCS_PER_S] [--bookings N]
//   salgsdesk-bench lists --file FILE.sdk [--search TEXT]   (filters, search and sort only; opens read-only)
//
// `run` prints one JSON object on stdout; progress and errors go to stderr.

#include "benchutil.h"
#include "generator.h"
#include "runner.h"
#include "storage/database.h"

#include <QApplication>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace {

int usage()
{
    std::fprintf(stderr,
        "usage: salgsdesk-bench generate --preset small|medium|large --seed N --out FILE.sdk [--count DOCS]\n"
        "       salgsdesk-bench run --file FILE.sdk [--generate-rate DOCS_PER_S] [--bookings N]\n"
        "       salgsdesk-bench lists --file FILE.sdk [--search TEXT]\n");
    return 64;
}

} // namespace

int main(int argc, char** argv)
{
    // The GUI part of `run` (peak RSS with every dock open) needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("salgsdesk-bench"));
    // Window state and preferences go to a throw-away place, never the user's settings.
    QStandardPaths::setTestModeEnabled(true);

    QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString verb = args.takeFirst();
    QHash<QString, QString> opts;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (!args[i].startsWith(QStringLiteral("--")))
            return usage();
        opts.insert(args[i].mid(2), args[i + 1]);
    }
    if (args.size() % 2 != 0)
        return usage();

    if (verb == QStringLiteral("generate")) {
        sd::bench::GenerateOptions o;
        o.preset = opts.value(QStringLiteral("preset"), o.preset);
        o.seed = opts.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong();
        o.out = opts.value(QStringLiteral("out"));
        o.count = opts.value(QStringLiteral("count"), QStringLiteral("0")).toLongLong();
        if (opts.contains(QStringLiteral("commit-every")))
            o.commitEvery = opts.value(QStringLiteral("commit-every")).toInt();
        sd::bench::generate(o);
        return 0;
    }
    if (verb == QStringLiteral("run")) {
        sd::bench::RunOptions o;
        o.file = opts.value(QStringLiteral("file"));
        o.generateRate = opts.value(QStringLiteral("generate-rate"), QStringLiteral("0")).toDouble();
        o.bookings = opts.value(QStringLiteral("bookings"), QStringLiteral("1000")).toInt();
        if (o.file.isEmpty())
            return usage();
        const QJsonObject result = sd::bench::run(o);
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    if (verb == QStringLiteral("lists") && opts.contains(QStringLiteral("file"))) {
        sd::storage::OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        auto db = sd::storage::Database::open(opts.value(QStringLiteral("file")), readOnly);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        QJsonObject result;
        sd::bench::measureFilters(**db, result, opts.value(QStringLiteral("search")));
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    return usage();
}
