// I/O failures during booking (issue 10): a full disk, a read-only file, a second program
// writing to the same file. Each must fail with a clear sentence and change nothing, and the
// invoice numbers must stay unique and gapless. The plain refusals at open (missing, not
// SQLite, truncated, newer, read-only, busy) are in tests/storage/database_test.cpp.

#include "services/companyservice.h"
#include "storage/integritychecker.h"
#include "storage/transaction.h"
#include "support/shop.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::fileHash;
using sd::test::Shop;

namespace {

qint64 draftInvoice(Shop& s, const char* sku = "KOPP")
{
    auto id = s.sales.create(DocumentType::Invoice, 10001);
    REQUIRE(id);
    REQUIRE(s.sales.addLine(*id, Shop::product(sku, 1)));
    return *id;
}

QString nextInvoice(Database& db)
{
    return CompanyService(db).setting(QStringLiteral("series.invoice.next")).value();
}

// Booked invoice numbers, ascending.
QList<qint64> bookedNumbers(Database& db)
{
    QList<qint64> out;
    auto rows = db.run(QStringLiteral("SELECT number FROM documents WHERE type = 'invoice' AND status = 'booked' ORDER BY number"));
    REQUIRE(rows);
    while (rows->next())
        out << rows->i64(0);
    return out;
}

void requireGapless(Database& db, qint64 expectedCount)
{
    const QList<qint64> numbers = bookedNumbers(db);
    REQUIRE(numbers.size() == expectedCount);
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers[i] == 1001 + i);
    CHECK(nextInvoice(db) == QString::number(1001 + expectedCount));
    CHECK(CompanyService(db).check().value().isEmpty());
}

// The pre-COMMIT hook is a plain function pointer; the two-writer tests give it work here.
std::function<void()> g_hookWork;
void runHookWork()
{
    if (g_hookWork)
        g_hookWork();
}
struct HookGuard
{
    explicit HookGuard(std::function<void()> work)
    {
        g_hookWork = std::move(work);
        Transaction::setBeforeCommitHook(&runHookWork);
    }
    ~HookGuard()
    {
        Transaction::setBeforeCommitHook(nullptr);
        g_hookWork = nullptr;
    }
};

} // namespace

