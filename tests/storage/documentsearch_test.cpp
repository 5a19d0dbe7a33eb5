// Free-text search in the document lists (FTS5, migrations 0007 and 0009): what it finds, that the index
// follows every write made through SalesService, that no typed text is FTS or SQL syntax, and
// that a search reads the full-text index instead of scanning the documents table.

#include "services/batch.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/documentlistquery.h"
#include "support/shop.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::Shop;
using Column = DocumentListSort::Column;
using ArchivedMode = DocumentListFilter::ArchivedMode;

namespace {

struct SearchShop : Shop
{
    DocumentListQuery q { *c.db };
    qint64 fjord = 0; // customer numbers
    qint64 tromso = 0;

    SearchShop()
    {
        MasterDataService m(*c.db);
        Customer k;
        k.name = QStringLiteral("Fjord Handel AS");
        fjord = m.addCustomer(k).value().number;
        k.name = QStringLiteral("Tromsø Bålservice ANS");
        tromso = m.addCustomer(k).value().number;
    }

    qint64 quote(qint64 customer, const QString& yourRef = {}, const QString& lineText = {})
    {
        auto id = sales.create(DocumentType::Quote, customer);
        REQUIRE(id);
        if (!yourRef.isEmpty()) {
            HeaderChange h;
            h.yourReference = yourRef;
            REQUIRE_OK(sales.setHeader(*id, h));
        }
        if (!lineText.isEmpty()) {
            LineInput in;
            in.kind = LineKind::Text;
            in.text = lineText;
            REQUIRE_OK(sales.addLine(*id, in));
        }
        return *id;
    }

