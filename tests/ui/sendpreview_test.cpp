// Preview before sending (seed 003) and the layout warnings in it (seed 001 FAQ "payment terms
// missing on PDF"), driven through the document actions and the dialog's own buttons; and
// changing the customer of a draft in the editor, undoably. Every check on data reads it back
// through SalesService, so the tests prove what is on disk.

#include "actions/documentactions.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "dialogs/documentpreviewdialog.h"
#include "editors/documenteditor.h"
#include "services/companyservice.h"
#include "services/demodata.h"
#include "services/masterdataservice.h"
#include "services/printservice.h"
#include "support/shop.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::ui;
using sd::test::Shop;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A layout that hides the payment terms, made the customer's (the seed 001 FAQ case).
// A bank account is set so that the payment-terms warning is the only one.
void hidePaymentTermsForCustomer(Shop& shop)
{
    REQUIRE_OK(
        CompanyService(*shop.c.db)
            .setSetting(QStringLiteral("company.bank_account"), QStringLiteral("15030000002")));
    PrintService print(*shop.c.db);
    REQUIRE_OK(print.addLayout(QStringLiteral("Uten vilkår")));
    REQUIRE_OK(print.setLayoutFields(QStringLiteral("Uten vilkår"),
        { { QStringLiteral("show-payment-terms"), QStringLiteral("false") } }));
    REQUIRE_OK(MasterDataService(*shop.c.db)
                   .setCustomerFields(
                       10001, { { QStringLiteral("layout"), QStringLiteral("Uten vilkår") } }));
}

qint64 bookedInvoice(Shop& shop)
{
    const qint64 id = shop.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE_OK(shop.sales.addLine(id, Shop::product("KOPP", 2)));
    REQUIRE_OK(shop.sales.book(id));
    return id;
}

// Clicks `button` of the send preview once the action's modal loop runs; records what it saw.
struct PreviewAnswer
{
    bool seen = false;
    QString warning;
    bool warningVisible = false;
};
void answerPreview(const char* button, PreviewAnswer* seen)
{
    QTimer::singleShot(0, [button, seen] {
        auto* dialog = qobject_cast<DocumentPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(dialog->mode() == DocumentPreviewDialog::Mode::Send);
        seen->seen = true;
        seen->warning = child<QLabel>(*dialog, "previewWarningLabel")->text();
        seen->warningVisible = child<QFrame>(*dialog, "previewWarningFrame")->isVisible();
        child<QPushButton>(*dialog, button)->click();
    });
}

} // namespace

TEST_CASE(
    "the send preview shows the warning of a layout that hides payment terms", "[ui][sendpreview]")
{
    Shop shop;
    const qint64 id = bookedInvoice(shop);
    hidePaymentTermsForCustomer(shop);

    DocumentPreviewDialog dialog(*shop.c.db, id, DocumentPreviewDialog::Mode::Send);
    dialog.show();
    QApplication::processEvents();
    auto* bar = child<QFrame>(dialog, "previewWarningFrame");
    auto* text = child<QLabel>(dialog, "previewWarningLabel");
    CHECK(bar->isVisible());
    CHECK(dialog.warnings().size() == 1);
    CHECK(text->text().contains(QStringLiteral("Uten vilkår")));
    CHECK(text->text().contains(QStringLiteral("payment terms")));
    CHECK(dialog.layoutName() == QStringLiteral("Uten vilkår"));
    CHECK(dialog.pageCount() >= 1); // the pages came from the renderer
    CHECK(child<QPushButton>(dialog, "markSentButton")->text().contains(QStringLiteral("sent")));
    CHECK_FALSE(child<QPushButton>(dialog, "markSentButton")
                    ->text()
                    .contains(QStringLiteral("mail"), Qt::CaseInsensitive));

    // Another layout for this printout only: the warning goes, the customer keeps theirs.
    child<QComboBox>(dialog, "layoutComboBox")
        ->setCurrentIndex(
            child<QComboBox>(dialog, "layoutComboBox")->findData(QStringLiteral("Standard")));
    CHECK_FALSE(bar->isVisible());
    CHECK(dialog.warnings().isEmpty());
    CHECK(PrintService(*shop.c.db).resolveLayout(id).value().name == QStringLiteral("Uten vilkår"));

    // The plain print preview shows the same bar.
    DocumentPreviewDialog preview(*shop.c.db, id, DocumentPreviewDialog::Mode::Preview);
    preview.show();
    CHECK(child<QFrame>(preview, "previewWarningFrame")->isVisible());
    CHECK(preview.findChild<QPushButton*>(QStringLiteral("markSentButton")) == nullptr);
    CHECK(preview.findChild<QLabel*>(QStringLiteral("previewDraftLabel")) == nullptr); // booked
    CHECK_FALSE(preview.markSent());
    CHECK_FALSE(shop.v(id).document.sent);
}

