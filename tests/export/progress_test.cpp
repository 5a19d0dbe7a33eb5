// Progress and cancellation of the long exports and imports (the desktop's export and import
// dialogs): progress rises monotonically to its total, a cancelled export leaves no file (and
// for a period's EHF files, none of them), a cancelled import — even at its very last row —
// changes nothing, and a 10 000-row import is still one all-or-nothing transaction.

#include "common/clock.h"
#include "services/companyservice.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "support/tempcompany.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

namespace {

// Records every progress call; cancels when `cancelAt` is reached (0 = never).
struct Recorder
{
    QList<qint64> done;
    qint64 total = -1;
    bool totalChanged = false;
    qint64 cancelAt = 0;

    ImportExportService::Progress progress()
    {
        return [this](qint64 d, qint64 t) {
            if (total >= 0 && t != total)
                totalChanged = true;
            total = t;
            done << d;
            return cancelAt == 0 || d < cancelAt;
        };
    }
    bool monotonic() const
    {
        for (qsizetype i = 1; i < done.size(); ++i)
            if (done[i] < done[i - 1])
                return false;
        return !totalChanged;
    }
};

struct Period
{
    TempCompany c;
    FixedClock clock{QDateTime(QDate(2025, 3, 3), QTime(10, 0))};
    SalesService sales{*c.db};

    // Six invoices in March, one credit note in March, two invoices in April.
    Period()
    {
        Clock::setInstance(&clock);
        CompanyService co(*c.db);
        for (const auto& [k, v] : {std::pair{"company.address", "Bryggen 1"}, std::pair{"company.postcode", "5003"},
                                   std::pair{"company.city", "Bergen"}, std::pair{"company.bank_account", "12345678903"}})
            REQUIRE(co.setSetting(QString::fromLatin1(k), QString::fromLatin1(v)));
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
        for (int day = 3; day <= 8; ++day) {
            clock.set(QDateTime(QDate(2025, 3, day), QTime(10, 0)));
            book(day - 2);
        }
        auto cn = sales.credit(1001, {{1, Quantity::fromUnits(1)}}, false, true);
        REQUIRE_OK(cn);
        REQUIRE_OK(sales.book(*cn));
        for (int day : {2, 3}) {
            clock.set(QDateTime(QDate(2025, 4, day), QTime(10, 0)));
            book(day);
        }
    }
    ~Period() { Clock::setInstance(nullptr); }

    void book(qint64 units)
    {
        auto id = sales.create(DocumentType::Invoice, 10001);
        REQUIRE_OK(id);
        LineInput in;
        in.sku = QStringLiteral("KOPP");
        in.quantity = Quantity::fromUnits(units);
        REQUIRE_OK(sales.addLine(*id, in));
        REQUIRE_OK(sales.book(*id));
    }
};

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

qsizetype customerCount(storage::Database& db)
{
    return MasterDataService(db).customers(QString(), 100000).value().size();
}

QByteArray customersCsv(int n)
{
    QByteArray data = "kundenavn;epost;postnr;sted\n";
    for (int i = 1; i <= n; ++i)
        data += QStringLiteral("Kunde %1 AS;k%1@example.no;5003;Bergen\n").arg(i).toUtf8();
    return data;
}

} // namespace

TEST_CASE("journal export reports progress up to the total and a cancel leaves no file", "[export][progress]")
{
    Period p;
    ImportExportService io(*p.c.db);
    const QString file = p.c.file(QStringLiteral("journal-2025-03.csv"));
    Recorder rec;
    auto r = io.exportJournal(QDate(2025, 3, 1), QDate(2025, 3, 31), file, rec.progress());
    REQUIRE_OK(r);
    CHECK_FALSE(r->cancelled);
    CHECK(r->documents == 7); // six invoices and the credit note
    CHECK(rec.total == 7);
    CHECK(rec.monotonic());
    REQUIRE_FALSE(rec.done.isEmpty());
    CHECK(rec.done.last() == rec.total);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == io.journalCsv(QDate(2025, 3, 1), QDate(2025, 3, 31)).value());
    CHECK(r->files == QStringList{f.fileName()});

    const QString cancelled = p.c.file(QStringLiteral("cancelled.csv"));
    Recorder half;
    half.cancelAt = 4;
    auto c = io.exportJournal(QDate(2025, 3, 1), QDate(2025, 3, 31), cancelled, half.progress());
    REQUIRE_OK(c);
    CHECK(c->cancelled);
    CHECK(c->files.isEmpty());
    CHECK(half.done.last() == 4);
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(everythingIn(p.c.dir.path()).filter(QStringLiteral("cancelled")).isEmpty()); // no temp file either
}

