// Security basics (issue 10): hostile text in every free-text field the services and the CLI
// take comes back exactly as written (all SQL is parameterised), `check` still passes, company
// files and backups are owner-only, and no secret is stored in the settings table.

#include "domain/companysettings.h"
#include "services/backupservice.h"
#include "services/companyservice.h"
#include "services/masterdataservice.h"
#include "support/shop.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::Shop;

namespace {

// No leading/trailing white space (fields are trimmed on purpose) and no NUL.
QStringList hostileStrings()
{
    return {
        QStringLiteral("'; DROP TABLE customers; --"),
        QStringLiteral("Robert'); DELETE FROM documents WHERE ('1'='1"),
        QStringLiteral("\" OR \"\"=\" \\ backslash \\\\ %s %n %x {0} $(id) `id`"),
        QStringLiteral("O'Brien & Sønner <script>alert('x')</script>"),
        QStringLiteral("ctl\x01\x02\x07\x08\x1b[31m\x1f\x7f end"),
        QStringLiteral("Ærlig Østlandsk Åpen — 日本語 🍰 e\u0301 \u202Eevil\u202C \uFEFF\u200B"),
        QStringLiteral("?; ?1 :name @p $1 NULL null"),
        QString(190, u'\u00E5'), // long and multi-byte in UTF-8 (the name limit is 200)
    };
}

QString veryLong()
{
    QString s;
    for (int i = 0; i < 2000; ++i)
        s += QStringLiteral("'; DROP TABLE x; -- ");
    return s + QStringLiteral("end");
}

void requireCheckPasses(Database& db)
{
    auto v = CompanyService(db).check();
    REQUIRE(v);
    for (const auto& x : *v)
        FAIL_CHECK(x.invariant.toStdString() + ": " + x.message.toStdString());
    CHECK(v->isEmpty());
}

} // namespace

TEST_CASE("hostile strings round-trip exactly through every text field", "[reliability][security]")
{
    Shop s;
    MasterDataService m(*s.c.db);
    const QStringList customerFields = {QStringLiteral("name"), QStringLiteral("vat-number"), QStringLiteral("phone"),
                                        QStringLiteral("contact"), QStringLiteral("address"), QStringLiteral("postcode"),
                                        QStringLiteral("city"), QStringLiteral("delivery-address"),
                                        QStringLiteral("delivery-postcode"), QStringLiteral("delivery-city"),
                                        QStringLiteral("notes")};
    const qint64 order = s.sales.create(DocumentType::Order, 10001).value();
    int productNo = 0;
    for (const QString& text : hostileStrings()) {
        INFO(text.toStdString());
        // Customers: every free-text field at once, then read back.
        for (const QString& f : customerFields) {
            REQUIRE(m.setCustomerFields(10001, {{f, text}}));
            CHECK(CustomerRules::field(m.customer(10001).value(), f) == text);
        }
        Customer c;
        c.name = text;
        c.notes = text + QStringLiteral("\nsecond line");
        auto added = m.addCustomer(c);
        REQUIRE(added);
        CHECK(m.customer(added->number).value().name == text);
        CHECK(m.customer(added->number).value().notes == c.notes);
        CHECK(m.customers(text).value().size() >= 1); // search is parameterised too

        // Products: the SKU may hold quotes and semicolons (not spaces or colons).
        Product p;
        p.sku = QStringLiteral("X'\";--%1").arg(++productNo);
        p.name = text;
        p.location = text;
        REQUIRE(m.addProduct(p));
        const Product back = m.product(p.sku).value();
        CHECK(back.name == text);
        CHECK(back.location == text);
        REQUIRE(m.setProductFields(p.sku, {{QStringLiteral("unit"), text.left(20)}}));
        CHECK(m.product(p.sku).value().unit == text.left(20));

        // Document header, a text line, a comment.
        HeaderChange h;
        h.yourReference = text;
        h.ourReference = text;
        h.heading = text;
        h.note = text + QStringLiteral("\r\nline two");
        REQUIRE(s.sales.setHeader(order, h));
        const Document d = s.v(order).document;
        CHECK(d.yourReference == text);
        CHECK(d.ourReference == text);
        CHECK(d.heading == text);
        CHECK(d.note == *h.note);
        LineInput line;
        line.kind = LineKind::Text;
        line.text = text;
        const int lineNo = s.sales.addLine(order, line).value();
        bool found = false;
        for (const auto& l : s.v(order).document.lines)
            found |= l.lineNo == lineNo && l.description == text;
        CHECK(found);
        REQUIRE(s.sales.comment(order, text));
        CHECK(s.sales.activity(order).value().last().text == text);
    }
    // A very long string: stored whole where there is no limit, refused cleanly where there is.
    const QString huge = veryLong();
    REQUIRE(s.sales.comment(order, huge));
    CHECK(s.sales.activity(order).value().last().text == huge);
    auto tooLong = m.setCustomerFields(10001, {{QStringLiteral("name"), huge}});
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    // The tables the strings tried to drop are all still there.
    for (const char* t : {"customers", "documents", "products", "x"})
        CHECK(s.c.db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {QString::fromLatin1(t)})
                  .value()
                  .toInt()
              == (qstrcmp(t, "x") == 0 ? 0 : 1));
    requireCheckPasses(*s.c.db);
}

