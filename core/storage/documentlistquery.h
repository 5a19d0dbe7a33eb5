#pragma once

// DocumentListQuery: the rows behind the document docks (ARCHITECTURE §5 "never the whole
// table"). Pages are keyset-paged — "the next n rows after (sort value, id)" — so turning a
// page costs the same at row 100 as at row 1 000 000, and no query ever counts the whole table.
// Each (type, archived) combination is one index range scan (migration 0003); several are merged
// with UNION ALL, each arm limited to one page, so the merge sorts at most arms × page rows.
// A text search reads the FTS5 index document_search (one row per document, migration 0009):
// a few matches are looked up by id and sorted; many are tested row by row as the sort index
// delivers them, so a page stops early.
// The UI gets structs, never SQL (ui/models/documentlistmodel pages through this).

#include "common/result.h"
#include "documents/documenttypes.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sd::storage {

class Database;
namespace detail {
struct Statement; // documentliststatements.h
struct SearchTerms;
}

struct DocumentListFilter
{
    // Seed 001: lists hide archived documents by default, can show all or only archived ones.
    enum class ArchivedMode
    {
        Hide,
        Include,
        Only
    };

    QList<DocumentType> types { DocumentType::Quote }; // the invoices dock adds CreditNote
    QString statusKey; // a lifecycle key ("draft", "booked"…); empty = every status
    qint64 customerNumber = 0; // 0 = every customer
    QDate from; // inclusive; null = open
    QDate to; // inclusive; null = open
    // Words, each matched as the start of a word (FTS5, migration 0007) in the number, the
    // customer's number and name, the references, heading, note and the lines' SKUs and
    // descriptions: "fjo 104" finds Fjord Handel's documents with a word starting "104".
    QString search;
    ArchivedMode archived = ArchivedMode::Hide;

    bool operator==(const DocumentListFilter&) const = default;
};

struct DocumentListSort
{
    enum class Column
    {
        Date,
        Number,
        Customer,
        Amount
    };
    Column column = Column::Date;
    bool ascending = false; // newest first by default

    bool operator==(const DocumentListSort&) const = default;
};

// Where the previous page ended: the last row's sort value and id. A null cursor = first page.
struct DocumentListCursor
{
    QVariant key;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
};

struct DocumentRow
{
    qint64 id = 0;
    DocumentType type = DocumentType::Quote;
    std::optional<qint64> number; // none for invoice / credit-note drafts
    QString statusKey;
    qint64 customerNumber = 0;
    QString customerName;
    QDate date;
    QDate dueDate; // quotes: valid until
    Money gross;
    bool archived = false;
    bool sent = false;
};

class DocumentListQuery
{
    Q_DECLARE_TR_FUNCTIONS(DocumentListQuery)

public:
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 1000;
    static constexpr qint64 kHiddenCountCap = 1000;
    // Up to this many documents of one status, or matches of a search, are sorted in memory
    // rather than found by walking the sort index (see pathFor).
    static constexpr int kSortInMemoryLimit = 2000;

    // Which rows a page starts from. SortIndex: the (type, archived, sort column) index, one
    // range per arm, filters tested on each row. StatusMatches: a rare status's rows through
    // documents_list_status, sorted. SearchMatches: a search's few matches by id, sorted.
    enum class Path
    {
        SortIndex,
        StatusMatches,
        SearchMatches
    };

    explicit DocumentListQuery(Database& db)
        : m_db(db)
    {
    }

    // Up to `pageSize` rows after `after`, in `sort` order with the id as tiebreak (same
    // direction), so every row appears exactly once across pages even when sort values tie.
    Result<QList<DocumentRow>> page(const DocumentListFilter& filter,
        const DocumentListSort& sort,
        int pageSize = kDefaultPageSize,
        const DocumentListCursor& after = {});
    // The cursor that continues after `row` (the last row of a page).
    static DocumentListCursor cursorAfter(const DocumentRow& row, const DocumentListSort& sort);

    // How many archived documents the filter hides (0 unless it hides archived ones), counted
    // up to cap + 1 only: a result above `cap` means "more than cap" ("1 000+").
    Result<qint64> countHidden(const DocumentListFilter& filter, qint64 cap = kHiddenCountCap);

    // EXPLAIN QUERY PLAN detail lines of the statements above, so tests can prove that they
    // read an index range and never scan the table.
    Result<QStringList> explainPage(const DocumentListFilter& filter,
        const DocumentListSort& sort,
        int pageSize = kDefaultPageSize,
        const DocumentListCursor& after = {});
    Result<QStringList> explainCountHidden(
        const DocumentListFilter& filter, qint64 cap = kHiddenCountCap);

