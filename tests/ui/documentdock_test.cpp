#include "common/preferences.h"
#include "docks/documentdock.h"
#include "mainwindow.h"
#include "models/documentlistmodel.h"
#include "support/tempcompany.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;
using ArchivedMode = storage::DocumentListFilter::ArchivedMode;

namespace {

// Fixture rows written with plain SQL until the document services land; a list only reads the
// documents table.
void insertDocuments(storage::Database& db, const QString& type, int count, int firstNumber)
{
    auto customer = db.scalar(QStringLiteral("SELECT id FROM customers WHERE number = 10001"));
    REQUIRE(customer);
    qint64 customerId = customer->toLongLong();
    if (customerId == 0) {
        auto r = db.run(QStringLiteral("INSERT INTO customers(number, name, created_at) "
                                       "VALUES (10001, 'Bryggen Kafé AS', '2024-01-01'), "
                                       "(10002, 'Nordlys Bakeri', '2024-01-01')"));
        REQUIRE(r);
    }
    QStringList statuses = { QStringLiteral("draft"), QStringLiteral("booked") };
    if (type == QStringLiteral("quote"))
        statuses = { QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("accepted") };
    else if (type == QStringLiteral("order"))
        statuses = { QStringLiteral("draft"), QStringLiteral("sent") };
    for (int i = 0; i < count; ++i) {
        const qint64 number = (i / 2) % 2 ? 10002 : 10001;
        const QString status = statuses[i % statuses.size()];
        auto r = db.run(
            QStringLiteral(
                "INSERT INTO documents(type, number, status, customer_id, cust_number, cust_name, "
                "date, gross, archived, created_at, updated_at) "
                "VALUES (?, ?, ?, (SELECT id FROM customers WHERE number = ?), ?, "
                "(SELECT name FROM customers WHERE number = ?), ?, ?, ?, '2024-01-01', "
                "'2024-01-01')"),
            { type,
                firstNumber + i,
                status,
                number,
                number,
                number,
                QDate(2024, 1, 1).addDays(i % 10).toString(Qt::ISODate),
                (i % 5) * 10000,
                // some finished documents are archived
                (status != QStringLiteral("draft") && i % 4 == 1) ? 1 : 0 });
        REQUIRE(r);
    }
}

void resetListPreferences()
{
    for (const auto* p : { &prefs::quoteListFilter,
             &prefs::orderListFilter,
             &prefs::shipmentListFilter,
             &prefs::invoiceListFilter })
        p->reset();
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

qint64 countWhere(storage::Database& db, const QString& where)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE ") + where);
    REQUIRE(n);
    return n->toLongLong();
}

// Fetches every page, as a view would while scrolling to the end.
int fetchAll(DocumentListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}

} // namespace

TEST_CASE("the lazy document list model pages through fetchMore and passes the model tester",
    "[ui][lists]")
{
    test::TempCompany c;
    insertDocuments(*c.db, QStringLiteral("quote"), 23, 1001);
    DocumentListModel model(*c.db);
    model.setPageSize(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    storage::DocumentListFilter f;
    f.archived = ArchivedMode::Include;
    model.setFilter(f);
    CHECK(model.rowCount() == 5); // the first page only
    CHECK(model.canFetchMore({}));
    CHECK(fetchAll(model) == 23);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.lastError().isEmpty());

    SECTION("columns show number, customer, status name and a right-aligned amount")
    {
        model.sort(DocumentListModel::NumberColumn, Qt::AscendingOrder);
        CHECK(model.rowCount() == 5);
        const auto idx = [&](int col) { return model.index(0, col); };
        CHECK(idx(DocumentListModel::NumberColumn).data().toString() == QStringLiteral("1001"));
        CHECK(idx(DocumentListModel::CustomerColumn).data().toString()
            == QStringLiteral("Bryggen Kafé AS"));
        CHECK(idx(DocumentListModel::StatusColumn).data().toString() == QStringLiteral("Draft"));
        CHECK(idx(DocumentListModel::StatusColumn).data(DocumentListModel::StatusKeyRole).toString()
            == QStringLiteral("draft"));
        CHECK(idx(DocumentListModel::StatusColumn).data(Qt::DecorationRole).canConvert<QColor>());
        CHECK(idx(DocumentListModel::AmountColumn)
                  .data(Qt::TextAlignmentRole)
                  .value<Qt::Alignment>()
                  .testFlag(Qt::AlignRight));
        CHECK(idx(DocumentListModel::AmountColumn).data().toString()
            == Money::fromMinor(0).toDisplayString());
        CHECK(model.documentId(0) == idx(0).data(DocumentListModel::IdRole).toLongLong());
    }
    SECTION("sorting re-queries in the new keyset order and still reaches every row")
    {
        model.sort(DocumentListModel::AmountColumn, Qt::DescendingOrder);
        CHECK(model.sortOrder().column == storage::DocumentListSort::Column::Amount);
        CHECK(fetchAll(model) == 23);
        for (int row = 1; row < model.rowCount(); ++row)
            CHECK(model.documentRow(row - 1).gross >= model.documentRow(row).gross);
        // Due and status have no index: sorting by them changes nothing.
        model.sort(DocumentListModel::DueColumn, Qt::AscendingOrder);
        CHECK(model.sortOrder().column == storage::DocumentListSort::Column::Amount);
    }
    SECTION("a new filter resets to its first page")
    {
        f.statusKey = QStringLiteral("sent");
        model.setFilter(f);
        CHECK(fetchAll(model) == countWhere(*c.db, QStringLiteral("status = 'sent'")));
        f.search = QStringLiteral("no such customer");
        model.setFilter(f);
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
    }
}

