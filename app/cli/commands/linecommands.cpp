// Document lines (product, bundle, text, heading), comments and attachments.

#include "cli/cli.h"
#include "cli/commands/documentverbs.h"
#include "common/clock.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

using namespace documents;

namespace {

// ---- lines --------------------------------------------------------------------------------


int lineAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--text"), QStringLiteral("--group"),
                               QStringLiteral("--qty"), QStringLiteral("--price"), QStringLiteral("--discount"),
                               QStringLiteral("--vat"), QStringLiteral("--vat-code")},
                              {},
                              1,
                              1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    const bool sku = args->has(QStringLiteral("--sku"));
    const bool text = args->has(QStringLiteral("--text"));
    const bool group = args->has(QStringLiteral("--group"));
    if ((sku ? 1 : 0) + (group ? 1 : 0) + (text && !sku ? 1 : 0) != 1)
        return ctx.usage(Context::tr("line add needs one of --sku SKU, --text TEXT or --group HEADING."));
    if (args->has(QStringLiteral("--vat")) && args->has(QStringLiteral("--vat-code")))
        return ctx.usage(Context::tr("Use either --vat or --vat-code, not both."));

    LineInput input;
    if (sku && !args->has(QStringLiteral("--qty")))
        return ctx.usage(Context::tr("line add --sku needs --qty."));
    if (group) {
        for (const auto* amount : {"--qty", "--price", "--discount", "--vat", "--vat-code", "--text"})
            if (args->has(QString::fromLatin1(amount)))
                return ctx.usage(Context::tr("A group heading has no %1.").arg(QString::fromLatin1(amount)));
        input.kind = LineKind::Group;
        input.text = args->value(QStringLiteral("--group"));
    } else if (sku) {
        input.kind = LineKind::Product; // the service knows a bundle by its SKU
        input.sku = args->value(QStringLiteral("--sku"));
        input.text = args->value(QStringLiteral("--text"));
    } else {
        // Free text; with a quantity and price the service makes it an ad-hoc item.
        input.kind = LineKind::Text;
        input.text = args->value(QStringLiteral("--text"));
    }
    if (args->has(QStringLiteral("--qty"))) {
        auto q = Quantity::parsePositive(args->value(QStringLiteral("--qty")));
        if (!q)
            return ctx.fail(q.error());
        input.quantity = *q;
    }
    if (args->has(QStringLiteral("--price"))) {
        auto p = UnitPrice::parse(args->value(QStringLiteral("--price")));
        if (!p)
            return ctx.fail(p.error());
        input.price = *p;
    }
    if (args->has(QStringLiteral("--discount"))) {
        auto p = Percent::parse(args->value(QStringLiteral("--discount")));
        if (!p)
            return ctx.fail(p.error());
        input.discount = *p;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (args->has(QStringLiteral("--vat-code"))) {
        input.vatCode = args->value(QStringLiteral("--vat-code"));
    } else if (args->has(QStringLiteral("--vat"))) {
        auto code = MasterDataService(**db).vatCodeForPercent(args->value(QStringLiteral("--vat")),
                                                              Clock::instance().today());
        if (!code)
            return ctx.fail(code.error());
        input.vatCode = *code;
    }
    auto line = SalesService(**db).addLine(*id, input);
    if (!line)
        return ctx.fail(line.error());
    return ctx.ok(QJsonObject{{QStringLiteral("line"), *line}},
                  Context::tr("Added line %1 to document %2.").arg(*line).arg(*id));
}

int lineSet(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--qty"), QStringLiteral("--price"), QStringLiteral("--discount"),
                               QStringLiteral("--text")},
                              {},
                              2,
                              2});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto lineNo = lineNumber(args->positional[1]);
    if (!lineNo)
        return ctx.fail(lineNo.error());
    if (args->ordered.isEmpty())
        return ctx.usage(Context::tr("line set needs at least one of --qty, --price, --discount, --text."));
    LineChange change;
    if (args->has(QStringLiteral("--qty"))) {
        auto q = Quantity::parsePositive(args->value(QStringLiteral("--qty")));
        if (!q)
            return ctx.fail(q.error());
        change.quantity = *q;
    }
    if (args->has(QStringLiteral("--price"))) {
        auto p = UnitPrice::parse(args->value(QStringLiteral("--price")));
        if (!p)
            return ctx.fail(p.error());
        change.price = *p;
    }
    if (args->has(QStringLiteral("--discount"))) {
        auto p = Percent::parse(args->value(QStringLiteral("--discount")));
        if (!p)
            return ctx.fail(p.error());
        change.discount = *p;
    }
    if (args->has(QStringLiteral("--text")))
        change.text = args->value(QStringLiteral("--text"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = service.setLine(*id, *lineNo, change); !r)
        return ctx.fail(r.error());
    return printDocument(ctx, service, *id, Context::tr("Line %1 of document %2 updated.").arg(*lineNo).arg(*id));
}

int lineRemove(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 2, 2});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto lineNo = lineNumber(args->positional[1]);
    if (!lineNo)
        return ctx.fail(lineNo.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = service.removeLine(*id, *lineNo); !r)
        return ctx.fail(r.error());
    return printDocument(ctx, service, *id, Context::tr("Line %1 removed from document %2.").arg(*lineNo).arg(*id));
}

// ---- comments and attachments ---------------------------------------------------------------

int commentAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--text")}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    if (args->value(QStringLiteral("--text")).trimmed().isEmpty())
        return ctx.usage(Context::tr("comment add needs --text TEXT."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto r = SalesService(**db).comment(*id, args->value(QStringLiteral("--text"))); !r)
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *id}}, Context::tr("Comment added to document %1.").arg(*id));
}

QJsonObject attachmentJson(const storage::AttachmentInfo& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("mime"), a.mime},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("added_at"), a.addedAt.toUTC().toString(Qt::ISODate)}};
}

int attachAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 2, 2});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    const QString path = args->positional[1];
    QFile file(path);
    if (!file.exists())
        return ctx.fail(makeError(ErrorCode::FileMissing, Context::tr("The file %1 does not exist.").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::Io, Context::tr("The file %1 cannot be read.").arg(path), file.errorString()));
    const QByteArray data = file.readAll();
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto attachment = SalesService(**db).attach(*id, QFileInfo(path).fileName(), data);
    if (!attachment)
        return ctx.fail(attachment.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *attachment}},
                  Context::tr("Attached %1 to document %2.").arg(QFileInfo(path).fileName()).arg(*id));
}

int attachList(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto list = SalesService(**db).attachments(*id);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QStringList lines;
    for (const auto& a : *list) {
        arr.append(attachmentJson(a));
        lines << QStringLiteral("%1  %2  %3").arg(a.id).arg(a.name).arg(a.size);
    }
    return ctx.ok(arr, lines.join(u'\n'));
}

} // namespace

QList<Command> lineCommands()
{
    return {
        {{QStringLiteral("line"), QStringLiteral("add")}, lineAdd},
        {{QStringLiteral("line"), QStringLiteral("set")}, lineSet},
        {{QStringLiteral("line"), QStringLiteral("remove")}, lineRemove},
        {{QStringLiteral("comment"), QStringLiteral("add")}, commentAdd},
        {{QStringLiteral("attach"), QStringLiteral("add")}, attachAdd},
        {{QStringLiteral("attach"), QStringLiteral("list")}, attachList},
    };
}

} // namespace sd::cli
