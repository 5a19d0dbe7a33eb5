// Invoices and credit notes after drafting: booking, crediting, payments, reminders and
// reminder fees.

#include "cli/cli.h"
#include "cli/commands/documentverbs.h"
#include "services/salesservice.h"

#include <QJsonObject>

namespace sd::cli {

using namespace documents;

namespace {

// ---- invoices, credit notes, payments -------------------------------------------------------

int bookDocument(Context& ctx, const ArgSpec& spec, DocumentType type)
{
    auto args = ctx.parse(2, spec);
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    BookOptions options;
    auto date = optionalDate(*args, QStringLiteral("--date"));
    if (!date)
        return ctx.fail(date.error());
    options.date = *date;
    options.withShipment = args->has(QStringLiteral("--with-shipment"));
    options.stockAtInvoiceDate = args->has(QStringLiteral("--stock-at-invoice-date"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto number = SalesService(**db).book(*id, options);
    if (!number)
        return ctx.fail(number.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("number"), *number}},
                  Context::tr("Booked %1 %2 as number %3.").arg(documentTypeName(type)).arg(*id).arg(*number));
}

int invoiceBook(Context& ctx)
{
    return bookDocument(ctx,
                        {{QStringLiteral("--date")},
                         {QStringLiteral("--with-shipment"), QStringLiteral("--stock-at-invoice-date")},
                         1,
                         1},
                        DocumentType::Invoice);
}

int creditNoteBook(Context& ctx)
{
    return bookDocument(ctx, {{QStringLiteral("--date")}, {}, 1, 1}, DocumentType::CreditNote);
}

int invoiceCredit(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--invoice"), QStringLiteral("--line")},
                              {QStringLiteral("--return-stock"), QStringLiteral("--no-reinvoice")}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--invoice")))
        return ctx.usage(Context::tr("invoice credit needs --invoice NUMBER."));
    auto number = invoiceNumber(args->value(QStringLiteral("--invoice")));
    if (!number)
        return ctx.fail(number.error());
    QList<CreditLineInput> lines; // none: the whole invoice
    for (const QString& spec : args->all(QStringLiteral("--line"))) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0)
            return ctx.usage(Context::tr("A credited line is written LINE:QTY, not “%1”.").arg(spec));
        auto lineNo = lineNumber(spec.left(colon));
        if (!lineNo)
            return ctx.fail(lineNo.error());
        auto qty = Quantity::parsePositive(spec.mid(colon + 1));
        if (!qty)
            return ctx.fail(qty.error());
        lines << CreditLineInput{*lineNo, *qty};
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto id = SalesService(**db).credit(*number, lines, args->has(QStringLiteral("--return-stock")),
                                        !args->has(QStringLiteral("--no-reinvoice")));
    if (!id)
        return ctx.fail(id.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *id}},
                  Context::tr("Created draft credit note %1 for invoice %2.").arg(*id).arg(*number));
}

int paymentAdd(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--invoice"), QStringLiteral("--amount"), QStringLiteral("--date")}, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--invoice")) || !args->has(QStringLiteral("--amount")))
        return ctx.usage(Context::tr("payment add needs --invoice NUMBER and --amount AMOUNT."));
    auto number = invoiceNumber(args->value(QStringLiteral("--invoice")));
    if (!number)
        return ctx.fail(number.error());
    auto amount = Money::parse(args->value(QStringLiteral("--amount")));
    if (!amount)
        return ctx.fail(amount.error());
    auto date = optionalDate(*args, QStringLiteral("--date"));
    if (!date)
        return ctx.fail(date.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = service.registerPayment(*number, *amount, *date); !r)
        return ctx.fail(r.error());
    const QString human = Context::tr("Payment of %1 registered on invoice %2.").arg(amount->toString()).arg(*number);
    auto id = service.idOfNumber(DocumentType::Invoice, *number);
    if (!id)
        return ctx.ok(QJsonObject{{QStringLiteral("invoice"), *number}}, human);
    return printDocument(ctx, service, *id, human);
}

int invoiceRemind(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--invoice"), QStringLiteral("--fee")}, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--invoice")))
        return ctx.usage(Context::tr("invoice remind needs --invoice NUMBER."));
    auto number = invoiceNumber(args->value(QStringLiteral("--invoice")));
    if (!number)
        return ctx.fail(number.error());
    std::optional<Money> fee;
    if (args->has(QStringLiteral("--fee"))) {
        auto f = Money::parse(args->value(QStringLiteral("--fee")));
        if (!f)
            return ctx.fail(f.error());
        fee = *f;
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto charged = SalesService(**db).remind(*number, fee);
    if (!charged)
        return ctx.fail(charged.error());
    return ctx.ok(QJsonObject{{QStringLiteral("invoice"), *number}, {QStringLiteral("fee"), charged->toString()}},
                  Context::tr("Reminder registered on invoice %1 (fee %2).").arg(*number).arg(charged->toString()));
}

int invoiceWriteOffFees(Context& ctx)
{
    auto args = ctx.parse(2, {{QStringLiteral("--invoice")}, {}});
    if (!args)
        return ctx.fail(args.error());
    if (!args->has(QStringLiteral("--invoice")))
        return ctx.usage(Context::tr("invoice write-off-fees needs --invoice NUMBER."));
    auto number = invoiceNumber(args->value(QStringLiteral("--invoice")));
    if (!number)
        return ctx.fail(number.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto total = SalesService(**db).writeOffReminderFees(*number);
    if (!total)
        return ctx.fail(total.error());
    return ctx.ok(QJsonObject{{QStringLiteral("invoice"), *number}, {QStringLiteral("written_off"), total->toString()}},
                  Context::tr("Reminder fees of %1 written off on invoice %2.").arg(total->toString()).arg(*number));
}

} // namespace

QList<Command> invoiceCommands()
{
    return {
        {{QStringLiteral("invoice"), QStringLiteral("book")}, invoiceBook},
        {{QStringLiteral("invoice"), QStringLiteral("credit")}, invoiceCredit},
        {{QStringLiteral("invoice"), QStringLiteral("remind")}, invoiceRemind},
        {{QStringLiteral("invoice"), QStringLiteral("write-off-fees")}, invoiceWriteOffFees},
        {{QStringLiteral("credit-note"), QStringLiteral("book")}, creditNoteBook},
        {{QStringLiteral("payment"), QStringLiteral("add")}, paymentAdd},
    };
}

} // namespace sd::cli
