// The desktop editors, driven the way a user drives them: typing into named widgets, Enter and
// Tab, the dialogs' own buttons. Every check on data reads it back through SalesService, so the
// tests prove that what the editor shows is what is on disk.

#include "dialogs/conversiondialogs.h"
#include "dialogs/settingsdialog.h"
#include "editors/customereditor.h"
#include "editors/producteditor.h"
#include "services/companyservice.h"
#include "widgets/validatedform.h"
#include "editors/documenteditor.h"
#include "editors/editorfactory.h"
#include "editors/pickview.h"
#include "models/documentlinesmodel.h"
#include "services/demodata.h"
#include "services/masterdataservice.h"
#include "support/shop.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;
using sd::test::Shop;

namespace {

const QString kEan = QStringLiteral("7038010069307");

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// A key on a line edit, through the completer's popup when it is open — as a user's key would go.
void press(QWidget* w, Qt::Key key)
{
    auto* edit = qobject_cast<QLineEdit*>(w);
    if (edit && edit->completer() && edit->completer()->popup()->isVisible())
        QTest::keyClick(edit->completer()->popup(), key);
    else
        QTest::keyClick(w, key);
}

// Answers the next modal dialog of type D with `answer`, then presses its OK button.
template <typename D> void answerNextDialog(std::function<void(D&)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(*dialog);
        dialog->template findChild<QPushButton*>(QStringLiteral("conversionOkButton"))->click();
    });
}

void addScannableProduct(Shop& shop)
{
    Product p;
    p.sku = QStringLiteral("BONNER");
    p.name = QStringLiteral("Kaffebønner 1 kg");
    p.price = UnitPrice::parse(QStringLiteral("189")).value();
    p.ean = kEan;
    REQUIRE(MasterDataService(*shop.c.db).addProduct(p));
    REQUIRE(shop.stock.receive(p.sku, Quantity::fromUnits(5), UnitPrice::parse(QStringLiteral("90")).value()));
}

} // namespace

TEST_CASE("a quote with two lines is made by keyboard only", "[ui][editors]")
{
    Shop shop;
    DocumentEditor editor(*shop.c.db, DocumentType::Quote);
    editor.resize(1100, 700);
    editor.show();
    QApplication::setActiveWindow(&editor);

    auto* customer = child<QLineEdit>(editor, "customerLineEdit");
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("Bryggen"));
    press(customer, Qt::Key_Return);
    REQUIRE(editor.documentId() != 0);

    // After the customer, the cursor waits in the product field: SKU, Tab, quantity, Enter.
    for (auto [sku, qty] : {std::pair {"KOPP", "3"}, std::pair {"KAFFE", "2"}}) {
        auto* product = editor.focusWidget();
        REQUIRE(product->objectName() == QStringLiteral("productLineEdit"));
        QTest::keyClicks(product, QString::fromLatin1(sku));
        press(product, Qt::Key_Tab);
        auto* quantity = editor.focusWidget();
        REQUIRE(quantity->objectName() == QStringLiteral("quantityLineEdit"));
        QTest::keyClicks(quantity, QString::fromLatin1(qty));
        QTest::keyClick(quantity, Qt::Key_Return);
        INFO(child<QLabel>(editor, "editorMessageLabel")->text().toStdString());
        REQUIRE(child<QLabel>(editor, "editorMessageLabel")->text().isEmpty());
    }

    const DocumentView v = shop.v(editor.documentId());
    CHECK(v.document.type == DocumentType::Quote);
    CHECK(v.document.customer.number == 10001);
    REQUIRE(v.document.lines.size() == 2);
    CHECK(v.document.lines[0].sku == QStringLiteral("KOPP"));
    CHECK(v.document.lines[0].quantity == Quantity::fromUnits(3));
    CHECK(v.document.lines[1].sku == QStringLiteral("KAFFE"));
    CHECK(v.document.lines[1].quantity == Quantity::fromUnits(2));
    CHECK(child<QTableView>(editor, "linesTableView")->model()->rowCount() == 2);
    CHECK(child<QLabel>(editor, "grossTotalLabel")->text().contains(v.document.totals.gross.toDisplayString()));
}

