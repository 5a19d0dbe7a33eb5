#include "storage/documentlistquery.h"
#include "support/tempcompany.h"

#include <QSet>

#include <algorithm>
#include <catch2/catch.hpp>
#include <tuple>

using namespace sd;
using namespace sd::storage;
using Column = DocumentListSort::Column;
using ArchivedMode = DocumentListFilter::ArchivedMode;

namespace {

// Fixture rows written with plain SQL: the document services are written concurrently, and a
// list only reads the documents table anyway.
struct Fixture
{
    test::TempCompany c;
    QHash<qint64, qint64> customerIds; // number → id

    qint64 customer(qint64 number, const QString& name)
    {
        auto r = c.db->run(QStringLiteral("INSERT INTO customers(number, name, created_at) "
                                          "VALUES (?, ?, '2024-01-01')"),
            { number, name });
        REQUIRE(r);
        customerIds[number] = r->lastInsertId();
        return r->lastInsertId();
    }

    qint64 document(const QString& type,
        QVariant number,
        const QString& status,
        qint64 customerNumber,
        const QString& name,
        const QString& date,
        qint64 gross,
        bool archived = false)
    {
        auto r = c.db->run(
            QStringLiteral(
                "INSERT INTO documents(type, number, status, customer_id, cust_number, cust_name, "
                "date, due_date, gross, archived, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')"),
            { type,
                number,
                status,
                customerIds.value(customerNumber),
                customerNumber,
                name,
                date,
                QDate::fromString(date, Qt::ISODate).addDays(14).toString(Qt::ISODate),
                gross,
                archived ? 1 : 0 });
        REQUIRE(r);
        return r->lastInsertId();
    }

    // A mix with many ties on date, amount and name, NULL numbers (drafts) and archived rows.
    void populate()
    {
        const QStringList names = { QStringLiteral("Bryggen Kafé AS"),
            QStringLiteral("alfa AS"),
            QStringLiteral("ALFA AS"),
            QStringLiteral("Nordlys Bakeri") };
        for (int i = 0; i < names.size(); ++i)
            customer(10001 + i, names[i]);
        const QStringList quoteStatuses = { QStringLiteral("draft"),
            QStringLiteral("sent"),
            QStringLiteral("accepted"),
            QStringLiteral("rejected") };
        for (int i = 0; i < 37; ++i) {
            const int cust = i % 4;
            document(QStringLiteral("quote"),
                1001 + i,
                quoteStatuses[i % 4],
                10001 + cust,
                names[cust],
                QStringLiteral("2024-03-%1").arg(1 + i % 5, 2, 10, QChar(u'0')),
                (i % 3) * 12500,
                i % 4 >= 2);
        }
        for (int i = 0; i < 29; ++i) {
            const bool draft = i % 6 == 0;
            const int cust = i % 4;
            document(QStringLiteral("invoice"),
                draft ? QVariant() : QVariant(2001 + i),
                draft ? QStringLiteral("draft") : QStringLiteral("booked"),
                10001 + cust,
                names[cust],
                QStringLiteral("2024-0%1-15").arg(1 + i % 3),
                (i % 4) * 9900,
                !draft && i % 2 == 0);
        }
        for (int i = 0; i < 6; ++i)
            document(QStringLiteral("credit_note"),
                5001 + i,
                QStringLiteral("booked"),
                10002,
                names[1],
                QStringLiteral("2024-02-15"),
                9900,
                i % 2 == 1);
    }
};

QList<DocumentRow> allPages(
    DocumentListQuery& q, const DocumentListFilter& f, const DocumentListSort& s, int pageSize)
{
    QList<DocumentRow> out;
    DocumentListCursor after;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = q.page(f, s, pageSize, after);
        REQUIRE(page);
        REQUIRE(page->size() <= pageSize);
        out << *page;
        if (page->size() < pageSize)
            break;
        after = DocumentListQuery::cursorAfter(page->constLast(), s);
    }
    return out;
}

