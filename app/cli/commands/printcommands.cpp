// print, layout.

#include "cli/cli.h"
#include "services/printservice.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

constexpr qint64 kMaxId = 999'999'999'999LL;

QJsonObject layoutJson(const LayoutProfile& l)
{
    QJsonObject o { { QStringLiteral("name"), l.name } };
    for (const QString& f : LayoutRules::fieldNames()) {
        const QString v = LayoutRules::field(l, f);
        QString key = f;
        key.replace(u'-', u'_');
        if (v == QStringLiteral("true") || v == QStringLiteral("false"))
            o.insert(key, v == QStringLiteral("true"));
        else if (f == QStringLiteral("font-size") || f == QStringLiteral("margin"))
            o.insert(key, v.toInt());
        else
            o.insert(key, v);
    }
    return o;
}

int print(Context& ctx)
{
    auto args = ctx.parse(1,
        { { QStringLiteral("--pdf"), QStringLiteral("--layout"), QStringLiteral("--invoice") },
            { QStringLiteral("--reminder") },
            0,
            1 });
    if (!args)
        return ctx.fail(args.error());
    const QString pdf = args->value(QStringLiteral("--pdf"));
    if (pdf.isEmpty())
        return ctx.usage(Context::tr("print needs --pdf OUT.pdf."));
    const bool reminder = args->has(QStringLiteral("--reminder"));
    if (reminder == !args->positional.isEmpty())
        return ctx.usage(Context::tr(
            "Use print ID --pdf OUT.pdf or print --reminder --invoice N --pdf OUT.pdf."));
    if (reminder
        && (!args->has(QStringLiteral("--invoice")) || args->has(QStringLiteral("--layout"))))
        return ctx.usage(
            Context::tr("print --reminder needs --invoice N (the invoice's layout is used)."));
    if (!reminder && args->has(QStringLiteral("--invoice")))
        return ctx.usage(Context::tr("--invoice is only used with --reminder."));
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    PrintService service(**db);
    QStringList warnings;
    if (reminder) {
        auto number = parseInteger(
            args->value(QStringLiteral("--invoice")), Context::tr("invoice number"), 1, kMaxId);
        if (!number)
            return ctx.fail(number.error());
        if (auto r = service.renderReminderPdf(*number, pdf); !r)
            return ctx.fail(r.error());
    } else {
        auto id = parseInteger(args->positional[0], Context::tr("document id"), 1, kMaxId);
        if (!id)
            return ctx.fail(id.error());
        const QString layout = args->value(QStringLiteral("--layout"));
        if (auto r = service.renderPdf(*id, pdf, layout); !r)
            return ctx.fail(r.error());
        auto w = service.warnings(*id, layout);
        if (!w)
            return ctx.fail(w.error());
        warnings = *w;
    }
    // Warnings go to stderr as well, so a script that only reads stdout JSON still logs them.
    for (const QString& w : warnings)
        ctx.err << Context::tr("Warning: %1").arg(w) << Qt::endl;
    const QString path = QFileInfo(pdf).absoluteFilePath();
    return ctx.ok(QJsonObject { { QStringLiteral("pdf"), path },
                      { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } },
        Context::tr("Wrote %1.").arg(path));
}

int layoutAdd(Context& ctx)
{
    auto args = ctx.parse(2, { { QStringLiteral("--copy-of") }, {}, 1, 1 });
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto l = PrintService(**db).addLayout(
        args->positional[0], args->value(QStringLiteral("--copy-of")));
    if (!l)
        return ctx.fail(l.error());
    return ctx.ok(layoutJson(*l), Context::tr("Layout %1 added.").arg(l->name));
}

int layoutSet(Context& ctx)
{
    QStringList options;
    for (const QString& f : LayoutRules::fieldNames())
        options << QStringLiteral("--") + f;
    auto args = ctx.parse(2, { options, {}, 1, 1 });
    if (!args)
        return ctx.fail(args.error());
    if (args->ordered.isEmpty())
        return ctx.usage(Context::tr("layout set needs at least one --FIELD VALUE."));
    QList<QPair<QString, QString>> fields;
    for (const auto& [k, v] : args->ordered)
        fields << qMakePair(k.mid(2), v);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto l = PrintService(**db).setLayoutFields(args->positional[0], fields);
    if (!l)
        return ctx.fail(l.error());
    return ctx.ok(layoutJson(*l), Context::tr("Layout %1 updated.").arg(l->name));
}

int layoutList(Context& ctx)
{
    auto args = ctx.parse(2, { {}, {} });
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto list = PrintService(**db).layouts();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QStringList names;
    for (const auto& l : *list) {
        arr.append(layoutJson(l));
        names << l.name;
    }
    return ctx.ok(arr, names.join(QStringLiteral(", ")));
}

} // namespace

QList<Command> printCommands()
{
    return {
        { { QStringLiteral("print") }, print },
        { { QStringLiteral("layout"), QStringLiteral("add") }, layoutAdd },
        { { QStringLiteral("layout"), QStringLiteral("set") }, layoutSet },
        { { QStringLiteral("layout"), QStringLiteral("list") }, layoutList },
    };
}

} // namespace sd::cli
