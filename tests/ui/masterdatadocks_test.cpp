// The Customers and Products docks sort by a header click: the SQL query sorts and pages
// (keyset, LazyListModel), so the order holds across page boundaries, ties included, with a
// search as well, and the models stay valid (QAbstractItemModelTester, fatal).

#include "docks/customersdock.h"
#include "docks/productsdock.h"
#include "models/customerlistmodel.h"
#include "models/productlistmodel.h"
#include "services/masterdataservice.h"
#include "storage/customerrepository.h"
#include "support/tempcompany.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;

namespace {

template <typename T> T* child(QObject& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void clickHeader(QTableView* table, int section)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// Every row of the table, fetching pages as a scrolling view would.
QStringList column(QTableView* table, int col)
{
    QAbstractItemModel* m = table->model();
    while (m->canFetchMore({}))
        m->fetchMore({});
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row)
        out << m->index(row, col).data().toString();
    return out;
}

bool sortedCaseless(const QStringList& values, bool ascending)
{
    for (qsizetype i = 1; i < values.size(); ++i) {
        const int c = values[i - 1].compare(values[i], Qt::CaseInsensitive);
        if (ascending ? c > 0 : c < 0)
            return false;
    }
    return true;
}

// More customers than a page, with names, cities and e-mails out of number order and ties.
const int kCustomers = CustomerListModel::kPageSize + 37;

void addCustomers(storage::Database& db)
{
    MasterDataService m(db);
    const QStringList cities = { QStringLiteral("Bergen"),
        QStringLiteral("ålesund"),
        QStringLiteral("Oslo"),
        QStringLiteral("tromsø"),
        QStringLiteral("Bodø") };
    for (int i = 0; i < kCustomers; ++i) {
        Customer k;
        // 7919 is prime: the names run through 000…999 in a scrambled order.
        k.name = QStringLiteral("%1 Kunde %2")
                     .arg(i % 2 ? QStringLiteral("Fjord") : QStringLiteral("fjell"))
                     .arg((i * 7919) % 1000, 3, 10, QLatin1Char('0'));
        k.billing.city = cities[i % cities.size()];
        k.email = QStringLiteral("k%1@example.no").arg((i * 31) % kCustomers);
        REQUIRE(m.addCustomer(k));
    }
}

} // namespace

