// salgsdesk-cli end to end: the contract of shared/CLI.md for the foundation verbs.

#include "support/tempcompany.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::test::fileHash;
using sd::test::runCli;

namespace {

struct CliCompany
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("firma.sdk"));
    CliCompany()
    {
        auto r = runCli({QStringLiteral("--file"), path, QStringLiteral("init"), QStringLiteral("--company"),
                         QStringLiteral("Firma AS"), QStringLiteral("--orgnr"), QStringLiteral("923609016"),
                         QStringLiteral("--vat-registered")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    sd::test::CliResult run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--file"));
        return runCli(args);
    }
};

QJsonObject obj(const QString& out)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(out.toUtf8(), &err);
    INFO(out.toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("cli: a hostile customer name round-trips exactly through show --json", "[cli]")
{
    CliCompany c;
    const QString name = QStringLiteral("Ærlig & Søn \"AS\"; DROP TABLE x;--");
    auto add = c.run({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), name});
    REQUIRE(add.exitCode == 0);
    const QJsonObject added = obj(add.out);
    CHECK(added[QStringLiteral("number")].toInt() == 10001);
    CHECK(added[QStringLiteral("id")].isDouble());
    // Global options may stand after the command too.
    auto show = runCli({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("10001"), QStringLiteral("--json"),
                        QStringLiteral("--file"), c.path});
    REQUIRE(show.exitCode == 0);
    const QJsonObject shown = obj(show.out);
    CHECK(shown[QStringLiteral("name")].toString() == name);
    CHECK(shown[QStringLiteral("number")].toInt() == 10001);
    CHECK(c.run({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: bad files give exit 3, one sentence, and stay byte for byte unchanged", "[cli][refusal]")
{
    QTemporaryDir dir;
    // A text file.
    const QString text = dir.filePath(QStringLiteral("text.sdk"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
    }
    // A truncated company file.
    CliCompany c;
    const QString truncated = dir.filePath(QStringLiteral("truncated.sdk"));
    REQUIRE(QFile::copy(c.path, truncated));
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
    }
    // A company file of schema version 999.
    const QString newer = dir.filePath(QStringLiteral("newer.sdk"));
    REQUIRE(QFile::copy(c.path, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    struct Case
    {
        QString path;
        QString expect;
    };
    for (const Case& k : {Case{text, QStringLiteral("not a Salgsdesk company file")},
                          Case{truncated, QStringLiteral("damaged")},
                          Case{newer, QStringLiteral("newer version")},
                          Case{dir.filePath(QStringLiteral("missing.sdk")), QStringLiteral("does not exist")}}) {
        INFO(k.path.toStdString());
        const QByteArray before = fileHash(k.path);
        for (const QStringList& verb : {QStringList{QStringLiteral("customer"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("customer"), QStringLiteral("add"),
                                                    QStringLiteral("--name"), QStringLiteral("X")},
                                        QStringList{QStringLiteral("check")}}) {
            auto r = runCli(QStringList{QStringLiteral("--file"), k.path} + verb);
            CHECK(r.exitCode == 3);
            CHECK(r.err.contains(k.expect));
            CHECK(r.err.trimmed().count(u'\n') == 0); // one sentence
            CHECK(r.out.isEmpty());
        }
        CHECK(fileHash(k.path) == before);
    }
}

TEST_CASE("cli: exit 2 for malformed input, exit 1 for refusals", "[cli]")
{
    CliCompany c;
    CHECK(c.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("A"),
                 QStringLiteral("--bogus"), QStringLiteral("1")})
              .exitCode
          == 2);
    CHECK(c.run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("abc")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("424242")}).exitCode == 1);
    auto badOrg = c.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("A"),
                         QStringLiteral("--orgnr"), QStringLiteral("923609017")});
    CHECK(badOrg.exitCode == 2);
    CHECK(badOrg.err.contains(QStringLiteral("MOD11")));
    CHECK(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("A"),
                 QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--price"), QStringLiteral("ti kroner")})
              .exitCode
          == 2);
    CHECK(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("A"),
                 QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--price"), QStringLiteral("10"),
                 QStringLiteral("--ean"), QStringLiteral("7038010069308")})
              .exitCode
          == 2);
    REQUIRE(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("A"),
                   QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--price"), QStringLiteral("10")})
                .exitCode
            == 0);
    CHECK(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("A"),
                 QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--price"), QStringLiteral("10")})
              .exitCode
          == 1);
    CHECK(c.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("stock.principle"), QStringLiteral("fifo")})
              .exitCode
          == 1);
    // Nothing above changed the file's customers.
    auto list = c.run({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
}

TEST_CASE("cli: products and bundles with JSON types of the contract", "[cli]")
{
    CliCompany c;
    REQUIRE(c.run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("KOPP"),
                   QStringLiteral("--name"), QStringLiteral("Kopp"), QStringLiteral("--price"), QStringLiteral("79"),
                   QStringLiteral("--vat"), QStringLiteral("25"), QStringLiteral("--ean"), QStringLiteral("7040514501016")})
                .exitCode
            == 0);
    auto food = c.run({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"),
                       QStringLiteral("KAFFE"), QStringLiteral("--name"), QStringLiteral("Kaffe"), QStringLiteral("--price"),
                       QStringLiteral("189.5"), QStringLiteral("--vat"), QStringLiteral("15")});
    REQUIRE(food.exitCode == 0);
    CHECK(obj(food.out)[QStringLiteral("sku")].toString() == QStringLiteral("KAFFE"));
    auto shown = obj(c.run({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("KAFFE")}).out);
    CHECK(shown[QStringLiteral("price")].toString() == QStringLiteral("189.50"));
    CHECK(shown[QStringLiteral("vat_code")].toString() == QStringLiteral("31"));
    REQUIRE(c.run({QStringLiteral("bundle"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("SETT"),
                   QStringLiteral("--name"), QStringLiteral("Sett"), QStringLiteral("--price"), QStringLiteral("250"),
                   QStringLiteral("--component"), QStringLiteral("KOPP:2"), QStringLiteral("--component"), QStringLiteral("KAFFE:1")})
                .exitCode
            == 0);
    auto bundle = obj(c.run({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("SETT")}).out);
    CHECK(bundle[QStringLiteral("bundle")].toBool());
    CHECK(bundle[QStringLiteral("components")].toArray().size() == 2);
    CHECK(bundle[QStringLiteral("components")].toArray()[0].toObject()[QStringLiteral("quantity")].toString() == QStringLiteral("2"));
    CHECK(c.run({QStringLiteral("product"), QStringLiteral("set"), QStringLiteral("KAFFE"), QStringLiteral("--price"), QStringLiteral("199")})
              .exitCode
          == 0);
    CHECK(obj(c.run({QStringLiteral("--json"), QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("KAFFE")}).out)
              [QStringLiteral("price")]
                  .toString()
          == QStringLiteral("199.00"));
}

