#include "documentlistquery.h"

#include "database.h"

#include <limits>

namespace sd::storage {

namespace {

using Column = DocumentListSort::Column;
using ArchivedMode = DocumentListFilter::ArchivedMode;

// The sort expressions must be written exactly as in migration 0003's indexes. A unary `+`
// (`unindexed`) keeps SQLite from walking the sort index, so that it reads a status's few
// matches through documents_list_status and sorts them instead.
QString sortExpression(Column column, bool unindexed = false)
{
    if (unindexed)
        return u'+' + sortExpression(column);
    switch (column) {
    case Column::Date:
        return QStringLiteral("date");
    case Column::Number:
        return QStringLiteral("ifnull(number, 0)");
    case Column::Customer:
        return QStringLiteral("cust_name COLLATE NOCASE");
    case Column::Amount:
        return QStringLiteral("gross");
    }
    return QStringLiteral("date");
}

// A quote has no due date; its "valid until" is the date that plays that part in the list.
const QString kColumns = QStringLiteral(
    "id, type, number, status, cust_number, cust_name, date, "
    "CASE WHEN type = 'quote' THEN valid_until ELSE due_date END, gross, archived, sent");

// A WHERE clause under construction: terms joined by AND, with their bound values in order.
struct Where
{
    QStringList terms;
    QVariantList values;

