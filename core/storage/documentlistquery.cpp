#include "documentlistquery.h"

#include "database.h"
#include "documentliststatements.h"
#include "searchindex.h"


namespace sd::storage {

using namespace detail;
using Column = DocumentListSort::Column;
using ArchivedMode = DocumentListFilter::ArchivedMode;

Result<QList<DocumentRow>> DocumentListQuery::page(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after)
{
    auto search = searchTerms(filter);
    if (!search)
        return search.error();
    auto plan = planFor(filter, *search, sort);
    if (!plan)
        return plan.error();
    if (plan->windows)
        return pageInWindows(filter, *search, sort, pageSize, after);
    auto st = buildPage(filter, *search, sort, pageSize, after, plan->path);
    if (!st)
        return st.error();
    return readRows(st->sql, st->values);
}

Result<QList<DocumentRow>> DocumentListQuery::pageInWindows(const DocumentListFilter& filter,
    const SearchTerms& search,
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
    int need = qBound(1, pageSize, kMaxPageSize);
    DocumentListCursor from = after;
    QList<DocumentRow> out;
    qint64 windowRows = qMax(1, m_windowRows);
    qint64 covered = 0;
    while (need > 0) {
        if (covered > 0 && covered + windowRows > m_windowBudget) {
            // The matches are sparse in this list: the rest of the page from all of them, read
            // by id and sorted — what that costs is bounded by the matches, not the list.
            auto st = buildPage(filter, search, sort, need, from, Path::SearchMatches);
            if (!st)
                return st.error();
            auto rest = readRows(st->sql, st->values);
            if (!rest)
                return rest.error();
            out << *rest;
            break;
        }
        const int rows = int(qMin<qint64>(windowRows, 1 << 30));
        auto boundsSql = buildWindowBounds(filter, sort, from, rows);
        if (!boundsSql)
            return boundsSql.error();
        auto bounds = m_db.run(boundsSql->sql, boundsSql->values);
        if (!bounds)
            return bounds.error();
        if (!bounds->next())
            break; // no rows left after `from`
        SearchWindow window;
        window.lowId = bounds->i64(0);
        window.highId = bounds->i64(1);
        const qint64 inWindow = bounds->i64(2);
        window.last = { bounds->value(4), bounds->i64(3) };
        auto st = buildPage(filter, search, sort, need, from, Path::SortIndex, &window);
        if (!st)
            return st.error();
        auto found = readRows(st->sql, st->values);
        if (!found)
            return found.error();
        need -= int(found->size());
        out << *found;
        if (inWindow < rows)
            break; // the window reached the end of the list
        covered += inWindow;
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
    auto search = searchTerms(filter);
    if (!search)
        return search.error();
    auto st = countStatement(filter, *search, cap);
    if (!st)
        return st.error();
    auto n = m_db.scalar(st->sql, st->values, 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Statement> DocumentListQuery::countStatement(
    const DocumentListFilter& filter, const SearchTerms& search, qint64 cap)
{
    // The hidden count of a search reads few matches by id and streams more; one customer's
    // documents have their own index, which does better than either. Streaming reads at most
    // all the matches (≤ kManySearchMatches for Many) and stops at cap + 1 found, where walking
    // the archived rows of the types testing each against the set of matches reads every
    // archived row whenever fewer than cap match.
    const SearchSize size = customerIndexServes(filter) ? SearchSize::None : searchSize(search);
    if (size == SearchSize::VeryMany || size == SearchSize::Many)
        return buildCountStreaming(filter, search, qMax<qint64>(0, cap) + 1);
    return buildCountHidden(filter, search, cap, size == SearchSize::Few);
}

Result<QStringList> DocumentListQuery::explainPage(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after)
{
    auto search = searchTerms(filter);
    if (!search)
        return search.error();
    auto plan = planFor(filter, *search, sort);
    if (!plan)
        return plan.error();
    if (!plan->windows) {
        auto st = buildPage(filter, *search, sort, pageSize, after, plan->path);
        if (!st)
            return st.error();
        return explain(st->sql, st->values);
    }
    // A window's bounds (read from the sort index alone), then the page in it.
    auto bounds = buildWindowBounds(filter, sort, after, qMax(1, m_windowRows));
    if (!bounds)
        return bounds.error();
    auto boundsPlan = explain(bounds->sql, bounds->values);
    if (!boundsPlan)
        return boundsPlan.error();
    SearchWindow window { 1, 1, after.isNull() ? DocumentListCursor { 0, 1 } : after };
    auto st = buildPage(filter, *search, sort, pageSize, after, Path::SortIndex, &window);
    if (!st)
        return st.error();
    auto pagePlan = explain(st->sql, st->values);
    if (!pagePlan)
        return pagePlan.error();
    return *boundsPlan + *pagePlan;
}

Result<QStringList> DocumentListQuery::explainCountHidden(
    const DocumentListFilter& filter, qint64 cap)
{
    auto search = searchTerms(filter);
    if (!search)
        return search.error();
    auto st = countStatement(filter, *search, cap);
    if (!st)
        return st.error();
    return explain(st->sql, st->values);
}

Result<DocumentListQuery::Path> DocumentListQuery::pathFor(
    const DocumentListFilter& filter, const DocumentListSort& sort)
{
    auto search = searchTerms(filter);
    if (!search)
        return search.error();
    auto plan = planFor(filter, *search, sort);
    if (!plan)
        return plan.error();
    return plan->path;
}

Result<DocumentListQuery::Plan> DocumentListQuery::planFor(
    const DocumentListFilter& filter, const SearchTerms& search, const DocumentListSort& sort)
{
    auto statusFew = statusMatchesAreFew(filter, sort);
    if (!statusFew)
        return statusFew.error();
    if (*statusFew)
        return Plan { Path::StatusMatches, false };
    if (customerIndexServes(filter))
        return Plan { Path::SortIndex, false };
    const SearchSize size = searchSize(search);
    if (size == SearchSize::Few)
        return Plan { Path::SearchMatches, false };
    // Windows pay off in date order, where a window of the newest rows is a narrow id range,
    // and for a word so common that building the set of all its matches would be the cost.
    return Plan { Path::SortIndex, size == SearchSize::VeryMany && sort.column == Column::Date };
}

DocumentListQuery::SearchSize DocumentListQuery::searchSize(const SearchTerms& search) const
{
    // Few enough matches to read by id and sort, or so many that windows pay off.
    if (!search.active || search.match.isEmpty())
        return SearchSize::None;
    if (search.matches <= m_searchLimit)
        return SearchSize::Few;
    return search.matches > m_manyMatches ? SearchSize::VeryMany : SearchSize::Many;
}

Result<SearchTerms> DocumentListQuery::searchTerms(const DocumentListFilter& filter)
{
    SearchTerms out;
    if (filter.search.trimmed().isEmpty())
        return out;
    out.active = true;
    // Documents a script changed without a transaction are indexed before they are searched.
    SD_TRY(SearchIndex(m_db).catchUp());
    QStringList terms;
    for (const QString& word : words(filter.search)) {
        if (word.toUcs4().size() <= kLongestPrefixIndex) {
            terms << ftsTerm(word);
            continue;
        }
        auto expanded = expandLongWord(word, ftsTerm(word));
        if (!expanded)
            return expanded.error();
        terms << *expanded;
    }
    if (terms.isEmpty())
        return out; // only punctuation: matches nothing
    // Every word must be in the document's row: FTS5 intersects them ("fjord"* AND "kaffe"*).
    out.match = terms.join(QStringLiteral(" AND "));
    if (customerIndexServes(filter))
        return out; // one customer's rows are tested, whatever the count
    // A capped count in the full-text index: it stops after cap + 1 rows, a millisecond even
    // for a word in half the archive.
    const qint64 cap = qMax(m_searchLimit, m_manyMatches) + 1;
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM document_search WHERE "
                                        "document_search MATCH ? LIMIT ?)"),
        { out.match, cap }, 0);
    if (!n)
        return n.error();
    out.matches = n->toLongLong();
    return out;
}

QStringList DocumentListQuery::ftsTerms(const QString& text)
{
    QStringList terms;
    for (const QString& word : words(text))
        terms << ftsTerm(word);
    return terms;
}

QString DocumentListQuery::ftsTerm(const QString& word)
{
    // Quoted, so nothing typed is FTS syntax, and from two characters on a prefix.
    return u'"' + word + (word.toUcs4().size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\""));
}

bool DocumentListQuery::customerIndexServes(const DocumentListFilter& filter)
{
    // One customer's documents are few and have their own index (documents_customer): any
    // search or status is tested on those rows, whatever its counts. No types: nothing to list.
    return filter.customerNumber != 0 || filter.types.isEmpty();
}

QStringList DocumentListQuery::words(const QString& text)
{
    // The words as FTS5's unicode61 tokenizer cuts them — letters, digits and private-use
    // characters (its default categories "L* N* Co"); everything else separates. Whatever the
    // user typed (quotes, AND/OR/NOT/NEAR, `*`, `-`, `:`, parentheses) is a literal word or a
    // separator, never FTS syntax. Each term must be one token: the index has no positions
    // (detail=none) and refuses a phrase, so a character SQLite's Unicode 6.1 tables may not
    // know as a letter separates words here too.
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out << word;
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
    return out;
}

Result<QString> DocumentListQuery::expandLongWord(const QString& word, const QString& prefixTerm)
{
    // An fts5vocab table lists the index's terms in order; as a TEMP table it lives with this
    // connection only and leaves the company file untouched (read-only files too).
    SD_TRY(m_db.execRaw(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_search_vocab "
                                       "USING fts5vocab(main, document_search, row)")));
    // The index holds terms case-folded; a word folded differently here finds no term and
    // keeps its prefix query, so a mismatch costs time, never a missed document.
    const QString low = word.toLower();
    const char32_t last = 0x10FFFF; // sorts after every character that may follow the word
    const QString high = low + QString::fromUcs4(&last, 1);
    auto rows = m_db.run(QStringLiteral("SELECT term FROM temp.document_search_vocab WHERE term >= ? "
                                        "AND term < ? LIMIT ?"),
        { low, high, kMaxWordExpansion + 1 });
    if (!rows)
        return rows.error();
    QStringList exact;
    while (rows->next())
        exact << u'"' + rows->str(0).replace(u'"', QStringLiteral("\"\"")) + u'"';
    if (exact.isEmpty() || exact.size() > kMaxWordExpansion)
        return prefixTerm;
    return exact.size() == 1 ? exact.first() : u'(' + exact.join(QStringLiteral(" OR ")) + u')';
}

Result<bool> DocumentListQuery::statusMatchesAreFew(
    const DocumentListFilter& filter, const DocumentListSort& sort)
{
    // Only a status filter in a non-date order has the choice; one customer's documents are
    // few anyway and go through their own index.
    if (filter.statusKey.isEmpty() || sort.column == Column::Date || customerIndexServes(filter))
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
