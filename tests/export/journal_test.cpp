// Journal CSV: a worked example with every expected row (account, debit, credit, VAT code),
// and the balance checks (Σ debit = Σ credit per voucher and in total, no plug rows).

#include "common/clock.h"
#include "export/csvreader.h"
#include "services/companyservice.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "support/tempcompany.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

namespace {

struct Expected
{
    const char* voucher;
    const char* account;
    const char* debit;
    const char* credit;
    const char* vatCode;
};

LineInput line(const char* sku, qint64 units)
{
    LineInput in;
    in.sku = QString::fromLatin1(sku);
    in.quantity = Quantity::fromUnits(units);
    return in;
}

Money money(const char* text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

} // namespace

TEST_CASE("journal: a worked example lists every row and balances without a plug", "[export][journal]")
{
    TempCompany c;
    FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    Clock::setInstance(&clock);
    MasterDataService m(*c.db);
    SalesService sales(*c.db);
    // Defaults of a new company: receivables 1500 (group domestic 1500, foreign 1510), VAT
    // 2700/2701 for codes 3/31, revenue per group and code (goods|3 3000, goods|31 3020,
    // goods|52 3200, services|6 3115), fallback 3000 / 3100 (not standard-rated), bank 1920,
    // reminder fee 8050.
    Customer dom;
    dom.name = QStringLiteral("Bryggen Kafé AS");
    dom.customerGroup = QStringLiteral("domestic");
    REQUIRE(m.addCustomer(dom)); // 10001
    Customer foreign;
    foreign.name = QStringLiteral("Svenska Handel AB");
    foreign.billing.country = QStringLiteral("SE");
    foreign.customerGroup = QStringLiteral("foreign");
    REQUIRE(m.addCustomer(foreign)); // 10002
    const QList<std::tuple<const char*, const char*, const char*, const char*>> products = {
        {"KOPP", "100", "3", "goods"}, {"KAFFE", "200", "31", "goods"}, {"KURS", "500", "6", "services"},
        {"DIVERSE", "40", "3", ""},   {"EKSPORT", "1000", "52", "goods"}, {"AVIS", "45", "5", ""},
    };
    for (const auto& [sku, price, vat, group] : products) {
        Product p;
        p.sku = QString::fromLatin1(sku);
        p.name = p.sku;
        p.price = UnitPrice::parse(QString::fromLatin1(price)).value();
        p.vatCode = QString::fromLatin1(vat);
        p.productGroup = QString::fromLatin1(group);
        p.stockTracked = false;
        REQUIRE_OK(m.addProduct(p));
    }
    auto inv1 = sales.create(DocumentType::Invoice, 10001);
    for (auto l : {line("KOPP", 2), line("KAFFE", 1), line("KURS", 1), line("DIVERSE", 1)})
        REQUIRE_OK(sales.addLine(*inv1, l));
    REQUIRE(sales.book(*inv1).value() == 1001); // net 940, VAT 60 + 30, gross 1030
    auto inv2 = sales.create(DocumentType::Invoice, 10002);
    for (auto l : {line("KOPP", 3), line("EKSPORT", 1), line("AVIS", 2)})
        REQUIRE_OK(sales.addLine(*inv2, l));
    HeaderChange discount;
    discount.discount = Percent::fromWhole(10);
    REQUIRE_OK(sales.setHeader(*inv2, discount));
    REQUIRE(sales.book(*inv2).value() == 1002); // nets 270 + 900 + 81, VAT 67.50, gross 1318.50
    auto cn = sales.credit(1001, {{1, Quantity::fromUnits(1)}}, false, true);
    REQUIRE(sales.book(*cn).value() == 1001); // net 100, VAT 25, gross 125
    REQUIRE_OK(sales.registerPayment(1001, money("500"), QDate(2025, 3, 20)));
    clock.set(QDateTime(QDate(2025, 4, 30), QTime(9, 0)));
    REQUIRE_OK(sales.remind(1001, money("35")));

    auto rows = ImportExportService(*c.db).journal(QDate(2025, 3, 1), QDate(2025, 4, 30));
    Clock::setInstance(nullptr);
    REQUIRE_OK(rows);
    const QList<Expected> expected = {
        {"INV-1001", "1500", "1030.00", "", ""},   {"INV-1001", "3000", "", "240.00", "3"},
        {"INV-1001", "3020", "", "200.00", "31"},  {"INV-1001", "3115", "", "500.00", "6"},
        {"INV-1001", "2700", "", "60.00", "3"},    {"INV-1001", "2701", "", "30.00", "31"},
        {"INV-1002", "1510", "1318.50", "", ""},   {"INV-1002", "3000", "", "270.00", "3"},
        {"INV-1002", "3100", "", "81.00", "5"},    {"INV-1002", "3200", "", "900.00", "52"},
        {"INV-1002", "2700", "", "67.50", "3"},    {"CN-1001", "1500", "", "125.00", ""},
        {"CN-1001", "3000", "100.00", "", "3"},    {"CN-1001", "2700", "25.00", "", "3"},
        {"PAY-1", "1920", "500.00", "", ""},       {"PAY-1", "1500", "", "500.00", ""},
        {"FEE-1", "1500", "35.00", "", ""},        {"FEE-1", "8050", "", "35.00", ""},
    };
    REQUIRE(rows->size() == expected.size());
    QHash<QString, Money> perVoucher;
    Money debit, credit;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const JournalRow& r = rows->at(i);
        const Expected& e = expected[i];
        INFO("row " << i << ": " << r.voucher.toStdString() << " " << r.account.toStdString());
        CHECK(r.voucher == QString::fromLatin1(e.voucher));
        CHECK(r.account == QString::fromLatin1(e.account));
        CHECK(r.debit == (*e.debit ? money(e.debit) : Money()));
        CHECK(r.credit == (*e.credit ? money(e.credit) : Money()));
        CHECK(r.vatCode == QString::fromLatin1(e.vatCode));
        CHECK((r.debit.isZero() != r.credit.isZero())); // one side per row, never both, never none
        perVoucher[r.voucher] += r.debit - r.credit;
        debit += r.debit;
        credit += r.credit;
    }
    for (auto it = perVoucher.cbegin(); it != perVoucher.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().isZero());
    }
    CHECK(debit == credit);
    CHECK(debit == money("3008.50"));
    CHECK(rows->at(0).customerNumber == 10001);
    CHECK(rows->at(14).date == QDate(2025, 3, 20));

    // The CSV form: header, one line per row, ';'-separated, amounts with two decimals.
    ImportExportService io(*c.db);
    auto csv = io.journalCsv(QDate(2025, 3, 1), QDate(2025, 4, 30));
    REQUIRE_OK(csv);
    auto table = CsvReader::parse(*csv);
    REQUIRE_OK(table);
    CHECK(table->header.fields.join(u',') == QStringLiteral("date,voucher,account,debit,credit,vat_code,customer,text"));
    CHECK(table->rows.size() == expected.size());
    CHECK(table->rows[0].fields.mid(0, 7).join(u';') == QStringLiteral("2025-03-03;INV-1001;1500;1030.00;;;10001"));

    // The period filter: March without April's reminder fee; only the payment in late March.
    CHECK(io.journal(QDate(2025, 3, 1), QDate(2025, 3, 31)).value().size() == expected.size() - 2);
    CHECK(io.journal(QDate(2025, 3, 10), QDate(2025, 3, 31)).value().size() == 2);
    CHECK(io.journal(QDate(2025, 4, 1), QDate(2025, 3, 1)).error().code == ErrorCode::InvalidInput);

    // The invoice list of the period: two invoices and the credit note.
    auto list = io.invoiceListCsv(QDate(2025, 3, 1), QDate(2025, 3, 31));
    REQUIRE_OK(list);
    auto listTable = CsvReader::parse(*list);
    REQUIRE_OK(listTable);
    REQUIRE(listTable->rows.size() == 3);
    CHECK(listTable->rows[0].fields.mid(0, 2).join(u' ') == QStringLiteral("invoice 1001"));
    CHECK(listTable->rows[0].fields[10] == QStringLiteral("1030.00")); // gross
    CHECK(listTable->rows[0].fields[13] == QStringLiteral("405.00")); // due: 1030 − 125 − 500
}

TEST_CASE("journal refuses to export a voucher that does not balance", "[export][journal]")
{
    JournalRow a;
    a.voucher = QStringLiteral("INV-1");
    a.debit = money("10.00");
    JournalRow b = a;
    b.debit = Money();
    b.credit = money("9.99");
    auto r = JournalCsvWriter::checkBalanced({a, b});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("INV-1")));
}