    void add(const QString& term, const QVariantList& termValues = {})
    {
        terms << term;
        values << termValues;
    }
    QString sql() const { return terms.join(QStringLiteral(" AND ")); }
};

struct Statement
{
    QString sql;
    QVariantList values;
};

// The ids of the documents that have the word: in their header, or in one of their lines (a
// line's rowid is its document id × 2^20 + line number, migration 0007). UNION ALL: the IN
// that reads it keeps each id once anyway.
const QString kWordHits = QStringLiteral(
    "(SELECT rowid FROM document_search WHERE document_search MATCH ? UNION ALL "
    "SELECT rowid >> 20 FROM document_line_search WHERE document_line_search MATCH ?)");
// The same, for documents with ids from ? to ? only: FTS5 seeks to the first rowid of the
// range and stops after the last, so a word in half the archive costs what the range holds.
const QString kWordHitsInRange = QStringLiteral(
    "(SELECT rowid FROM document_search WHERE document_search MATCH ? AND rowid BETWEEN ? AND ? "
    "UNION ALL SELECT rowid >> 20 FROM document_line_search WHERE document_line_search MATCH ? "
    "AND rowid BETWEEN ? AND ?)");

// A stretch of the sort order a search is answered in (DocumentListQuery::pageInWindows):
// the ids its rows have, and the last row (key, id) it holds.
struct SearchWindow
{
    qint64 lowId = 0;
    qint64 highId = 0;
    DocumentListCursor last;
};

enum class SearchUse
{
    Membership,
    Driver
};

void addSearch(Where& where,
    const DocumentListFilter& filter,
    SearchUse use,
    const SearchWindow* window = nullptr)
{
    if (filter.search.trimmed().isEmpty())
        return;
    const QStringList terms = DocumentListQuery::ftsTerms(filter.search);
    if (terms.isEmpty()) {
        // Only punctuation: no word can match it.
        where.add(QStringLiteral("0"));
        return;
    }
    // Every word must match. A driving search reads the first word's documents by id; the
    // other words, like a search tested on rows an index delivers, are sets to test against.
    bool first = use == SearchUse::Driver;
    for (const QString& term : terms) {
        const QString in = first ? QStringLiteral("id IN ") : QStringLiteral("+id IN ");
        if (window) {
            // A line's rowid is its document id × 2^20 + line number (migration 0007).
            const qint64 lineLow = window->lowId << 20;
            const qint64 lineHigh = (window->highId << 20) | ((qint64(1) << 20) - 1);
            where.add(in + kWordHitsInRange,
                { term, window->lowId, window->highId, term, lineLow, lineHigh });
        } else {
            where.add(in + kWordHits, { term, term });
        }
        first = false;
    }
}

// Filters that are not part of the arm's index prefix. A unary `+` keeps SQLite from choosing
// another index for them and then sorting: the sort-order index with a LIMIT stops after one
// page, while a status or date index would have to sort every match first. Where the date is
// the sort column, the date range narrows the same index range instead (`dateIndexed`);
// `statusIndexed` says the status is part of the index range (documents_list_status).
void addFieldFilters(
    Where& where, const DocumentListFilter& filter, bool dateIndexed, bool statusIndexed)
{
    if (!filter.statusKey.isEmpty())
        where.add(statusIndexed ? QStringLiteral("status = ?") : QStringLiteral("+status = ?"),
            { filter.statusKey });
    const QString date = dateIndexed ? QStringLiteral("date") : QStringLiteral("+date");
    if (filter.from.isValid())
        where.add(date + QStringLiteral(" >= ?"), { filter.from.toString(Qt::ISODate) });
    if (filter.to.isValid())
        where.add(date + QStringLiteral(" <= ?"), { filter.to.toString(Qt::ISODate) });
}

// The field filters plus the search, tested on each row the arm's index range delivers.
void addResidualFilters(Where& where,
    const DocumentListFilter& filter,
    Column sortColumn,
    bool statusIndexed,
    const SearchWindow* window = nullptr)
{
    addFieldFilters(where, filter, sortColumn == Column::Date, statusIndexed);
    addSearch(where, filter, SearchUse::Membership, window);
}

QVariantList typeKeys(const QList<DocumentType>& types)
{
    QVariantList out;
    for (DocumentType t : types)
        out << documentTypeKey(t);
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

QList<int> archivedValues(ArchivedMode mode)
{
    switch (mode) {
    case ArchivedMode::Hide:
        return { 0 };
    case ArchivedMode::Only:
        return { 1 };
    case ArchivedMode::Include:
        return { 0, 1 };
    }
    return { 0 };
}

using Path = DocumentListQuery::Path;

// `path` says which rows the statement starts from (DocumentListQuery::pathFor decides).
// `window`: a SortIndex page of a search answered within that stretch of the sort order only
// (its last row included), the search's matches read in its id range. `maxRows` lifts the page
// size cap for the statements that find a window's bounds.
Result<Statement> buildPage(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after,
    Path path,
    const SearchWindow* window = nullptr,
    int maxRows = DocumentListQuery::kMaxPageSize,
    bool keysOnly = false)
{
    if (filter.types.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            DocumentListQuery::tr("A document list needs at least one type."));
    const int limit = qBound(1, pageSize, maxRows);
    const QString key = sortExpression(sort.column, path != Path::SortIndex);
    const QString dir = sort.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString orderBy = QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;

    // Keyset: (key, id) strictly after the cursor. Written as `key >= ? AND (key > ? OR id > ?)`
    // rather than a row value, because SQLite narrows an index range with the former also for
    // expression and COLLATE keys, and with the row value only for plain columns.
    auto addKeyset = [&](Where& where) {
        if (after.isNull())
            return;
        const QString ge = sort.ascending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
        const QString gt = sort.ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
        where.add(
            key + ge + QStringLiteral(" AND (") + key + gt + QStringLiteral(" OR id") + gt + u')',
            { after.key, after.key, after.id });
    };
    // The window's end: (key, id) at or before its last row.
    auto addWindowEnd = [&](Where& where) {
        if (!window)
            return;
        const QString le = sort.ascending ? QStringLiteral(" <= ?") : QStringLiteral(" >= ?");
        const QString lt = sort.ascending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
        where.add(
            key + le + QStringLiteral(" AND (") + key + lt + QStringLiteral(" OR id") + le + u')',
            { window->last.key, window->last.key, window->last.id });
    };

    QList<Where> arms;
    if (path == Path::SearchMatches) {
        // The search's few matches are looked up by id, filtered and sorted: every other term
        // is unindexed (`+`), so SQLite does not walk a list index testing a million rows.
        Where where;
        addSearch(where, filter, SearchUse::Driver);
        where.add(QStringLiteral("+type IN (") + placeholders(filter.types.size()) + u')',
            typeKeys(filter.types));
        QVariantList archived;
        for (int a : archivedValues(filter.archived))
            archived << a;
        where.add(
            QStringLiteral("+archived IN (") + placeholders(archived.size()) + u')', archived);
        addFieldFilters(where, filter, false, false);
        addKeyset(where);
        arms << where;
    } else if (filter.customerNumber != 0) {
        // One customer's documents are few: their own index (documents_customer) finds them
        // all and sorting them is cheap, whatever the sort column.
        Where where;
        where.add(QStringLiteral("customer_id = (SELECT id FROM customers WHERE number = ?)"),
            { filter.customerNumber });
        where.add(QStringLiteral("type IN (") + placeholders(filter.types.size()) + u')',
            typeKeys(filter.types));
        if (filter.archived != ArchivedMode::Include)
            where.add(
                QStringLiteral("+archived = ?"), { filter.archived == ArchivedMode::Only ? 1 : 0 });
        addResidualFilters(where, filter, sort.column, false);
        addKeyset(where);
        arms << where;
    } else {
        const bool statusIndexed = sort.column == Column::Date || path == Path::StatusMatches;
        for (DocumentType type : filter.types) {
            for (int archived : archivedValues(filter.archived)) {
                Where where;
                where.add(QStringLiteral("type = ? AND archived = ?"),
                    { documentTypeKey(type), archived });
                addResidualFilters(where, filter, sort.column, statusIndexed, window);
                addKeyset(where);
                addWindowEnd(where);
                arms << where;
            }
        }
    }

    const QString columns = keysOnly ? QStringLiteral("id") : kColumns;
    const QString select = QStringLiteral("SELECT ") + columns + QStringLiteral(", ") + key
        + QStringLiteral(" AS sort_key FROM documents WHERE ");
    Statement st;
    if (arms.size() == 1) {
        st.sql = select + arms.first().sql() + orderBy + QStringLiteral(" LIMIT ?");
        st.values = arms.first().values;
        st.values << limit;
        return st;
    }
    QStringList parts;
    for (const Where& arm : arms) {
        parts << QStringLiteral("SELECT * FROM (") + select + arm.sql() + orderBy
                + QStringLiteral(" LIMIT ?)");
        st.values << arm.values << limit;
    }
    const QString collate
        = sort.column == Column::Customer ? QStringLiteral(" COLLATE NOCASE") : QString();
    st.sql = parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY sort_key")
        + collate + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ?");
    st.values << limit;
    return st;
}

// `fromMatches`: the search's matches are few — count from them (looked up by id) rather than
// walk every archived row of the types and test it against them. Many matches are counted by
// that walk, which stops at cap + 1; looking each of them up would read them all.
Result<Statement> buildCountHidden(const DocumentListFilter& filter, qint64 cap, bool fromMatches)
{
    if (filter.types.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            DocumentListQuery::tr("A document list needs at least one type."));
    Where where;
    if (fromMatches)
        addSearch(where, filter, SearchUse::Driver);
    if (filter.customerNumber != 0)
        where.add(QStringLiteral("customer_id = (SELECT id FROM customers WHERE number = ?)"),
            { filter.customerNumber });
    const QString plus = fromMatches ? QStringLiteral("+") : QString();
    where.add(plus + QStringLiteral("type IN (") + placeholders(filter.types.size()) + u')',
        typeKeys(filter.types));
    where.add(plus + QStringLiteral("archived = 1"));
    if (fromMatches)
        addFieldFilters(where, filter, false, false);
    else
        addResidualFilters(where, filter, Column::Date, filter.customerNumber == 0);
    Statement st;
    // Counting stops at cap + 1 rows: never a count over the whole table.
    st.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM documents WHERE ") + where.sql()
        + QStringLiteral(" LIMIT ?)");
    st.values = where.values;
    st.values << qMax<qint64>(0, cap) + 1;
    return st;
}

// The archived matches of a very common search, up to `limit`: the first word's matches are
// read as the full-text index yields them and each is looked up by id, until `limit` are found
// — reading about as many as it counts, where testing the archived rows against the set of all
// matches would first build that set (hundreds of thousands of ids for a word in every second
// document). The other words are sets to test against.
Statement buildCountStreaming(const DocumentListFilter& filter, qint64 limit)
{
    const QStringList terms = DocumentListQuery::ftsTerms(filter.search);
    Where where;
    where.add(QStringLiteral("+type IN (") + placeholders(filter.types.size()) + u')',
        typeKeys(filter.types));
    where.add(QStringLiteral("+archived = 1"));
    addFieldFilters(where, filter, false, false);
    for (qsizetype i = 1; i < terms.size(); ++i)
        where.add(QStringLiteral("+documents.id IN ") + kWordHits, { terms[i], terms[i] });
    Statement st;
    // NOT MATERIALIZED and CROSS JOIN: the matches stream in (a co-routine) and drive the
    // lookups; as a plain subquery SQLite would store all of them first.
    st.sql = QStringLiteral("WITH hits(id) AS NOT MATERIALIZED (SELECT rowid FROM document_search "
                            "WHERE document_search MATCH ? UNION ALL SELECT rowid >> 20 FROM "
                            "document_line_search WHERE document_line_search MATCH ?) "
                            "SELECT count(*) FROM (SELECT DISTINCT hits.id FROM hits CROSS JOIN "
                            "documents ON documents.id = hits.id WHERE ")
        + where.sql() + QStringLiteral(" LIMIT ?)");
    st.values << terms.value(0) << terms.value(0) << where.values << limit;
    return st;
}

} // namespace

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