// The order SQLite must produce: the sort value, then the id, both in the same direction.
bool before(const DocumentRow& a, const DocumentRow& b, const DocumentListSort& s)
{
    auto keyCompare = [&]() -> int {
        switch (s.column) {
        case Column::Date:
            return a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
        case Column::Number:
            return int(a.number.value_or(0) > b.number.value_or(0))
                - int(a.number.value_or(0) < b.number.value_or(0));
        case Column::Customer:
            return a.customerName.toLower().compare(b.customerName.toLower()); // ASCII names
        case Column::Amount:
            return int(a.gross > b.gross) - int(a.gross < b.gross);
        }
        return 0;
    };
    int c = keyCompare();
    if (c == 0)
        c = int(a.id > b.id) - int(a.id < b.id);
    return s.ascending ? c < 0 : c > 0;
}

QSet<qint64> idsOf(const QList<DocumentRow>& rows)
{
    QSet<qint64> ids;
    for (const auto& r : rows)
        ids.insert(r.id);
    return ids;
}

qint64 countWhere(Database& db, const QString& where)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE ") + where);
    REQUIRE(n);
    return n->toLongLong();
}

DocumentListFilter filterOf(QList<DocumentType> types, ArchivedMode mode = ArchivedMode::Hide)
{
    DocumentListFilter f;
    f.types = std::move(types);
    f.archived = mode;
    return f;
}

// Pages through `f` in every sort order and direction: each row once, in (key, id) order.
void checkEveryOrder(DocumentListQuery& q,
    const DocumentListFilter& f,
    qint64 expected,
    std::initializer_list<int> pageSizes)
{
    for (auto column : { Column::Date, Column::Number, Column::Customer, Column::Amount }) {
        for (bool ascending : { true, false }) {
            const DocumentListSort sort { column, ascending };
            for (int pageSize : pageSizes) {
                INFO("column " << int(column) << " asc " << ascending << " page " << pageSize);
                const auto rows = allPages(q, f, sort, pageSize);
                CHECK(rows.size() == expected);
                CHECK(idsOf(rows).size() == expected);
                CHECK(std::is_sorted(
                    rows.begin(), rows.end(), [&](const DocumentRow& a, const DocumentRow& b) {
                        return before(a, b, sort);
                    }));
            }
        }
    }
}

} // namespace

TEST_CASE(
    "paging returns every row exactly once in every sort order, ties included", "[storage][lists]")
{
    Fixture fx;
    fx.populate();
    DocumentListQuery q(*fx.c.db);
    const QList<QPair<QList<DocumentType>, QString>> cases = {
        { { DocumentType::Quote }, QStringLiteral("type = 'quote'") },
        { { DocumentType::Invoice, DocumentType::CreditNote },
            QStringLiteral("type IN ('invoice','credit_note')") },
    };
    for (const auto& [types, where] : cases) {
        for (auto mode : { ArchivedMode::Hide, ArchivedMode::Include, ArchivedMode::Only }) {
            const QString archivedWhere = mode == ArchivedMode::Hide
                ? QStringLiteral(" AND archived = 0")
                : (mode == ArchivedMode::Only ? QStringLiteral(" AND archived = 1") : QString());
            const qint64 expected = countWhere(*fx.c.db, where + archivedWhere);
            REQUIRE(expected > 0);
            INFO("types " << where.toStdString() << " mode " << int(mode));
            checkEveryOrder(q, filterOf(types, mode), expected, { 1, 4, 7, 1000 });
        }
    }
}

TEST_CASE("paging with a status filter returns every match once, sorted in memory or not",
    "[storage][lists]")
{
    Fixture fx;
    fx.populate();
    DocumentListQuery q(*fx.c.db);
    const QList<std::tuple<QList<DocumentType>, QString, QString>> cases = {
        { { DocumentType::Quote }, QStringLiteral("type = 'quote'"), QStringLiteral("sent") },
        { { DocumentType::Invoice, DocumentType::CreditNote },
            QStringLiteral("type IN ('invoice','credit_note')"),
            QStringLiteral("booked") },
    };
    for (const auto& [types, where, status] : cases) {
        const qint64 expected
            = countWhere(*fx.c.db, where + QStringLiteral(" AND status = '%1'").arg(status));
        REQUIRE(expected > 1);
        auto f = filterOf(types, ArchivedMode::Include);
        f.statusKey = status;
        for (int limit : { 0, DocumentListQuery::kSortInMemoryLimit }) {
            q.setSortInMemoryLimit(limit);
            INFO(where.toStdString() << " limit " << limit);
            checkEveryOrder(q, f, expected, { 3 });
        }
    }
}