TEST_CASE("undo and redo a quantity change and a removed line, and the file follows", "[ui][editors]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE(shop.sales.addLine(id, Shop::product("KOPP", 3)));
    REQUIRE(shop.sales.addLine(id, Shop::product("KAFFE", 2)));

    DocumentEditor editor(*shop.c.db, id);
    auto* model = editor.linesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = editor.undoStack();
    CHECK_FALSE(editor.isModified());

    SECTION("quantity")
    {
        REQUIRE(model->setData(model->index(0, DocumentLinesModel::QuantityColumn), QStringLiteral("5")));
        CHECK(shop.v(id).document.line(1)->quantity == Quantity::fromUnits(5));
        CHECK(model->index(0, DocumentLinesModel::QuantityColumn).data().toString() == QStringLiteral("5"));
        CHECK(editor.isModified());
        undo->undo();
        CHECK(shop.v(id).document.line(1)->quantity == Quantity::fromUnits(3));
        CHECK_FALSE(editor.isModified());
        undo->redo();
        CHECK(shop.v(id).document.line(1)->quantity == Quantity::fromUnits(5));
        // Keystrokes into the same cell merge into one step.
        REQUIRE(model->setData(model->index(0, DocumentLinesModel::QuantityColumn), QStringLiteral("6")));
        CHECK(undo->count() == 1);
        // Refused input changes nothing and leaves no step behind.
        CHECK_FALSE(model->setData(model->index(0, DocumentLinesModel::QuantityColumn), QStringLiteral("-1")));
        CHECK(undo->count() == 1);
        CHECK_FALSE(child<QLabel>(editor, "editorMessageLabel")->text().isEmpty());
    }

    SECTION("removed line, by the Delete key")
    {
        auto* table = child<QTableView>(editor, "linesTableView");
        table->setCurrentIndex(model->index(1, DocumentLinesModel::DescriptionColumn));
        editor.show();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        REQUIRE(shop.v(id).document.lines.size() == 1);
        CHECK(model->rowCount() == 1);
        undo->undo();
        const auto lines = shop.v(id).document.lines;
        REQUIRE(lines.size() == 2);
        CHECK(lines[1].sku == QStringLiteral("KAFFE"));
        CHECK(lines[1].quantity == Quantity::fromUnits(2));
        CHECK(model->rowCount() == 2);
        undo->redo();
        REQUIRE(shop.v(id).document.lines.size() == 1);
        CHECK(shop.v(id).document.lines[0].sku == QStringLiteral("KOPP"));
        // Undo past the re-added line's new number still finds it.
        undo->undo();
        undo->redo();
        CHECK(shop.v(id).document.lines.size() == 1);
    }
}

TEST_CASE("the quote becomes an order through the accept dialog", "[ui][editors]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE(shop.sales.addLine(id, Shop::product("KOPP", 3)));
    DocumentEditor editor(*shop.c.db, id);
    QSignalSpy opened(&editor, &DocumentEditor::openDocumentRequested);

    answerNextDialog<AcceptQuoteDialog>([](AcceptQuoteDialog& d) {
        d.findChild<QRadioButton*>(QStringLiteral("toOrderRadioButton"))->setChecked(true);
    });
    child<QPushButton>(editor, "acceptQuoteButton")->click();

    REQUIRE(opened.count() == 1);
    const qint64 orderId = opened.first().first().toLongLong();
    const DocumentView order = shop.v(orderId);
    CHECK(order.document.type == DocumentType::Order);
    REQUIRE(order.document.lines.size() == 1);
    CHECK(order.document.lines[0].quantity == Quantity::fromUnits(3));
    CHECK(shop.v(id).document.status == QStringLiteral("accepted"));
    CHECK(editor.isReadOnly());

    // The shell opens the order through the factory: a document editor with the stock column.
    std::unique_ptr<QWidget> w(createEditor(*shop.c.db, orderId));
    auto* orderEditor = qobject_cast<DocumentEditor*>(w.get());
    REQUIRE(orderEditor);
    CHECK(orderEditor->linesModel()->index(0, DocumentLinesModel::StockColumn).data().toString()
          == QStringLiteral("3 of 3 available"));
}

