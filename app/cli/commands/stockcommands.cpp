// stock receive, adjust, count, show, value.

#include "cli/cli.h"
#include "cli/jsonformat.h"
#include "services/stockservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

Result<std::optional<QDate>> optionalDate(const Args& args)
{
    if (!args.has(QStringLiteral("--date")))
        return std::optional<QDate>();
    auto d = parseDate(args.value(QStringLiteral("--date")));
    if (!d)
        return d.error();
    return std::optional<QDate>(*d);
}

// After a change: the product's figures as they are now ({sku} if they cannot be read back).
int printFigures(Context& ctx, StockService& service, const QString& sku, const QString& human)
{
    auto figures = service.figures(sku);
    if (!figures)
        return ctx.ok(QJsonObject{{QStringLiteral("sku"), sku}}, human);
    return ctx.ok(toJson(*figures), human);
}

int stockReceive(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--qty"), QStringLiteral("--cost"),
                               QStringLiteral("--date")},
                              {}});
    if (!args)
        return ctx.fail(args.error());
    for (const auto* required : {"--sku", "--qty", "--cost"})
        if (!args->has(QString::fromLatin1(required)))
            return ctx.usage(Context::tr("stock receive needs --sku, --qty and --cost."));
    auto qty = Quantity::parsePositive(args->value(QStringLiteral("--qty")));
    if (!qty)
        return ctx.fail(qty.error());
    auto cost = UnitPrice::parse(args->value(QStringLiteral("--cost")));
    if (!cost)
        return ctx.fail(cost.error());
    if (cost->raw() < 0)
        return ctx.fail(makeError(ErrorCode::OutOfRange, Context::tr("A unit cost cannot be negative.")));
    auto date = optionalDate(*args);
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    StockService service(**db);
    const QString sku = args->value(QStringLiteral("--sku"));
    if (auto r = service.receive(sku, *qty, *cost, *date); !r)
        return ctx.fail(r.error());
    return printFigures(ctx, service, sku, Context::tr("Received %1 × %2.").arg(qty->toString(), sku));
}

int stockAdjust(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--qty"), QStringLiteral("--reason"),
                               QStringLiteral("--date")},
                              {}});
    if (!args)
        return ctx.fail(args.error());
    for (const auto* required : {"--sku", "--qty", "--reason"})
        if (!args->has(QString::fromLatin1(required)))
            return ctx.usage(Context::tr("stock adjust needs --sku, --qty and --reason."));
    auto qty = Quantity::parse(args->value(QStringLiteral("--qty")));
    if (!qty)
        return ctx.fail(qty.error());
    if (qty->isZero())
        return ctx.fail(makeError(ErrorCode::InvalidInput, Context::tr("An adjustment must change the stock; 0 does not.")));
    if (args->value(QStringLiteral("--reason")).trimmed().isEmpty())
        return ctx.usage(Context::tr("stock adjust needs a --reason."));
    auto date = optionalDate(*args);
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    StockService service(**db);
    const QString sku = args->value(QStringLiteral("--sku"));
    if (auto r = service.adjust(sku, *qty, args->value(QStringLiteral("--reason")), *date); !r)
        return ctx.fail(r.error());
    return printFigures(ctx, service, sku, Context::tr("Adjusted %1 by %2.").arg(sku, qty->toString()));
}

int stockCount(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--qty"), QStringLiteral("--date")}, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--sku")) || !args->has(QStringLiteral("--qty")))
        return ctx.usage(Context::tr("stock count needs --sku and --qty."));
    auto qty = Quantity::parse(args->value(QStringLiteral("--qty")));
    if (!qty)
        return ctx.fail(qty.error());
    if (qty->isNegative())
        return ctx.fail(makeError(ErrorCode::OutOfRange, Context::tr("A counted quantity cannot be negative.")));
    auto date = optionalDate(*args);
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    StockService service(**db);
    const QString sku = args->value(QStringLiteral("--sku"));
    if (auto r = service.count(sku, *qty, *date); !r)
        return ctx.fail(r.error());
    return printFigures(ctx, service, sku, Context::tr("Counted %1: %2.").arg(sku, qty->toString()));
}

int stockShow(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto f = StockService(**db).figures(args->positional[0]);
    if (!f)
        return ctx.fail(f.error());
    return ctx.ok(toJson(*f), Context::tr("%1  on hand %2  reserved %3  available %4  value %5")
                                  .arg(f->sku, f->onHand.toString(), f->reserved.toString(),
                                       f->available.toString(), f->value.toString()));
}

// Stock value report at a date: per product and in total.
int stockValue(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--date")}, {}});
    if (!args)
        return ctx.fail(args.error());
    auto date = optionalDate(*args);
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto rows = StockService(**db).valuation(*date);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray products;
    QStringList lines;
    Money total;
    for (const auto& r : *rows) {
        total += r.value;
        products.append(QJsonObject{{QStringLiteral("sku"), r.sku},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("on_hand"), r.onHand.toString()},
                                    {QStringLiteral("value"), r.value.toString()}});
        lines << QStringLiteral("%1  %2  %3").arg(r.sku, r.onHand.toString(), r.value.toString());
    }
    lines << Context::tr("Total value %1").arg(total.toString());
    return ctx.ok(QJsonObject{{QStringLiteral("products"), products}, {QStringLiteral("total"), total.toString()}},
                  lines.join(u'\n'));
}

} // namespace

QList<Command> stockCommands()
{
    return {
        {{QStringLiteral("stock"), QStringLiteral("receive")}, stockReceive},
        {{QStringLiteral("stock"), QStringLiteral("adjust")}, stockAdjust},
        {{QStringLiteral("stock"), QStringLiteral("count")}, stockCount},
        {{QStringLiteral("stock"), QStringLiteral("show")}, stockShow},
        {{QStringLiteral("stock"), QStringLiteral("value")}, stockValue},
    };
}

} // namespace sd::cli
