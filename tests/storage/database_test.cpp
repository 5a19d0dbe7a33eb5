#include "common/appinfo.h"
#include "services/companyservice.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "support/tempcompany.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::fileHash;
using sd::test::TempCompany;

namespace {

// Makes a raw SQLite file with the given application_id/user_version, closed again.
void makeRawSqlite(const QString& path, int appId, int userVersion, bool withTable = true)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(appId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        if (withTable)
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a new company file is at the latest schema with WAL and foreign keys", "[storage]")
{
    TempCompany c;
    CHECK(c.db->schemaVersion() == Migrator::latestVersion());
    CHECK(c.db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(c.db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(c.db->scalar(QStringLiteral("PRAGMA application_id")).value().toInt() == appinfo::kApplicationId);
    CHECK((QFile::permissions(c.path) & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther)) == 0);
    auto settings = CompanyService(*c.db).settings();
    REQUIRE(settings);
    CHECK(settings->name() == QStringLiteral("Testfirma AS"));
    CHECK(CompanyService(*c.db).setting(QStringLiteral("series.invoice.next")).value() == QStringLiteral("1001"));
    CHECK(CompanyService(*c.db).check().value().isEmpty());
}

TEST_CASE("every foreign key column leads an index", "[storage]")
{
    // Deleting a parent row makes SQLite look for its children through the foreign key; without
    // an index whose first column is the child column, each delete scans the child table (a
    // line removed from a 1 M-document file took 138 ms, scanning the whole stock ledger).
    TempCompany c;
    auto fks = c.db->run(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table'"));
    REQUIRE(fks);
    int checked = 0;
    QStringList missing;
    while (fks->next()) {
        const QString table = fks->str(0);
        const QString column = fks->str(1);
        auto lead = c.db->scalar(QStringLiteral(
            "SELECT count(*) FROM pragma_index_list(?) l, pragma_index_info(l.name) i "
            "WHERE i.seqno = 0 AND i.name = ?"),
            { table, column }, 0);
        REQUIRE(lead);
        // A rowid alias (INTEGER PRIMARY KEY) needs no index of its own.
        auto isRowid = c.db->scalar(QStringLiteral(
            "SELECT count(*) FROM pragma_table_info(?) WHERE name = ? AND pk = 1 AND type = 'INTEGER'"),
            { table, column }, 0);
        REQUIRE(isRowid);
        if (lead->toInt() == 0 && isRowid->toInt() == 0)
            missing << table + u'.' + column;
        ++checked;
    }
    CHECK(checked >= 10);
    INFO(missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("creating over an existing file is refused", "[storage]")
{
    TempCompany c;
    const QByteArray before = fileHash(c.path);
    auto again = Database::create(c.path);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Duplicate);
    CHECK(fileHash(c.path) == before);
}

TEST_CASE("a missing file is refused with exit-3 class error", "[storage][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.sdk"));
    auto r = Database::open(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::FileMissing);
    CHECK(exitCodeFor(r.error().code) == 3);
    CHECK(r.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path)); // and we did not create it
}

TEST_CASE("a text file is refused and left byte for byte unchanged", "[storage][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sdk"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Dette er ikke en database.\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotSalgsdeskFile);
    CHECK(r.error().message.contains(QStringLiteral("not a Salgsdesk company file")));
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1); // no -wal/-shm left behind
}

TEST_CASE("an empty file and a foreign SQLite database are refused", "[storage][refusal]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sdk"));
    QFile f(empty);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    CHECK(Database::open(empty).error().code == ErrorCode::NotSalgsdeskFile);
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    makeRawSqlite(other, 0, 0);
    const QByteArray before = fileHash(other);
    auto r = Database::open(other);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotSalgsdeskFile);
    CHECK(fileHash(other) == before);
}

TEST_CASE("a truncated company file is refused as damaged and left unchanged", "[storage][refusal]")
{
    TempCompany c;
    c.db.reset();
    QFile f(c.path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8192);
    REQUIRE(f.resize(size / 2 / 4096 * 4096));
    f.close();
    const QByteArray before = fileHash(c.path);
    auto r = Database::open(c.path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::FileCorrupt);
    CHECK(r.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileHash(c.path) == before);

    // Cut mid-page too.
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(5000));
    f.close();
    CHECK(Database::open(c.path).error().code == ErrorCode::FileCorrupt);
}