TEST_CASE("list rows carry the snapshot, status, amount and flags", "[storage][lists]")
{
    Fixture fx;
    fx.customer(10001, QStringLiteral("Bryggen Kafé AS"));
    const qint64 id = fx.document(QStringLiteral("invoice"),
        QVariant(),
        QStringLiteral("draft"),
        10001,
        QStringLiteral("Bryggen Kafé AS"),
        QStringLiteral("2024-05-02"),
        125050);
    DocumentListQuery q(*fx.c.db);
    auto page = q.page(filterOf({ DocumentType::Invoice }), {});
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    const DocumentRow& r = page->first();
    CHECK(r.id == id);
    CHECK(r.type == DocumentType::Invoice);
    CHECK_FALSE(r.number.has_value());
    CHECK(r.statusKey == QStringLiteral("draft"));
    CHECK(r.customerNumber == 10001);
    CHECK(r.customerName == QStringLiteral("Bryggen Kafé AS"));
    CHECK(r.date == QDate(2024, 5, 2));
    CHECK(r.dueDate == QDate(2024, 5, 16));
    CHECK(r.gross == Money::fromMinor(125050));
    CHECK_FALSE(r.archived);
    CHECK_FALSE(r.sent);

    // A quote's "valid until" stands in its due-date column.
    const qint64 quote = fx.document(QStringLiteral("quote"),
        1001,
        QStringLiteral("sent"),
        10001,
        QStringLiteral("Bryggen Kafé AS"),
        QStringLiteral("2024-05-02"),
        100);
    REQUIRE(fx.c.db->run(
        QStringLiteral("UPDATE documents SET valid_until = '2024-06-01', sent = 1 WHERE id = ?"),
        { quote }));
    auto quotes = q.page(filterOf({ DocumentType::Quote }), {});
    REQUIRE(quotes);
    REQUIRE(quotes->size() == 1);
    CHECK(quotes->first().dueDate == QDate(2024, 6, 1));
    CHECK(quotes->first().sent);
}

