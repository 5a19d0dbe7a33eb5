// The bookkeeper's dialogs (offscreen): File → Export with a custom period and a cancelled
// progress, File → Import's dry-run report and import into the Customers dock, and
// File → Restore from backup's list, preview and restore that keeps a copy of the file.
// Files are set through the dialogs' hooks, never through QFileDialog.

#include "actions/actioncollection.h"
#include "common/clock.h"
#include "common/messagebox.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "mainwindow.h"
#include "services/backupservice.h"
#include "services/companyservice.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/database.h"
#include "support/tempcompany.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

namespace {

// Invoices booked on 2025-03-03, 03-10, 03-20, 03-31 and 04-01 (numbers 1001–1005).
struct Books
{
    TempCompany c;
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(10, 0))};

    Books()
    {
        Clock::setInstance(&clock);
        CompanyService co(*c.db);
        for (const auto& [key, v] : {std::pair{"company.address", "Bryggen 1"}, std::pair{"company.postcode", "5003"},
                                     std::pair{"company.city", "Bergen"},
                                     std::pair{"company.bank_account", "12345678903"}})
            REQUIRE(co.setSetting(QString::fromLatin1(key), QString::fromLatin1(v)));
        MasterDataService m(*c.db);
        Customer k;
        k.name = QStringLiteral("Bryggen Kafé AS");
        k.orgnr = QStringLiteral("987654325");
        k.billing = {QStringLiteral("Torget 2"), QStringLiteral("5014"), QStringLiteral("Bergen"), QStringLiteral("NO")};
        REQUIRE(m.addCustomer(k));
        Product p;
        p.sku = QStringLiteral("KOPP");
        p.name = QStringLiteral("Kaffekopp");
        p.price = UnitPrice::parse(QStringLiteral("79")).value();
        p.stockTracked = false;
        REQUIRE(m.addProduct(p));
        SalesService sales(*c.db);
        for (const QDate& d : {QDate(2025, 3, 3), QDate(2025, 3, 10), QDate(2025, 3, 20), QDate(2025, 3, 31),
                               QDate(2025, 4, 1)}) {
            clock.set(QDateTime(d, QTime(10, 0)));
            auto id = sales.create(DocumentType::Invoice, 10001);
            REQUIRE_OK(id);
            LineInput in;
            in.sku = p.sku;
            in.quantity = Quantity::fromUnits(d.day());
            REQUIRE_OK(sales.addLine(*id, in));
            REQUIRE_OK(sales.book(*id));
        }
        clock.set(QDateTime(QDate(2025, 4, 15), QTime(10, 0)));
    }
    ~Books() { Clock::setInstance(nullptr); }
};

QStringList csvLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    return lines;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

qsizetype customerCount(storage::Database& db)
{
    return MasterDataService(db).customers(QString(), 100000).value().size();
}

// Runs `check` on the first visible T once it is shown modally (exec() does not return before).
template <typename T, typename F>
void whenShown(F check)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, check]() {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* t = qobject_cast<T*>(top); t && t->isVisible()) {
                timer->stop();
                timer->deleteLater();
                check(t);
                return;
            }
        }
    });
    timer->start();
}