TEST_CASE("a file from a newer version is refused and left unchanged", "[storage][refusal]")
{
    TempCompany c;
    REQUIRE(c.db->execRaw(QStringLiteral("PRAGMA user_version = 999")));
    c.db.reset();
    const QByteArray before = fileHash(c.path);
    auto r = Database::open(c.path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NewerVersion);
    CHECK(r.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(c.path) == before);
}

TEST_CASE("a read-only file opens read-only: reads work, writes are refused", "[storage][refusal]")
{
    TempCompany c;
    c.db.reset();
    REQUIRE(QFile::setPermissions(c.path, QFile::ReadOwner));
    if (QFileInfo(c.path).isWritable()) {
        QFile::setPermissions(c.path, QFile::ReadOwner | QFile::WriteOwner);
        WARN("running as a user that can write read-only files (root): covered by OpenOptions::readOnly below");
        return;
    }
    auto r = Database::open(c.path);
    REQUIRE(r);
    CHECK((*r)->isReadOnly());
    CHECK(CompanyService(**r).settings().value().name() == QStringLiteral("Testfirma AS"));
    auto write = CompanyService(**r).setSetting(QStringLiteral("company.city"), QStringLiteral("Oslo"));
    REQUIRE_FALSE(write);
    CHECK(write.error().code == ErrorCode::ReadOnly);
    QFile::setPermissions(c.path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("read-only mode refuses every write with a clear sentence", "[storage][refusal]")
{
    TempCompany c;
    c.db.reset();
    const QByteArray before = fileHash(c.path);
    OpenOptions options;
    options.readOnly = true;
    auto r = Database::open(c.path, options);
    REQUIRE(r);
    CHECK((*r)->isReadOnly());
    auto write = CompanyService(**r).setSetting(QStringLiteral("company.city"), QStringLiteral("Oslo"));
    REQUIRE_FALSE(write);
    CHECK(write.error().code == ErrorCode::ReadOnly);
    CHECK(write.error().message.contains(QStringLiteral("read-only")));
    r->reset();
    CHECK(fileHash(c.path) == before);
}

TEST_CASE("a writer busy past the timeout is refused as busy, changing nothing", "[storage][refusal]")
{
    TempCompany c;
    c.db.reset();
    OpenOptions options;
    options.busyTimeoutMs = 200;
    auto holder = Database::open(c.path, options);
    auto other = Database::open(c.path, options);
    REQUIRE(holder);
    REQUIRE(other);
    Transaction tx(**holder);
    REQUIRE(tx.begin());
    REQUIRE(CompanyService(**holder).settings()); // reads inside still fine
    auto write = CompanyService(**other).setSetting(QStringLiteral("company.city"), QStringLiteral("Oslo"));
    REQUIRE_FALSE(write);
    CHECK(write.error().code == ErrorCode::Busy);
    CHECK(write.error().message.contains(QStringLiteral("in use by another program")));
    // Readers are not blocked by a writer (WAL).
    CHECK(CompanyService(**other).settings().value().name() == QStringLiteral("Testfirma AS"));
    tx.rollback();
    CHECK(CompanyService(**other).setSetting(QStringLiteral("company.city"), QStringLiteral("Oslo")));
}

TEST_CASE("transactions roll back unless committed; nested ones are savepoints", "[storage]")
{
    TempCompany c;
    auto city = [&]() { return CompanyService(*c.db).setting(QStringLiteral("company.city")).value(); };
    {
        Transaction tx(*c.db);
        REQUIRE(tx.begin());
        REQUIRE(c.db->run(QStringLiteral("INSERT INTO settings VALUES ('company.city', 'Bergen')")));
    } // no commit → rollback
    CHECK(city().isEmpty());
    {
        Transaction outer(*c.db);
        REQUIRE(outer.begin());
        REQUIRE(c.db->run(QStringLiteral("INSERT INTO settings VALUES ('company.city', 'Bergen')")));
        {
            Transaction inner(*c.db);
            REQUIRE(inner.begin());
            REQUIRE(c.db->run(QStringLiteral("UPDATE settings SET value = 'Oslo' WHERE key = 'company.city'")));
        } // inner rolled back to its savepoint
        CHECK(city() == QStringLiteral("Bergen"));
        REQUIRE(outer.commit());
    }
    CHECK(city() == QStringLiteral("Bergen"));
    CHECK(c.db->transactionDepth() == 0);
}

TEST_CASE("rotating backups keep the newest N and are valid company files", "[storage][backup]")
{
    TempCompany c;
    const QString dir = backups::defaultDirectory(c.path);
    for (int i = 0; i < 12; ++i) {
        auto b = backups::makeRotating(*c.db, dir, QStringLiteral("test"), 10);
        REQUIRE(b);
        CHECK(QFile::exists(*b));
    }
    const QStringList kept = QDir(dir).entryList({QStringLiteral("*.sdk")}, QDir::Files);
    CHECK(kept.size() == 10);
    // A backup is itself a valid company file.
    auto opened = Database::open(dir + u'/' + kept.last());
    REQUIRE(opened);
    CHECK(CompanyService(**opened).settings().value().name() == QStringLiteral("Testfirma AS"));
}

TEST_CASE("migrations from an empty file create every table", "[storage][migration]")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("m.sdk")));
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Migrator::latestVersion());
    for (const char* table : {"settings", "number_series", "vat_codes", "vat_rates", "customers", "products",
                              "bundle_components", "customer_groups", "product_groups"}) {
        INFO(table);
        CHECK((*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                            {QString::fromLatin1(table)})
                  .value()
                  .toInt()
              == 1);
    }
}

