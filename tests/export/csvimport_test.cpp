// CSV import of customers and products: encodings, delimiters, quoting, header aliases, and
// broken files (missing columns, bad numbers, duplicate SKUs, 10 000 rows with one bad row at
// the end) that import nothing and report exactly the bad rows. Plus the CLI verbs.

#include "common/clock.h"
#include "export/csvreader.h"
#include "services/importexportservice.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "support/tempcompany.h"

#include <QFile>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::TempCompany;

namespace {

QList<int> badLines(const ImportReport& r)
{
    QList<int> out;
    for (const auto& i : r.issues)
        out << i.line;
    return out;
}

qsizetype productCount(storage::Database& db)
{
    return MasterDataService(db).products(QString(), 100000).value().size();
}

qsizetype customerCount(storage::Database& db)
{
    return MasterDataService(db).customers(QString(), 100000).value().size();
}

} // namespace

TEST_CASE("csv reader: quoting, line breaks in fields, delimiter and line numbers", "[export][csv]")
{
    const QByteArray data = "\xEF\xBB\xBFName,Notes\r\n\"Fjord, Fisk & Co\",\"Line one\r\nLine \"\"two\"\"\"\r\n\r\nPlain , x \n";
    auto t = CsvReader::parse(data);
    REQUIRE_OK(t);
    CHECK(t->delimiter == u',');
    CHECK(t->encoding == QStringLiteral("UTF-8"));
    CHECK(t->header.fields == QStringList{QStringLiteral("Name"), QStringLiteral("Notes")});
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows[0].line == 2);
    CHECK(t->rows[0].fields[0] == QStringLiteral("Fjord, Fisk & Co"));
    CHECK(t->rows[0].fields[1] == QStringLiteral("Line one\nLine \"two\""));
    CHECK(t->rows[1].line == 5); // the record after a two-line field and a blank line
    CHECK(t->rows[1].fields == QStringList{QStringLiteral("Plain"), QStringLiteral("x")});
    CHECK(CsvReader::parse("a;b\n\"open;x\n").error().message.contains(QStringLiteral("Line 2")));
    CHECK(csvLine({QStringLiteral("a;b"), QStringLiteral("say \"hi\""), QStringLiteral("x")})
          == QStringLiteral("\"a;b\";\"say \"\"hi\"\"\";x"));
}

TEST_CASE("customers from a Windows-1252 file keep æøå", "[export][csv][import]")
{
    TempCompany c;
    QStringEncoder cp1252("windows-1252");
    REQUIRE(cp1252.isValid());
    const QString text = QStringLiteral("Navn;Org.nr;E-post;Adresse;Postnr;Sted;Land;Kundegruppe\r\n"
                                        "Blåbær Café AS;987 654 325;post@blabaer.no;Øvre gate 1;9008;Tromsø;NO;domestic\r\n"
                                        "Sjøsiden Ærfugl;;;;;;;\r\n");
    const QByteArray data = cp1252.encode(text);
    REQUIRE(data.contains('\xE6')); // æ as one byte: really Windows-1252
    ImportExportService io(*c.db);
    auto dry = io.importCustomers(data, true);
    REQUIRE_OK(dry);
    CHECK(dry->ok());
    CHECK(dry->encoding == QStringLiteral("Windows-1252"));
    CHECK(dry->rows == 2);
    CHECK(dry->imported == 0);
    CHECK(customerCount(*c.db) == 0);
    auto r = io.importCustomers(data, false);
    REQUIRE_OK(r);
    CHECK(r->imported == 2);
    const Customer first = MasterDataService(*c.db).customer(10001).value();
    CHECK(first.name == QStringLiteral("Blåbær Café AS"));
    CHECK(first.billing.city == QStringLiteral("Tromsø"));
    CHECK(first.billing.street == QStringLiteral("Øvre gate 1"));
    CHECK(first.orgnr == QStringLiteral("987654325"));
    CHECK(first.customerGroup == QStringLiteral("domestic"));
    CHECK(MasterDataService(*c.db).customer(10002).value().name == QStringLiteral("Sjøsiden Ærfugl"));
}

