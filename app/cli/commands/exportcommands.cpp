// export ehf|journal|invoices, import customers|products (shared/CLI.md).

#include "cli/cli.h"
#include "services/importexportservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sd::cli {

namespace {

// Writes the whole file or nothing (QSaveFile renames into place on commit).
Result<void> writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(ErrorCode::Io, Context::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int done(Context& ctx, const QString& path, qsizetype bytes, const QString& what)
{
    return ctx.ok(QJsonObject{{QStringLiteral("out"), path}, {QStringLiteral("bytes"), qint64(bytes)}},
                  Context::tr("%1 written to %2.").arg(what, path));
}

int exportEhf(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--invoice"), QStringLiteral("--credit-note"), QStringLiteral("--out")}, {}});
    if (!args)
        return ctx.fail(args.error());
    const bool invoice = args->has(QStringLiteral("--invoice"));
    if (invoice == args->has(QStringLiteral("--credit-note")) || !args->has(QStringLiteral("--out")))
        return ctx.usage(Context::tr("export ehf needs --invoice N or --credit-note N, and --out FILE.xml."));
    auto number = parseInteger(args->value(invoice ? QStringLiteral("--invoice") : QStringLiteral("--credit-note")),
                               Context::tr("document number"), 1, 999'999'999'999);
    if (!number)
        return ctx.fail(number.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    // The CLI has no printout to embed yet: the PDF hook stays off.
    auto xml = ImportExportService(**db).ehf(invoice ? DocumentType::Invoice : DocumentType::CreditNote, *number);
    if (!xml)
        return ctx.fail(xml.error());
    const QString out = args->value(QStringLiteral("--out"));
    if (auto w = writeFile(out, *xml); !w)
        return ctx.fail(w.error());
    return done(ctx, out, xml->size(), Context::tr("EHF"));
}

int exportPeriod(Context& ctx, bool journal)
{
    auto args = ctx.parse(2, {{QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--out")}, {}});
    if (!args)
        return ctx.fail(args.error());
    for (const QString& o : {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--out")})
        if (!args->has(o))
            return ctx.usage(Context::tr("export %1 needs --from D --to D --out FILE.csv.")
                                 .arg(journal ? QStringLiteral("journal") : QStringLiteral("invoices")));
    auto from = parseDate(args->value(QStringLiteral("--from")));
    if (!from)
        return ctx.fail(from.error());
    auto to = parseDate(args->value(QStringLiteral("--to")));
    if (!to)
        return ctx.fail(to.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    ImportExportService service(**db);
    auto csv = journal ? service.journalCsv(*from, *to) : service.invoiceListCsv(*from, *to);
    if (!csv)
        return ctx.fail(csv.error());
    const QString out = args->value(QStringLiteral("--out"));
    if (auto w = writeFile(out, *csv); !w)
        return ctx.fail(w.error());
    return done(ctx, out, csv->size(), journal ? Context::tr("Journal") : Context::tr("Invoice list"));
}

int importFile(Context& ctx, bool customers)
{
    auto args = ctx.parse(2, {{}, {QStringLiteral("--dry-run")}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    const QString path = args->positional.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::InvalidInput, Context::tr("Cannot read %1: %2").arg(path, f.errorString())));
    const QByteArray data = f.readAll();
    const bool dryRun = args->has(QStringLiteral("--dry-run"));
    auto db = ctx.database(dryRun);
    if (!db)
        return ctx.fail(db.error());
    ImportExportService service(**db);
    auto report = customers ? service.importCustomers(data, dryRun) : service.importProducts(data, dryRun);
    if (!report)
        return ctx.fail(report.error());

    QJsonArray issues;
    QStringList lines;
    for (const auto& issue : report->issues) {
        issues.append(QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
        lines << Context::tr("line %1: %2").arg(issue.line).arg(issue.reason);
    }
    const QString what = customers ? Context::tr("customers") : Context::tr("products");
    QString summary;
    if (!report->ok())
        summary = Context::tr("%n bad row(s) of %1; nothing imported.", "", int(report->issues.size())).arg(report->rows);
    else if (dryRun)
        summary = Context::tr("Dry run: all %1 rows are valid; nothing imported.").arg(report->rows);
    else
        summary = Context::tr("%1 %2 imported.").arg(report->imported).arg(what);
    if (!report->ignoredColumns.isEmpty())
        lines << Context::tr("ignored columns: %1").arg(report->ignoredColumns.join(QStringLiteral(", ")));
    lines << summary;
    const QJsonObject json{{QStringLiteral("rows"), report->rows},
                           {QStringLiteral("imported"), report->imported},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("encoding"), report->encoding},
                           {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(report->ignoredColumns)},
                           {QStringLiteral("issues"), issues}};
    if (report->ok())
        return ctx.ok(json, lines.join(u'\n'));
    // Bad rows: the report on stdout (it is the answer asked for), exit 1 — nothing imported.
    if (ctx.json)
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        ctx.out << lines.join(u'\n') << Qt::endl;
    ctx.err << summary << Qt::endl;
    return 1;
}

} // namespace

QList<Command> exportCommands()
{
    return {
        {{QStringLiteral("export"), QStringLiteral("ehf")}, exportEhf},
        {{QStringLiteral("export"), QStringLiteral("journal")}, [](Context& c) { return exportPeriod(c, true); }},
        {{QStringLiteral("export"), QStringLiteral("invoices")}, [](Context& c) { return exportPeriod(c, false); }},
        {{QStringLiteral("import"), QStringLiteral("customers")}, [](Context& c) { return importFile(c, true); }},
        {{QStringLiteral("import"), QStringLiteral("products")}, [](Context& c) { return importFile(c, false); }},
    };
}

} // namespace sd::cli