TEST_CASE("migration scripts split into statements, keeping trigger bodies whole", "[storage][migration]")
{
    const QString script = QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no; really');\nEND;\nCREATE INDEX i ON a(x);\n");
    const QStringList statements = Migrator::splitStatements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END;")));
}

TEST_CASE("a backup copy is consistent and refuses to overwrite", "[storage][backup]")
{
    TempCompany c;
    const QString out = c.file(QStringLiteral("copy.sdk"));
    REQUIRE(CompanyService(*c.db).backup(out));
    auto again = CompanyService(*c.db).backup(out);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Duplicate);
    auto copy = Database::open(out);
    REQUIRE(copy);
    CHECK(CompanyService(**copy).check().value().isEmpty());
}

TEST_CASE("check reports tampering with the raw tables", "[storage][check]")
{
    TempCompany c;
    REQUIRE(c.db->run(QStringLiteral("DELETE FROM number_series")));
    auto v = CompanyService(*c.db).check();
    REQUIRE(v);
    REQUIRE_FALSE(v->isEmpty());
    CHECK(v->first().invariant == QStringLiteral("series"));
}

TEST_CASE("opening a file at schema 0 migrates it to the latest version", "[storage][migration]")
{
    TempCompany c;
    // Strip the file back to an application-stamped, empty version-0 database.
    // Views go too, and IF EXISTS: dropping the full-text table (0007) drops its shadow tables.
    QStringList drops;
    {
        auto rows = c.db->run(QStringLiteral(
            "SELECT 'DROP ' || upper(type) || ' IF EXISTS ' || name FROM sqlite_schema "
            "WHERE type IN ('view', 'table') ORDER BY type = 'table'"));
        REQUIRE(rows);
        while (rows->next())
            drops << rows->str(0);
    }
    REQUIRE(c.db->execRaw(QStringLiteral("PRAGMA foreign_keys = OFF")));
    for (const QString& drop : drops)
        REQUIRE(c.db->execRaw(drop));
    REQUIRE(c.db->execRaw(QStringLiteral("PRAGMA user_version = 0")));
    c.db.reset();
    auto r = Database::open(c.path);
    REQUIRE(r);
    CHECK((*r)->schemaVersion() == Migrator::latestVersion());
    CHECK((*r)->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt() == 0);
}