TEST_CASE("a document dock filters by status and by typed text", "[ui][lists]")
{
    resetListPreferences();
    test::TempCompany c;
    insertDocuments(*c.db, QStringLiteral("quote"), 30, 1001);
    DocumentDock dock(*c.db, DocumentType::Quote);
    dock.resize(800, 600);
    dock.show();
    auto* table = child<QTableView>(dock, "quoteTableView");
    auto* status = child<QComboBox>(dock, "quoteStatusComboBox");
    auto* archived = child<QComboBox>(dock, "quoteArchivedComboBox");
    auto* search = child<QLineEdit>(dock, "quoteSearchLineEdit");
    auto* hidden = child<QLabel>(dock, "quoteHiddenLabel");
    auto* model = dock.model();
    REQUIRE(table->model() == model);

    const qint64 visible = countWhere(*c.db, QStringLiteral("archived = 0"));
    const qint64 archivedCount = countWhere(*c.db, QStringLiteral("archived = 1"));
    REQUIRE(archivedCount > 0);
    CHECK(fetchAll(*model) == visible);
    CHECK(hidden->isVisible());
    CHECK(hidden->text().startsWith(QStringLiteral("%1 archived hidden").arg(archivedCount)));

    status->setCurrentIndex(status->findData(QStringLiteral("accepted")));
    CHECK(fetchAll(*model)
        == countWhere(*c.db, QStringLiteral("status = 'accepted' AND archived = 0")));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, DocumentListModel::StatusColumn).data().toString()
            == QStringLiteral("Accepted"));

    status->setCurrentIndex(0); // all statuses
    QTest::keyClicks(search, QStringLiteral("Nordlys"));
    dock.applyFilterNow(); // without waiting for the typing delay
    CHECK(fetchAll(*model)
        == countWhere(*c.db, QStringLiteral("cust_name = 'Nordlys Bakeri' AND archived = 0")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("1017"));
    dock.applyFilterNow();
    REQUIRE(fetchAll(*model) == 1);
    CHECK(model->index(0, DocumentListModel::NumberColumn).data().toString()
        == QStringLiteral("1017"));

    SECTION("typing applies by itself after the short delay")
    {
        search->clear();
        QTest::keyClicks(search, QStringLiteral("101"));
        CHECK(model->filter().search == QStringLiteral("1017")); // not yet: the timer runs
        QElapsedTimer waited;
        waited.start();
        while (model->filter().search != QStringLiteral("101") && waited.elapsed() < 2000)
            QTest::qWait(10);
        CHECK(model->filter().search == QStringLiteral("101"));
        CHECK(fetchAll(*model) >= 1);
    }
    SECTION("the hidden label's link shows archived documents too")
    {
        search->clear();
        dock.applyFilterNow();
        hidden->linkActivated(QStringLiteral("show"));
        CHECK(archived->currentData().toInt() == int(ArchivedMode::Include));
        CHECK(fetchAll(*model) == visible + archivedCount);
        CHECK_FALSE(hidden->isVisible());
    }
    SECTION("double-clicking or Enter on a row asks to open that document")
    {
        QSignalSpy spy(&dock, &DocumentDock::documentActivated);
        emit table->activated(model->index(0, 0));
        REQUIRE(spy.count() == 1);
        CHECK(spy.first().first().toLongLong() == model->documentId(0));
    }
    SECTION("clicking a sortable header sorts; due and status keep the current order")
    {
        search->clear();
        dock.applyFilterNow();
        table->horizontalHeader()->setSortIndicator(
            DocumentListModel::AmountColumn, Qt::AscendingOrder);
        CHECK(model->sortOrder().column == storage::DocumentListSort::Column::Amount);
        CHECK(model->sortOrder().ascending);
        table->horizontalHeader()->setSortIndicator(
            DocumentListModel::StatusColumn, Qt::DescendingOrder);
        CHECK(model->sortOrder().column == storage::DocumentListSort::Column::Amount);
        CHECK(table->horizontalHeader()->sortIndicatorSection() == DocumentListModel::AmountColumn);
    }
}

