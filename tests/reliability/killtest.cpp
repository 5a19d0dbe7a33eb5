// Crash injection (issue 10, ARCHITECTURE §2 invariant 5): a child process (killchild.cpp)
// books orders, shipments, invoices, payments and credit notes on a company file; this test
// SIGKILLs it at random, seeded moments, reopens the file and checks every invariant — the
// IntegrityChecker's plus its own recomputations — after each kill.
//
// The child reports over a pipe where it is ('B' = inside a transaction just before COMMIT,
// 'E' = a call returned, 'K' = a booking committed). The byte that was last written when the
// child died tells whether the kill landed inside a write transaction; the test requires at
// least half of them to, so it provably exercises torn transactions rather than idle time.
//
// Modest count by default (CI); SALGSDESK_KILL_LONG=1, SALGSDESK_KILL_COUNT=N or the hidden
// "[long]" test case (`reliability_tests "[long]"`) for thousands. SALGSDESK_KILL_SEED reproduces a run.

#include "services/masterdataservice.h"
#include "services/stockservice.h"
#include "storage/database.h"
#include "storage/integritychecker.h"
#include "support/tempcompany.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace sd;
using namespace sd::storage;

namespace {

qint64 count(Database& db, const char* sql, const QVariantList& values = {})
{
    auto v = db.scalar(QString::fromLatin1(sql), values, 0);
    REQUIRE(v);
    return v->toLongLong();
}

// The test's own recomputations, independent of the IntegrityChecker; each returns the
// violations it found as readable strings.
QStringList recompute(Database& db)
{
    QStringList bad;
    // 1. Gapless numbers per series, and the series' next number right after the last one.
    for (const char* type : {"invoice", "credit_note"}) {
        const QString t = QString::fromLatin1(type);
        const qint64 n = count(db, "SELECT count(*) FROM documents WHERE type = ? AND status = 'booked'", {t});
        const qint64 lo = count(db, "SELECT coalesce(min(number), 1001) FROM documents WHERE type = ? AND status = 'booked'", {t});
        const qint64 hi = count(db, "SELECT coalesce(max(number), 1000) FROM documents WHERE type = ? AND status = 'booked'", {t});
        const qint64 next = count(db, "SELECT next FROM number_series WHERE series = ?", {t});
        if (lo != 1001 || hi - lo + 1 != n || next != hi + 1)
            bad << QStringLiteral("%1 numbers: %2 booked, %3..%4, next %5").arg(t).arg(n).arg(lo).arg(hi).arg(next);
    }
    // 2. Nothing half-booked: a booked document has its number, dates, who/when, lines and log.
    if (const qint64 n = count(db, "SELECT count(*) FROM documents d WHERE d.type IN ('invoice','credit_note') "
                                   "AND d.status = 'booked' AND (d.number IS NULL OR d.due_date IS NULL "
                                   "OR d.booked_at IS NULL OR d.booked_by = '' "
                                   "OR NOT EXISTS (SELECT 1 FROM document_lines l WHERE l.document_id = d.id) "
                                   "OR NOT EXISTS (SELECT 1 FROM activity_log a WHERE a.document_id = d.id AND a.kind = 'status'))"))
        bad << QStringLiteral("%1 half-booked documents").arg(n);
    if (const qint64 n = count(db, "SELECT count(*) FROM documents WHERE type IN ('invoice','credit_note') "
                                   "AND status = 'draft' AND number IS NOT NULL"))
        bad << QStringLiteral("%1 drafts holding a number").arg(n);
    // 3. A sent shipment has its stock moves (every product here is stock-tracked), an unsent
    //    one has none, and the moves match the shipped quantities line by line.
    if (const qint64 n = count(db, "SELECT count(*) FROM documents s WHERE s.type = 'shipment' AND s.status = 'sent' "
                                   "AND EXISTS (SELECT 1 FROM document_lines l WHERE l.document_id = s.id AND l.quantity > 0) "
                                   "AND NOT EXISTS (SELECT 1 FROM stock_moves m WHERE m.document_id = s.id)"))
        bad << QStringLiteral("%1 sent shipments without stock moves").arg(n);
    if (const qint64 n = count(db, "SELECT count(*) FROM stock_moves m JOIN documents s ON s.id = m.document_id "
                                   "WHERE s.type = 'shipment' AND s.status <> 'sent'"))
        bad << QStringLiteral("%1 stock moves of unsent shipments").arg(n);
    if (const qint64 n = count(db, "SELECT coalesce(sum(l.quantity), 0) + (SELECT coalesce(sum(m.quantity), 0) "
                                   "FROM stock_moves m WHERE m.reason = 'shipment') FROM document_lines l "
                                   "JOIN documents s ON s.id = l.document_id WHERE s.type = 'shipment' AND s.status = 'sent'"))
        bad << QStringLiteral("shipped quantities and shipment moves differ by %1").arg(n);
    // 4. Stock = Σ ledger, as the service reports it.
    StockService stock(db);
    for (const char* sku : {"KOPP", "KAFFE", "TE"}) {
        const QString s = QString::fromLatin1(sku);
        auto f = stock.figures(s);
        REQUIRE(f);
        const qint64 ledger = count(db, "SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m JOIN products p "
                                        "ON p.id = m.product_id WHERE p.sku = ?", {s});
        if (f->onHand.milli() != ledger || ledger < 0)
            bad << QStringLiteral("%1: on hand %2, ledger %3").arg(s).arg(f->onHand.milli()).arg(ledger);
    }
    // 5. Payments never exceed what was invoiced (a payment is one row, all or nothing).
    if (const qint64 n = count(db, "SELECT count(*) FROM payments p LEFT JOIN documents d ON d.id = p.invoice_id "
                                   "WHERE d.status IS NOT 'booked'"))
        bad << QStringLiteral("%1 payments on unbooked invoices").arg(n);
    return bad;
}

void setUpShop(Database& db)
{
    MasterDataService m(db);
    Customer k;
    k.name = QStringLiteral("Bryggen Kafé AS");
    REQUIRE(m.addCustomer(k));
    StockService stock(db);
    for (const char* sku : {"KOPP", "KAFFE", "TE"}) {
        Product p;
        p.sku = QString::fromLatin1(sku);
        p.name = p.sku;
        p.price = UnitPrice::fromRaw(790000);
        REQUIRE(m.addProduct(p));
        REQUIRE(stock.receive(p.sku, Quantity::fromUnits(500), UnitPrice::fromRaw(300000)));
    }
}

struct Outcome
{
    bool inside = false; // the last thing the child did was enter the pre-COMMIT pause
    int committedBookings = 0;
    int calls = 0;
};

// Starts the child, waits until it has the file open, lets it run `delayUs`, kills it.
Outcome killOnce(const QByteArray& file, unsigned seed, unsigned delayUs)
{
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    const QByteArray exe(SALGSDESK_KILLCHILD_PATH);
    const QByteArray seedText = QByteArray::number(seed);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        ::dup2(fds[1], 3);
        ::execl(exe.constData(), exe.constData(), file.constData(), seedText.constData(), "3", nullptr);
        ::_exit(127);
    }
    ::close(fds[1]);
    Outcome out;
    char c = 0;
    pollfd p{fds[0], POLLIN, 0};
    // Ready: the child has opened the file. Anything before that is start-up, not interesting.
    while (c != 'R') {
        REQUIRE(::poll(&p, 1, 20000) == 1);
        REQUIRE(::read(fds[0], &c, 1) == 1);
    }
    ::usleep(delayUs);
    ::kill(pid, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status));
    char buf[4096];
    char last = c;
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) {
        for (ssize_t i = 0; i < n; ++i) {
            out.committedBookings += buf[i] == 'K';
            out.calls += buf[i] == 'E' || buf[i] == 'K';
        }
        last = buf[n - 1];
    }
    ::close(fds[0]);
    out.inside = last == 'B';
    return out;
}

int killCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SALGSDESK_KILL_COUNT", &ok);
    if (ok && n > 0)
        return n;
    return qEnvironmentVariableIntValue("SALGSDESK_KILL_LONG") ? 3000 : 300;
}

void runKillTest(int kills)
{
    bool ok = false;
    unsigned seed = unsigned(qEnvironmentVariableIntValue("SALGSDESK_KILL_SEED", &ok));
    if (!ok)
        seed = 20261110;
    std::mt19937 rng(seed);
    // 0–40 ms after the child is ready: most kills land in the middle of a business cycle.
    std::uniform_int_distribution<unsigned> delay(0, 40000);

    QElapsedTimer timer;
    timer.start();
    // A fresh company every kStretch kills: every check reads the whole history, so one file for
    // thousands of kills would make the long mode quadratic without testing anything more.
    constexpr int kStretch = 500;
    std::unique_ptr<sd::test::TempCompany> company;
    QByteArray file;
    int inside = 0, calls = 0;
    qint64 expectedBooked = 0;
    for (int i = 0; i < kills; ++i) {
        if (i % kStretch == 0) {
            company = std::make_unique<sd::test::TempCompany>();
            setUpShop(*company->db);
            company->db.reset();
            file = QFile::encodeName(company->path);
            expectedBooked = 0;
        }
        sd::test::TempCompany& c = *company;
        const Outcome o = killOnce(file, rng(), delay(rng));
        inside += o.inside;
        calls += o.calls;
        expectedBooked += o.committedBookings;

        auto db = Database::open(c.path);
        REQUIRE(db);
        auto violations = IntegrityChecker(**db).run();
        REQUIRE(violations);
        INFO("kill " << i + 1 << " of " << kills << ", seed " << seed);
        for (const auto& v : *violations)
            FAIL_CHECK(v.invariant.toStdString() + ": " + v.message.toStdString());
        REQUIRE(violations->isEmpty());
        const QStringList bad = recompute(**db);
        for (const QString& b : bad)
            FAIL_CHECK(b.toStdString());
        REQUIRE(bad.isEmpty());
        // Durability: every booking the child saw committed is still there.
        const qint64 booked = count(**db, "SELECT count(*) FROM documents WHERE type IN ('invoice','credit_note') "
                                          "AND status = 'booked'");
        REQUIRE(booked >= expectedBooked);
        expectedBooked = booked;
    }
    auto db = Database::open(company->path);
    REQUIRE(db);
    const qint64 invoices = count(**db, "SELECT count(*) FROM documents WHERE type = 'invoice' AND status = 'booked'");
    const double share = 100.0 * inside / kills;
    WARN("kill test: " << kills << " SIGKILLs, " << inside << " (" << share << " %) inside a write transaction, "
                       << calls << " service calls completed, " << invoices << " invoices booked in the last file, "
                       << timer.elapsed() / 1000.0 << " s, seed " << seed);
    CHECK(invoices > 0);
    CHECK(inside * 2 >= kills);
}

} // namespace

TEST_CASE("SIGKILL at random moments never breaks an invariant", "[reliability][kill]")
{
    runKillTest(killCount());
}

TEST_CASE("SIGKILL thousands of times (long mode)", "[.long]")
{
    runKillTest(std::max(killCount(), 3000));
}