void grab(QWidget* w, const char* name)
{
    // Screenshots for looking at the dialogs: SALGSDESK_SCREENSHOTS=folder.
    const QString dir = qEnvironmentVariable("SALGSDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("export dialog: the journal of a custom period has exactly that period's rows", "[ui][bookkeeper]")
{
    Books b;
    ui::ExportDialog dialog(*b.c.db, ui::ExportDialog::What::Journal);
    // The last closed month by default: on 15 April that is March.
    CHECK(dialog.from() == QDate(2025, 3, 1));
    CHECK(dialog.to() == QDate(2025, 3, 31));
    dialog.show();
    grab(&dialog, "export-dialog.png");

    dialog.setCustomPeriod(QDate(2025, 3, 5), QDate(2025, 3, 31));
    const QString file = b.c.file(QStringLiteral("journal.csv"));
    dialog.setTarget(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.runExport();
    CHECK(dialog.result() == QDialog::Accepted);
    const QStringList lines = csvLines(file);
    REQUIRE_FALSE(lines.isEmpty());
    QSet<QString> vouchers;
    for (const QString& l : lines) {
        const QDate date = QDate::fromString(l.section(u';', 0, 0), Qt::ISODate);
        CHECK(date >= QDate(2025, 3, 5));
        CHECK(date <= QDate(2025, 3, 31));
        vouchers.insert(l.section(u';', 1, 1));
    }
    CHECK(vouchers == QSet<QString>{QStringLiteral("INV-1002"), QStringLiteral("INV-1003"), QStringLiteral("INV-1004")});
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == ImportExportService(*b.c.db).journalCsv(QDate(2025, 3, 5), QDate(2025, 3, 31)).value());
    CHECK(dialog.summary().contains(QStringLiteral("3 invoice")));
    CHECK(ui::MessageBox::lastText() == dialog.summary());
}

TEST_CASE("export dialog: cancel in the progress dialog leaves no file", "[ui][bookkeeper]")
{
    Books b;
    ui::ExportDialog dialog(*b.c.db, ui::ExportDialog::What::Ehf);
    dialog.setPeriod(ui::ExportDialog::Period::ThisYear);
    const QString folder = b.c.file(QStringLiteral("ehf"));
    dialog.setTarget(folder);
    int steps = 0;
    QObject::connect(&dialog, &ui::ExportDialog::progressed, [&steps](qint64 done, qint64, QProgressDialog* p) {
        ++steps;
        if (done == 2)
            p->cancel(); // what the Cancel button does
    });
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.runExport();
    CHECK(steps == 3); // 0, 1, 2 of 5
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.summary().contains(QStringLiteral("cancelled")));
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // The same for a CSV: cancelled at the last step, before the file is committed.
    dialog.setWhat(ui::ExportDialog::What::InvoiceList);
    const QString file = b.c.file(QStringLiteral("invoices.csv"));
    dialog.setTarget(file);
    QObject::disconnect(&dialog, &ui::ExportDialog::progressed, nullptr, nullptr);
    QObject::connect(&dialog, &ui::ExportDialog::progressed, [](qint64 done, qint64 total, QProgressDialog* p) {
        if (done == total)
            p->cancel();
    });
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.runExport();
    CHECK_FALSE(QFile::exists(file));

    // Not cancelled: every EHF file of the year, each with its printout embedded (the default).
    QObject::disconnect(&dialog, &ui::ExportDialog::progressed, nullptr, nullptr);
    dialog.setWhat(ui::ExportDialog::What::Ehf);
    dialog.setTarget(folder);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.runExport();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().startsWith(QStringLiteral("5 invoice")));
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 5);
    QFile ehf(QDir(folder).filePath(QStringLiteral("invoice-1005.xml")));
    REQUIRE(ehf.open(QIODevice::ReadOnly));
    CHECK(ehf.readAll().contains("mimeCode=\"application/pdf\""));
}

TEST_CASE("import dialog: a broken file shows its bad rows and imports nothing; a good one fills the Customers dock",
          "[ui][bookkeeper]")
{
    TempCompany c;
    const QString broken = c.file(QStringLiteral("broken.csv"));
    writeFile(broken, "kundenavn;epost;betalingsfrist\n"
                      "Fjord Fisk AS;post@fjordfisk.no;14\n"
                      "Havbris AS;ikke-en-epost;14\n"
                      ";tom@navn.no;14\n"
                      "Nordlys AS;post@nordlys.no;fjorten\n");
    const QString good = c.file(QStringLiteral("good.csv"));
    writeFile(good, "kundenavn;epost;betalingsfrist\n"
                    "Fjord Fisk AS;post@fjordfisk.no;14\n"
                    "Havbris AS;post@havbris.no;14\n"
                    "Nordlys AS;post@nordlys.no;30\n");

    auto* w = new ui::MainWindow(std::move(c.db));
    w->show();
    auto* customers = w->findChild<QTableView*>(QStringLiteral("customerTableView"));
    REQUIRE(customers);
    CHECK(customers->model()->rowCount() == 0);

    // Through File → Import…, as a user: the dialog is modal, so it is answered from a timer.
    bool checked = false;
    whenShown<ui::ImportDialog>([&](ui::ImportDialog* dialog) {
        dialog->setFile(broken);
        grab(dialog, "import-dialog-bad.png");
        QTableWidget* issues = dialog->issuesTable();
        CHECK(issues->rowCount() == 3);
        QList<int> lines;
        for (int row = 0; row < issues->rowCount(); ++row) {
            lines << issues->item(row, 0)->text().toInt();
            CHECK_FALSE(issues->item(row, 1)->text().isEmpty());
        }
        CHECK(lines == QList<int>{3, 4, 5});
        CHECK_FALSE(dialog->importButton()->isEnabled());
        dialog->runImport(); // refused: the check found bad rows
        CHECK(customerCount(*w->database()) == 0);

        dialog->setFile(good);
        QApplication::processEvents(); // lays out the renamed Import button
        grab(dialog, "import-dialog-good.png");
        CHECK(issues->rowCount() == 0);
        CHECK(dialog->importButton()->isEnabled());
        CHECK(dialog->importButton()->text().startsWith(QStringLiteral("Import 3 customer")));
        checked = true;
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        if (dialog->importButton()->isEnabled())
            dialog->importButton()->click(); // imports, then closes the dialog
        else
            dialog->reject(); // (a failure above) rather than a test that hangs
    });
    w->actionCollection()->action(ui::ActionCollection::Id::Import)->trigger();
    REQUIRE(checked);
    CHECK(customerCount(*w->database()) == 3);
    CHECK(customers->model()->rowCount() == 3);
    CHECK(ui::MessageBox::lastText().startsWith(QStringLiteral("3 customer")));
    delete w;
}

