// The SQL behind DocumentListQuery: each list page, hidden count and search as one statement
// with its bound values. Split from documentlistquery.cpp, which decides which of these to run.

#include "documentliststatements.h"

namespace sd::storage::detail {

namespace {

using Column = DocumentListSort::Column;
using Path = DocumentListQuery::Path;
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

// The ids of the documents the search matches (their full-text row, schema 9).
const QString kHits = QStringLiteral("(SELECT rowid FROM document_search WHERE document_search MATCH ?)");
// The same, for documents with ids in the window only: FTS5 seeks to the first rowid of the
// range and stops after the last, so a word in half the archive costs what the range holds.
const QString kHitsInRange = QStringLiteral(
    "(SELECT rowid FROM document_search WHERE document_search MATCH ? AND rowid BETWEEN ? AND ?)");

enum class SearchUse
{
    Membership,
    Driver
};

void addSearch(Where& where,
    const SearchTerms& search,
    SearchUse use,
    const SearchWindow* window = nullptr)
{
    if (!search.active)
        return;
    if (search.match.isEmpty()) {
        // Only punctuation: no word can match it.
        where.add(QStringLiteral("0"));
        return;
    }
    // A driving search reads its matches by id; otherwise the matches are a set to test the
    // rows an index delivers against.
    const QString in = use == SearchUse::Driver ? QStringLiteral("id IN ") : QStringLiteral("+id IN ");
    if (window)
        where.add(in + kHitsInRange, { search.match, window->lowId, window->highId });
    else
        where.add(in + kHits, { search.match });
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
    const SearchTerms& search,
    Column sortColumn,
    bool statusIndexed,
    const SearchWindow* window = nullptr)
{
    addFieldFilters(where, filter, sortColumn == Column::Date, statusIndexed);
    addSearch(where, search, SearchUse::Membership, window);
}

} // namespace

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

Result<Statement> buildPage(const DocumentListFilter& filter,
    const SearchTerms& search,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after,
    Path path,
    const SearchWindow* window,
    int maxRows,
    bool keysOnly)
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
        addSearch(where, search, SearchUse::Driver);
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
        addResidualFilters(where, filter, search, sort.column, false);
        addKeyset(where);
        arms << where;
    } else {
        const bool statusIndexed = sort.column == Column::Date || path == Path::StatusMatches;
        for (DocumentType type : filter.types) {
            for (int archived : archivedValues(filter.archived)) {
                Where where;
                where.add(QStringLiteral("type = ? AND archived = ?"),
                    { documentTypeKey(type), archived });
                addResidualFilters(where, filter, search, sort.column, statusIndexed, window);
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

Result<Statement> buildCountHidden(
    const DocumentListFilter& filter, const SearchTerms& search, qint64 cap, bool fromMatches)
{
    if (filter.types.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            DocumentListQuery::tr("A document list needs at least one type."));
    Where where;
    if (fromMatches)
        addSearch(where, search, SearchUse::Driver);
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
        addResidualFilters(where, filter, search, Column::Date, filter.customerNumber == 0);
    Statement st;
    // Counting stops at cap + 1 rows: never a count over the whole table.
    st.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM documents WHERE ") + where.sql()
        + QStringLiteral(" LIMIT ?)");
    st.values = where.values;
    st.values << qMax<qint64>(0, cap) + 1;
    return st;
}

Statement buildCountStreaming(const DocumentListFilter& filter, const SearchTerms& search, qint64 limit)
{
    Statement st;
    if (search.match.isEmpty()) {
        st.sql = QStringLiteral("SELECT 0"); // only punctuation typed: nothing matches
        return st;
    }
    Where where;
    where.add(QStringLiteral("+type IN (") + placeholders(filter.types.size()) + u')',
        typeKeys(filter.types));
    where.add(QStringLiteral("+archived = 1"));
    addFieldFilters(where, filter, false, false);
    // CROSS JOIN: the matches drive, in the order the index yields them, each looked up by id;
    // SQLite would otherwise be free to walk the documents and build the set of all matches.
    // One full-text row per document: each id comes once.
    st.sql = QStringLiteral("SELECT count(*) FROM (SELECT document_search.rowid FROM document_search "
                            "CROSS JOIN documents ON documents.id = document_search.rowid WHERE "
                            "document_search MATCH ? AND ")
        + where.sql() + QStringLiteral(" LIMIT ?)");
    st.values << search.match << where.values << limit;
    return st;
}

Result<Statement> buildWindowBounds(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    const DocumentListCursor& after,
    int rows)
{
    auto keys = buildPage(filter, SearchTerms {}, sort, rows, after, Path::SortIndex, nullptr, rows, true);
    if (!keys)
        return keys.error();
    // The window's last row is the first one in the opposite order.
    const QString back = sort.ascending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString collate
        = sort.column == Column::Customer ? QStringLiteral(" COLLATE NOCASE") : QString();
    Statement st;
    st.sql = QStringLiteral("WITH window_rows AS MATERIALIZED (") + keys->sql
        + QStringLiteral(") SELECT (SELECT min(id) FROM window_rows), (SELECT max(id) FROM "
                         "window_rows), (SELECT count(*) FROM window_rows), last.id, "
                         "last.sort_key FROM (SELECT id, sort_key FROM window_rows ORDER BY "
                         "sort_key")
        + collate + back + QStringLiteral(", id") + back + QStringLiteral(" LIMIT 1) AS last");
    st.values = keys->values;
    return st;
}

} // namespace sd::storage::detail