TEST_CASE("invoice list export: cancelled at its last step writes nothing", "[export][progress]")
{
    Period p;
    ImportExportService io(*p.c.db);
    const QString file = p.c.file(QStringLiteral("invoices.csv"));
    Recorder last;
    last.cancelAt = 2; // the total: reported before the file is committed
    auto c = io.exportInvoiceList(QDate(2025, 4, 1), QDate(2025, 4, 30), file, last.progress());
    REQUIRE_OK(c);
    CHECK(c->cancelled);
    CHECK(last.total == 2);
    CHECK_FALSE(QFile::exists(file));
    auto r = io.exportInvoiceList(QDate(2025, 4, 1), QDate(2025, 4, 30), file);
    REQUIRE_OK(r);
    CHECK(r->documents == 2);
    CHECK(QFile::exists(file));
}

TEST_CASE("EHF export of a period writes every file or none", "[export][progress][ehf]")
{
    Period p;
    ImportExportService io(*p.c.db);
    const QString folder = p.c.file(QStringLiteral("ehf-march"));

    Recorder half;
    half.cancelAt = 3;
    auto c = io.exportEhf(QDate(2025, 3, 1), QDate(2025, 3, 31), folder, {}, half.progress());
    REQUIRE_OK(c);
    CHECK(c->cancelled);
    CHECK(half.total == 7);
    CHECK(everythingIn(folder).isEmpty()); // neither the three files written nor the staging folder

    Recorder all;
    auto r = io.exportEhf(QDate(2025, 3, 1), QDate(2025, 3, 31), folder, {}, all.progress());
    REQUIRE_OK(r);
    CHECK_FALSE(r->cancelled);
    CHECK(r->documents == 7);
    CHECK(all.monotonic());
    CHECK(all.done.last() == 7);
    QStringList names = everythingIn(folder);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("credit_note-1001.xml"), QStringLiteral("invoice-1001.xml"),
                               QStringLiteral("invoice-1002.xml"), QStringLiteral("invoice-1003.xml"),
                               QStringLiteral("invoice-1004.xml"), QStringLiteral("invoice-1005.xml"),
                               QStringLiteral("invoice-1006.xml")});
    QFile one(QDir(folder).filePath(QStringLiteral("invoice-1003.xml")));
    REQUIRE(one.open(QIODevice::ReadOnly));
    CHECK(one.readAll() == io.ehf(DocumentType::Invoice, 1003).value());
}

TEST_CASE("customer import: progress, cancel while reading and at the last row change nothing", "[export][progress][import]")
{
    TempCompany c;
    ImportExportService io(*c.db);
    const QByteArray data = customersCsv(10000);

    Recorder dry;
    auto d = io.importCustomers(data, true, dry.progress());
    REQUIRE_OK(d);
    CHECK(dry.total == 10000); // a dry run only reads
    CHECK(dry.done.last() == 10000);
    CHECK(dry.monotonic());

    Recorder reading;
    reading.cancelAt = 5000;
    auto r1 = io.importCustomers(data, false, reading.progress());
    REQUIRE_OK(r1);
    CHECK(r1->cancelled);
    CHECK(r1->imported == 0);
    CHECK(customerCount(*c.db) == 0);

    Recorder lastRow;
    lastRow.cancelAt = 20000; // the very last imported row, before the commit
    auto r2 = io.importCustomers(data, false, lastRow.progress());
    REQUIRE_OK(r2);
    CHECK(r2->cancelled);
    CHECK(r2->imported == 0);
    CHECK(customerCount(*c.db) == 0);
    CHECK(lastRow.done.size() == 20000);

    Recorder all;
    auto r3 = io.importCustomers(data, false, all.progress());
    REQUIRE_OK(r3);
    CHECK_FALSE(r3->cancelled);
    CHECK(r3->imported == 10000);
    CHECK(all.total == 20000);
    CHECK(all.monotonic());
    CHECK(all.done.last() == 20000);
    CHECK(customerCount(*c.db) == 10000);
}

TEST_CASE("product import cancelled half way through the inserts keeps no product", "[export][progress][import]")
{
    TempCompany c;
    ImportExportService io(*c.db);
    QByteArray data = "varenr;varenavn;pris\n";
    for (int i = 1; i <= 2000; ++i)
        data += QStringLiteral("P%1;Vare %1;%2\n").arg(i).arg(i % 90 + 10).toUtf8();
    Recorder half;
    half.cancelAt = 3000; // the 1000th insert
    auto r = io.importProducts(data, false, half.progress());
    REQUIRE_OK(r);
    CHECK(r->cancelled);
    CHECK(MasterDataService(*c.db).products(QString(), 100000).value().isEmpty());
    auto ok = io.importProducts(data, false);
    REQUIRE_OK(ok);
    CHECK(ok->imported == 2000);
}