TEST_CASE("cli: settings get/set, backup and the demo company", "[cli]")
{
    CliCompany c;
    auto set = c.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.bank_account"),
                      QStringLiteral("1503.00.00002")});
    REQUIRE(set.exitCode == 0);
    auto get = c.run({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.bank_account")});
    CHECK(obj(get.out)[QStringLiteral("value")].toString() == QStringLiteral("15030000002"));
    CHECK(c.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.kid"), QStringLiteral("mod12")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("series.order.next")}).out.trimmed()
          == QStringLiteral("1001"));
    const QString out = c.dir.filePath(QStringLiteral("backup.sdk"));
    REQUIRE(c.run({QStringLiteral("backup"), QStringLiteral("--out"), out}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--file"), out, QStringLiteral("check")}).exitCode == 0);
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("--out"), out}).exitCode == 1); // never overwrites

    const QString demo = c.dir.filePath(QStringLiteral("demo.sdk"));
    REQUIRE(runCli({QStringLiteral("--file"), demo, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    auto customers = runCli({QStringLiteral("--file"), demo, QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list")});
    CHECK(QJsonDocument::fromJson(customers.out.toUtf8()).array().size() >= 5);
    CHECK(runCli({QStringLiteral("--file"), demo, QStringLiteral("check")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--version")}).exitCode == 0);
}