TEST_CASE("picking by scanned EAN, refusing an unknown code", "[ui][editors][pick]")
{
    Shop shop;
    addScannableProduct(shop);
    const qint64 order = shop.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(shop.sales.addLine(order, Shop::product("BONNER", 2)));
    REQUIRE(shop.sales.confirmOrder(order));
    const qint64 shipment = shop.sales.createShipment(order).value();

    std::unique_ptr<QWidget> w(createEditor(*shop.c.db, shipment));
    auto* pick = qobject_cast<PickView*>(w.get());
    REQUIRE(pick);
    auto* scan = child<QLineEdit>(*pick, "pickScanLineEdit");
    auto* message = child<QLabel>(*pick, "pickMessageLabel");
    auto picked = [&] { return shop.v(shipment).document.lines[0].picked; };

    // A wedge scanner "types" the code and Enter.
    QTest::keyClicks(scan, QStringLiteral("4006381333931"));
    QTest::keyClick(scan, Qt::Key_Return);
    CHECK(picked() == Quantity());
    CHECK(message->text().contains(QStringLiteral("4006381333931")));
    CHECK(scan->styleSheet().contains(QStringLiteral("#e53935"))); // the red flash
    CHECK(scan->text().isEmpty()); // ready for the next scan

    for (int i = 1; i <= 2; ++i) {
        QTest::keyClicks(scan, kEan);
        QTest::keyClick(scan, Qt::Key_Return);
        CHECK(picked() == Quantity::fromUnits(i));
    }
    // A third unit is more than the line holds: refused, nothing changes.
    message->clear();
    QTest::keyClicks(scan, kEan);
    QTest::keyClick(scan, Qt::Key_Return);
    CHECK(picked() == Quantity::fromUnits(2));
    CHECK_FALSE(message->text().isEmpty());

    QString slip;
    pick->setPackingSlipHandler([&](const QString& path) { slip = path; });
    child<QPushButton>(*pick, "sendShipmentButton")->click();
    CHECK(shop.v(shipment).document.status == QStringLiteral("sent"));
    REQUIRE_FALSE(slip.isEmpty());
    CHECK(QFileInfo(slip).size() > 0);
    CHECK_FALSE(scan->isEnabled());
    QFile::remove(slip);
}

TEST_CASE("booking an invoice turns its editor read-only with the reason", "[ui][editors]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(shop.sales.addLine(id, Shop::product("KOPP", 1)));
    DocumentEditor editor(*shop.c.db, id);
    editor.show();
    auto* reason = child<QLabel>(editor, "readOnlyReasonLabel");
    CHECK_FALSE(reason->isVisible());
    CHECK(editor.linesModel()->flags(editor.linesModel()->index(0, DocumentLinesModel::QuantityColumn))
          & Qt::ItemIsEditable);

    answerNextDialog<BookInvoiceDialog>([](BookInvoiceDialog&) {});
    child<QPushButton>(editor, "bookInvoiceButton")->click();

    CHECK(shop.v(id).document.isBooked());
    CHECK(reason->isVisible());
    CHECK_FALSE(reason->text().isEmpty());
    CHECK(editor.isReadOnly());
    CHECK_FALSE(editor.linesModel()->flags(editor.linesModel()->index(0, DocumentLinesModel::QuantityColumn))
                & Qt::ItemIsEditable);
    CHECK_FALSE(child<QPushButton>(editor, "addLineButton")->isVisible());
    CHECK(child<QLineEdit>(editor, "headingLineEdit")->isReadOnly());
    CHECK(child<QPushButton>(editor, "creditInvoiceButton")->isVisible());
    CHECK(editor.title().contains(QStringLiteral("1001")));
}

TEST_CASE("customer and product editors show core's messages beside the field", "[ui][editors]")
{
    Shop shop;
    CustomerEditor customer(*shop.c.db, 0);
    auto* orgnr = child<QLineEdit>(customer, "orgnrLineEdit");
    auto* orgnrError = child<QLabel>(customer, "orgnrErrorLabel");
    auto* save = child<QPushButton>(customer, "saveCustomerButton");
    CHECK_FALSE(child<QLabel>(customer, "nameErrorLabel")->text().isEmpty()); // required
    QTest::keyClicks(child<QLineEdit>(customer, "nameLineEdit"), QStringLiteral("Fjellstua AS"));
    QTest::keyClicks(orgnr, QStringLiteral("923609017")); // wrong MOD11 check digit
    CHECK(orgnrError->text().contains(QStringLiteral("923609017")));
    CHECK_FALSE(save->isEnabled());
    QTest::keyClick(orgnr, Qt::Key_Backspace);
    QTest::keyClicks(orgnr, QStringLiteral("6"));
    CHECK(orgnrError->text().isEmpty());
    REQUIRE(save->isEnabled());
    save->click();
    REQUIRE(customer.number() != 0);
    CHECK(MasterDataService(*shop.c.db).customer(customer.number())->orgnr == QStringLiteral("923609016"));

    ProductEditor product(*shop.c.db, {});
    QTest::keyClicks(child<QLineEdit>(product, "skuLineEdit"), QStringLiteral("SETT"));
    QTest::keyClicks(child<QLineEdit>(product, "nameLineEdit"), QStringLiteral("Kaffesett"));
    auto* ean = child<QLineEdit>(product, "eanLineEdit");
    QTest::keyClicks(ean, QStringLiteral("7038010069308"));
    CHECK_FALSE(child<QLabel>(product, "eanErrorLabel")->text().isEmpty());
    ean->clear();
    CHECK(child<QLabel>(product, "eanErrorLabel")->text().isEmpty());
    child<QCheckBox>(product, "bundleCheckBox")->setChecked(true);
    REQUIRE(product.addComponent(QStringLiteral("KOPP"), QStringLiteral("2")));
    REQUIRE(product.addComponent(QStringLiteral("KAFFE"), QStringLiteral("1")));
    REQUIRE(product.save());
    const Product bundle = MasterDataService(*shop.c.db).product(QStringLiteral("SETT")).value();
    CHECK(bundle.isBundle);
    CHECK(bundle.components.size() == 2);
}

