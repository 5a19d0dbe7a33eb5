#pragma once

// Internal to DocumentListQuery (core/storage only): the statements it runs, built from a
// filter, a sort and the path it chose. The query decides; these functions only write SQL.

#include "documentlistquery.h"

#include <QString>
#include <QVariantList>

namespace sd::storage::detail {

struct Statement
{
    QString sql;
    QVariantList values;
};

// What a search asks for (DocumentListQuery::searchTerms): nothing (`active` false); no
// document at all (active, `match` empty: only punctuation typed); or the documents whose
// full-text row (header and lines, schema 9) has every word — one FTS5 query, `match`, which
// FTS5 answers by intersecting the words' doclists itself.
struct SearchTerms
{
    bool active = false;
    QString match;
    qint64 matches = 0; // the matching documents, counted up to a cap
};

// A stretch of the sort order a search is answered in (DocumentListQuery::pageInWindows):
// the ids its rows have, and the last row (key, id) it holds.
struct SearchWindow
{
    qint64 lowId = 0;
    qint64 highId = 0;
    DocumentListCursor last;
};

QVariantList typeKeys(const QList<DocumentType>& types);
QString placeholders(qsizetype n); // "?,?,?"
QList<int> archivedValues(DocumentListFilter::ArchivedMode mode);

// `path` says which rows the statement starts from (DocumentListQuery::pathFor decides).
// `window`: a SortIndex page of a search answered within that stretch of the sort order only
// (its last row included), the search's matches read in its id range. `maxRows` lifts the page
// size cap for the statements that find a window's bounds.
Result<Statement> buildPage(const DocumentListFilter& filter,
    const SearchTerms& search,
    const DocumentListSort& sort,
    int pageSize,
    const DocumentListCursor& after,
    DocumentListQuery::Path path,
    const SearchWindow* window = nullptr,
    int maxRows = DocumentListQuery::kMaxPageSize,
    bool keysOnly = false);

// `fromMatches`: the search's matches are few — count from them (looked up by id) rather than
// walk every archived row of the types and test it against them. Many matches are counted by
// that walk, which stops at cap + 1; looking each of them up would read them all.
Result<Statement> buildCountHidden(
    const DocumentListFilter& filter, const SearchTerms& search, qint64 cap, bool fromMatches);

// The archived matches of a common search, up to `limit`: the search's matches are
// read as the full-text index yields them and each is looked up by id, until `limit` are found
// — reading about as many as it counts, where testing the archived rows against the set of all
// matches would first build that set (hundreds of thousands of ids for a word in every second
// document).
Statement buildCountStreaming(const DocumentListFilter& filter, const SearchTerms& search, qint64 limit);

// One row for the window of up to `rows` list rows after `after` (the search left out), read
// from the sort index alone: min(id), max(id), count, and the last row's id and sort key. No
// row when nothing is left. The rows are walked once (a materialised CTE) for all five.
Result<Statement> buildWindowBounds(const DocumentListFilter& filter,
    const DocumentListSort& sort,
    const DocumentListCursor& after,
    int rows);

} // namespace sd::storage::detail
