#include "integritychecker.h"

#include "database.h"
#include "documentchecks.h"

#include <QCoreApplication>

namespace sd::storage {

namespace {

struct Registered
{
    const char* name;
    IntegrityChecker::Check check;
};

QList<Registered>& registry()
{
    static QList<Registered> list;
    return list;
}

// Master-data invariants of the foundation.
Result<void> checkSeries(Database& db, QList<Violation>& out)
{
    auto rows = db.run(QStringLiteral("SELECT series, next FROM number_series"));
    if (!rows)
        return rows.error();
    int count = 0;
    while (rows->next()) {
        ++count;
        if (rows->i64(1) < 1)
            out << Violation{QStringLiteral("series"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "The number series “%1” has an invalid next number.").arg(rows->str(0))};
    }
    if (count == 0)
        out << Violation{QStringLiteral("series"), QCoreApplication::translate("sd::storage::IntegrityChecker", "The number series are missing.")};
    return {};
}

Result<void> checkSettings(Database& db, QList<Violation>& out)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'stock.principle'"));
    if (!v)
        return v.error();
    if (v->isNull() || (v->toString() != QStringLiteral("fifo") && v->toString() != QStringLiteral("average")))
        out << Violation{QStringLiteral("settings"), QCoreApplication::translate("sd::storage::IntegrityChecker", "The stock principle is missing or invalid.")};
    auto name = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'"));
    if (!name)
        return name.error();
    if (name->toString().trimmed().isEmpty())
        out << Violation{QStringLiteral("settings"), QCoreApplication::translate("sd::storage::IntegrityChecker", "The company name is missing.")};
    return {};
}

Result<void> checkCustomerNumbers(Database& db, QList<Violation>& out)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE number >= "
                                      "(SELECT next FROM number_series WHERE series = 'customer')"));
    if (!v)
        return v.error();
    if (v->toLongLong() > 0)
        out << Violation{QStringLiteral("series.customer"),
                         QCoreApplication::translate("sd::storage::IntegrityChecker", "Customer numbers exist at or above the next customer number.")};
    return {};
}

Result<void> checkBundles(Database& db, QList<Violation>& out)
{
    auto v = db.scalar(QStringLiteral(
        "SELECT count(*) FROM products p WHERE p.is_bundle = 1 AND NOT EXISTS "
        "(SELECT 1 FROM bundle_components c WHERE c.bundle_id = p.id)"));
    if (!v)
        return v.error();
    if (v->toLongLong() > 0)
        out << Violation{QStringLiteral("bundles"), QCoreApplication::translate("sd::storage::IntegrityChecker", "A bundle has no components.")};
    return {};
}

// Documents queue for the full-text index inside the transaction that changes them and leave
// the queue before it commits (storage/searchindex.h): a queued document in a file at rest was
// written around the services.
Result<void> checkSearchQueue(Database& db, QList<Violation>& out)
{
    if (!db.hasSearchQueue())
        return {};
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM document_search_pending"));
    if (!v)
        return v.error();
    if (v->toLongLong() > 0)
        out << Violation{QStringLiteral("search.index"),
                         QCoreApplication::translate("sd::storage::IntegrityChecker",
                             "%n document(s) changed outside Salgsdesk wait to be indexed for search.", "",
                             int(v->toLongLong()))};
    return {};
}

} // namespace

void IntegrityChecker::registerCheck(const char* name, Check check)
{
    for (const auto& r : registry())
        if (qstrcmp(r.name, name) == 0)
            return;
    registry().append({name, check});
}

Result<QList<Violation>> IntegrityChecker::run(bool quick)
{
    QList<Violation> out;
    {
        auto rows = m_db.run(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            if (rows->str(0) != QStringLiteral("ok"))
                out << Violation{QStringLiteral("integrity"), rows->str(0)};
        }
    }
    {
        auto rows = m_db.run(QStringLiteral("PRAGMA foreign_key_check"));
        if (!rows)
            return rows.error();
        while (rows->next())
            out << Violation{QStringLiteral("foreign_keys"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "A row in “%1” refers to a missing row in “%2”.").arg(rows->str(0), rows->str(2))};
    }
    SD_TRY(checkSeries(m_db, out));
    SD_TRY(checkSettings(m_db, out));
    SD_TRY(checkCustomerNumbers(m_db, out));
    SD_TRY(checkBundles(m_db, out));
    SD_TRY(checkGaplessNumbers(m_db, out));
    SD_TRY(checkImmutabilityGuards(m_db, out));
    SD_TRY(checkDocumentTotals(m_db, out));
    SD_TRY(checkQuantities(m_db, out));
    SD_TRY(checkStockLedger(m_db, out));
    SD_TRY(checkSearchQueue(m_db, out));
    for (const auto& r : registry())
        SD_TRY(r.check(m_db, out));
    return out;
}

} // namespace sd::storage
