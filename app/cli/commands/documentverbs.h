#pragma once

// Shared by the document verb groups (documentcommands.cpp, invoicecommands.cpp): argument
// helpers and the "print the document after a change" convention.

#include "cli/cli.h"
#include "cli/jsonformat.h"
#include "services/salesservice.h"

#include <QJsonObject>

namespace sd::cli::documents {

constexpr qint64 kMaxId = 999'999'999'999LL;

inline Result<qint64> documentId(const QString& text)
{
    return parseInteger(text, Context::tr("document id"), 1, kMaxId);
}

inline Result<qint64> invoiceNumber(const QString& text)
{
    return parseInteger(text, Context::tr("invoice number"), 1, kMaxId);
}

inline Result<qint64> customerNumber(const QString& text)
{
    return parseInteger(text, Context::tr("customer number"), 1, 999'999'999);
}

inline Result<std::optional<QDate>> optionalDate(const Args& args, const QString& option)
{
    if (!args.has(option))
        return std::optional<QDate>();
    auto d = parseDate(args.value(option));
    if (!d)
        return d.error();
    return std::optional<QDate>(*d);
}

// After a change: the document as it is now ({id} if it cannot be read back).
inline int printDocument(Context& ctx, SalesService& service, qint64 id, const QString& human)
{
    auto view = service.view(id);
    if (!view)
        return ctx.ok(QJsonObject{{QStringLiteral("id"), id}}, human);
    return ctx.ok(toJson(*view), human);
}

// The common shape of `VERB ID` commands that change one document and print it.
inline int simpleDocumentVerb(Context& ctx,
                       int verbWords,
                       const std::function<Result<void>(SalesService&, qint64)>& action,
                       const QString& human)
{
    auto args = ctx.parse(verbWords, {{}, {}, 1, 1});
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    if (auto r = action(service, *id); !r)
        return ctx.fail(r.error());
    return printDocument(ctx, service, *id, human.arg(*id));
}

// The common shape of `VERB ID` commands that make a new document and print {id}.
inline int creatingDocumentVerb(Context& ctx,
                         int verbWords,
                         const ArgSpec& spec,
                         const std::function<Result<qint64>(SalesService&, qint64, const Args&)>& action,
                         const QString& human)
{
    auto args = ctx.parse(verbWords, spec);
    if (!args)
        return ctx.fail(args.error());
    auto id = documentId(args->positional[0]);
    if (!id)
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SalesService service(**db);
    auto made = action(service, *id, *args);
    if (!made)
        return ctx.fail(made.error());
    return ctx.ok(QJsonObject{{QStringLiteral("id"), *made}}, human.arg(*made));
}

inline Result<int> lineNumber(const QString& text)
{
    auto n = parseInteger(text, Context::tr("line number"), 1, 1'000'000);
    if (!n)
        return n.error();
    return int(*n);
}

} // namespace sd::cli::documents