TEST_CASE("settings are checked as typed and saved through CompanyService", "[ui][editors]")
{
    Shop shop;
    SettingsDialog dialog(*shop.c.db);
    auto* iban = child<QLineEdit>(dialog, "companyIbanLineEdit");
    QTest::keyClicks(iban, QStringLiteral("NO00 1234"));
    CHECK_FALSE(child<QLabel>(dialog, "companyIbanErrorLabel")->text().isEmpty());
    iban->clear();
    auto* next = child<QLineEdit>(dialog, "seriesQuoteNextLineEdit");
    next->setText(QStringLiteral("5001"));
    child<QCheckBox>(dialog, "allowNegativeStockCheckBox")->setChecked(true);
    REQUIRE(dialog.apply());
    CompanyService company(*shop.c.db);
    CHECK(company.setting(QStringLiteral("series.quote.next")).value() == QStringLiteral("5001"));
    CHECK(company.settings()->allowNegativeStock());
    CHECK(child<QTableWidget>(dialog, "vatCodesTableWidget")->rowCount() > 0);

    // Group accounts are edited in place; core validates each one.
    auto* groups = child<QTableWidget>(dialog, "customerGroupsTableWidget");
    REQUIRE(groups->rowCount() == 2);
    groups->item(0, 2)->setText(QStringLiteral("15x0"));
    CHECK_FALSE(child<QLabel>(dialog, "groupsMessageLabel")->text().isEmpty());
    groups->item(0, 2)->setText(QStringLiteral("1530"));
    CHECK(child<QLabel>(dialog, "groupsMessageLabel")->text().isEmpty());
    bool saved = false;
    for (const auto& g : company.customerGroups().value())
        saved = saved || (g.code == groups->item(0, 0)->text() && g.receivablesAccount == QStringLiteral("1530"));
    CHECK(saved);
    auto* accounts = child<QTableWidget>(dialog, "productGroupAccountsTableWidget");
    REQUIRE(accounts->rowCount() > 0);
    accounts->item(0, 3)->setText(QStringLiteral("3999"));
    CHECK(child<QLabel>(dialog, "groupsMessageLabel")->text().isEmpty());
    const auto stored = company.productGroupAccounts();
    REQUIRE(stored);
    CHECK(stored->first().account == QStringLiteral("3999"));
}