TEST_CASE("hostile strings round-trip through the CLI options", "[reliability][security][cli]")
{
    Shop s;
    const QString file = s.c.path;
    const qint64 order = s.sales.create(DocumentType::Order, 10001).value();
    s.c.db.reset(); // the CLI is another program
    const auto cli = [&](QStringList args) {
        auto r = sd::test::runCli(QStringList{QStringLiteral("--file"), file} + args);
        INFO(args.join(u' ').toStdString() + " → " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };
    const QStringList strings = hostileStrings().mid(0, 7) << QStringLiteral("--looks-like-an-option");
    for (const QString& text : strings) {
        INFO(text.toStdString());
        cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), text, QStringLiteral("--city"), text});
        cli({QStringLiteral("customer"), QStringLiteral("set"), QStringLiteral("10001"), QStringLiteral("--contact"), text});
        cli({QStringLiteral("doc"), QStringLiteral("set"), QString::number(order), QStringLiteral("--heading"), text,
             QStringLiteral("--note"), text, QStringLiteral("--your-ref"), text, QStringLiteral("--our-ref"), text});
        cli({QStringLiteral("line"), QStringLiteral("add"), QString::number(order), QStringLiteral("--text"), text});
        cli({QStringLiteral("comment"), QStringLiteral("add"), QString::number(order), QStringLiteral("--text"), text});

        auto db = Database::open(file);
        REQUIRE(db);
        MasterDataService m(**db);
        SalesService sales(**db);
        const QList<Customer> all = m.customers({}, 1000).value();
        REQUIRE_FALSE(all.isEmpty());
        CHECK(all.last().name == text);
        CHECK(all.last().billing.city == text);
        CHECK(m.customer(10001).value().contact == text);
        const Document d = sales.view(order).value().document;
        CHECK(d.heading == text);
        CHECK(d.note == text);
        CHECK(d.yourReference == text);
        CHECK(d.ourReference == text);
        CHECK(d.lines.last().description == text);
        CHECK(sales.activity(order).value().last().text == text);
    }
    auto db = Database::open(file);
    REQUIRE(db);
    requireCheckPasses(**db);
}

TEST_CASE("company files and backups are owner-only; no secret is a setting", "[reliability][security]")
{
    Shop s;
    const auto otherBits = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther
                           | QFile::ExeGroup | QFile::ExeOther;
    CHECK((QFile::permissions(s.c.path) & otherBits) == 0);
    REQUIRE(CompanyService(*s.c.db).setSetting(QStringLiteral("backup.second_folder"), s.c.file(QStringLiteral("offsite"))));
    auto run = BackupService(*s.c.db).backupNow(QStringLiteral("manual"));
    REQUIRE(run);
    REQUIRE(run->written.size() == 2);
    for (const QString& b : run->written) {
        INFO(b.toStdString());
        CHECK((QFile::permissions(b) & otherBits) == 0);
    }
    const QString out = s.c.file(QStringLiteral("copy.sdk"));
    REQUIRE(CompanyService(*s.c.db).backup(out));
    CHECK((QFile::permissions(out) & otherBits) == 0);

    // Passwords go to the OS keychain, never into the company file.
    for (const auto& spec : CompanySettings::specs()) {
        INFO(spec.key.toStdString());
        CHECK_FALSE(spec.key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        CHECK_FALSE(spec.key.contains(QStringLiteral("secret"), Qt::CaseInsensitive));
        CHECK_FALSE(spec.key.contains(QStringLiteral("token"), Qt::CaseInsensitive));
    }
    auto refused = CompanyService(*s.c.db).setSetting(QStringLiteral("smtp.password"), QStringLiteral("hunter2"));
    REQUIRE_FALSE(refused);
    CHECK(s.c.db->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE '%password%'")).value().toInt() == 0);
}
