// Sales documents: quote, order, shipment, invoice drafts, their lines, comments and
// attachments; show and list. Booking, crediting, payments and reminders: invoicecommands.cpp.

#include "cli/cli.h"
#include "cli/commands/documentverbs.h"
#include "cli/jsonformat.h"
#include "common/clock.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/documentlistquery.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

using namespace documents;

namespace {

// ---- create -------------------------------------------------------------------------------

int createDocument(Context& ctx, DocumentType type)
{
    QStringList options{QStringLiteral("--customer")};
    if (type == DocumentType::Quote)
        options << QStringLiteral("--valid-until");
    auto args = ctx.parse(2, {options, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--customer")))
        return ctx.usage(Context::tr("%1 create needs --customer CUSTNO.").arg(documentTypeKey(type)));
    auto customer = customerNumber(args->value(QStringLiteral("--customer")));
    if (!customer)
        return ctx.fail(customer.error());
    auto validUntil = optionalDate(*args, QStringLiteral("--valid-until"));
    if (!validUntil)
        return ctx.fail(validUntil.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto id = SalesService(**db).create(type, *customer, *validUntil);
    if (!id)
        return ctx.fail(id.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *id}},
                  Context::tr("Created %1 %2.").arg(documentTypeName(type)).arg(*id));
}

int quoteCreate(Context& ctx)
{
    return createDocument(ctx, DocumentType::Quote);
}

int orderCreate(Context& ctx)
{
    return createDocument(ctx, DocumentType::Order);
}

int invoiceCreate(Context& ctx)
{
    return createDocument(ctx, DocumentType::Invoice);
}

// ---- doc ----------------------------------------------------------------------------------

int docSet(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--date"), QStringLiteral("--your-ref"), QStringLiteral("--our-ref"),
                               QStringLiteral("--heading"), QStringLiteral("--note"), QStringLiteral("--delivery-date"),
                               QStringLiteral("--valid-until"), QStringLiteral("--discount"), QStringLiteral("--layout")},
                              {},
                              1,
                              1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    if (args->ordered.isEmpty())
        return ctx.usage(Context::tr("doc set needs at least one option to change."));
    HeaderChange change;
    for (const auto& [option, target] : {std::pair{QStringLiteral("--date"), &change.date},
                                         std::pair{QStringLiteral("--delivery-date"), &change.deliveryDate},
                                         std::pair{QStringLiteral("--valid-until"), &change.validUntil}}) {
        auto d = optionalDate(*args, option);
        if (!d)
            return ctx.fail(d.error());
        *target = *d;
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("--your-ref"), &change.yourReference},
                                         std::pair{QStringLiteral("--our-ref"), &change.ourReference},
                                         std::pair{QStringLiteral("--heading"), &change.heading},
                                         std::pair{QStringLiteral("--note"), &change.note},
                                         std::pair{QStringLiteral("--layout"), &change.layout}})
        if (args->has(option))
            *target = args->value(option);
    if (args->has(QStringLiteral("--discount"))) {
        auto p = Percent::parse(args->value(QStringLiteral("--discount")));
        if (!p)
            return ctx.fail(p.error());
        change.discount = *p;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = service.setHeader(*id, change); !r)
        return ctx.fail(r.error());
    return printDocument(ctx, service, *id, Context::tr("Document %1 updated.").arg(*id));
}

int docDelete(Context& ctx)
{
    auto args = ctx.parse(2, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto r = SalesService(**db).deleteDraft(*id); !r)
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("deleted"), true}},
                  Context::tr("Document %1 deleted.").arg(*id));
}

int docDuplicate(Context& ctx)
{
    return creatingDocumentVerb(
        ctx, 2, {{}, {}, 1, 1}, [](SalesService& s, qint64 id, const Args&) { return s.duplicate(id); },
        Context::tr("Created the copy %1."));
}

int docArchive(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.setArchived(id, true); }, Context::tr("Document %1 archived."));
}

int docUnarchive(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.setArchived(id, false); },
        Context::tr("Document %1 taken out of the archive."));
}

// ---- quotes and orders ----------------------------------------------------------------------

int quoteSend(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.sendQuote(id); }, Context::tr("Quote %1 marked as sent."));
}

int quoteAccept(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--to")}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    const QString to = args->value(QStringLiteral("--to"));
    if (to != QStringLiteral("order") && to != QStringLiteral("invoice"))
        return ctx.usage(Context::tr("quote accept needs --to order or --to invoice."));
    const DocumentType type = to == QStringLiteral("order") ? DocumentType::Order : DocumentType::Invoice;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto made = SalesService(**db).acceptQuote(*id, type);
    if (!made)
        return ctx.fail(made.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *made}},
                  Context::tr("Quote %1 accepted; created %2 %3.").arg(*id).arg(documentTypeName(type)).arg(*made));
}