// Not a check: renders the editors on the demo company for the README (packaging/screenshots).
// Run by hand: xvfb-run -a build/dev/tests/ui_tests "[.screenshot]"
TEST_CASE("editor screenshots", "[.screenshot]")
{
    QTemporaryDir dir;
    auto created = DemoData::create(dir.filePath(QStringLiteral("demo.sdk")));
    REQUIRE_OK(created);
    storage::Database& db = **created;
    SalesService sales(db);
    StockService stock(db);
    for (const char* sku : {"KAFFE-1KG", "KOPP-HVIT", "TERMOS-1L", "KVERN-EL", "FILTER-100"})
        REQUIRE_OK(stock.receive(QString::fromLatin1(sku), Quantity::fromUnits(20), UnitPrice::parse(QStringLiteral("50")).value()));
    auto line = [](const char* sku, qint64 qty) {
        LineInput in;
        in.sku = QString::fromLatin1(sku);
        in.quantity = Quantity::fromUnits(qty);
        return in;
    };
    const QString out = qEnvironmentVariable("SALGSDESK_SCREENSHOT_DIR",
                                             QStringLiteral(SALGSDESK_SOURCE_DIR "/packaging/screenshots"));

    const qint64 invoice = sales.create(DocumentType::Invoice, 10001).value();
    HeaderChange h;
    h.yourReference = QStringLiteral("Ingrid Berg");
    h.ourReference = QStringLiteral("Ola Hansen");
    h.heading = QStringLiteral("Kaffeutstyr til nytt lokale");
    h.note = QStringLiteral("Takk for handelen!");
    REQUIRE_OK(sales.setHeader(invoice, h));
    LineInput group;
    group.kind = LineKind::Group;
    group.text = QStringLiteral("Utstyr");
    REQUIRE_OK(sales.addLine(invoice, group));
    REQUIRE_OK(sales.addLine(invoice, line("STARTSETT", 1)));
    REQUIRE_OK(sales.addLine(invoice, line("KOPP-HVIT", 12)));
    LineInput discounted = line("KVERN-EL", 2);
    discounted.discount = Percent::fromWhole(10);
    REQUIRE_OK(sales.addLine(invoice, discounted));
    group.text = QStringLiteral("Forbruk");
    REQUIRE_OK(sales.addLine(invoice, group));
    REQUIRE_OK(sales.addLine(invoice, line("KAFFE-1KG", 6)));
    REQUIRE_OK(sales.addLine(invoice, line("FILTER-100", 4)));
    LineInput text;
    text.kind = LineKind::Text;
    text.text = QStringLiteral("Leveres bakdøren, ring 30 min før.");
    REQUIRE_OK(sales.addLine(invoice, text));
    {
        DocumentEditor editor(db, invoice);
        editor.resize(1360, 820);
        editor.show();
        QApplication::processEvents();
        REQUIRE(editor.grab().save(out + QStringLiteral("/invoice-editor.png")));
    }

    const qint64 order = sales.create(DocumentType::Order, 10002).value();
    REQUIRE_OK(sales.addLine(order, line("STARTSETT", 1)));
    REQUIRE_OK(sales.addLine(order, line("KAFFE-1KG", 4)));
    REQUIRE_OK(sales.addLine(order, line("FILTER-100", 2)));
    REQUIRE_OK(sales.confirmOrder(order));
    const qint64 shipment = sales.createShipment(order).value();
    REQUIRE_OK(sales.pickEan(shipment, QStringLiteral("7038010069307")));
    REQUIRE_OK(sales.pickEan(shipment, QStringLiteral("7038010069307")));
    REQUIRE_OK(sales.pickEan(shipment, QStringLiteral("4006508126705")));
    REQUIRE_OK(sales.pickEan(shipment, QStringLiteral("4006508126705")));
    {
        PickView pick(db, shipment);
        pick.resize(1100, 760);
        pick.show();
        pick.scan(QStringLiteral("7038010069399"));
        QApplication::processEvents();
        REQUIRE(pick.grab().save(out + QStringLiteral("/pick-view.png")));
    }
}

TEST_CASE("lines are reordered by drag and drop and Ctrl+Up, undoably; a removed line comes back in place", "[ui][editors]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Order, 10001).value();
    REQUIRE(shop.sales.addLine(id, Shop::product("KOPP", 1)));
    REQUIRE(shop.sales.addLine(id, Shop::product("KAFFE", 2)));
    REQUIRE(shop.sales.addLine(id, Shop::product("KOPP", 3)));
    DocumentEditor editor(*shop.c.db, id);
    auto* model = editor.linesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto order = [&]() {
        QList<int> numbers;
        for (const auto& l : shop.v(id).document.lines)
            numbers << l.lineNo;
        return numbers;
    };
    // Drag line 3 onto line 1: it now stands first; numbers never change.
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, 0)}));
    REQUIRE(data);
    CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
    CHECK(order() == QList<int>{3, 1, 2});
    CHECK(model->lineNoAt(0) == 3);
    editor.undoStack()->undo();
    CHECK(order() == QList<int>{1, 2, 3});
    editor.undoStack()->redo();
    CHECK(order() == QList<int>{3, 1, 2});

    // Keyboard: Ctrl+Down on the first row moves it one down.
    auto* table = editor.findChild<QTableView*>(QStringLiteral("linesTableView"));
    REQUIRE(table);
    table->setCurrentIndex(model->index(0, DocumentLinesModel::DescriptionColumn));
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(order() == QList<int>{1, 3, 2});
    CHECK(table->currentIndex().row() == 1);

    // Removing the middle line and undoing puts it back between the same neighbours.
    table->setCurrentIndex(model->index(1, DocumentLinesModel::DescriptionColumn));
    REQUIRE(editor.removeCurrentLine());
    CHECK(order() == QList<int>{1, 2});
    editor.undoStack()->undo();
    const QList<int> restored = order();
    REQUIRE(restored.size() == 3);
    CHECK(restored.first() == 1);
    CHECK(restored.last() == 2);
    CHECK(shop.v(id).document.lines[1].sku == QStringLiteral("KOPP"));
    CHECK(shop.v(id).document.lines[1].quantity == Quantity::fromUnits(3));
}