TEST_CASE("Cancel in the send preview changes nothing; Mark as sent changes the status",
    "[ui][sendpreview]")
{
    Shop shop;
    QWidget host;
    DocumentActions actions(*shop.c.db, &host);

    SECTION("an invoice, with its warning")
    {
        const qint64 id = bookedInvoice(shop);
        hidePaymentTermsForCustomer(shop);
        const auto activity = shop.sales.activity(id).value().size();
        actions.setDocument(id);
        REQUIRE(actions.action(DocumentStep::Send)->isEnabled());

        PreviewAnswer cancel;
        answerPreview("cancelButton", &cancel);
        actions.trigger(DocumentStep::Send);
        REQUIRE(cancel.seen);
        CHECK(cancel.warningVisible);
        CHECK(cancel.warning.contains(QStringLiteral("Uten vilkår")));
        CHECK_FALSE(shop.v(id).document.sent);
        CHECK(shop.sales.activity(id).value().size() == activity);

        PreviewAnswer send;
        answerPreview("markSentButton", &send);
        actions.trigger(DocumentStep::Send);
        REQUIRE(send.seen);
        CHECK(shop.v(id).document.sent);
        CHECK(shop.v(id).document.status == QStringLiteral("booked")); // booking is its own step
        CHECK(shop.sales.activity(id).value().size() == activity + 1);
    }

    SECTION("a quote")
    {
        const qint64 id = shop.sales.create(DocumentType::Quote, 10001).value();
        REQUIRE_OK(shop.sales.addLine(id, Shop::product("KAFFE", 1)));
        actions.setDocument(id);
        PreviewAnswer cancel;
        answerPreview("cancelButton", &cancel);
        actions.trigger(DocumentStep::Send);
        REQUIRE(cancel.seen);
        CHECK(shop.v(id).document.status == QStringLiteral("draft"));
        PreviewAnswer send;
        answerPreview("markSentButton", &send);
        actions.trigger(DocumentStep::Send);
        REQUIRE(send.seen);
        CHECK(shop.v(id).document.status == QStringLiteral("sent"));
    }

    SECTION("an order confirmation")
    {
        const qint64 id = shop.sales.create(DocumentType::Order, 10001).value();
        REQUIRE_OK(shop.sales.addLine(id, Shop::product("KAFFE", 1)));
        actions.setDocument(id);
        PreviewAnswer cancel;
        answerPreview("cancelButton", &cancel);
        actions.trigger(DocumentStep::Confirm);
        REQUIRE(cancel.seen);
        CHECK(shop.v(id).document.status == QStringLiteral("draft"));
        PreviewAnswer send;
        answerPreview("markSentButton", &send);
        actions.trigger(DocumentStep::Confirm);
        REQUIRE(send.seen);
        CHECK(shop.v(id).document.status == QStringLiteral("sent"));
    }
}

