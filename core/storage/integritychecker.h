#pragma once

// IntegrityChecker: `salgsdesk-cli check`. Runs SQLite's integrity_check and foreign_key_check
// and then every invariant of ARCHITECTURE §2 that can be recomputed from the raw tables,
// independently of the code that wrote them. Each area registers its checks here.

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace sd::storage {

class Database;

struct Violation
{
    QString invariant; // short key: "integrity", "gapless.invoice", "stock.ledger" …
    QString message; // one sentence a bookkeeper can act on
};

class IntegrityChecker
{
public:
    explicit IntegrityChecker(Database& db)
        : m_db(db)
    {
    }
    // Violations found (empty = all good); an error only when the check itself could not run.
    Result<QList<Violation>> run(bool quick = false);

    // Extension point: a check appends violations.
    using Check = Result<void> (*)(Database& db, QList<Violation>& out);
    static void registerCheck(const char* name, Check check);

private:
    Database& m_db;
};

} // namespace sd::storage