TEST_CASE("customers: bad rows are reported by line and nothing is imported", "[export][csv][import]")
{
    TempCompany c;
    const QByteArray data = "name,email,orgnr,country,group\n"
                            "Good AS,a@b.no,987654325,NO,\n"
                            "\"Multi\nline AS\",not-an-email,,NO,\n" // lines 3–4
                            "Bad Org AS,,123456789,NO,\n"
                            ",x@y.no,,NO,\n"
                            "Unknown Group AS,,,NO,nope\n";
    auto r = ImportExportService(*c.db).importCustomers(data, false);
    REQUIRE_OK(r);
    CHECK(badLines(*r) == QList<int>{3, 5, 6, 7});
    CHECK(r->issues[0].reason.contains(QStringLiteral("e-mail")));
    CHECK(r->imported == 0);
    CHECK(customerCount(*c.db) == 0);
    auto missing = ImportExportService(*c.db).importCustomers("epost;orgnr\na@b.no;987654325\n", false);
    REQUIRE_OK(missing);
    CHECK(badLines(*missing) == QList<int>{1});
    CHECK(missing->issues[0].reason.contains(QStringLiteral("name")));
}

TEST_CASE("products: missing columns, bad numbers, duplicate SKUs import nothing", "[export][csv][import]")
{
    TempCompany c;
    ImportExportService io(*c.db);
    auto missing = io.importProducts("varenr;varenavn;mva\nA1;Eple;25\n", false);
    REQUIRE_OK(missing);
    CHECK(badLines(*missing) == QList<int>{1});
    CHECK(missing->issues[0].reason.contains(QStringLiteral("price")));

    const QByteArray numbers = "varenr;varenavn;pris;kostpris;mva;enhet;ean\n"
                               "A1;Eple;12,50;8;25;kg;\n"
                               "A2;Pære;abc;8;25;stk;\n"
                               "A3;Plomme;1 234,50;900;15 %;stk;7038010009457\n"
                               "A4;Kiwi;10;x1;25;stk;\n"
                               "A5;Banan;10;5;27;stk;\n"
                               "A6;Avis;20;;0;stk;\n";
    auto bad = io.importProducts(numbers, false);
    REQUIRE_OK(bad);
    CHECK(badLines(*bad) == QList<int>{3, 5, 6});
    CHECK(bad->imported == 0);
    CHECK(productCount(*c.db) == 0);

    auto dup = io.importProducts("sku,name,price\nX,One,1\nY,Two,2\nX,Three,3\n", false);
    REQUIRE_OK(dup);
    CHECK(badLines(*dup) == QList<int>{4});
    CHECK(dup->issues[0].reason.contains(QStringLiteral("line 2")));
    CHECK(productCount(*c.db) == 0);

    QByteArray fixed = numbers;
    fixed.replace(";abc;", ";13;").replace(";x1;", ";7;").replace(";27;", ";52;");
    auto ok = io.importProducts(fixed, false);
    REQUIRE_OK(ok);
    CHECK(ok->ok());
    CHECK(ok->imported == 6);
    MasterDataService m(*c.db);
    CHECK(m.product(QStringLiteral("A1")).value().price.toString() == QStringLiteral("12.50"));
    CHECK(m.product(QStringLiteral("A1")).value().vatCode == QStringLiteral("3"));
    CHECK(m.product(QStringLiteral("A3")).value().price.toString() == QStringLiteral("1234.50"));
    CHECK(m.product(QStringLiteral("A3")).value().vatCode == QStringLiteral("31"));
    CHECK(m.product(QStringLiteral("A5")).value().vatCode == QStringLiteral("52")); // a code, not a rate
    CHECK(m.product(QStringLiteral("A6")).value().vatCode == QStringLiteral("5")); // 0 % → zero-rated
    // Already in the file: refused row by row on a second import.
    auto again = io.importProducts(fixed, false);
    REQUIRE_OK(again);
    CHECK(badLines(*again) == QList<int>{2, 3, 4, 5, 6, 7});
    CHECK(productCount(*c.db) == 6);
}

