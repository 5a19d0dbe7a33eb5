// Backups and restore (issue 10): rotating backups beside the file and in a second folder,
// automatic ones in the background, a preview of each backup, and a restore that always keeps
// the current file first.

#include "services/backupservice.h"
#include "services/companyservice.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "support/shop.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::fileHash;
using sd::test::Shop;

namespace {

qint64 bookOne(Shop& s)
{
    const qint64 id = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.addLine(id, Shop::product("KOPP", 1)));
    auto n = s.sales.book(id);
    REQUIRE(n);
    return *n;
}

qint64 lastInvoice(const QString& file)
{
    auto db = Database::open(file);
    REQUIRE(db);
    return (*db)->scalar(QStringLiteral("SELECT max(number) FROM documents WHERE type = 'invoice'")).value().toLongLong();
}

} // namespace

TEST_CASE("backups go beside the file and to the second folder, listed with a preview", "[reliability][backup]")
{
    Shop s;
    bookOne(s);
    const QString offsite = s.c.file(QStringLiteral("sky/Salgsdesk"));
    REQUIRE(CompanyService(*s.c.db).setSetting(QStringLiteral("backup.second_folder"), offsite));
    BackupService service(*s.c.db);
    CHECK(service.folders().value() == QStringList{backups::defaultDirectory(s.c.path), offsite});
    auto run = service.backupNow(QStringLiteral("manual"));
    REQUIRE(run);
    CHECK(run->problems.isEmpty());
    REQUIRE(run->written.size() == 2);
    CHECK(run->written[1].startsWith(offsite + u'/'));
    bookOne(s);
    REQUIRE(service.backupNow(QStringLiteral("auto")));
    CHECK(service.lastBackup(QStringLiteral("auto")).isValid());

    auto list = service.list();
    REQUIRE(list);
    REQUIRE(list->size() == 4);
    const BackupInfo& newest = list->first();
    CHECK(newest.reason == QStringLiteral("auto"));
    CHECK(newest.problem.isEmpty());
    CHECK(newest.preview.companyName == QStringLiteral("Testfirma AS"));
    CHECK(newest.preview.customers == 1);
    CHECK(newest.preview.products == 2);
    CHECK(newest.preview.documents == 2);
    CHECK(newest.preview.lastInvoiceNumber == 1002);
    CHECK(newest.preview.lastInvoiceDate.isValid());
    CHECK(newest.preview.schemaVersion == Migrator::latestVersion());
    CHECK(list->last().reason == QStringLiteral("manual"));
    CHECK(list->last().preview.lastInvoiceNumber == 1001);

    // A second folder that cannot be written is reported, the default one still gets its copy.
    QFile blocker(s.c.file(QStringLiteral("blocked")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    REQUIRE(CompanyService(*s.c.db).setSetting(QStringLiteral("backup.second_folder"), blocker.fileName() + QStringLiteral("/sub")));
    auto partial = service.backupNow(QStringLiteral("manual"));
    REQUIRE(partial);
    CHECK(partial->written.size() == 1);
    CHECK(partial->problems.size() == 1);
}

TEST_CASE("a damaged backup is listed with its problem and never restored", "[reliability][backup]")
{
    Shop s;
    REQUIRE(BackupService(*s.c.db).backupNow(QStringLiteral("manual")));
    const QString dir = backups::defaultDirectory(s.c.path);
    const QString fake = dir + QStringLiteral("/company-20200101-000000-000-manual.sdk");
    QFile f(fake);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    auto list = BackupService(*s.c.db).list();
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->last().problem.contains(QStringLiteral("not a Salgsdesk company file")));

    const QString path = s.c.path;
    s.c.db.reset();
    const QByteArray before = fileHash(path);
    auto r = BackupService::restore(path, fake);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotSalgsdeskFile);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));
}