    // Tests lower the limits to exercise both ways of answering a status filter or a search.
    void setSortInMemoryLimit(int rows) { m_sortLimit = rows; }
    void setSearchInMemoryLimit(int rows) { m_searchLimit = rows; }
    // A word with more matches than this is "very common": its page is looked for in windows
    // of the sort order and its hidden count streams its matches (see pageInWindows).
    static constexpr int kManySearchMatches = 20000;
    void setManySearchMatches(int matches) { m_manyMatches = matches; }
    // The first window a very common word's page is looked for in.
    static constexpr int kSearchWindowRows = 512;
    void setSearchWindowRows(int rows) { m_windowRows = rows; }
    // How many rows of the list the windows may cover before the rest of the page is read
    // from the matches by id instead: a word common in the archive but rare in this list
    // (a text only quotes and invoices have, searched among shipments) would otherwise grow
    // its windows over the whole list.
    static constexpr int kSearchWindowBudget = 12000;
    void setSearchWindowBudget(int rows) { m_windowBudget = rows; }

    // The path page() takes for this filter and sort (a capped count or two, no page read).
    Result<Path> pathFor(const DocumentListFilter& filter, const DocumentListSort& sort);

    // The FTS5 queries for what a user typed, one per word: a quoted prefix term, so no input
    // is FTS syntax. A document matches when it has every word. Empty without letters/digits.
    // A one-character word is a whole word ("a"), not a prefix: as a prefix it would match
    // nearly every document, and FTS5 has no prefix index that short to answer it from.
    static QStringList ftsTerms(const QString& text);
    // The prefix indexes of migration 0007 cover the first 2–6 characters. A longer word's
    // prefix query makes FTS5 merge the doclists of every term that starts so before it
    // returns a row (15 ms for a word in 5 % of a million documents); the few terms it stands
    // for are looked up in the index's vocabulary instead and searched as exact words.
    static constexpr int kLongestPrefixIndex = 6;
    static constexpr int kMaxWordExpansion = 32;

private:
    // With a status filter and a non-date order: are the status's matches few enough to read
    // them all through documents_list_status and sort them? A rare status (drafts among a
    // million archived invoices) is then instant; a common one is found at once by walking the
    // sort index and skipping the few rows of other statuses.
    Result<bool> statusMatchesAreFew(
        const DocumentListFilter& filter, const DocumentListSort& sort);
    // A text search by its matches (a capped count): None without words; Few
    // (read by id and sorted), Many (the sort index walked against the set of matches) or
    // VeryMany (windows of the date order). Many and VeryMany count hidden ones by streaming.
    enum class SearchSize
    {
        None,
        Few,
        Many,
        VeryMany
    };
    SearchSize searchSize(const detail::SearchTerms& search) const;
    // What page() runs: the path, and whether a very common word is looked for in windows.
    struct Plan
    {
        Path path;
        bool windows;
    };
    Result<Plan> planFor(const DocumentListFilter& filter,
        const detail::SearchTerms& search,
        const DocumentListSort& sort);
    // The hidden count's statement for this filter.
    Result<detail::Statement> countStatement(
        const DocumentListFilter& filter, const detail::SearchTerms& search, qint64 cap);
    // The filter's words as one FTS5 query with its capped number of matches. A customer
    // filter needs no count (its own index does better than any search path).
    Result<detail::SearchTerms> searchTerms(const DocumentListFilter& filter);
    // A word longer than the prefix indexes as an OR of the exact terms that start with it
    // (at most kMaxWordExpansion; more, or none found, keeps the prefix query).
    Result<QString> expandLongWord(const QString& word, const QString& prefixTerm);
    static QStringList words(const QString& text);
    static QString ftsTerm(const QString& word);
    // A customer filter: that customer's own index serves every path (no counts, no windows).
    static bool customerIndexServes(const DocumentListFilter& filter);
    Result<QList<DocumentRow>> pageInWindows(const DocumentListFilter& filter,
        const detail::SearchTerms& search,
        const DocumentListSort& sort,
        int pageSize,
        const DocumentListCursor& after);
    Result<QList<DocumentRow>> readRows(const QString& sql, const QVariantList& values);
    Result<QStringList> explain(const QString& sql, const QVariantList& values);

    Database& m_db;
    int m_sortLimit = kSortInMemoryLimit;
    int m_searchLimit = kSortInMemoryLimit;
    int m_windowRows = kSearchWindowRows;
    int m_windowBudget = kSearchWindowBudget;
    int m_manyMatches = kManySearchMatches;
};

} // namespace sd::storage