TEST_CASE("a draft invoice is not sent from its preview; booking comes first", "[ui][sendpreview]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE_OK(shop.sales.addLine(id, Shop::product("KOPP", 1)));
    QWidget host;
    DocumentActions actions(*shop.c.db, &host);
    actions.setDocument(id);
    CHECK_FALSE(actions.action(DocumentStep::Send)->isEnabled());
    // Even a dialog opened on it refuses, with the lifecycle's sentence.
    DocumentPreviewDialog dialog(*shop.c.db, id, DocumentPreviewDialog::Mode::Send);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.markSent());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Book")));
    CHECK_FALSE(shop.v(id).document.sent);
    CHECK_FALSE(shop.v(id).document.number.has_value());
    CHECK(dialog.windowTitle().contains(QStringLiteral("draft")));
    CHECK(child<QLabel>(dialog, "previewDraftLabel")->text().contains(QStringLiteral("booked")));
}

TEST_CASE("Save PDF in the send preview writes the document as shown", "[ui][sendpreview]")
{
    Shop shop;
    const qint64 id = bookedInvoice(shop);
    hidePaymentTermsForCustomer(shop);
    DocumentPreviewDialog dialog(*shop.c.db, id, DocumentPreviewDialog::Mode::Send);
    dialog.show();
    const QString path = shop.c.file(QStringLiteral("faktura.pdf"));
    FileDialog::setNextFileName(path);
    child<QPushButton>(dialog, "savePdfButton")->click();
    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("1001")));
    CHECK_FALSE(text.contains(QStringLiteral("Betalingsbetingelser"))); // the layout hides them
    // The export path says so too, not only the bar.
    CHECK(child<QLabel>(dialog, "previewStatusLabel")
              ->text()
              .contains(QStringLiteral("Uten vilkår")));
    CHECK_FALSE(shop.v(id).document.sent); // saving is not sending

    // With another layout chosen, the PDF follows the choice.
    dialog.setLayoutName(QStringLiteral("Standard"));
    const QString standard = shop.c.file(QStringLiteral("standard.pdf"));
    REQUIRE(dialog.savePdf(standard));
    CHECK(pdfText(standard).contains(QStringLiteral("Betalingsbetingelser")));
}

TEST_CASE(
    "the customer of a draft is changed in the editor, undoably", "[ui][editors][sendpreview]")
{
    Shop shop;
    Customer other;
    other.name = QStringLiteral("Fjellstua Kiosk");
    REQUIRE_OK(MasterDataService(*shop.c.db).addCustomer(other)); // 10002
    const qint64 id = shop.sales.create(DocumentType::Quote, 10001).value();
    REQUIRE_OK(shop.sales.addLine(id, Shop::product("KOPP", 1)));

    DocumentEditor editor(*shop.c.db, id);
    editor.show();
    auto* field = child<QLineEdit>(editor, "customerLineEdit");
    CHECK_FALSE(field->isReadOnly());
    field->setText(QStringLiteral("10002"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(shop.v(id).document.customer.number == 10002);
    CHECK(field->text().contains(QStringLiteral("Fjellstua")));
    QUndoStack* undo = editor.undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(editor.isModified());
    undo->undo();
    CHECK(shop.v(id).document.customer.number == 10001);
    CHECK(field->text().contains(QStringLiteral("Bryggen")));
    undo->redo();
    CHECK(shop.v(id).document.customer.number == 10002);
    // Typing without Enter and leaving the field changes nothing; the field shows the customer.
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    field->setFocus();
    REQUIRE(field->hasFocus());
    field->setText(QStringLiteral("Bryggen"));
    child<QLineEdit>(editor, "yourReferenceLineEdit")->setFocus();
    CHECK(field->text().contains(QStringLiteral("Fjellstua")));
    CHECK(shop.v(id).document.customer.number == 10002);
    // An unknown customer changes nothing and leaves no step.
    CHECK_FALSE(editor.chooseCustomer(QStringLiteral("99999")));
    CHECK(undo->count() == 1);
    CHECK(shop.v(id).document.customer.number == 10002);
}

TEST_CASE("a booked invoice's customer cannot be changed, and the editor says why",
    "[ui][editors][sendpreview]")
{
    Shop shop;
    Customer other;
    other.name = QStringLiteral("Fjellstua Kiosk");
    REQUIRE_OK(MasterDataService(*shop.c.db).addCustomer(other));
    const qint64 id = bookedInvoice(shop);
    DocumentEditor editor(*shop.c.db, id);
    auto* field = child<QLineEdit>(editor, "customerLineEdit");
    CHECK(field->isReadOnly());
    CHECK_FALSE(field->toolTip().isEmpty());
    CHECK_FALSE(editor.chooseCustomer(QStringLiteral("10002")));
    const QString message = child<QLabel>(editor, "editorMessageLabel")->text();
    CHECK(message.contains(QStringLiteral("booked invoice cannot be changed")));
    CHECK(editor.undoStack()->count() == 0);
    CHECK(shop.v(id).document.customer.number == 10001);
}

TEST_CASE("registering a reminder shows its letter to save or print", "[ui][sendpreview]")
{
    Shop shop;
    const qint64 id = shop.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE_OK(shop.sales.addLine(id, Shop::product("KOPP", 2)));
    BookOptions old;
    old.date = QDate::currentDate().addDays(-60); // long overdue
    REQUIRE_OK(shop.sales.book(id, old));
    QWidget host;
    DocumentActions actions(*shop.c.db, &host);
    actions.setDocument(id);
    REQUIRE(actions.action(DocumentStep::Remind)->isEnabled());

    const QString path = shop.c.file(QStringLiteral("purring.pdf"));
    bool seen = false;
    int pages = 0;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<DocumentPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = dialog->mode() == DocumentPreviewDialog::Mode::Reminder;
        pages = dialog->pageCount();
        CHECK(dialog->findChild<QPushButton*>(QStringLiteral("markSentButton")) == nullptr);
        FileDialog::setNextFileName(path);
        child<QPushButton>(*dialog, "savePdfButton")->click();
        child<QPushButton>(*dialog, "closeButton")->click();
    });
    actions.trigger(DocumentStep::Remind);
    REQUIRE(seen);
    CHECK(pages >= 1);
    CHECK(shop.v(id).paymentStatus == QStringLiteral("reminded"));
    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("1001")));
    CHECK(text.contains(QStringLiteral("Purring"), Qt::CaseInsensitive));
}