TEST_CASE("restoring keeps the current file first and brings the backup back", "[reliability][backup]")
{
    Shop s;
    bookOne(s);
    const QString backup = BackupService(*s.c.db).backupNow(QStringLiteral("manual")).value().written.first();
    bookOne(s);
    bookOne(s);
    const QString path = s.c.path;
    s.c.db.reset();

    auto r = BackupService::restore(path, backup);
    REQUIRE(r);
    CHECK(lastInvoice(path) == 1001);
    // The file as it was (with 1003) is kept, and is itself a valid, listed backup.
    REQUIRE(QFile::exists(r->keptCopy));
    CHECK(lastInvoice(r->keptCopy) == 1003);
    CHECK(r->keptCopy.endsWith(QStringLiteral("-before-restore.sdk")));
    CHECK((QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(CompanyService(**db).check().value().isEmpty());
    CHECK(CompanyService(**db).setting(QStringLiteral("series.invoice.next")).value() == QStringLiteral("1002"));
    auto list = BackupService(**db).list();
    REQUIRE(list);
    CHECK(list->first().reason == QStringLiteral("before-restore"));
    CHECK(list->first().preview.lastInvoiceNumber == 1003);
}

TEST_CASE("restoring while another program uses the file is refused", "[reliability][backup]")
{
    Shop s;
    const QString backup = BackupService(*s.c.db).backupNow(QStringLiteral("manual")).value().written.first();
    bookOne(s);
    Transaction busy(*s.c.db); // another program in the middle of a change
    REQUIRE(busy.begin());
    auto r = BackupService::restore(s.c.path, backup);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Busy);
    CHECK(r.error().message.contains(QStringLiteral("in use")));
    busy.rollback();
    CHECK(lastInvoice(s.c.path) == 1001);
}

TEST_CASE("the automatic backup runs in the background on its own connection", "[reliability][backup]")
{
    Shop s;
    bookOne(s);
    AutoBackup automatic(s.c.path);
    QSignalSpy done(&automatic, &AutoBackup::finished);
    automatic.start();
    // The main thread's connection stays usable while the backup runs.
    bookOne(s);
    REQUIRE((done.count() == 1 || done.wait(10000)));
    const QStringList written = done.first().at(0).toStringList();
    const QStringList problems = done.first().at(1).toStringList();
    CHECK(problems.isEmpty());
    REQUIRE(written.size() == 1);
    CHECK(written.first().endsWith(QStringLiteral("-auto.sdk")));
    CHECK(lastInvoice(written.first()) >= 1001);
    CHECK(BackupService(*s.c.db).lastBackup(QStringLiteral("auto")).isValid());
}

TEST_CASE("backup list, now and restore in the CLI", "[reliability][backup][cli]")
{
    Shop s;
    bookOne(s);
    const QString path = s.c.path;
    s.c.db.reset();
    const QStringList file{QStringLiteral("--file"), path};
    auto now = sd::test::runCli(file + QStringList{QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("now")});
    REQUIRE(now.exitCode == 0);
    const QString backup = QJsonDocument::fromJson(now.out.toUtf8()).object().value(QStringLiteral("written")).toArray().first().toString();
    REQUIRE(QFile::exists(backup));

    auto list = sd::test::runCli(file + QStringList{QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first()[QStringLiteral("company")].toString() == QStringLiteral("Testfirma AS"));
    CHECK(entries.first()[QStringLiteral("last_invoice_number")].toInt() == 1001);
    auto human = sd::test::runCli(file + QStringList{QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(human.out.contains(QStringLiteral("last invoice 1001")));

    {
        auto db = Database::open(path);
        REQUIRE(db);
        SalesService sales(**db);
        const qint64 id = sales.create(DocumentType::Invoice, 10001).value();
        REQUIRE(sales.addLine(id, Shop::product("KAFFE", 1)));
        REQUIRE(sales.book(id));
    }
    auto restore = sd::test::runCli(file + QStringList{QStringLiteral("backup"), QStringLiteral("restore"), backup});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    CHECK(lastInvoice(path) == 1001);
    auto missing = sd::test::runCli(file + QStringList{QStringLiteral("backup"), QStringLiteral("restore"), s.c.file(QStringLiteral("nope.sdk"))});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}
