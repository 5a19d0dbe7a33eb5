#include "documentlistquery.h"

#include "database.h"
#include "documentliststatements.h"

#include <limits>

namespace sd::storage {

using namespace detail;
using Column = DocumentListSort::Column;
using ArchivedMode = DocumentListFilter::ArchivedMode;

Result<QList<DocumentRow>> DocumentListQuery::page(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after)
{
    auto path = pathFor(filter, sort);
    if (!path)
        return path.error();
    auto windows = searchesInWindows(filter, sort, *path);
    if (!windows)
        return windows.error();
    if (*windows)
        return pageInWindows(filter, sort, pageSize, after);
    auto st = buildPage(filter, sort, pageSize, after, *path);
    if (!st)
        return st.error();
    return readRows(st->sql, st->values);
}

Result<bool> DocumentListQuery::searchesInWindows(
    const DocumentListFilter& filter, const DocumentListSort& sort, Path path)
{
    // One customer's documents are few and have their own index; a search only tests them.
    // Windows pay off in date order, where a window of the newest rows is a narrow id range,
    // and for a word so common that building the set of all its matches would be the cost.
    if (path != Path::SortIndex || filter.customerNumber != 0 || sort.column != Column::Date
        || ftsTerms(filter.search).isEmpty())
        return false;
    auto fewest = fewestMatches(filter, m_manyMatches);
    if (!fewest)
        return fewest.error();
    return *fewest > m_manyMatches;
}

Result<bool> DocumentListQuery::countStreaming(const DocumentListFilter& filter, bool fromMatches)
{
    if (fromMatches || filter.customerNumber != 0 || ftsTerms(filter.search).isEmpty())
        return false;
    auto fewest = fewestMatches(filter, m_manyMatches);
    if (!fewest)
        return fewest.error();
    return *fewest > m_manyMatches;
}

Result<QList<DocumentRow>> DocumentListQuery::pageInWindows(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after)
{
    // A word in a large share of the documents: testing each row of the sort index against
    // the set of all its matches would build that whole set first (≈ 40 % of a million
    // documents for "kaffe"). Instead the sort order is read in windows — the next n rows'
    // ids and last (key, id), from the index alone — and the page is looked for in the window
    // with the word's matches read in the window's id range only. Ids grow with time, so a
    // window of the newest documents is a narrow id range; in an order unrelated to ids the
    // range is wide and this costs what the whole set did. A window without enough matches
    // is followed by one four times larger, so a rarer word needs a few rounds, never many.
    DocumentListFilter unsearched = filter;
    unsearched.search.clear();
    int need = qBound(1, pageSize, kMaxPageSize);
    DocumentListCursor from = after;
    QList<DocumentRow> out;
    qint64 windowRows = qMax(1, m_windowRows);
    while (need > 0) {
        const int rows = int(qMin<qint64>(windowRows, 1 << 30));
        auto keys = buildPage(
            unsearched, sort, rows, from, Path::SortIndex, nullptr, rows, true);
        if (!keys)
            return keys.error();
        auto bounds = m_db.run(
            QStringLiteral("SELECT min(id), max(id), count(*) FROM (") + keys->sql + u')',
            keys->values);
        if (!bounds)
            return bounds.error();
        if (!bounds->next() || bounds->i64(2) == 0)
            break;
        SearchWindow window;
        window.lowId = bounds->i64(0);
        window.highId = bounds->i64(1);
        const qint64 inWindow = bounds->i64(2);
        // The window's last row: the first one in the opposite order.
        const QString back = sort.ascending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        const QString collate
            = sort.column == Column::Customer ? QStringLiteral(" COLLATE NOCASE") : QString();
        auto last = m_db.run(QStringLiteral("SELECT id, sort_key FROM (") + keys->sql
                + QStringLiteral(") ORDER BY sort_key") + collate + back + QStringLiteral(", id")
                + back + QStringLiteral(" LIMIT 1"),
            keys->values);
        if (!last)
            return last.error();
        if (!last->next())
            break;
        window.last = { last->value(1), last->i64(0) };
        auto st = buildPage(filter, sort, need, from, Path::SortIndex, &window);
        if (!st)
            return st.error();
        auto found = readRows(st->sql, st->values);
        if (!found)
            return found.error();
        need -= int(found->size());
        out << *found;
        if (inWindow < rows)
            break; // the window reached the end of the list
        from = window.last;
        windowRows *= 4;
    }
    return out;
}

Result<QList<DocumentRow>> DocumentListQuery::readRows(
    const QString& sql, const QVariantList& values)
{
    auto rows = m_db.run(sql, values);
    if (!rows)
        return rows.error();
    QList<DocumentRow> out;
    while (rows->next()) {
        DocumentRow r;
        r.id = rows->i64(0);
        r.type = parseDocumentType(rows->str(1)).value_or(DocumentType::Quote);
        if (!rows->isNull(2))
            r.number = rows->i64(2);
        r.statusKey = rows->str(3);
        r.customerNumber = rows->i64(4);
        r.customerName = rows->str(5);
        r.date = QDate::fromString(rows->str(6), Qt::ISODate);
        if (!rows->isNull(7))
            r.dueDate = QDate::fromString(rows->str(7), Qt::ISODate);
        r.gross = Money::fromMinor(rows->i64(8));
        r.archived = rows->flag(9);
        r.sent = rows->flag(10);
        out << r;
    }
    return out;
}

DocumentListCursor DocumentListQuery::cursorAfter(
    const DocumentRow& row, const DocumentListSort& sort)
{
    switch (sort.column) {
    case Column::Date:
        return { row.date.toString(Qt::ISODate), row.id };
    case Column::Number:
        return { row.number.value_or(0), row.id };
    case Column::Customer:
        return { row.customerName, row.id };
    case Column::Amount:
        return { row.gross.minor(), row.id };
    }
    return {};
}

Result<qint64> DocumentListQuery::countHidden(const DocumentListFilter& filter, qint64 cap)
{
    if (filter.archived != ArchivedMode::Hide)
        return qint64(0);
    auto fromMatches = countFromMatches(filter);
    if (!fromMatches)
        return fromMatches.error();
    auto streaming = countStreaming(filter, *fromMatches);
    if (!streaming)
        return streaming.error();
    auto st = *streaming ? Result<Statement>(buildCountStreaming(filter, qMax<qint64>(0, cap) + 1))
                         : buildCountHidden(filter, cap, *fromMatches);
    if (!st)
        return st.error();
    auto n = m_db.scalar(st->sql, st->values, 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QStringList> DocumentListQuery::explainPage(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after)
{
    auto path = pathFor(filter, sort);
    if (!path)
        return path.error();
    auto windows = searchesInWindows(filter, sort, *path);
    if (!windows)
        return windows.error();
    if (*windows) {
        // A window's bounds (read from the sort index alone), then the page in it.
        DocumentListFilter unsearched = filter;
        unsearched.search.clear();
        auto keys = buildPage(unsearched, sort, m_windowRows, after, Path::SortIndex, nullptr,
            qMax(1, m_windowRows), true);
        if (!keys)
            return keys.error();
        auto plan = explain(
            QStringLiteral("SELECT min(id), max(id), count(*) FROM (") + keys->sql + u')',
            keys->values);
        if (!plan)
            return plan.error();
        SearchWindow window { 1, 1, after.isNull() ? DocumentListCursor { 0, 1 } : after };
        auto st = buildPage(filter, sort, pageSize, after, Path::SortIndex, &window);
        if (!st)
            return st.error();
        auto pagePlan = explain(st->sql, st->values);
        if (!pagePlan)
            return pagePlan.error();
        return *plan + *pagePlan;
    }
    auto st = buildPage(filter, sort, pageSize, after, *path);
    if (!st)
        return st.error();
    return explain(st->sql, st->values);
}

Result<QStringList> DocumentListQuery::explainCountHidden(
    const DocumentListFilter& filter, qint64 cap)
{
    auto fromMatches = countFromMatches(filter);
    if (!fromMatches)
        return fromMatches.error();
    auto streaming = countStreaming(filter, *fromMatches);
    if (!streaming)
        return streaming.error();
    if (*streaming) {
        const Statement st = buildCountStreaming(filter, qMax<qint64>(0, cap) + 1);
        return explain(st.sql, st.values);
    }
    auto st = buildCountHidden(filter, cap, *fromMatches);
    if (!st)
        return st.error();
    return explain(st->sql, st->values);
}

Result<DocumentListQuery::Path> DocumentListQuery::pathFor(
    const DocumentListFilter& filter, const DocumentListSort& sort)
{
    auto statusFew = statusMatchesAreFew(filter, sort);
    if (!statusFew)
        return statusFew.error();
    if (*statusFew)
        return Path::StatusMatches;
    // One customer's documents are few and have their own index; a search only tests them.
    if (filter.customerNumber != 0 || filter.types.isEmpty())
        return Path::SortIndex;
    auto few = searchMatchesAreFew(filter);
    if (!few)
        return few.error();
    return *few ? Path::SearchMatches : Path::SortIndex;
}

Result<bool> DocumentListQuery::countFromMatches(const DocumentListFilter& filter)
{
    if (filter.customerNumber != 0 || filter.types.isEmpty())
        return false;
    return searchMatchesAreFew(filter);
}

Result<bool> DocumentListQuery::searchMatchesAreFew(const DocumentListFilter& filter)
{
    if (ftsTerms(filter.search).isEmpty())
        return false;
    auto fewest = fewestMatches(filter, m_searchLimit);
    if (!fewest)
        return fewest.error();
    return *fewest <= m_searchLimit;
}

Result<qint64> DocumentListQuery::fewestMatches(const DocumentListFilter& filter, qint64 cap)
{
    const QStringList terms = ftsTerms(filter.search);
    // Capped counts in the full-text indexes: a search matching a handful of documents reads
    // just those; one matching a big customer's whole history walks the sort index instead and
    // stops after a page, never sorting every match. The rarest word bounds the matches (its
    // lines may be several per document: an upper bound is all that is needed). Above `cap`
    // the answer is cap + 1 or a little more.
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const QString& term : terms) {
        auto n = m_db.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM document_search WHERE "
                           "document_search MATCH ? LIMIT ?)) + (SELECT count(*) FROM (SELECT 1 "
                           "FROM document_line_search WHERE document_line_search MATCH ? "
                           "LIMIT ?))"),
            { term, cap + 1, term, cap + 1 },
            0);
        if (!n)
            return n.error();
        fewest = qMin(fewest, n->toLongLong());
    }
    return fewest;
}