TEST_CASE("10 000 products with one bad row at the end import nothing and report that row", "[export][csv][import]")
{
    TempCompany c;
    QByteArray data = "varenr;varenavn;pris;mva\n";
    for (int i = 1; i <= 10000; ++i)
        data += QStringLiteral("P%1;Vare %1;%2;25\n").arg(i, 5, 10, QChar(u'0')).arg(i % 500 + 1).toUtf8();
    QByteArray bad = data;
    bad.replace("P10000;Vare 10000;1;25", "P10000;Vare 10000;12.3.4;25");
    REQUIRE(bad != data);
    ImportExportService io(*c.db);
    auto r = io.importProducts(bad, false);
    REQUIRE_OK(r);
    CHECK(r->rows == 10000);
    CHECK(badLines(*r) == QList<int>{10001});
    CHECK(productCount(*c.db) == 0);
    auto all = io.importProducts(data, false);
    REQUIRE_OK(all);
    CHECK(all->imported == 10000);
    CHECK(productCount(*c.db) == 10000);
}

TEST_CASE("cli: import reports bad rows with exit 1 and exports write their files", "[export][cli]")
{
    TempCompany c;
    const QString file = c.path;
    const QString csv = c.file(QStringLiteral("products.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sku;name;price\nK1;Kopp;79\nK2;Skål;oops\n");
    }
    auto bad = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("import"), QStringLiteral("products"), csv});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("line 3:")));
    CHECK_FALSE(bad.out.contains(QStringLiteral("line 2:")));
    CHECK(productCount(*c.db) == 0);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sku;name;price\nK1;Kopp;79\nK2;Skål;89\n");
    }
    auto dry = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("--json"), QStringLiteral("import"),
                                 QStringLiteral("products"), csv, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("\"imported\":0")));
    CHECK(productCount(*c.db) == 0);
    auto real = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("import"), QStringLiteral("products"), csv});
    CHECK(real.exitCode == 0);
    CHECK(productCount(*c.db) == 2);

    Customer k;
    k.name = QStringLiteral("Kunde AS");
    k.orgnr = QStringLiteral("987654325");
    REQUIRE(MasterDataService(*c.db).addCustomer(k));
    SalesService sales(*c.db);
    auto inv = sales.create(DocumentType::Invoice, 10001);
    LineInput in;
    in.sku = QStringLiteral("K1");
    in.quantity = Quantity::fromUnits(2);
    REQUIRE_OK(sales.addLine(*inv, in));
    REQUIRE_OK(sales.book(*inv));
    const QString xml = c.file(QStringLiteral("1001.xml"));
    auto noBank = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("ehf"),
                                    QStringLiteral("--invoice"), QStringLiteral("1001"), QStringLiteral("--out"), xml});
    CHECK(noBank.exitCode == 1); // no bank account: refused with one clear sentence
    CHECK(noBank.err.contains(QStringLiteral("company.bank_account")));
    REQUIRE(sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("settings"), QStringLiteral("set"),
                              QStringLiteral("company.bank_account"), QStringLiteral("12345678903")})
                .exitCode == 0);
    auto ehf = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("ehf"),
                                 QStringLiteral("--invoice"), QStringLiteral("1001"), QStringLiteral("--out"), xml});
    CHECK(ehf.exitCode == 0);
    CHECK(QFile::exists(xml));
    const QString today = Clock::instance().today().toString(Qt::ISODate);
    const QString journal = c.file(QStringLiteral("journal.csv"));
    auto j = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("journal"),
                               QStringLiteral("--from"), today, QStringLiteral("--to"), today, QStringLiteral("--out"), journal});
    CHECK(j.exitCode == 0);
    QFile jf(journal);
    REQUIRE(jf.open(QIODevice::ReadOnly));
    CHECK(jf.readAll().count('\n') == 4); // header, receivables, revenue, VAT
    auto usage = sd::test::runCli({QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("invoices"),
                                   QStringLiteral("--from"), today});
    CHECK(usage.exitCode == 2);
}