TEST_CASE("status, customer, date and search filters narrow the list", "[storage][lists]")
{
    Fixture fx;
    fx.populate();
    DocumentListQuery q(*fx.c.db);
    auto ids = [&](const DocumentListFilter& f) { return idsOf(allPages(q, f, {}, 5)); };
    auto sqlIds = [&](const QString& where) {
        QSet<qint64> out;
        auto rows = fx.c.db->run(QStringLiteral("SELECT id FROM documents WHERE ") + where);
        REQUIRE(rows);
        while (rows->next())
            out.insert(rows->i64(0));
        return out;
    };

    auto f = filterOf({ DocumentType::Quote }, ArchivedMode::Include);
    f.statusKey = QStringLiteral("sent");
    CHECK(ids(f) == sqlIds(QStringLiteral("type = 'quote' AND status = 'sent'")));
    CHECK_FALSE(ids(f).isEmpty());

    f = filterOf({ DocumentType::Invoice, DocumentType::CreditNote }, ArchivedMode::Include);
    f.customerNumber = 10002;
    CHECK(ids(f)
        == sqlIds(QStringLiteral("type IN ('invoice','credit_note') AND cust_number = 10002")));
    f.customerNumber = 99999; // unknown customer: nothing, not everything
    CHECK(ids(f).isEmpty());

    f = filterOf({ DocumentType::Quote }, ArchivedMode::Include);
    f.from = QDate(2024, 3, 2);
    f.to = QDate(2024, 3, 3);
    CHECK(ids(f)
        == sqlIds(QStringLiteral("type = 'quote' AND date BETWEEN '2024-03-02' AND '2024-03-03'")));
    CHECK_FALSE(ids(f).isEmpty());

    SECTION("search by number: exact and prefix")
    {
        f = filterOf({ DocumentType::Quote }, ArchivedMode::Include);
        f.search = QStringLiteral("1012");
        CHECK(ids(f) == sqlIds(QStringLiteral("type = 'quote' AND number = 1012")));
        f.search = QStringLiteral("101");
        CHECK(ids(f) == sqlIds(QStringLiteral("type = 'quote' AND number BETWEEN 1010 AND 1019")));
        CHECK(ids(f).size() == 10);
    }
    SECTION("search by customer name, any case, with wildcards taken literally")
    {
        f = filterOf({ DocumentType::Quote }, ArchivedMode::Include);
        f.search = QStringLiteral("nordlys");
        CHECK(ids(f) == sqlIds(QStringLiteral("type = 'quote' AND cust_name = 'Nordlys Bakeri'")));
        // Words from their start (FTS5 prefix terms), in any order; not from inside a word.
        f.search = QStringLiteral("Nordlys Bak");
        CHECK(ids(f).size() == 9);
        f.search = QStringLiteral("bak nord");
        CHECK(ids(f).size() == 9);
        f.search = QStringLiteral("lys Bak");
        CHECK(ids(f).isEmpty());
        f.search = QStringLiteral("%");
        CHECK(ids(f).isEmpty());
        f.search = QStringLiteral("_lfa");
        CHECK(ids(f).isEmpty());
    }
    SECTION("filters combine, also with sorting and paging")
    {
        f = filterOf({ DocumentType::Quote }, ArchivedMode::Hide);
        f.statusKey = QStringLiteral("draft");
        f.search = QStringLiteral("Bryggen");
        const auto rows = allPages(q, f, { Column::Amount, true }, 2);
        CHECK(idsOf(rows)
            == sqlIds(QStringLiteral("type = 'quote' AND status = 'draft' AND archived = 0 AND "
                                     "cust_name LIKE 'Bryggen%'")));
    }
}

TEST_CASE("archived documents are hidden, included or shown alone", "[storage][lists]")
{
    Fixture fx;
    fx.populate();
    DocumentListQuery q(*fx.c.db);
    const QList<DocumentType> invoices = { DocumentType::Invoice, DocumentType::CreditNote };
    const QString where = QStringLiteral("type IN ('invoice','credit_note')");
    const auto hide = allPages(q, filterOf(invoices, ArchivedMode::Hide), {}, 10);
    const auto only = allPages(q, filterOf(invoices, ArchivedMode::Only), {}, 10);
    const auto all = allPages(q, filterOf(invoices, ArchivedMode::Include), {}, 10);
    CHECK(hide.size() == countWhere(*fx.c.db, where + QStringLiteral(" AND archived = 0")));
    CHECK(only.size() == countWhere(*fx.c.db, where + QStringLiteral(" AND archived = 1")));
    CHECK(all.size() == hide.size() + only.size());
    CHECK(std::none_of(hide.begin(), hide.end(), [](const auto& r) { return r.archived; }));
    CHECK(std::all_of(only.begin(), only.end(), [](const auto& r) { return r.archived; }));
    CHECK(idsOf(all) == (idsOf(hide) | idsOf(only)));

    SECTION("the hidden count follows the filter and stops at the cap")
    {
        CHECK(q.countHidden(filterOf(invoices)).value_or(-1) == qint64(only.size()));
        CHECK(q.countHidden(filterOf(invoices), 5).value_or(-1) == 6); // "5+"
        CHECK(q.countHidden(filterOf(invoices, ArchivedMode::Include)).value_or(-1) == 0);
        CHECK(q.countHidden(filterOf(invoices, ArchivedMode::Only)).value_or(-1) == 0);
        auto f = filterOf({ DocumentType::CreditNote });
        CHECK(q.countHidden(f).value_or(-1) == 3);
        f.search = QStringLiteral("500"); // credit notes 5001…5006, archived are the even ones
        CHECK(q.countHidden(f).value_or(-1) == 3);
        f.search = QStringLiteral("5002");
        CHECK(q.countHidden(f).value_or(-1) == 1);
        f.statusKey = QStringLiteral("draft");
        CHECK(q.countHidden(f).value_or(-1) == 0);
    }
}

