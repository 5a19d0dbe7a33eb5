// customer, product, bundle.

#include "cli/cli.h"
#include "cli/jsonformat.h"
#include "common/clock.h"
#include "services/masterdataservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

QStringList asOptions(const QStringList& fields)
{
    QStringList out;
    for (const auto& f : fields)
        out << QStringLiteral("--") + f;
    return out;
}

// Collects `--field value` pairs (in order) for setField().
QList<QPair<QString, QString>> fieldPairs(const Args& args)
{
    QList<QPair<QString, QString>> out;
    for (const auto& [k, v] : args.ordered)
        out << qMakePair(k.mid(2), v);
    return out;
}

int customerAdd(Context& ctx)
{
    QStringList options = asOptions(CustomerRules::fieldNames());
    options << QStringLiteral("--number");
    auto args = ctx.parse(2, {options, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--name")))
        return ctx.usage(Context::tr("customer add needs --name."));
    Customer c;
    for (const auto& [field, value] : fieldPairs(*args)) {
        if (field == QStringLiteral("number")) {
            auto n = parseInteger(value, Context::tr("customer number"), 1, 999'999'999);
            if (!n)
                return ctx.fail(n.error());
            c.number = *n;
        } else if (auto r = CustomerRules::setField(c, field, value); !r) {
            return ctx.fail(r.error());
        }
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto added = MasterDataService(**db).addCustomer(c);
    if (!added)
        return ctx.fail(added.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("number"), added->number}},
                  Context::tr("Customer %1 %2 added.").arg(added->number).arg(added->name));
}

Result<qint64> customerNumber(const QString& text)
{
    return parseInteger(text, Context::tr("customer number"), 1, 999'999'999);
}

int customerShow(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto number = customerNumber(args->positional[0]);
    if (!number)
        return ctx.fail(number.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto c = MasterDataService(**db).customer(*number);
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok(toJson(*c), QStringLiteral("%1  %2  %3").arg(c->number).arg(c->name, c->orgnr));
}

int customerSet(Context& ctx)
{
    auto args = ctx.parse(2, {asOptions(CustomerRules::fieldNames()), {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto number = customerNumber(args->positional[0]);
    if (!number)
        return ctx.fail(number.error());
    if (args->ordered.isEmpty())
        return ctx.usage(Context::tr("customer set needs at least one --FIELD VALUE."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto c = MasterDataService(**db).setCustomerFields(*number, fieldPairs(*args));
    if (!c)
        return ctx.fail(c.error());
    return ctx.ok(toJson(*c), Context::tr("Customer %1 updated.").arg(c->number));
}

int customerList(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--search"), QStringLiteral("--limit")}, {}});
    if (!args)
        return ctx.fail(args.error());
    auto limit = parseInteger(args->value(QStringLiteral("--limit"), QStringLiteral("100")), Context::tr("limit"), 1, 100000);
    if (!limit)
        return ctx.fail(limit.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto list = MasterDataService(**db).customers(args->value(QStringLiteral("--search")), int(*limit));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QStringList lines;
    for (const auto& c : *list) {
        arr.append(toJson(c));
        lines << QStringLiteral("%1  %2").arg(c.number).arg(c.name);
    }
    return ctx.ok(arr, lines.join(u'\n'));
}

// --vat 25 | --vat-code CODE → the VAT code.
Result<QString> vatCodeFromArgs(MasterDataService& service, const Args& args, const QString& fallback)
{
    if (args.has(QStringLiteral("--vat")) && args.has(QStringLiteral("--vat-code")))
        return makeError(ErrorCode::InvalidInput, Context::tr("Use either --vat or --vat-code, not both."));
    if (args.has(QStringLiteral("--vat-code")))
        return args.value(QStringLiteral("--vat-code"));
    if (args.has(QStringLiteral("--vat")))
        return service.vatCodeForPercent(args.value(QStringLiteral("--vat")), Clock::instance().today());
    return fallback;
}

int productAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--name"), QStringLiteral("--price"),
                               QStringLiteral("--cost"), QStringLiteral("--vat"), QStringLiteral("--vat-code"),
                               QStringLiteral("--unit"), QStringLiteral("--ean"), QStringLiteral("--group"),
                               QStringLiteral("--location")},
                              {QStringLiteral("--no-stock")}});
    if (!args)
        return ctx.fail(args.error());
    for (const auto* required : {"--sku", "--name", "--price"})
        if (!args->has(QString::fromLatin1(required)))
            return ctx.usage(Context::tr("product add needs --sku, --name and --price."));
    Product p;
    p.sku = args->value(QStringLiteral("--sku"));
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("name"), QStringLiteral("--name")},   {QStringLiteral("price"), QStringLiteral("--price")},
        {QStringLiteral("cost"), QStringLiteral("--cost")},   {QStringLiteral("unit"), QStringLiteral("--unit")},
        {QStringLiteral("ean"), QStringLiteral("--ean")},     {QStringLiteral("group"), QStringLiteral("--group")},
        {QStringLiteral("location"), QStringLiteral("--location")}};
    for (const auto& [field, option] : fields)
        if (args->has(option))
            if (auto r = ProductRules::setField(p, field, args->value(option)); !r)
                return ctx.fail(r.error());
    p.stockTracked = !args->has(QStringLiteral("--no-stock"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    MasterDataService service(**db);
    auto vat = vatCodeFromArgs(service, *args, QStringLiteral("3"));
    if (!vat)
        return ctx.fail(vat.error());
    p.vatCode = *vat;
    auto added = service.addProduct(p);
    if (!added)
        return ctx.fail(added.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("sku"), added->sku}},
                  Context::tr("Product %1 added.").arg(added->sku));
}

int productShow(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto p = MasterDataService(**db).product(args->positional[0]);
    if (!p)
        return ctx.fail(p.error());
    return ctx.ok(toJson(*p), QStringLiteral("%1  %2  %3").arg(p->sku, p->name, p->price.toString()));
}

int productSet(Context& ctx)
{
    auto args = ctx.parse(2, {asOptions(ProductRules::fieldNames()), {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    if (args->ordered.isEmpty())
        return ctx.usage(Context::tr("product set needs at least one --FIELD VALUE."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto p = MasterDataService(**db).setProductFields(args->positional[0], fieldPairs(*args));
    if (!p)
        return ctx.fail(p.error());
    return ctx.ok(toJson(*p), Context::tr("Product %1 updated.").arg(p->sku));
}

int productList(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--search"), QStringLiteral("--limit")}, {}});
    if (!args)
        return ctx.fail(args.error());
    auto limit = parseInteger(args->value(QStringLiteral("--limit"), QStringLiteral("100")), Context::tr("limit"), 1, 100000);
    if (!limit)
        return ctx.fail(limit.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto list = MasterDataService(**db).products(args->value(QStringLiteral("--search")), int(*limit));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray arr;
    QStringList lines;
    for (const auto& p : *list) {
        arr.append(toJson(p));
        lines << QStringLiteral("%1  %2").arg(p.sku, p.name);
    }
    return ctx.ok(arr, lines.join(u'\n'));
}

int bundleAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--name"), QStringLiteral("--price"),
                               QStringLiteral("--vat"), QStringLiteral("--vat-code"), QStringLiteral("--component"),
                               QStringLiteral("--ean"), QStringLiteral("--unit"), QStringLiteral("--group")},
                              {}});
    if (!args)
        return ctx.fail(args.error());
    for (const auto* required : {"--sku", "--name", "--price", "--component"})
        if (!args->has(QString::fromLatin1(required)))
            return ctx.usage(Context::tr("bundle add needs --sku, --name, --price and --component SKU:QTY."));
    Product b;
    b.sku = args->value(QStringLiteral("--sku"));
    for (const auto& [field, option] : QList<QPair<QString, QString>>{{QStringLiteral("name"), QStringLiteral("--name")},
                                                                      {QStringLiteral("price"), QStringLiteral("--price")},
                                                                      {QStringLiteral("ean"), QStringLiteral("--ean")},
                                                                      {QStringLiteral("unit"), QStringLiteral("--unit")},
                                                                      {QStringLiteral("group"), QStringLiteral("--group")}})
        if (args->has(option))
            if (auto r = ProductRules::setField(b, field, args->value(option)); !r)
                return ctx.fail(r.error());
    QList<QPair<QString, Quantity>> components;
    for (const QString& spec : args->all(QStringLiteral("--component"))) {
        const qsizetype colon = spec.lastIndexOf(u':');
        if (colon <= 0)
            return ctx.usage(Context::tr("A component is written SKU:QTY, not “%1”.").arg(spec));
        auto qty = Quantity::parsePositive(spec.mid(colon + 1));
        if (!qty)
            return ctx.fail(qty.error());
        components << qMakePair(spec.left(colon), *qty);
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    MasterDataService service(**db);
    auto vat = vatCodeFromArgs(service, *args, QStringLiteral("3"));
    if (!vat)
        return ctx.fail(vat.error());
    b.vatCode = *vat;
    auto added = service.addBundle(b, components);
    if (!added)
        return ctx.fail(added.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("sku"), added->sku}},
                  Context::tr("Bundle %1 added.").arg(added->sku));
}

} // namespace

QList<Command> masterDataCommands()
{
    return {
        {{QStringLiteral("customer"), QStringLiteral("add")}, customerAdd},
        {{QStringLiteral("customer"), QStringLiteral("show")}, customerShow},
        {{QStringLiteral("customer"), QStringLiteral("set")}, customerSet},
        {{QStringLiteral("customer"), QStringLiteral("list")}, customerList},
        {{QStringLiteral("product"), QStringLiteral("add")}, productAdd},
        {{QStringLiteral("product"), QStringLiteral("show")}, productShow},
        {{QStringLiteral("product"), QStringLiteral("set")}, productSet},
        {{QStringLiteral("product"), QStringLiteral("list")}, productList},
        {{QStringLiteral("bundle"), QStringLiteral("add")}, bundleAdd},
    };
}

} // namespace sd::cli