TEST_CASE("clicking a Customers header sorts the whole list in SQL, across pages",
    "[ui][masterdata]")
{
    test::TempCompany c;
    addCustomers(*c.db);
    CustomersDock dock(*c.db);
    auto* table = child<QTableView>(dock, "customerTableView");
    // By number at first, one page read.
    CHECK(table->model()->rowCount() == CustomerListModel::kPageSize);
    dock.resize(800, 600);
    dock.show();
    QAbstractItemModelTester tester(
        table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList numbers = column(table, CustomerListModel::NumberColumn);
    REQUIRE(numbers.size() == kCustomers);
    CHECK(numbers.first().toLongLong() < numbers.last().toLongLong());

    clickHeader(table, CustomerListModel::NameColumn);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::NameColumn);
    CHECK(table->model()->rowCount() == CustomerListModel::kPageSize); // from the top again
    const QStringList ascending = column(table, CustomerListModel::NameColumn);
    CHECK(ascending.size() == kCustomers);
    CHECK(sortedCaseless(ascending, true));
    // "fjell" before "Fjord": the case does not decide the order.
    CHECK(ascending.first().startsWith(QStringLiteral("fjell Kunde 0")));
    CHECK(QSet<QString>(ascending.begin(), ascending.end()).size() == kCustomers);

    clickHeader(table, CustomerListModel::NameColumn); // again: descending
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    QStringList descending = column(table, CustomerListModel::NameColumn);
    std::reverse(descending.begin(), descending.end());
    CHECK(descending == ascending);

    SECTION("ties keep every row once, in a stable order, also with a search")
    {
        clickHeader(table, CustomerListModel::CityColumn);
        const QStringList cities = column(table, CustomerListModel::CityColumn);
        const QStringList byCity = column(table, CustomerListModel::NumberColumn);
        CHECK(sortedCaseless(cities, true));
        CHECK(QSet<QString>(byCity.begin(), byCity.end()).size() == kCustomers);
        // Within one city the id breaks the tie: the numbers ascend.
        for (int i = 1; i < cities.size(); ++i) {
            if (cities[i] == cities[i - 1])
                CHECK(byCity[i - 1].toLongLong() < byCity[i].toLongLong());
        }
        auto* search = child<QLineEdit>(dock, "customerSearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("Fjord"));
        QTest::keyClick(search, Qt::Key_Return);
        const QStringList fjordCities = column(table, CustomerListModel::CityColumn);
        const QStringList fjordNames = column(table, CustomerListModel::NameColumn);
        CHECK(fjordNames.size() == kCustomers / 2);
        CHECK(sortedCaseless(fjordCities, true));
        CHECK(std::all_of(fjordNames.begin(), fjordNames.end(), [](const QString& n) {
            return n.startsWith(QStringLiteral("Fjord"));
        }));
        clickHeader(table, CustomerListModel::EmailColumn);
        CHECK(sortedCaseless(column(table, CustomerListModel::EmailColumn), true));
        CHECK(column(table, CustomerListModel::NameColumn).size() == kCustomers / 2);
    }
    SECTION("a header click clears the customer shown below")
    {
        table->setCurrentIndex(table->model()->index(3, 0));
        CHECK(dock.selectedCustomerNumber() != 0);
        clickHeader(table, CustomerListModel::CityColumn);
        CHECK(dock.selectedCustomerNumber() == 0);
    }
}

TEST_CASE("clicking a Products header sorts by price and name across pages", "[ui][masterdata]")
{
    test::TempCompany c;
    MasterDataService m(*c.db);
    const int products = ProductListModel::kPageSize + 20;
    for (int i = 0; i < products; ++i) {
        Product p;
        p.sku = QStringLiteral("SKU%1").arg(i, 4, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Vare %1").arg((i * 37) % products, 3, 10, QLatin1Char('0'));
        p.price = UnitPrice::fromRaw(((i * 53) % 17) * UnitPrice::kScale); // many equal prices
        p.unit = i % 3 ? QStringLiteral("stk") : QStringLiteral("kg");
        REQUIRE(m.addProduct(p));
    }
    ProductsDock dock(*c.db);
    auto* table = child<QTableView>(dock, "productTableView");
    dock.resize(800, 600);
    dock.show();
    QAbstractItemModelTester tester(
        table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* model = qobject_cast<ProductListModel*>(table->model());
    REQUIRE(model);

    clickHeader(table, ProductListModel::PriceColumn);
    CHECK(model->rowCount() == ProductListModel::kPageSize);
    QList<qint64> prices;
    QStringList skus;
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        prices << model->productAt(row).price.raw();
        skus << model->productAt(row).sku;
    }
    CHECK(prices.size() == products);
    CHECK(std::is_sorted(prices.begin(), prices.end()));
    CHECK(QSet<QString>(skus.begin(), skus.end()).size() == products);

    clickHeader(table, ProductListModel::PriceColumn);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> down;
    for (int row = 0; row < model->rowCount(); ++row)
        down << model->productAt(row).price.raw();
    CHECK(std::is_sorted(down.rbegin(), down.rend()));
    CHECK(down.size() == products);

    clickHeader(table, ProductListModel::NameColumn);
    const QStringList names = column(table, ProductListModel::NameColumn);
    CHECK(names.size() == products);
    CHECK(sortedCaseless(names, true));
    clickHeader(table, ProductListModel::UnitColumn);
    const QStringList units = column(table, ProductListModel::UnitColumn);
    CHECK(units.size() == products);
    CHECK(sortedCaseless(units, true));
    CHECK(units.first() == QStringLiteral("kg"));
}

TEST_CASE("a sorted master-data page is read through an index, not a sort of the table",
    "[ui][masterdata]")
{
    test::TempCompany c;
    addCustomers(*c.db);
    storage::CustomerRepository repo(*c.db);
    using Sort = storage::CustomerRepository::SortColumn;
    // Typed wildcards are literal text.
    CHECK(repo.page(QStringLiteral("%"), Sort::Name, true, 10).value().isEmpty());
    CHECK(repo.page(QStringLiteral("_jord"), Sort::Name, true, 10).value().isEmpty());
    CHECK(repo.page(QStringLiteral("jord"), Sort::Name, true, 1000).value().size()
        == kCustomers / 2);
    for (const char* key : { "number", "name COLLATE NOCASE", "city COLLATE NOCASE",
             "email COLLATE NOCASE" }) {
        auto rows = c.db->run(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE "
                                             "deleted = 0 ORDER BY %1 DESC, id DESC LIMIT 101")
                                  .arg(QString::fromLatin1(key)));
        REQUIRE(rows);
        QString plan;
        while (rows->next())
            plan += rows->str(3) + u' ';
        INFO(plan.toStdString());
        CHECK(plan.contains(QStringLiteral("INDEX")));
        CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
    }
}
