// The desktop shell: document next steps with their refusal reasons, refresh through the
// change notifier, the customer and product views, the status-bar overview and the first-run
// wizard. Headless; widgets are found by objectName; dialogs are answered through the seams.

#include "actions/documentactions.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/preferences.h"
#include "dialogs/newcompanydialog.h"
#include "docks/customersdock.h"
#include "docks/productsdock.h"
#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "mainwindow.h"
#include "models/customerlistmodel.h"
#include "models/documentlistmodel.h"
#include "models/productlistmodel.h"
#include "services/companyservice.h"
#include "support/shop.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;
using Step = DocumentStep;

namespace {

template <typename T> T* child(QObject& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void resetPreferences()
{
    for (const auto* p : { &prefs::quoteListFilter,
             &prefs::orderListFilter,
             &prefs::shipmentListFilter,
             &prefs::invoiceListFilter })
        p->reset();
    prefs::mainWindowState.reset();
    prefs::mainWindowGeometry.reset();
}

qint64 draftQuote(test::Shop& shop)
{
    const qint64 quote = shop.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE(shop.sales.addLine(quote, test::Shop::product("KOPP", 2)));
    return quote;
}

} // namespace

TEST_CASE(
    "a refused step is disabled and says why, in the words of the lifecycle table", "[ui][shell]")
{
    test::Shop shop;
    const auto ids = shop.flow();
    DocumentActions actions(*shop.c.db, nullptr);

    actions.setDocument(ids.invoice);
    QAction* book = child<QAction>(actions, "bookAction");
    CHECK(book->isVisible());
    CHECK_FALSE(book->isEnabled());
    const QString reason
        = InvoiceLifecycle::refusalMessage(InvoiceStatus::Booked, InvoiceAction::Book);
    CHECK(reason == QStringLiteral("The invoice is already booked."));
    CHECK(book->toolTip() == reason);
    CHECK(book->statusTip() == reason);
    CHECK(child<QAction>(actions, "registerPaymentAction")->isEnabled());
    // Steps of other types are not offered at all.
    CHECK_FALSE(child<QAction>(actions, "createShipmentAction")->isVisible());

    const qint64 order = shop.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(shop.sales.addLine(order, test::Shop::product("KOPP", 1)));
    actions.setDocument(order);
    QAction* ship = actions.action(Step::CreateShipment);
    CHECK(ship->isVisible());
    CHECK_FALSE(ship->isEnabled());
    CHECK(ship->toolTip() == OrderLifecycle::refusalMessage(OrderStatus::Draft, OrderAction::Ship));
    CHECK(actions.action(Step::Confirm)->isEnabled());

    SECTION("the row menu lists the type's steps with tooltips on")
    {
        QMenu menu;
        actions.fillMenu(&menu);
        CHECK(menu.toolTipsVisible());
        CHECK(menu.actions().contains(ship));
        CHECK_FALSE(menu.actions().contains(book));
    }
    SECTION("triggering a refused step changes nothing")
    {
        actions.trigger(Step::CreateShipment);
        CHECK(shop.v(order).related.isEmpty());
    }
    SECTION("a delivered order says there is nothing left to ship")
    {
        actions.setDocument(ids.order);
        CHECK_FALSE(ship->isEnabled());
        CHECK(ship->toolTip() == QStringLiteral("Everything on this order has been shipped."));
    }
}

TEST_CASE("accepting a quote from its row makes an order that the Orders dock shows", "[ui][shell]")
{
    resetPreferences();
    test::Shop shop;
    const qint64 quote = draftQuote(shop);
    MainWindow w(std::move(shop.c.db));
    w.show();
    auto* quotes = child<QTableView>(w, "quoteTableView");
    auto* orders = child<QTableView>(w, "orderTableView");
    REQUIRE(quotes->model()->rowCount() == 1);
    CHECK(orders->model()->rowCount() == 0);

    quotes->setCurrentIndex(quotes->model()->index(0, 0)); // selecting the row picks the document
    DocumentActions* actions = w.documentActions();
    REQUIRE(actions->documentId() == quote);
    QAction* accept = child<QAction>(w, "acceptToOrderAction");
    REQUIRE(accept->isEnabled());
    accept->trigger();

    // The notifier refreshed the lists: the order is there, the accepted quote archived away.
    REQUIRE(orders->model()->rowCount() == 1);
    auto* orderModel = qobject_cast<DocumentListModel*>(orders->model());
    const qint64 order = orderModel->documentId(0);
    CHECK(shop.v(order).document.type == DocumentType::Order);
    CHECK(shop.v(quote).document.status == QStringLiteral("accepted"));
    CHECK(quotes->model()->rowCount() == 0);
    // The new order opened in the centre.
    auto* tabs = child<QTabWidget>(w, "editorTabWidget");
    CHECK(tabs->count() == 1);
    CHECK(tabs->tabText(0).contains(QString::number(shop.v(order).document.number.value())));
    // The status bar counts it once confirmed.
    orders->setCurrentIndex(orders->model()->index(0, 0));
    // Confirming shows the order confirmation first (seed 003); its "Mark as sent" confirms.
    QTimer::singleShot(0, [] {
        QWidget* preview = QApplication::activeModalWidget();
        REQUIRE(preview);
        child<QPushButton>(*preview, "markSentButton")->click();
    });
    child<QAction>(w, "confirmAction")->trigger();
    CHECK(child<QLabel>(w, "openOrdersLabel")->text().contains(QStringLiteral("<b>1</b>")));
    resetPreferences();
}

TEST_CASE("register payment asks for the amount and settles the invoice", "[ui][shell]")
{
    test::Shop shop;
    const auto ids = shop.flow();
    DocumentActions actions(*shop.c.db, nullptr);
    actions.setDocument(ids.invoice);
    const DocumentView before = shop.v(ids.invoice);
    REQUIRE(before.amountDue > Money());

    SECTION("a bad amount is refused with core's message and changes nothing")
    {
        MessageBox::setNextText(QStringLiteral("twelve"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::clearLastText();
        actions.trigger(Step::RegisterPayment);
        CHECK_FALSE(MessageBox::lastText().isEmpty());
        CHECK(shop.v(ids.invoice).paid == before.paid);
    }
    SECTION("cancelling the prompt changes nothing")
    {
        MessageBox::setNextText(std::nullopt);
        actions.trigger(Step::RegisterPayment);
        CHECK(shop.v(ids.invoice).paid == before.paid);
    }
    SECTION("the amount due, as offered, pays it")
    {
        MessageBox::setNextText(before.amountDue.toString());
        actions.trigger(Step::RegisterPayment);
        CHECK(shop.v(ids.invoice).paymentStatus == QStringLiteral("paid"));
        CHECK_FALSE(actions.action(Step::RegisterPayment)->isEnabled());
        CHECK(actions.action(Step::RegisterPayment)->toolTip()
            == QStringLiteral("The invoice is paid."));
    }
}

TEST_CASE("the customer view lists the customer's documents and balance", "[ui][shell]")
{
    test::Shop shop;
    const auto ids = shop.flow();
    const DocumentView invoice = shop.v(ids.invoice);
    CustomersDock dock(*shop.c.db);
    dock.show();
    auto* table = child<QTableView>(dock, "customerTableView");
    auto* documents = child<QTableView>(dock, "customerDocumentsTableView");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(documents->model()->rowCount() == 0);

    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(dock.selectedCustomerNumber() == 10001);
    CHECK(child<QLabel>(dock, "customerDetailsLabel")
              ->text()
              .contains(QStringLiteral("Bryggen Kafé AS")));
    // Order, shipment, invoice and credit note — archived ones too.
    CHECK(documents->model()->rowCount() == 4);
    CHECK(child<QLabel>(dock, "customerBalanceLabel")
              ->text()
              .contains(invoice.amountDue.toDisplayString()));

    QSignalSpy spy(&dock, &CustomersDock::documentActivated);
    emit documents->activated(documents->model()->index(0, 0));
    CHECK(spy.count() == 1);
}

TEST_CASE("the products dock shows on hand, reserved and available with movements", "[ui][shell]")
{
    test::Shop shop;
    shop.flow();
    // A confirmed order not yet shipped reserves stock.
    const qint64 order = shop.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(shop.sales.addLine(order, test::Shop::product("KOPP", 3)));
    REQUIRE(shop.sales.confirmOrder(order));
    const StockFigures f = shop.stock.figures(QStringLiteral("KOPP")).value();
    REQUIRE(f.reserved == Quantity::fromUnits(3));

    ProductsDock dock(*shop.c.db);
    auto* table = child<QTableView>(dock, "productTableView");
    REQUIRE(table->model()->rowCount() == 2);
    int row = 0;
    while (table->model()->index(row, ProductListModel::SkuColumn).data().toString()
        != QStringLiteral("KOPP"))
        ++row;
    table->setCurrentIndex(table->model()->index(row, 0));
    CHECK(child<QLabel>(dock, "productOnHandLabel")->text() == f.onHand.toDisplayString());
    CHECK(child<QLabel>(dock, "productReservedLabel")->text() == f.reserved.toDisplayString());
    CHECK(child<QLabel>(dock, "productAvailableLabel")->text() == f.available.toDisplayString());
    // Receipt, shipment and the credit note's return.
    CHECK(child<QTableWidget>(dock, "productMovementsTableWidget")->rowCount() == 3);
}

TEST_CASE("the customer and product lists page lazily and pass the model tester", "[ui][shell]")
{
    test::TempCompany c;
    MasterDataService m(*c.db);
    const int customers = CustomerListModel::kPageSize + 30;
    for (int i = 0; i < customers; ++i) {
        Customer k;
        k.name = QStringLiteral("Kunde %1").arg(i, 3, 10, QLatin1Char('0'));
        REQUIRE(m.addCustomer(k));
    }
    for (int i = 0; i < 5; ++i) {
        Product p;
        p.sku = QStringLiteral("SKU%1").arg(i);
        p.name = p.sku;
        REQUIRE(m.addProduct(p));
    }
    CustomerListModel cm(*c.db);
    QAbstractItemModelTester ct(&cm, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cm.refresh();
    CHECK(cm.rowCount() == CustomerListModel::kPageSize);
    REQUIRE(cm.canFetchMore({}));
    cm.fetchMore({});
    CHECK(cm.rowCount() == customers);
    CHECK_FALSE(cm.canFetchMore({}));
    cm.setSearch(QStringLiteral("Kunde 007"));
    CHECK(cm.rowCount() == 1);

    ProductListModel pm(*c.db);
    QAbstractItemModelTester pt(&pm, QAbstractItemModelTester::FailureReportingMode::Fatal);
    pm.refresh();
    CHECK(pm.rowCount() == 5);
    CHECK(pm.index(0, ProductListModel::SkuColumn).data().toString() == QStringLiteral("SKU0"));
}

TEST_CASE("the first-run wizard validates the org.nr and creates a company file", "[ui][shell]")
{
    QTemporaryDir dir;
    NewCompanyDialog dialog;
    auto* name = child<QLineEdit>(dialog, "companyNameLineEdit");
    auto* orgnr = child<QLineEdit>(dialog, "orgNrLineEdit");
    auto* message = child<QLabel>(dialog, "orgNrMessageLabel");
    auto* create = child<QPushButton>(dialog, "createCompanyButton");
    QTest::keyClicks(name, QStringLiteral("Nordlys Bakeri AS"));
    QTest::keyClicks(orgnr, QStringLiteral("974760674")); // wrong check digit
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(create->isEnabled());
    orgnr->clear();
    QTest::keyClicks(orgnr, QStringLiteral("974760673"));
    CHECK(message->text().isEmpty());
    REQUIRE(create->isEnabled());
    auto* principle = child<QComboBox>(dialog, "stockPrincipleComboBox");
    principle->setCurrentIndex(principle->findData(int(StockPrinciple::Fifo)));
    child<QCheckBox>(dialog, "vatRegisteredCheckBox")->setChecked(true);

    const QString path = dir.filePath(QStringLiteral("nordlys.sdk"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    auto db = dialog.takeDatabase();
    REQUIRE(db);
    CHECK(QFileInfo::exists(path));
    auto settings = CompanyService(*db).settings();
    REQUIRE(settings);
    CHECK(settings->name() == QStringLiteral("Nordlys Bakeri AS"));
    CHECK(CompanyService(*db).setting(QStringLiteral("stock.principle")).value()
        == QStringLiteral("fifo"));
}

TEST_CASE("an unset date filter's calendar opens at this month, not in 1900", "[ui][shell]")
{
    resetPreferences();
    test::TempCompany c;
    MainWindow w(std::move(c.db));
    w.show();
    auto* from = child<QDateEdit>(w, "quoteFromDateEdit");
    REQUIRE(from->date() == from->minimumDate()); // unset
    // A click on the arrow opens the calendar popup.
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 6, from->height() / 2));
    QWidget* popup = from->calendarWidget()->window();
    REQUIRE(popup->isVisible());
    CHECK(from->calendarWidget()->yearShown() == QDate::currentDate().year());
    CHECK(from->date() == from->minimumDate()); // still unset
    popup->hide();
}

TEST_CASE("the main window has the menus, the editor tabs and the sales overview", "[ui][shell]")
{
    resetPreferences();
    test::Shop shop;
    const auto ids = shop.flow();
    MainWindow w(std::move(shop.c.db));
    for (const char* menu : { "fileMenu", "editMenu", "viewMenu", "documentMenu", "helpMenu" })
        child<QMenu>(w, menu);
    for (const char* action : { "newQuoteAction",
             "openCompanyAction",
             "printAction",
             "printPreviewAction",
             "undoAction",
             "redoAction",
             "findAction",
             "quitAction" }) {
        INFO(action);
        CHECK_FALSE(child<QAction>(w, action)->shortcut().isEmpty());
    }
    // Booked today: the invoice less its credit note.
    const Money invoiced
        = shop.v(ids.invoice).document.totals.gross - shop.v(ids.creditNote).document.totals.gross;
    CHECK(child<QLabel>(w, "invoicedThisMonthLabel")->text().contains(invoiced.toDisplayString()));
    CHECK(child<QLabel>(w, "overdueInvoicesLabel")->text().contains(QStringLiteral("0")));
    w.openDocument(ids.invoice);
    w.openDocument(ids.invoice); // focuses the open tab rather than a second one
    CHECK(child<QTabWidget>(w, "editorTabWidget")->count() == 1);
    resetPreferences();
}