    QSet<qint64> find(const QString& text,
        ArchivedMode archived = ArchivedMode::Include,
        const QList<DocumentType>& types = { DocumentType::Quote })
    {
        DocumentListFilter f;
        f.types = types;
        f.archived = archived;
        f.search = text;
        auto rows = q.page(f, {}, DocumentListQuery::kMaxPageSize);
        INFO(text.toStdString());
        REQUIRE_OK(rows);
        QSet<qint64> ids;
        for (const auto& r : *rows)
            ids.insert(r.id);
        return ids;
    }
};

// The index as the triggers and SearchIndex::flush keep it must be the index built afresh from
// the documents as they are now: the same (word, document) pairs, none missing, none left over
// (a row removed with other text than it was indexed with would leave words behind).
void requireIndexIsFresh(storage::Database& db)
{
    REQUIRE_OK(db.run(QStringLiteral("INSERT INTO document_search(document_search) VALUES ('integrity-check')")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM document_search_pending")).value().toInt() == 0);
    REQUIRE_OK(db.execRaw(QStringLiteral("DROP TABLE IF EXISTS temp.fresh_search")));
    REQUIRE_OK(db.execRaw(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.fresh_search USING fts5(text, content = '', columnsize = 0, "
        "detail = none, tokenize = 'unicode61 remove_diacritics 0')")));
    REQUIRE_OK(db.run(QStringLiteral("INSERT INTO temp.fresh_search(rowid, text) SELECT id, text FROM document_search_text")));
    REQUIRE_OK(db.execRaw(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kept_pairs USING fts5vocab(main, document_search, instance)")));
    REQUIRE_OK(db.execRaw(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh_pairs USING fts5vocab(temp, fresh_search, instance)")));
    const QString differ = QStringLiteral(
        "SELECT count(*) FROM (SELECT term, doc FROM temp.%1 EXCEPT SELECT term, doc FROM temp.%2)");
    CHECK(db.scalar(differ.arg(QStringLiteral("kept_pairs"), QStringLiteral("fresh_pairs"))).value().toInt() == 0);
    CHECK(db.scalar(differ.arg(QStringLiteral("fresh_pairs"), QStringLiteral("kept_pairs"))).value().toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM temp.kept_pairs")).value().toInt() > 0);
}

} // namespace

TEST_CASE("a search finds words from their start in names, references and lines",
    "[storage][lists][search]")
{
    SearchShop s;
    const qint64 a = s.quote(s.fjord, QStringLiteral("PO-7781 Ole Hansen"));
    const qint64 b = s.quote(s.tromso, {}, QStringLiteral("Montering av peisinnsats"));
    const qint64 c = s.quote(10001);
    REQUIRE_OK(s.sales.addLine(c, Shop::product("KAFFE", 1)));

    CHECK(s.find(QStringLiteral("fjo")) == QSet<qint64> { a }); // as the user types
    CHECK(s.find(QStringLiteral("FJORD handel")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("handel fjord")) == QSet<qint64> { a }); // any order
    CHECK(s.find(QStringLiteral("jord")).isEmpty()); // words from their start, not inside
    CHECK(s.find(QStringLiteral("fjord bryggen")).isEmpty()); // every word must match
    CHECK(s.find(QStringLiteral("7781")) == QSet<qint64> { a }); // your reference
    CHECK(s.find(QStringLiteral("hans")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("peis")) == QSet<qint64> { b }); // a text line
    CHECK(s.find(QStringLiteral("kaffe")) == QSet<qint64> { c }); // a product line's SKU
    CHECK(s.find(QStringLiteral("bryggen")) == QSet<qint64> { c }); // the customer name
    CHECK(s.find(QString::number(s.fjord)) == QSet<qint64> { a }); // the customer number

    SECTION("æ, ø and å are letters of their own, in any case")
    {
        CHECK(s.find(QStringLiteral("tromsø")) == QSet<qint64> { b });
        CHECK(s.find(QStringLiteral("TROMSØ")) == QSet<qint64> { b });
        CHECK(s.find(QStringLiteral("bål")) == QSet<qint64> { b });
        CHECK(s.find(QStringLiteral("BÅLSERVICE")) == QSet<qint64> { b });
        CHECK(s.find(QStringLiteral("tromso")).isEmpty());
        CHECK(s.find(QStringLiteral("bal")).isEmpty());
        // A decomposed "å" (a + combining ring, as some keyboards send it) is the same letter.
        CHECK(s.find(QStringLiteral("ba\u030Al")) == QSet<qint64> { b });
    }
    SECTION("a number finds its document, exactly and by its start")
    {
        REQUIRE_OK(s.sales.addLine(a, Shop::product("KOPP", 1)));
        REQUIRE_OK(s.sales.sendQuote(a));
        const qint64 number = s.v(a).document.number.value_or(0);
        REQUIRE(number > 0);
        CHECK(s.find(QString::number(number)).contains(a));
        CHECK(s.find(QString::number(number).left(2)).contains(a));
        CHECK_FALSE(s.find(QString::number(number)).contains(b));
    }
}

TEST_CASE("typed quotes, operators and SQL are literal text, never an error",
    "[storage][lists][search]")
{
    SearchShop s;
    const qint64 a = s.quote(s.fjord, QStringLiteral("\"AND\" OR (NEAR) -x"));
    const QStringList hostile = { QStringLiteral("\""),
        QStringLiteral("\"fjord"),
        QStringLiteral("fjord\""),
        QStringLiteral("fjord OR"),
        QStringLiteral("AND"),
        QStringLiteral("OR fjord"),
        QStringLiteral("NOT fjord"),
        QStringLiteral("NEAR(fjord handel)"),
        QStringLiteral("fjord*"),
        QStringLiteral("*"),
        QStringLiteral("-fjord"),
        QStringLiteral("fjord -handel"),
        QStringLiteral("head:fjord"),
        QStringLiteral("^fjord"),
        QStringLiteral("(fjord"),
        QStringLiteral("fjord))"),
        QStringLiteral("{head lines}: x"),
        QStringLiteral("'; DROP TABLE documents; --"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("fjord\u0000handel"),
        QStringLiteral("😀 fjord"),
        QStringLiteral("fjor\u20DDd"), // a combining mark that composes with nothing
        QStringLiteral("fj\U00011F04ord"), // a letter newer than SQLite's Unicode tables
        QStringLiteral("\u00A0fjord\u2019s\u200B") };
    for (const QString& text : hostile) {
        for (auto archived : { ArchivedMode::Hide, ArchivedMode::Include, ArchivedMode::Only }) {
            DocumentListFilter f;
            f.types = { DocumentType::Quote };
            f.archived = archived;
            f.search = text;
            INFO(text.toStdString());
            REQUIRE_OK(s.q.page(f, { Column::Customer, true }));
            REQUIRE_OK(s.q.countHidden(f));
            s.q.setSearchInMemoryLimit(0); // the other path as well
            REQUIRE_OK(s.q.page(f, { Column::Customer, true }));
            s.q.setSearchInMemoryLimit(DocumentListQuery::kSortInMemoryLimit);
        }
    }
    // The operators are words like any other: they find the document whose reference has them.
    CHECK(s.find(QStringLiteral("fjord OR")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("NEAR(fjord handel)")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("-fjord")) == QSet<qint64> { a }); // not "everything but"
    CHECK(s.find(QStringLiteral("fjord NOT")).isEmpty()); // no document has the word "not"
    CHECK(s.find(QStringLiteral("\"")).isEmpty()); // no letters: nothing, not everything
    CHECK(s.find(QStringLiteral("*")).isEmpty());
    CHECK(s.find(QStringLiteral("'; DROP TABLE documents; --")).isEmpty());
    CHECK(s.find(QStringLiteral("fjord")) == QSet<qint64> { a }); // and the table is still there

    // FTS5 folds the case itself; the query only quotes each word and makes it a prefix.
    CHECK(DocumentListQuery::ftsTerms(QStringLiteral("Fjord \"Handel\" OR-x*"))
        == QStringList { QStringLiteral("\"Fjord\"*"),
            QStringLiteral("\"Handel\"*"),
            QStringLiteral("\"OR\"*"),
            QStringLiteral("\"x\"") }); // one letter: a whole word, not a prefix
    CHECK(DocumentListQuery::ftsTerms(QStringLiteral(" -*\"() ")).isEmpty());
}

TEST_CASE("the search index follows every change to a document", "[storage][lists][search]")
{
    SearchShop s;
    const qint64 a = s.quote(s.fjord, QStringLiteral("Ole"), QStringLiteral("Peisinnsats"));
    CHECK(s.find(QStringLiteral("ole")) == QSet<qint64> { a });

    HeaderChange h;
    h.yourReference = QStringLiteral("Kari Nordmann");
    h.heading = QStringLiteral("Sommerkampanje");
    h.note = QStringLiteral("Levering bakdør");
    REQUIRE_OK(s.sales.setHeader(a, h));
    CHECK(s.find(QStringLiteral("ole")).isEmpty());
    CHECK(s.find(QStringLiteral("kari")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("sommer")) == QSet<qint64> { a });
    CHECK(s.find(QStringLiteral("bakdør")) == QSet<qint64> { a });

    REQUIRE_OK(s.sales.setLine(a, 1, LineChange { {}, {}, {}, QStringLiteral("Vedovn") }));
    CHECK(s.find(QStringLiteral("peis")).isEmpty());
    CHECK(s.find(QStringLiteral("vedovn")) == QSet<qint64> { a });

    REQUIRE_OK(s.sales.addLine(a, Shop::product("KOPP", 2)));
    CHECK(s.find(QStringLiteral("kopp vedovn")) == QSet<qint64> { a });
    REQUIRE_OK(s.sales.removeLine(a, 2));
    CHECK(s.find(QStringLiteral("kopp")).isEmpty());
    CHECK(s.find(QStringLiteral("vedovn")) == QSet<qint64> { a });

    REQUIRE_OK(s.sales.setCustomer(a, s.tromso)); // a draft takes the new customer's name
    CHECK(s.find(QStringLiteral("fjord")).isEmpty());
    CHECK(s.find(QStringLiteral("tromsø vedovn")) == QSet<qint64> { a });

    const qint64 copy = s.sales.duplicate(a).value();
    CHECK(s.find(QStringLiteral("vedovn")) == (QSet<qint64> { a, copy }));

    REQUIRE_OK(s.sales.deleteDraft(a));
    CHECK(s.find(QStringLiteral("vedovn")) == QSet<qint64> { copy });
    CHECK(s.find(QStringLiteral("kari")) == QSet<qint64> { copy }); // the copy has the header

    // Rows removed with the text they were indexed with leave the index a fresh build would be.
    requireIndexIsFresh(*s.c.db);
}

TEST_CASE("the search index is written once per transaction and rolls back with it",
    "[storage][lists][search]")
{
    SearchShop s;
    const qint64 a = s.quote(s.fjord, QStringLiteral("Ole"), QStringLiteral("Peisinnsats"));
    requireIndexIsFresh(*s.c.db);
    {
        // Batch mode: several calls, one of them failing (its savepoint rolls back), then the
        // batch is dropped uncommitted — the index is as before, and so are the documents.
        Batch batch(*s.c.db, 1000);
        REQUIRE_OK(batch.begin());
        REQUIRE_OK(s.sales.addLine(a, Shop::product("KOPP", 1)));
        HeaderChange h;
        h.heading = QStringLiteral("Vårkampanje");
        REQUIRE_OK(s.sales.setHeader(a, h));
        CHECK_FALSE(s.sales.addLine(a, Shop::product("FINNES-IKKE", 1))); // refused, rolled back
        CHECK(s.c.db->scalar(QStringLiteral("SELECT count(*) FROM document_search_pending")).value().toInt() == 1);
        batch.rollback();
    }
    requireIndexIsFresh(*s.c.db);
    CHECK(s.find(QStringLiteral("vår")).isEmpty());
    CHECK(s.find(QStringLiteral("peis")) == QSet<qint64> { a });
    {
        Batch batch(*s.c.db, 1000);
        REQUIRE_OK(batch.begin());
        REQUIRE_OK(s.sales.addLine(a, Shop::product("KOPP", 1)));
        const qint64 b = s.quote(s.tromso, {}, QStringLiteral("Vedovn"));
        CHECK_FALSE(s.sales.addLine(b, Shop::product("FINNES-IKKE", 1)));
        REQUIRE_OK(batch.commit());
        CHECK(s.find(QStringLiteral("vedovn")) == QSet<qint64> { b });
    }
    CHECK(s.find(QStringLiteral("kopp peis")) == QSet<qint64> { a });
    requireIndexIsFresh(*s.c.db);

    // A write made without a transaction (a script, not the services) is indexed before the
    // next search reads the index.
    REQUIRE_OK(s.c.db->run(QStringLiteral("UPDATE documents SET heading = 'Sommerfest' WHERE id = ?"), { a }));
    CHECK(s.c.db->scalar(QStringLiteral("SELECT count(*) FROM document_search_pending")).value().toInt() == 1);
    CHECK(s.find(QStringLiteral("sommerfest")) == QSet<qint64> { a });
    requireIndexIsFresh(*s.c.db);
}

TEST_CASE("a search combines with status, dates, archive, sorting and paging",
    "[storage][lists][search]")
{
    SearchShop s;
    QList<qint64> fjordQuotes;
    for (int i = 0; i < 12; ++i)
        fjordQuotes << s.quote(i % 3 == 0 ? s.tromso : s.fjord);
    for (int i : { 1, 2 }) {
        REQUIRE_OK(s.sales.addLine(fjordQuotes[i], Shop::product("KOPP", 1)));
        REQUIRE_OK(s.sales.sendQuote(fjordQuotes[i]));
    }
    REQUIRE_OK(s.sales.setArchived(fjordQuotes[4], true));
    REQUIRE_OK(s.sales.setArchived(fjordQuotes[5], true));
    REQUIRE_OK(s.sales.setArchived(fjordQuotes[6], true)); // a Tromsø quote

    // Every path: few matches sorted; many walked in sort order against the set of matches;
    // very many (threshold 0 here) in windows of the date order — one window for all, and
    // windows of 1 and 3 rows (growing four-fold) that a page spans — with a streaming count.
    struct Config
    {
        int few;
        int many;
        int windowRows;
        int windowBudget = DocumentListQuery::kSearchWindowBudget;
    };
    const int kNever = 1 << 30;
    // The last: windows of 1 row that may cover 2 rows, then the rest of the page from the
    // matches by id (a word sparse in the list).
    for (Config config : { Config { DocumentListQuery::kSortInMemoryLimit, kNever, 4096 },
             Config { 0, kNever, 4096 }, Config { 0, 0, DocumentListQuery::kSearchWindowRows }, Config { 0, 0, 1 },
             Config { 0, 0, 3 }, Config { 0, 0, 1, 2 } }) {
        const int limit = config.few;
        s.q.setSearchInMemoryLimit(config.few);
        s.q.setManySearchMatches(config.many);
        s.q.setSearchWindowRows(config.windowRows);
        s.q.setSearchWindowBudget(config.windowBudget);
        INFO("few " << config.few << ", many " << config.many << ", window " << config.windowRows
                    << ", budget " << config.windowBudget);
        DocumentListFilter f;
        f.types = { DocumentType::Quote };
        f.search = QStringLiteral("fjord");
        DocumentListFilter noText = f;
        noText.search.clear();
        INFO("limit " << limit);
        CHECK(s.q.pathFor(f, {}).value()
            == (limit ? DocumentListQuery::Path::SearchMatches : DocumentListQuery::Path::SortIndex));
        CHECK(s.q.countHidden(f).value() == 2);
        CHECK(s.q.countHidden(f, 1).value() == 2); // "1+"
        for (auto column : { Column::Date, Column::Number, Column::Customer, Column::Amount }) {
            for (bool ascending : { true, false }) {
                const DocumentListSort sort { column, ascending };
                // Pages of 2 across the whole result: each row once, in order.
                QList<qint64> paged;
                DocumentListCursor after;
                for (int guard = 0; guard < 20; ++guard) {
                    auto page = s.q.page(f, sort, 2, after);
                    REQUIRE_OK(page);
                    for (const auto& r : *page) {
                        paged << r.id;
                        CHECK(r.customerNumber == s.fjord);
                        CHECK_FALSE(r.archived);
                    }
                    if (page->size() < 2)
                        break;
                    after = DocumentListQuery::cursorAfter(page->constLast(), sort);
                }
                // The same rows in the same order as the unfiltered list, minus other customers.
                QList<qint64> expected;
                for (const auto& r : s.q.page(noText, sort, 1000).value()) {
                    if (r.customerNumber == s.fjord)
                        expected << r.id;
                }
                CHECK(paged == expected);
                CHECK(paged.size() == 6);
            }
        }
        f.statusKey = QStringLiteral("sent");
        CHECK(s.q.page(f, { Column::Number, true }).value().size() == 2);
        f.statusKey.clear();
        f.archived = ArchivedMode::Only;
        CHECK(s.q.page(f, {}).value().size() == 2);
        f.archived = ArchivedMode::Include;
        f.from = QDate::currentDate().addDays(1); // documents are dated today
        CHECK(s.q.page(f, {}).value().isEmpty());
        f.from = QDate::currentDate().addDays(-1);
        f.to = QDate::currentDate();
        CHECK(s.q.page(f, {}).value().size() == 8);
        f.customerNumber = s.tromso; // a customer filter and another customer's name
        CHECK(s.q.page(f, {}).value().isEmpty());
        f.customerNumber = s.fjord;
        CHECK(s.q.page(f, {}).value().size() == 8);
    }
}

TEST_CASE("a search reads the full-text index, never the whole documents table",
    "[storage][lists][search]")
{
    SearchShop s;
    for (int i = 0; i < 20; ++i)
        s.quote(i % 2 ? s.fjord : s.tromso, {}, i % 3 ? QString() : QStringLiteral("Peisinnsats"));
    auto checkPlan = [](const QStringList& plan) {
        const QString all = plan.join(QStringLiteral(" | "));
        INFO(all.toStdString());
        CHECK(all.contains(QStringLiteral("document_search VIRTUAL TABLE")));
        for (const QString& line : plan) {
            CHECK_FALSE((line.startsWith(QStringLiteral("SCAN documents"))
                && !line.contains(QStringLiteral("INDEX"))));
        }
    };
    DocumentListFilter f;
    f.types = { DocumentType::Quote, DocumentType::Order };
    f.search = QStringLiteral("fjord handel");
    f.from = QDate(2024, 1, 1);
    for (auto column : { Column::Date, Column::Number, Column::Customer, Column::Amount }) {
        const DocumentListSort sort { column, false };
        const DocumentListCursor cursor { column == Column::Customer ? QVariant(QStringLiteral("x"))
                                                                    : QVariant(5),
            7 };
        // Few matches: looked up by id (the primary key), then sorted.
        s.q.setSearchInMemoryLimit(DocumentListQuery::kSortInMemoryLimit);
        REQUIRE(s.q.pathFor(f, sort).value() == DocumentListQuery::Path::SearchMatches);
        const QStringList few = s.q.explainPage(f, sort, 50, cursor).value();
        checkPlan(few);
        CHECK(few.join(u' ').contains(QStringLiteral("INTEGER PRIMARY KEY")));
        // Many: the list index in sort order, each row tested against the matches; one arm
        // needs no sort.
        s.q.setSearchInMemoryLimit(0);
        REQUIRE(s.q.pathFor(f, sort).value() == DocumentListQuery::Path::SortIndex);
        auto oneArm = f;
        oneArm.types = { DocumentType::Quote };
        const QStringList many = s.q.explainPage(oneArm, sort, 50, cursor).value();
        checkPlan(many);
        CHECK(many.join(u' ').contains(QStringLiteral("INDEX documents_list")));
        CHECK_FALSE(many.join(u' ').contains(QStringLiteral("TEMP B-TREE")));
        checkPlan(s.q.explainPage(f, sort, 50, cursor).value());
    }
    // The hidden count: few matches looked up by id; more streamed from the index, each looked
    // up by id until the cap is reached — never the set of all matches built first, and never
    // every archived row walked (that reads them all whenever fewer than the cap match).
    s.q.setSearchInMemoryLimit(DocumentListQuery::kSortInMemoryLimit);
    const QStringList count = s.q.explainCountHidden(f).value();
    checkPlan(count);
    CHECK(count.join(u' ').contains(QStringLiteral("INTEGER PRIMARY KEY")));
    s.q.setSearchInMemoryLimit(0);
    const QStringList countMany = s.q.explainCountHidden(f).value();
    checkPlan(countMany);
    CHECK(countMany.join(u' ').contains(QStringLiteral("INTEGER PRIMARY KEY (rowid=?)")));
    CHECK_FALSE(countMany.join(u' ').contains(QStringLiteral("INDEX documents_list")));
    CHECK_FALSE(countMany.join(u' ').contains(QStringLiteral("TEMP B-TREE")));
    // Words in the header and in the lines alike: the matches stream from the one index, each
    // looked up by id; a date-ordered page of very many matches finds its window in the list
    // index and looks in it.
    s.q.setManySearchMatches(0);
    DocumentListFilter lineWord = f;
    lineWord.search = QStringLiteral("fjord peis");
    const QStringList countStream = s.q.explainCountHidden(lineWord).value();
    checkPlan(countStream);
    CHECK(countStream.join(u' ').contains(QStringLiteral("INTEGER PRIMARY KEY (rowid=?)")));
    CHECK_FALSE(countStream.join(u' ').contains(QStringLiteral("TEMP B-TREE")));
    CHECK_FALSE(countStream.join(u' ').contains(QStringLiteral("LIST SUBQUERY")));
    const QStringList windowed = s.q.explainPage(f, {}, 50).value();
    checkPlan(windowed);
    CHECK(windowed.join(u' ').contains(QStringLiteral("INDEX documents_list")));
    s.q.setManySearchMatches(DocumentListQuery::kManySearchMatches);
}

TEST_CASE("several words match in the header and the lines alike, on every path",
    "[storage][lists][search]")
{
    // One full-text row per document (schema 9): a document matches when each word is in its
    // header or in any of its lines, whichever path the query takes.
    SearchShop s;
    const qint64 headAndLine = s.quote(s.fjord, {}, QStringLiteral("Peisinnsats"));
    const qint64 headOnly = s.quote(s.fjord, QStringLiteral("peis montert"));
    const qint64 bothInLine = s.quote(s.tromso, {}, QStringLiteral("Fjordhest peis"));
    const qint64 oneWord = s.quote(s.fjord);
    const qint64 otherCustomer = s.quote(s.tromso, {}, QStringLiteral("Peisinnsats"));
    const qint64 archived = s.quote(s.fjord, {}, QStringLiteral("Peis"));
    REQUIRE_OK(s.sales.setArchived(archived, true));
    (void)oneWord;
    (void)otherCustomer;

    struct Config
    {
        int few;
        int many;
    };
    const int kNever = 1 << 30;
    for (Config config : { Config { DocumentListQuery::kSortInMemoryLimit, kNever },
             Config { 0, kNever }, Config { 0, 0 } }) {
        s.q.setSearchInMemoryLimit(config.few);
        s.q.setManySearchMatches(config.many);
        s.q.setSearchWindowRows(2);
        INFO("few " << config.few << ", many " << config.many);
        CHECK(s.find(QStringLiteral("fjord peis")) == (QSet<qint64> { headAndLine, headOnly, bothInLine, archived }));
        CHECK(s.find(QStringLiteral("peis fjord"), ArchivedMode::Hide)
            == (QSet<qint64> { headAndLine, headOnly, bothInLine }));
        CHECK(s.find(QStringLiteral("fjord handel peis")) == (QSet<qint64> { headAndLine, headOnly, archived }));
        CHECK(s.find(QStringLiteral("fjord montert")) == QSet<qint64> { headOnly });
        CHECK(s.find(QStringLiteral("tromsø fjordhest")) == QSet<qint64> { bothInLine });
        CHECK(s.find(QStringLiteral("fjord handel bryggen")).isEmpty());
        DocumentListFilter f;
        f.types = { DocumentType::Quote };
        f.search = QStringLiteral("fjord peis");
        CHECK(s.q.countHidden(f).value() == 1);
        f.search = QStringLiteral("fjord montert");
        CHECK(s.q.countHidden(f).value() == 0);
        // One customer's documents take their own path; the words still match the same way.
        f.customerNumber = s.fjord;
        f.search = QStringLiteral("fjord peis");
        CHECK(s.q.page(f, {}).value().size() == 2);
        CHECK(s.q.countHidden(f).value() == 1);
    }
}

TEST_CASE("a word longer than the prefix indexes finds every word it starts; one letter is a word",
    "[storage][lists][search]")
{
    SearchShop s;
    const qint64 exact = s.quote(s.fjord, {}, QStringLiteral("Levering etter avtale"));
    const qint64 longer = s.quote(s.fjord, {}, QStringLiteral("Leveringsdato fredag"));
    const qint64 inHeader = s.quote(s.tromso, QStringLiteral("Leveringer uke 12"));
    const qint64 other = s.quote(s.tromso, {}, QStringLiteral("Leverandør plan A"));
    CHECK(s.find(QStringLiteral("levering")) == (QSet<qint64> { exact, longer, inHeader }));
    CHECK(s.find(QStringLiteral("LEVERINGS")) == QSet<qint64> { longer });
    CHECK(s.find(QStringLiteral("leveringsdato")) == QSet<qint64> { longer });
    CHECK(s.find(QStringLiteral("leveringsdatoen")).isEmpty());
    CHECK(s.find(QStringLiteral("levering tromsø")) == QSet<qint64> { inHeader });
    CHECK(s.find(QStringLiteral("leve")) == (QSet<qint64> { exact, longer, inHeader, other }));
    // "a" is the word "a" (plan A), not every word starting with a (AS, ANS, avtale).
    CHECK(s.find(QStringLiteral("a")) == QSet<qint64> { other });
    CHECK(s.find(QStringLiteral("plan a")) == QSet<qint64> { other });

    // More words start with it than are worth listing: the prefix query, the same result.
    QSet<qint64> many;
    for (int i = 0; i < DocumentListQuery::kMaxWordExpansion + 2; ++i)
        many << s.quote(s.fjord, {}, QStringLiteral("Leveringsrute%1").arg(i));
    CHECK(s.find(QStringLiteral("leveringsrute")) == many);
    CHECK(s.find(QStringLiteral("levering")) == (many + QSet<qint64> { exact, longer, inHeader }));
    for (int few : { DocumentListQuery::kSortInMemoryLimit, 0 }) {
        s.q.setSearchInMemoryLimit(few);
        s.q.setManySearchMatches(few ? 1 << 30 : 0);
        CHECK(s.find(QStringLiteral("leveringsdato")) == QSet<qint64> { longer });
    }
}
