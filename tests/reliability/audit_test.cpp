// Audit trail (issue 10): booked documents, payments and stock movements record who and when,
// and the history of a booked document cannot be edited or deleted, not even with raw SQL on
// the file (the triggers of schema versions 2 and 5).

#include "common/clock.h"
#include "services/companyservice.h"
#include "support/shop.h"

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using sd::test::Shop;

namespace {

struct UserGuard
{
    explicit UserGuard(const char* user) { qputenv("SALGSDESK_USER", user); }
    ~UserGuard() { qunsetenv("SALGSDESK_USER"); }
};

// Every row of `sql` has a non-empty who and a when that parses and is not in the future.
void requireWhoAndWhen(Database& db, const char* sql, const QString& who)
{
    auto rows = db.run(QString::fromLatin1(sql));
    REQUIRE(rows);
    int n = 0;
    const QDateTime now = Clock::instance().now().addSecs(1);
    while (rows->next()) {
        ++n;
        INFO(sql << " row " << n);
        CHECK(rows->str(0) == who);
        const QDateTime at = QDateTime::fromString(rows->str(1), Qt::ISODateWithMs);
        REQUIRE(at.isValid());
        CHECK(at <= now);
    }
    CHECK(n > 0);
}

// Books an invoice dated two months ago and reminds it (only overdue invoices are reminded).
void remindOverdue(Shop& s)
{
    const qint64 id = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.addLine(id, Shop::product("KOPP", 1)));
    BookOptions old;
    old.date = Clock::instance().today().addDays(-60);
    const qint64 number = s.sales.book(id, old).value();
    auto r = s.sales.remind(number);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r);
}

} // namespace

TEST_CASE("booked documents, payments, stock moves and the log record who and when", "[reliability][audit]")
{
    UserGuard user("kari.nordmann");
    Shop s;
    const auto ids = s.flow();
    REQUIRE(s.sales.registerPayment(1001, Money::fromMinor(10000)));
    remindOverdue(s);
    Database& db = *s.c.db;
    requireWhoAndWhen(db, "SELECT booked_by, booked_at FROM documents WHERE status = 'booked'", QStringLiteral("kari.nordmann"));
    requireWhoAndWhen(db, "SELECT created_by, created_at FROM payments", QStringLiteral("kari.nordmann"));
    requireWhoAndWhen(db, "SELECT created_by, created_at FROM reminders", QStringLiteral("kari.nordmann"));
    requireWhoAndWhen(db, "SELECT created_by, created_at FROM stock_moves WHERE document_id IS NOT NULL",
                      QStringLiteral("kari.nordmann"));
    requireWhoAndWhen(db, "SELECT user, at FROM activity_log", QStringLiteral("kari.nordmann"));
    // The document views show it too.
    CHECK(s.v(ids.invoice).document.bookedBy == QStringLiteral("kari.nordmann"));
    auto log = s.sales.activity(ids.invoice);
    REQUIRE(log);
    CHECK_FALSE(log->isEmpty());
}

TEST_CASE("the CLI records the user it runs as", "[reliability][audit]")
{
    Shop s;
    const qint64 id = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.addLine(id, Shop::product("KOPP", 1)));
    auto r = sd::test::runCli({QStringLiteral("--file"), s.c.path, QStringLiteral("invoice"), QStringLiteral("book"),
                               QString::number(id)},
                              {}, {QStringLiteral("SALGSDESK_USER=ola@lager")});
    REQUIRE(r.exitCode == 0);
    CHECK(s.v(id).document.bookedBy == QStringLiteral("ola@lager"));
}

TEST_CASE("the history of a booked document cannot be edited or deleted", "[reliability][audit]")
{
    Shop s;
    const auto ids = s.flow();
    REQUIRE(s.sales.registerPayment(1001, Money::fromMinor(10000)));
    remindOverdue(s);
    Database& db = *s.c.db;
    const auto logCount = [&] { return db.scalar(QStringLiteral("SELECT count(*) FROM activity_log")).value().toInt(); };
    const int before = logCount();

    const QString invoice = QString::number(ids.invoice);
    for (const QString& sql :
         {QStringLiteral("UPDATE activity_log SET text = 'nothing happened' WHERE document_id = ") + invoice,
          QStringLiteral("UPDATE activity_log SET user = 'someone else'"),
          QStringLiteral("DELETE FROM activity_log WHERE document_id = ") + invoice,
          QStringLiteral("DELETE FROM activity_log WHERE document_id = ") + QString::number(ids.creditNote),
          QStringLiteral("UPDATE payments SET amount = 1"),
          QStringLiteral("DELETE FROM payments"),
          QStringLiteral("DELETE FROM reminders"),
          QStringLiteral("UPDATE stock_moves SET created_by = 'x'"),
          QStringLiteral("DELETE FROM stock_moves"),
          QStringLiteral("UPDATE documents SET booked_at = '2000-01-01T00:00:00' WHERE id = ") + invoice}) {
        INFO(sql.toStdString());
        auto r = db.run(sql);
        REQUIRE_FALSE(r);
        CHECK((r.error().code == ErrorCode::Immutable || r.error().code == ErrorCode::RuleViolation));
    }
    CHECK(logCount() == before);
    CHECK(CompanyService(db).check().value().isEmpty());

    // A draft has no legal weight: deleting it takes its log with it.
    const qint64 draft = s.sales.create(DocumentType::Invoice, 10001).value();
    REQUIRE(s.sales.comment(draft, QStringLiteral("utkast")));
    REQUIRE(s.sales.deleteDraft(draft));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE document_id = ?"), {draft}).value().toInt() == 0);
}
