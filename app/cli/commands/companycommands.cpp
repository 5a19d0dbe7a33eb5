// init, settings, backup, check.

#include "cli/cli.h"
#include "services/companyservice.h"
#include "services/demodata.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

int init(Context& ctx)
{
    auto args = ctx.parse(1, {{QStringLiteral("--company"), QStringLiteral("--orgnr"), QStringLiteral("--form"),
                               QStringLiteral("--currency"), QStringLiteral("--stock-principle")},
                              {QStringLiteral("--vat-registered"), QStringLiteral("--demo")}});
    if (!args)
        return ctx.fail(args.error());
    const QString path = ctx.companyPath();
    if (path.isEmpty())
        return ctx.usage(Context::tr("No company file given; use --file FILE.sdk."));
    if (args->has(QStringLiteral("--demo"))) {
        auto db = DemoData::create(path);
        if (!db)
            return ctx.fail(db.error());
        return ctx.ok(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("demo"), true}},
                      Context::tr("Created the demo company file %1.").arg(path));
    }
    if (!args->has(QStringLiteral("--company")) || !args->has(QStringLiteral("--orgnr")))
        return ctx.usage(Context::tr("init needs --company NAME and --orgnr NUMBER (or --demo)."));
    CompanySetup setup;
    setup.name = args->value(QStringLiteral("--company"));
    setup.orgnr = args->value(QStringLiteral("--orgnr"));
    setup.form = args->value(QStringLiteral("--form"), QStringLiteral("AS"));
    setup.vatRegistered = args->has(QStringLiteral("--vat-registered"));
    setup.currency = args->value(QStringLiteral("--currency"), QStringLiteral("NOK"));
    const QString principle = args->value(QStringLiteral("--stock-principle"), QStringLiteral("average"));
    if (principle != QStringLiteral("fifo") && principle != QStringLiteral("average"))
        return ctx.usage(Context::tr("--stock-principle is fifo or average."));
    setup.stockPrinciple = principle == QStringLiteral("fifo") ? StockPrinciple::Fifo : StockPrinciple::Average;
    auto db = CompanyService::createCompany(path, setup);
    if (!db)
        return ctx.fail(db.error());
    return ctx.ok(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("company"), setup.name.trimmed()}},
                  Context::tr("Created company file %1 for %2.").arg(path, setup.name.trimmed()));
}

int settingsGet(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 0, 1});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    CompanyService service(**db);
    if (args->positional.isEmpty()) {
        auto all = service.allSettings();
        if (!all)
            return ctx.fail(all.error());
        QJsonObject o;
        QStringList lines;
        for (const auto& [k, v] : *all) {
            o[k] = v;
            lines << k + QStringLiteral(" = ") + v;
        }
        return ctx.ok(o, lines.join(u'\n'));
    }
    const QString key = args->positional.first();
    auto value = service.setting(key);
    if (!value)
        return ctx.fail(value.error());
    return ctx.ok(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *value}}, *value);
}

int settingsSet(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 2, 2});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QString key = args->positional[0];
    auto value = CompanyService(**db).setSetting(key, args->positional[1]);
    if (!value)
        return ctx.fail(value.error());
    return ctx.ok(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *value}},
                  Context::tr("%1 = %2").arg(key, *value));
}

int backup(Context& ctx)
{
    auto args = ctx.parse(1, {{QStringLiteral("--out")}, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--out")))
        return ctx.usage(Context::tr("backup needs --out FILE.sdk."));
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto r = CompanyService(**db).backup(args->value(QStringLiteral("--out")));
    if (!r)
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("backup"), *r}}, Context::tr("Backup written to %1.").arg(*r));
}

int check(Context& ctx)
{
    auto args = ctx.parse(1, {});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto violations = CompanyService(**db).check();
    if (!violations)
        return ctx.fail(violations.error());
    QJsonArray list;
    QStringList lines;
    for (const auto& v : *violations) {
        list.append(QJsonObject{{QStringLiteral("invariant"), v.invariant}, {QStringLiteral("message"), v.message}});
        lines << v.invariant + QStringLiteral(": ") + v.message;
    }
    const bool good = violations->isEmpty();
    QJsonObject result{{QStringLiteral("ok"), good}, {QStringLiteral("violations"), list}};
    if (good)
        return ctx.ok(result, Context::tr("Check passed: integrity and every invariant hold."));
    if (ctx.json)
        ctx.ok(result, {});
    else
        ctx.err << lines.join(u'\n') << Qt::endl;
    ctx.err << Context::tr("Check failed: %n violation(s).", "", int(violations->size())) << Qt::endl;
    return 1;
}

} // namespace

QList<Command> companyCommands()
{
    return {
        {{QStringLiteral("init")}, init},
        {{QStringLiteral("settings"), QStringLiteral("get")}, settingsGet},
        {{QStringLiteral("settings"), QStringLiteral("set")}, settingsSet},
        {{QStringLiteral("backup")}, backup},
        {{QStringLiteral("check")}, check},
    };
}

} // namespace sd::cli
