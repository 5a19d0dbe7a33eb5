// killchild: the victim of the crash-injection test (killtest.cpp). It opens a company file and
// books sales documents through the real core services in an endless loop until the parent
// SIGKILLs it. It reports over a pipe (fd given on the command line) what it is doing, one byte
// at a time, so the parent can tell where each kill landed:
//   'R' ready (file open)     'B' inside a transaction, just before COMMIT (then pauses)
//   'E' a service call returned and its transaction is over
//   'K' an invoice or credit note was booked and committed (must survive any later kill)
// The pause inside the transaction is what makes random kills land inside write transactions
// often enough to prove something; it is random (seeded) so COMMIT itself is hit as well.
//
// Usage: killchild FILE SEED FD

#include "services/salesservice.h"
#include "services/stockservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdlib>
#include <random>
#include <unistd.h>

using namespace sd;

namespace {

int g_fd = -1;
std::mt19937 g_rng;

void signal(char c)
{
    // A lost byte would only make the parent's statistics pessimistic; never block or abort.
    while (::write(g_fd, &c, 1) < 0 && errno == EINTR) {
    }
}

void beforeCommit()
{
    signal('B');
    // 0–3 ms inside the transaction: the writes are done, COMMIT has not started.
    const unsigned us = std::uniform_int_distribution<unsigned>(0, 3000)(g_rng);
    if (us > 200)
        ::usleep(us);
}

template <typename R>
bool step(R&& result, char onSuccess = 'E')
{
    signal(result ? onSuccess : 'E');
    return bool(result);
}

LineInput line(const char* sku, qint64 units)
{
    LineInput in;
    in.sku = QString::fromLatin1(sku);
    in.quantity = Quantity::fromUnits(units);
    return in;
}

// One business cycle: order → shipment → invoice → payment, sometimes a credit note, and
// goods receipts to keep stock up. Every call is its own transaction.
void cycle(SalesService& sales, StockService& stock)
{
    std::uniform_int_distribution<int> units(1, 3);
    std::uniform_int_distribution<int> percent(0, 99);
    static const char* skus[] = {"KOPP", "KAFFE", "TE"};
    const char* a = skus[percent(g_rng) % 3];
    const char* b = skus[percent(g_rng) % 3];

    if (percent(g_rng) < 20) {
        step(stock.receive(QString::fromLatin1(a), Quantity::fromUnits(20), UnitPrice::fromRaw(300000)));
        return;
    }
    if (percent(g_rng) < 25) {
        // A direct invoice booked with its shipment (stock moves inside the booking).
        auto inv = sales.create(DocumentType::Invoice, 10001);
        if (!step(inv))
            return;
        if (!step(sales.addLine(*inv, line(a, units(g_rng)))))
            return;
        BookOptions options;
        options.withShipment = true;
        step(sales.book(*inv, options), 'K');
        return;
    }
    auto order = sales.create(DocumentType::Order, 10001);
    if (!step(order))
        return;
    if (!step(sales.addLine(*order, line(a, units(g_rng)))) || !step(sales.addLine(*order, line(b, units(g_rng)))))
        return;
    if (!step(sales.confirmOrder(*order)))
        return;
    auto shipment = sales.createShipment(*order);
    if (!step(shipment))
        return;
    if (!step(sales.pickAll(*shipment)) || !step(sales.sendShipment(*shipment)))
        return;
    auto invoice = sales.invoiceOrder(*order, false);
    if (!step(invoice))
        return;
    auto number = sales.book(*invoice);
    if (!step(number, 'K'))
        return;
    step(sales.registerPayment(*number, Money::fromMinor(1000 * (1 + percent(g_rng)))));
    if (percent(g_rng) < 40) {
        auto note = sales.credit(*number, {{1, Quantity::fromUnits(1)}}, percent(g_rng) < 50, true);
        if (step(note))
            step(sales.book(*note), 'K');
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString file = QString::fromLocal8Bit(argv[1]);
    g_rng.seed(unsigned(std::strtoul(argv[2], nullptr, 10)));
    g_fd = std::atoi(argv[3]);

    auto db = storage::Database::open(file);
    if (!db) {
        qWarning("killchild: %s", qPrintable(db.error().message));
        return 3;
    }
    storage::Transaction::setBeforeCommitHook(&beforeCommit);
    SalesService sales(**db);
    StockService stock(**db);
    signal('R');
    for (;;)
        cycle(sales, stock);
}