int quoteReject(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.rejectQuote(id); }, Context::tr("Quote %1 rejected."));
}

int orderConfirm(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.confirmOrder(id); }, Context::tr("Order %1 confirmed."));
}

int orderCancel(Context& ctx)
{
    return simpleDocumentVerb(
        ctx, 2, [](SalesService& s, qint64 id) { return s.cancelOrder(id); }, Context::tr("Order %1 cancelled."));
}

int orderBackorder(Context& ctx)
{
    return creatingDocumentVerb(
        ctx, 2, {{}, {}, 1, 1}, [](SalesService& s, qint64 id, const Args&) { return s.backorder(id); },
        Context::tr("Created the rest order %1."));
}

int orderShip(Context& ctx)
{
    return creatingDocumentVerb(
        ctx, 2, {{}, {}, 1, 1}, [](SalesService& s, qint64 id, const Args&) { return s.createShipment(id); },
        Context::tr("Created shipment %1."));
}

int orderInvoice(Context& ctx)
{
    return creatingDocumentVerb(
        ctx, 2, {{}, {QStringLiteral("--shipped-only")}, 1, 1},
        [](SalesService& s, qint64 id, const Args& args) {
            return s.invoiceOrder(id, args.has(QStringLiteral("--shipped-only")));
        },
        Context::tr("Created draft invoice %1."));
}

// ---- shipments ------------------------------------------------------------------------------

int shipmentPick(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--sku"), QStringLiteral("--qty"), QStringLiteral("--ean")},
                              {QStringLiteral("--all")},
                              1,
                              1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    const bool all = args->has(QStringLiteral("--all"));
    const bool bySku = args->has(QStringLiteral("--sku")) || args->has(QStringLiteral("--qty"));
    const bool byEan = args->has(QStringLiteral("--ean"));
    if ((all ? 1 : 0) + (bySku ? 1 : 0) + (byEan ? 1 : 0) != 1
        || (bySku && (!args->has(QStringLiteral("--sku")) || !args->has(QStringLiteral("--qty")))))
        return ctx.usage(Context::tr("shipment pick needs --all, --sku SKU --qty Q, or --ean EAN."));
    std::optional<Quantity> quantity;
    if (bySku) {
        auto q = Quantity::parsePositive(args->value(QStringLiteral("--qty")));
        if (!q)
            return ctx.fail(q.error());
        quantity = *q;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    QString human;
    if (all) {
        if (auto r = service.pickAll(*id); !r)
            return ctx.fail(r.error());
        human = Context::tr("Shipment %1: everything picked.").arg(*id);
    } else if (bySku) {
        const QString sku = args->value(QStringLiteral("--sku"));
        if (auto r = service.pick(*id, sku, *quantity); !r)
            return ctx.fail(r.error());
        human = Context::tr("Shipment %1: picked %2 × %3.").arg(*id).arg(quantity->toString(), sku);
    } else {
        auto sku = service.pickEan(*id, args->value(QStringLiteral("--ean")));
        if (!sku)
            return ctx.fail(sku.error());
        human = Context::tr("Shipment %1: picked 1 × %2.").arg(*id).arg(*sku);
    }
    return printDocument(ctx, service, *id, human);
}

int shipmentSend(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--date")}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto date = optionalDate(*args, QStringLiteral("--date"));
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = service.sendShipment(*id, *date); !r)
        return ctx.fail(r.error());
    return printDocument(ctx, service, *id, Context::tr("Shipment %1 sent.").arg(*id));
}

// ---- reading --------------------------------------------------------------------------------