TEST_CASE("a dock remembers its filter when it is destroyed and created again", "[ui][lists]")
{
    resetListPreferences();
    test::TempCompany c;
    insertDocuments(*c.db, QStringLiteral("invoice"), 20, 2001);
    insertDocuments(*c.db, QStringLiteral("credit_note"), 4, 5001);
    int rows = 0;
    {
        DocumentDock dock(*c.db, DocumentType::Invoice);
        auto* status = child<QComboBox>(dock, "invoiceStatusComboBox");
        auto* archived = child<QComboBox>(dock, "invoiceArchivedComboBox");
        CHECK(fetchAll(*dock.model())
            == countWhere(*c.db, QStringLiteral("archived = 0"))); // credit notes included
        status->setCurrentIndex(status->findData(QStringLiteral("booked")));
        archived->setCurrentIndex(archived->findData(int(ArchivedMode::Only)));
        QTest::keyClicks(
            child<QLineEdit>(dock, "invoiceSearchLineEdit"), QStringLiteral("Bryggen"));
        dock.applyFilterNow();
        dock.tableView()->horizontalHeader()->setSortIndicator(
            DocumentListModel::NumberColumn, Qt::AscendingOrder);
        rows = fetchAll(*dock.model());
        CHECK(rows
            == countWhere(*c.db,
                QStringLiteral("status = 'booked' AND archived = 1 AND "
                               "cust_name = 'Bryggen Kafé AS'")));
        CHECK(rows > 0);
    }
    DocumentDock again(*c.db, DocumentType::Invoice);
    CHECK(child<QComboBox>(again, "invoiceStatusComboBox")->currentData().toString()
        == QStringLiteral("booked"));
    CHECK(child<QComboBox>(again, "invoiceArchivedComboBox")->currentData().toInt()
        == int(ArchivedMode::Only));
    CHECK(child<QLineEdit>(again, "invoiceSearchLineEdit")->text() == QStringLiteral("Bryggen"));
    CHECK(again.model()->sortOrder().column == storage::DocumentListSort::Column::Number);
    CHECK(again.model()->sortOrder().ascending);
    CHECK(fetchAll(*again.model()) == rows);
    // Another dock keeps its own filter.
    DocumentDock quotes(*c.db, DocumentType::Quote);
    CHECK(child<QLineEdit>(quotes, "quoteSearchLineEdit")->text().isEmpty());
    resetListPreferences();
}

TEST_CASE("the main window's document docks are lists of their type", "[ui][lists]")
{
    resetListPreferences();
    test::TempCompany c;
    insertDocuments(*c.db, QStringLiteral("order"), 6, 3001);
    const qint64 orders = countWhere(*c.db, QStringLiteral("archived = 0"));
    MainWindow w(std::move(c.db));
    for (const char* prefix : { "quote", "order", "shipment", "invoice" }) {
        INFO(prefix);
        auto* table
            = w.findChild<QTableView*>(QString::fromLatin1(prefix) + QStringLiteral("TableView"));
        REQUIRE(table);
        CHECK(table->model()->rowCount() == (QByteArray(prefix) == "order" ? orders : 0));
    }
}
