// backup now, backup list, backup restore FILE. (`backup --out FILE`, a one-off copy, is in
// companycommands.cpp.)

#include "cli/cli.h"
#include "services/backupservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

int backupNow(Context& ctx)
{
    auto args = ctx.parse(2, {});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true); // VACUUM INTO only reads
    if (!db)
        return ctx.fail(db.error());
    auto run = BackupService(**db).backupNow(QStringLiteral("manual"));
    if (!run)
        return ctx.fail(run.error());
    for (const QString& p : run->problems)
        ctx.err << p << Qt::endl;
    return ctx.ok(QJsonObject{{QStringLiteral("written"), QJsonArray::fromStringList(run->written)},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(run->problems)}},
                  Context::tr("Backup written to %1.").arg(run->written.join(QStringLiteral(", "))));
}

int backupList(Context& ctx)
{
    auto args = ctx.parse(2, {});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto list = BackupService(**db).list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray out;
    QStringList lines;
    for (const BackupInfo& b : *list) {
        const auto& p = b.preview;
        QJsonObject o{{QStringLiteral("file"), b.path},
                      {QStringLiteral("reason"), b.reason},
                      {QStringLiteral("modified"), b.modified.toString(Qt::ISODate)},
                      {QStringLiteral("size"), b.size}};
        if (!b.problem.isEmpty()) {
            o[QStringLiteral("problem")] = b.problem;
            lines << Context::tr("%1  (%2) cannot be read: %3").arg(b.path, b.reason, b.problem);
        } else {
            o[QStringLiteral("company")] = p.companyName;
            o[QStringLiteral("schema_version")] = p.schemaVersion;
            o[QStringLiteral("customers")] = p.customers;
            o[QStringLiteral("products")] = p.products;
            o[QStringLiteral("documents")] = p.documents;
            o[QStringLiteral("last_invoice_number")] = p.lastInvoiceNumber;
            o[QStringLiteral("last_invoice_date")] = p.lastInvoiceDate.toString(Qt::ISODate);
            const QString last = p.lastInvoiceNumber
                                     ? Context::tr("last invoice %1 of %2").arg(p.lastInvoiceNumber).arg(p.lastInvoiceDate.toString(Qt::ISODate))
                                     : Context::tr("no invoice booked");
            lines << Context::tr("%1  (%2) %3: %4 customers, %5 products, %6 documents, %7")
                         .arg(b.path, b.reason, p.companyName)
                         .arg(p.customers)
                         .arg(p.products)
                         .arg(p.documents)
                         .arg(last);
        }
        out.append(o);
    }
    if (lines.isEmpty())
        lines << Context::tr("No backups yet.");
    return ctx.ok(out, lines.join(u'\n'));
}

int backupRestore(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    const QString path = ctx.companyPath();
    if (path.isEmpty())
        return ctx.usage(Context::tr("No company file given; use --file FILE.sdk."));
    // No ctx.database(): the file must not be open in this process while it is replaced.
    auto r = BackupService::restore(path, args->positional.first());
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("restored_from"), r->restoredFrom},
                              {QStringLiteral("kept_copy"), r->keptCopy}},
                  r->keptCopy.isEmpty()
                      ? Context::tr("Restored %1 from %2.").arg(path, r->restoredFrom)
                      : Context::tr("Restored %1 from %2; the previous file was kept as %3.").arg(path, r->restoredFrom, r->keptCopy));
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {{QStringLiteral("backup"), QStringLiteral("now")}, backupNow},
        {{QStringLiteral("backup"), QStringLiteral("list")}, backupList},
        {{QStringLiteral("backup"), QStringLiteral("restore")}, backupRestore},
    };
}

} // namespace sd::cli