int show(Context& ctx)
{
    auto args = ctx.parse(1, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    auto view = SalesService(**db).view(*id);
    if (!view)
        return ctx.fail(view.error());
    const Document& d = view->document;
    const QString number = d.number ? QString::number(*d.number) : QStringLiteral("-");
    return ctx.ok(toJson(*view), QStringLiteral("%1 %2 (id %3)  %4  %5  %6  %7")
                                     .arg(documentTypeKey(d.type), number)
                                     .arg(d.id)
                                     .arg(d.status)
                                     .arg(d.customer.number)
                                     .arg(d.customer.name, d.totals.gross.toString()));
}

QJsonObject rowJson(const storage::DocumentRow& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("type"), documentTypeKey(r.type)},
                       {QStringLiteral("number"), r.number ? QJsonValue(*r.number) : QJsonValue()},
                       {QStringLiteral("status"), r.statusKey},
                       {QStringLiteral("customer"), QJsonObject{{QStringLiteral("number"), r.customerNumber},
                                                                {QStringLiteral("name"), r.customerName}}},
                       {QStringLiteral("date"), r.date.isValid() ? QJsonValue(r.date.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("due_date"),
                        r.dueDate.isValid() ? QJsonValue(r.dueDate.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("gross"), r.gross.toString()},
                       {QStringLiteral("archived"), r.archived},
                       {QStringLiteral("sent"), r.sent}};
}

int list(Context& ctx)
{
    auto args = ctx.parse(1, {{QStringLiteral("--status"), QStringLiteral("--customer"), QStringLiteral("--from"),
                               QStringLiteral("--to"), QStringLiteral("--search"), QStringLiteral("--limit")},
                              {QStringLiteral("--archived"), QStringLiteral("--archived-only")},
                              1,
                              1});
    if (!args)
        return ctx.fail(args.error());
    auto type = parseDocumentType(args->positional[0]);
    if (!type)
        return ctx.usage(Context::tr("list needs a type: quote, order, shipment, invoice or credit_note."));
    if (args->has(QStringLiteral("--archived")) && args->has(QStringLiteral("--archived-only")))
        return ctx.usage(Context::tr("Use either --archived or --archived-only, not both."));
    storage::DocumentListFilter filter;
    filter.types = {*type};
    filter.statusKey = args->value(QStringLiteral("--status"));
    filter.search = args->value(QStringLiteral("--search"));
    if (args->has(QStringLiteral("--archived")))
        filter.archived = storage::DocumentListFilter::ArchivedMode::Include;
    else if (args->has(QStringLiteral("--archived-only")))
        filter.archived = storage::DocumentListFilter::ArchivedMode::Only;
    if (args->has(QStringLiteral("--customer"))) {
        auto n = customerNumber(args->value(QStringLiteral("--customer")));
        if (!n)
            return ctx.fail(n.error());
        filter.customerNumber = *n;
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("--from"), &filter.from},
                                         std::pair{QStringLiteral("--to"), &filter.to}}) {
        auto d = optionalDate(*args, option);
        if (!d)
            return ctx.fail(d.error());
        if (*d)
            *target = **d;
    }
    auto limit = parseInteger(args->value(QStringLiteral("--limit"), QStringLiteral("100")), Context::tr("limit"), 1, 100000);
    if (!limit)
        return ctx.fail(limit.error());
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    storage::DocumentListQuery query(**db);
    const storage::DocumentListSort sort;
    storage::DocumentListCursor cursor;
    QJsonArray arr;
    QStringList lines;
    while (arr.size() < *limit) {
        const int pageSize = int(std::min<qint64>(*limit - arr.size(), storage::DocumentListQuery::kMaxPageSize));
        auto page = query.page(filter, sort, pageSize, cursor);
        if (!page)
            return ctx.fail(page.error());
        for (const auto& r : *page) {
            arr.append(rowJson(r));
            lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(r.id)
                         .arg(r.number ? QString::number(*r.number) : QStringLiteral("-"))
                         .arg(r.statusKey, r.date.toString(Qt::ISODate))
                         .arg(r.customerName, r.gross.toString());
        }
        if (page->size() < pageSize)
            break;
        cursor = storage::DocumentListQuery::cursorAfter(page->last(), sort);
    }
    return ctx.ok(arr, lines.join(u'\n'));
}

} // namespace

QList<Command> documentCommands()
{
    return {
        {{QStringLiteral("quote"), QStringLiteral("create")}, quoteCreate},
        {{QStringLiteral("order"), QStringLiteral("create")}, orderCreate},
        {{QStringLiteral("invoice"), QStringLiteral("create")}, invoiceCreate},
        {{QStringLiteral("doc"), QStringLiteral("set")}, docSet},
        {{QStringLiteral("doc"), QStringLiteral("delete")}, docDelete},
        {{QStringLiteral("doc"), QStringLiteral("duplicate")}, docDuplicate},
        {{QStringLiteral("doc"), QStringLiteral("archive")}, docArchive},
        {{QStringLiteral("doc"), QStringLiteral("unarchive")}, docUnarchive},
        {{QStringLiteral("quote"), QStringLiteral("send")}, quoteSend},
        {{QStringLiteral("quote"), QStringLiteral("accept")}, quoteAccept},
        {{QStringLiteral("quote"), QStringLiteral("reject")}, quoteReject},
        {{QStringLiteral("order"), QStringLiteral("confirm")}, orderConfirm},
        {{QStringLiteral("order"), QStringLiteral("cancel")}, orderCancel},
        {{QStringLiteral("order"), QStringLiteral("backorder")}, orderBackorder},
        {{QStringLiteral("order"), QStringLiteral("ship")}, orderShip},
        {{QStringLiteral("order"), QStringLiteral("invoice")}, orderInvoice},
        {{QStringLiteral("shipment"), QStringLiteral("pick")}, shipmentPick},
        {{QStringLiteral("shipment"), QStringLiteral("send")}, shipmentSend},
        {{QStringLiteral("show")}, show},
        {{QStringLiteral("list")}, list},
    };
}

} // namespace sd::cli