TEST_CASE("a full disk during booking fails clearly and changes nothing", "[reliability][io]")
{
    Shop s;
    REQUIRE(s.sales.book(draftInvoice(s)));
    const qint64 draft = draftInvoice(s, "KAFFE");
    const qint64 filler = s.sales.create(DocumentType::Order, 10001).value();

    // Cap the file at its current size (per connection, as a full disk would), then use up the
    // free space left inside the last pages so that booking needs a page it cannot get.
    const qint64 pages = s.c.db->scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
    REQUIRE(s.c.db->execRaw(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    for (int size : {2000, 500, 100, 20, 1}) {
        for (int i = 0; i < 200; ++i)
            if (!s.sales.comment(filler, QString(size, u'x')))
                break;
    }
    auto full = s.sales.comment(filler, QStringLiteral("x"));
    REQUIRE_FALSE(full);
    CHECK(full.error().message.contains(QStringLiteral("disk is full")));

    auto booked = s.sales.book(draft);
    REQUIRE_FALSE(booked);
    CHECK(booked.error().code == ErrorCode::Io);
    CHECK(booked.error().message.contains(QStringLiteral("disk is full")));
    CHECK(booked.error().message.contains(QStringLiteral("not saved")));
    CHECK(s.c.db->transactionDepth() == 0);
    // Nothing changed: still a draft, no number taken, no stock moved.
    CHECK(s.v(draft).document.status == QStringLiteral("draft"));
    CHECK_FALSE(s.v(draft).document.number.has_value());
    CHECK(s.stock.figures(QStringLiteral("KAFFE")).value().onHand == Quantity::fromUnits(10));

    // Space again (the disk was cleaned up): the same draft books as the next number.
    REQUIRE(s.c.db->execRaw(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    REQUIRE(s.sales.book(draft).value() == 1002);
    requireGapless(*s.c.db, 2);
}

TEST_CASE("a file made read-only before booking refuses it and stays unchanged", "[reliability][io]")
{
    Shop s;
    REQUIRE(s.sales.book(draftInvoice(s)));
    const qint64 draft = draftInvoice(s);
    s.c.db.reset();

    // The chmod path (the file as the user's file manager leaves it). Root writes anyway, so
    // there the OpenOptions path below is what proves the refusal.
    REQUIRE(QFile::setPermissions(s.c.path, QFile::ReadOwner));
    const bool osEnforces = !QFileInfo(s.c.path).isWritable();
    OpenOptions options;
    options.readOnly = !osEnforces;
    if (!osEnforces)
        WARN("running as root: chmod does not stop writes; using OpenOptions::readOnly");
    const QByteArray before = fileHash(s.c.path);
    {
        auto db = Database::open(s.c.path, options);
        REQUIRE(db);
        REQUIRE((*db)->isReadOnly());
        SalesService sales(**db);
        auto r = sales.book(draft);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::ReadOnly);
        CHECK(r.error().message.contains(QStringLiteral("read-only")));
        // Every other kind of write is refused the same way.
        CHECK(sales.registerPayment(1001, Money::fromMinor(100)).error().code == ErrorCode::ReadOnly);
        CHECK(StockService(**db).receive(QStringLiteral("KOPP"), Quantity::fromUnits(1), UnitPrice()).error().code
              == ErrorCode::ReadOnly);
        CHECK(sales.view(draft).value().document.status == QStringLiteral("draft"));
    }
    CHECK(fileHash(s.c.path) == before);
    REQUIRE(QFile::setPermissions(s.c.path, QFile::ReadOwner | QFile::WriteOwner));
    auto db = Database::open(s.c.path);
    REQUIRE(db);
    CHECK(SalesService(**db).book(draft).value() == 1002);
    requireGapless(**db, 2);
}

TEST_CASE("a second program booking while the first books waits and gets the next number", "[reliability][io][two]")
{
    Shop s;
    const qint64 mine = draftInvoice(s);
    const qint64 theirs = draftInvoice(s);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SALGSDESK_BUSY_TIMEOUT_MS"), QStringLiteral("20000"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cli.setProcessEnvironment(env);
    QElapsedTimer heldFor;
    {
        // Inside our booking transaction, start the CLI on the same file and keep the write lock
        // long enough for it to be waiting on BEGIN IMMEDIATE.
        HookGuard hook([&] {
            cli.start(QStringLiteral(SALGSDESK_CLI_PATH),
                      {QStringLiteral("--file"), s.c.path, QStringLiteral("--json"), QStringLiteral("invoice"),
                       QStringLiteral("book"), QString::number(theirs)});
            REQUIRE(cli.waitForStarted());
            heldFor.start();
            QThread::msleep(800);
        });
        CHECK(s.sales.book(mine).value() == 1001);
    }
    REQUIRE(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    INFO(out.toStdString() + QString::fromUtf8(cli.readAllStandardError()).toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(heldFor.elapsed() >= 800); // it really had to wait
    CHECK(out.contains(QStringLiteral("\"number\":1002")));
    requireGapless(*s.c.db, 2);
    CHECK(s.v(theirs).document.number.value_or(0) == 1002);
}

TEST_CASE("a second program still blocked after its timeout reports the file busy", "[reliability][io][two]")
{
    Shop s;
    const qint64 mine = draftInvoice(s);
    const qint64 theirs = draftInvoice(s);
    sd::test::CliResult second;
    {
        HookGuard hook([&] {
            second = sd::test::runCli({QStringLiteral("--file"), s.c.path, QStringLiteral("invoice"), QStringLiteral("book"),
                                       QString::number(theirs)},
                                      {}, {QStringLiteral("SALGSDESK_BUSY_TIMEOUT_MS=300")});
        });
        CHECK(s.sales.book(mine).value() == 1001);
    }
    CHECK(second.exitCode == 3);
    CHECK(second.err.contains(QStringLiteral("in use by another program")));
    CHECK(second.out.isEmpty());
    CHECK(s.v(theirs).document.status == QStringLiteral("draft"));
    requireGapless(*s.c.db, 1);
    // Once we are done, the second program succeeds with the next number.
    auto again = sd::test::runCli({QStringLiteral("--file"), s.c.path, QStringLiteral("invoice"), QStringLiteral("book"),
                                   QString::number(theirs)});
    CHECK(again.exitCode == 0);
    requireGapless(*s.c.db, 2);
}

TEST_CASE("two connections in one process book alternately with unique gapless numbers", "[reliability][io][two]")
{
    Shop s;
    auto other = Database::open(s.c.path);
    REQUIRE(other);
    SalesService second(**other);
    QList<qint64> got;
    for (int i = 0; i < 10; ++i) {
        const qint64 a = draftInvoice(s);
        const qint64 b = draftInvoice(s);
        got << s.sales.book(a).value() << second.book(b).value();
    }
    for (int i = 0; i < got.size(); ++i)
        CHECK(got[i] == 1001 + i);
    requireGapless(**other, 20);
}

// Regression: Database::open read the file header with QFile even when this process already had
// the file open; closing that descriptor dropped the open connection's POSIX locks, so the next
// program to close its connection took itself for the last one, checkpointed and deleted the WAL
// that this process was still writing to. Our later bookings then went to a deleted file:
// another program booked the same number again.
TEST_CASE("a second connection in this process keeps the file's locks for other programs", "[reliability][io][two]")
{
    Shop s;
    const qint64 mine = draftInvoice(s);
    const qint64 theirs = draftInvoice(s);
    {
        auto second = Database::open(s.c.path); // what the background backup does
        REQUIRE(second);
    }
    // Another program writes something and closes (a writer that closes last checkpoints).
    auto r = sd::test::runCli({QStringLiteral("--file"), s.c.path, QStringLiteral("settings"), QStringLiteral("set"),
                               QStringLiteral("company.city"), QStringLiteral("Bergen")});
    REQUIRE(r.exitCode == 0);
    CHECK(QFile::exists(s.c.path + QStringLiteral("-wal")));
    CHECK(s.sales.book(mine).value() == 1001);
    auto other = sd::test::runCli({QStringLiteral("--file"), s.c.path, QStringLiteral("--json"), QStringLiteral("invoice"),
                                   QStringLiteral("book"), QString::number(theirs)});
    INFO(other.err.toStdString());
    CHECK(other.exitCode == 0);
    CHECK(other.out.contains(QStringLiteral("\"number\":1002")));
    requireGapless(*s.c.db, 2);
}