TEST_CASE("restore dialog: lists a backup with its preview, restores it and keeps the file as it was",
          "[ui][bookkeeper]")
{
    TempCompany c;
    MasterDataService m(*c.db);
    Customer k;
    k.name = QStringLiteral("Bryggen Kafé AS");
    REQUIRE(m.addCustomer(k));
    REQUIRE_OK(SalesService(*c.db).create(DocumentType::Quote, 10001));
    auto run = BackupService(*c.db).backupNow(QStringLiteral("manual"));
    REQUIRE_OK(run);
    REQUIRE(run->written.size() == 1);
    const QString backup = run->written.first();
    // A damaged backup beside it: listed, but it says why and cannot be chosen.
    const QString damaged = QString(backup).replace(QStringLiteral("-manual.sdk"), QStringLiteral("-auto.sdk"))
                                .replace(QRegularExpression(QStringLiteral("-(\\d{8})-")), QStringLiteral("-19990101-"));
    writeFile(damaged, QByteArray("SQLite format 3\0", 16) + QByteArray(4000, 'x'));
    k.name = QStringLiteral("Entered after the backup AS");
    REQUIRE(m.addCustomer(k));
    const QString companyFile = c.db->path();

    {
        ui::RestoreBackupDialog dialog(*c.db);
        dialog.show();
        QTableWidget* table = dialog.backupsTable();
        REQUIRE(table->rowCount() == 2);
        dialog.selectBackup(backup);
        CHECK(dialog.selectedBackup() == backup);
        grab(&dialog, "restore-dialog.png");
        const QString preview = dialog.previewLabel()->text();
        CHECK(preview.contains(QStringLiteral("Testfirma AS")));
        CHECK(preview.contains(QStringLiteral("Customers")));
        CHECK(preview.contains(QStringLiteral("Quote"))); // documents by type
        CHECK(dialog.restoreButton()->isEnabled());
        dialog.selectBackup(damaged);
        grab(&dialog, "restore-dialog-damaged.png");
        CHECK_FALSE(dialog.restoreButton()->isEnabled());
        CHECK(dialog.previewLabel()->text().contains(QStringLiteral("cannot be restored")));
        dialog.selectBackup(backup);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.confirmRestore();
        CHECK(dialog.result() == QDialog::Accepted);
    }

    // The main window closes its file, restores and reopens the company in a new window.
    QPointer<ui::MainWindow> old = new ui::MainWindow(std::move(c.db));
    old->show();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    old->restoreBackup(backup);
    ui::MainWindow* reopened = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&]() {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                auto* mw = qobject_cast<ui::MainWindow*>(top);
                if (mw && mw != old && mw->isVisible() && mw->database())
                    reopened = mw;
            }
            return reopened != nullptr;
        },
        5000));
    CHECK(old.isNull());
    CHECK(reopened->database()->path() == companyFile);
    CHECK(customerCount(*reopened->database()) == 1); // as in the backup
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("kept")));
    // The file as it was before the restore is kept, with the customer entered after the backup.
    QString kept;
    for (const QString& name : QDir(QFileInfo(backup).absolutePath()).entryList({QStringLiteral("*-before-restore.sdk")}))
        kept = QFileInfo(backup).absoluteDir().filePath(name);
    REQUIRE_FALSE(kept.isEmpty());
    {
        auto keptDb = storage::Database::open(kept);
        REQUIRE_OK(keptDb);
        CHECK(customerCount(**keptDb) == 2);
    }

    // A refusal (the damaged backup, chosen past the dialog) is shown and changes nothing: the
    // company opens again as it was.
    const QByteArray before = test::fileHash(companyFile);
    QPointer<ui::MainWindow> second = reopened;
    reopened = nullptr;
    ui::MessageBox::clearLastText();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    second->restoreBackup(damaged);
    REQUIRE(QTest::qWaitFor(
        [&]() {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                auto* mw = qobject_cast<ui::MainWindow*>(top);
                if (mw && mw != second && mw->isVisible() && mw->database())
                    reopened = mw;
            }
            return reopened != nullptr;
        },
        5000));
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("damaged")));
    CHECK(customerCount(*reopened->database()) == 1);
    delete reopened;
    CHECK(test::fileHash(companyFile) == before);
}

TEST_CASE("the File menu offers Import, Export and Restore from backup; without a file they are off", "[ui][bookkeeper]")
{
    TempCompany c;
    ui::MainWindow w(std::move(c.db));
    auto* file = w.findChild<QMenu*>(QStringLiteral("fileMenu"));
    REQUIRE(file);
    QStringList names;
    for (QAction* a : file->actions())
        names << a->objectName();
    const qsizetype import = names.indexOf(QStringLiteral("importAction"));
    REQUIRE(import >= 0);
    CHECK(names.indexOf(QStringLiteral("exportAction")) == import + 1);
    CHECK(names.indexOf(QStringLiteral("restoreBackupAction")) > import + 1);
    file->adjustSize();
    grab(file, "file-menu.png");

    ui::MainWindow empty(nullptr);
    for (auto id : {ui::ActionCollection::Id::Import, ui::ActionCollection::Id::Export,
                    ui::ActionCollection::Id::RestoreBackup})
        CHECK_FALSE(empty.actionCollection()->action(id)->isEnabled());
}