QStringList DocumentListQuery::ftsTerms(const QString& text)
{
    // The words as FTS5's unicode61 tokenizer cuts them — letters, digits and private-use
    // characters (its default categories "L* N* Co"); everything else separates — each one
    // quoted and a prefix. Whatever the user typed (quotes, AND/OR/NOT/NEAR, `*`, `-`, `:`,
    // parentheses) is a literal word or a separator, never FTS syntax. Each term must be one token: the index has no positions
    // (detail=none) and refuses a phrase, so a character SQLite's Unicode 6.1 tables may not
    // know as a letter separates words here too.
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + QStringLiteral("\"*");
        word.clear();
    };
    for (uint c : codePoints) {
        const QChar::Category category = QChar::category(c);
        const bool letterOrDigit = (category >= QChar::Number_DecimalDigit
                                       && category <= QChar::Number_Other)
            || (category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other)
            || category == QChar::Other_PrivateUse;
        const QChar::UnicodeVersion since = QChar::unicodeVersion(c);
        if (letterOrDigit && since != QChar::Unicode_Unassigned && since <= QChar::Unicode_6_1) {
            const char32_t ch = c;
            word += QString::fromUcs4(&ch, 1);
        }
        else
            flush();
    }
    flush();
    return terms;
}

Result<bool> DocumentListQuery::statusMatchesAreFew(
    const DocumentListFilter& filter, const DocumentListSort& sort)
{
    // Only a status filter in a non-date order has the choice; one customer's documents are
    // few anyway and go through their own index.
    if (filter.statusKey.isEmpty() || sort.column == Column::Date || filter.customerNumber != 0
        || filter.types.isEmpty())
        return false;
    QVariantList values = typeKeys(filter.types);
    QVariantList archived;
    for (int a : archivedValues(filter.archived))
        archived << a;
    values << archived << filter.statusKey << m_sortLimit + 1;
    // A capped count over documents_list_status: cheap however many documents there are.
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM documents WHERE "
                                        "type IN (%1) AND archived IN (%2) AND status = ? LIMIT ?)")
                             .arg(placeholders(filter.types.size()), placeholders(archived.size())),
        values,
        0);
    if (!n)
        return n.error();
    return n->toLongLong() <= m_sortLimit;
}

Result<QStringList> DocumentListQuery::explain(const QString& sql, const QVariantList& values)
{
    auto rows = m_db.run(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
    if (!rows)
        return rows.error();
    QStringList details;
    while (rows->next())
        details << rows->str(3);
    return details;
}

} // namespace sd::storage