TEST_CASE("a list needs at least one document type", "[storage][lists]")
{
    Fixture fx;
    DocumentListQuery q(*fx.c.db);
    DocumentListFilter f;
    f.types.clear();
    auto page = q.page(f, {});
    REQUIRE_FALSE(page);
    CHECK(page.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(q.countHidden(f));
}

TEST_CASE("list queries read an index range and never scan the documents table", "[storage][lists]")
{
    Fixture fx;
    fx.populate();
    DocumentListQuery q(*fx.c.db);
    auto checkPlan = [](const QStringList& plan, bool singleArm) {
        INFO(plan.join(QStringLiteral(" | ")).toStdString());
        bool usesIndex = false;
        for (const QString& line : plan) {
            // "SCAN documents" alone is a full table scan; with "USING … INDEX" it is not.
            if (line.contains(QStringLiteral("documents"))) {
                CHECK_FALSE((line.startsWith(QStringLiteral("SCAN documents"))
                    && !line.contains(QStringLiteral("INDEX"))));
                usesIndex = usesIndex || line.contains(QStringLiteral("INDEX documents_"));
            }
            // One arm needs no sort at all: the index delivers the page in order.
            if (singleArm)
                CHECK_FALSE(line.contains(QStringLiteral("TEMP B-TREE")));
        }
        CHECK(usesIndex);
    };
    auto first = allPages(q, filterOf({ DocumentType::Quote }), {}, 1000);
    REQUIRE_FALSE(first.isEmpty());
    // The search "10" below matches every fixture document (customer numbers 1000x), as a
    // common word does in a large file: more than a search's matches that are sorted in memory
    // (documentsearch_test.cpp covers that path).
    q.setSearchInMemoryLimit(10);
    for (auto column : { Column::Date, Column::Number, Column::Customer, Column::Amount }) {
        for (bool ascending : { true, false }) {
            const DocumentListSort sort { column, ascending };
            const auto cursor = DocumentListQuery::cursorAfter(first.first(), sort);
            auto f = filterOf({ DocumentType::Quote });
            checkPlan(q.explainPage(f, sort, 50, cursor).value_or({}), true);
            f.statusKey = QStringLiteral("sent");
            f.from = QDate(2024, 1, 1);
            f.to = QDate(2024, 12, 31);
            f.search = QStringLiteral("10");
            // A few matches of the status are read through documents_list_status and sorted…
            const QStringList fewPlan = q.explainPage(f, sort, 50, cursor).value_or({});
            checkPlan(fewPlan, column == Column::Date);
            CHECK(fewPlan.join(u' ').contains(QStringLiteral("documents_list_status")));
            // …many are found by walking the sort index, which needs no sort at all.
            q.setSortInMemoryLimit(0);
            checkPlan(q.explainPage(f, sort, 50, cursor).value_or({}), true);
            q.setSortInMemoryLimit(DocumentListQuery::kSortInMemoryLimit);
            checkPlan(q.explainPage(filterOf({ DocumentType::Invoice, DocumentType::CreditNote },
                                        ArchivedMode::Include),
                           sort,
                           50,
                           cursor)
                          .value_or({}),
                false);
            auto byCustomer = filterOf({ DocumentType::Invoice }, ArchivedMode::Include);
            byCustomer.customerNumber = 10001;
            checkPlan(q.explainPage(byCustomer, sort, 50, cursor).value_or({}), false);
        }
    }
    checkPlan(q.explainCountHidden(filterOf({ DocumentType::Invoice, DocumentType::CreditNote }))
                  .value_or({}),
        true);
}