TEST_CASE("send preview screenshot", "[.screenshot]")
{
    QTemporaryDir dir;
    auto created = DemoData::create(dir.filePath(QStringLiteral("demo.sdk")));
    REQUIRE_OK(created);
    storage::Database& db = **created;
    PrintService print(db);
    REQUIRE_OK(print.addLayout(QStringLiteral("Kort"), QStringLiteral("Standard")));
    REQUIRE_OK(print.setLayoutFields(QStringLiteral("Kort"),
        { { QStringLiteral("show-payment-terms"), QStringLiteral("false") } }));
    REQUIRE_OK(MasterDataService(db).setCustomerFields(
        10001, { { QStringLiteral("layout"), QStringLiteral("Kort") } }));
    SalesService sales(db);
    const qint64 invoice = sales.create(DocumentType::Invoice, 10001).value();
    HeaderChange h;
    h.yourReference = QStringLiteral("Ingrid Berg");
    h.heading = QStringLiteral("Kaffeutstyr til nytt lokale");
    REQUIRE_OK(sales.setHeader(invoice, h));
    for (auto [sku, units] : { std::pair { "STARTSETT", 1 },
             std::pair { "KOPP-HVIT", 12 },
             std::pair { "KAFFE-1KG", 6 },
             std::pair { "FILTER-100", 4 } }) {
        LineInput in;
        in.sku = QString::fromLatin1(sku);
        in.quantity = Quantity::fromUnits(units);
        REQUIRE_OK(sales.addLine(invoice, in));
    }
    REQUIRE_OK(sales.book(invoice));
    const QString out = qEnvironmentVariable(
        "SALGSDESK_SCREENSHOT_DIR", QStringLiteral(SALGSDESK_SOURCE_DIR "/packaging/screenshots"));
    DocumentPreviewDialog dialog(db, invoice, DocumentPreviewDialog::Mode::Send);
    dialog.resize(900, 1000);
    dialog.show();
    QApplication::processEvents();
    REQUIRE(dialog.grab().save(out + QStringLiteral("/send-preview.png")));
}
