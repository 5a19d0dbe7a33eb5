#include "batch.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace sd {

Batch::Batch(storage::Database& db, int commitEvery, Calls calls)
    : m_db(db)
    , m_commitEvery(qMax(1, commitEvery))
    , m_calls(calls)
{
}

Batch::~Batch()
{
    rollback();
}

// A batch holds the changes of up to `commitEvery` operations in one transaction: with
// SQLite's default page cache (2 MB) they no longer fit, pages spill into the WAL mid-
// transaction and index pages are read again and again (issue 9). For the batch's lifetime
// the connection gets a larger cache; it is given back at the end, so the program's memory
// stays as it was after an import.
//
// Each call in a batch is a SAVEPOINT, and SQLite keeps the original of every page a savepoint
// changes in a sub-journal, a temporary file once it outgrows 64 KiB: most calls do, so batch
// mode wrote ≈ 120 pages to a temporary file per generated document (strace), a fifth of the
// generator's time in the kernel (issue 9). With temp_store = MEMORY the sub-journal stays in
// memory; it is emptied at every RELEASE, so it holds one call's pages at most.
void Batch::growPageCache()
{
    if (m_savedCacheSize)
        return;
    auto size = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    auto tempStore = m_db.scalar(QStringLiteral("PRAGMA temp_store"));
    if (!size || !tempStore)
        return; // only an optimisation
    m_savedCacheSize = size->toLongLong();
    m_savedTempStore = tempStore->toInt();
    (void)m_db.execRaw(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
    (void)m_db.execRaw(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Batch::restorePageCache()
{
    if (!m_savedCacheSize)
        return;
    (void)m_db.execRaw(QStringLiteral("PRAGMA cache_size = %1").arg(*m_savedCacheSize));
    (void)m_db.execRaw(QStringLiteral("PRAGMA temp_store = %1").arg(m_savedTempStore));
    m_savedCacheSize.reset();
}

Result<void> Batch::begin()
{
    if (m_tx)
        return {};
    if (m_db.transactionDepth() > 0)
        return makeError(ErrorCode::InvalidState,
            QCoreApplication::translate(
                "sd::Batch", "A batch cannot start inside another transaction."));
    growPageCache();
    m_tx.emplace(m_db);
    if (auto r = m_tx->begin(); !r) {
        m_tx.reset();
        return r;
    }
    m_db.setCallsWithoutSavepoints(m_calls == Calls::AllOrNothing);
    m_sinceCommit = 0;
    return {};
}

Result<void> Batch::commitCurrent()
{
    if (!m_tx)
        return {};
    auto r = m_tx->commit(); // a failed commit has rolled back already
    m_tx.reset();
    m_db.setCallsWithoutSavepoints(false);
    if (!r)
        return r;
    ++m_commits;
    m_sinceCommit = 0;
    return {};
}

Result<void> Batch::step()
{
    ++m_operations;
    if (++m_sinceCommit < m_commitEvery || !m_tx)
        return {};
    return checkpoint();
}

Result<void> Batch::checkpoint()
{
    SD_TRY(commitCurrent());
    return begin();
}

Result<void> Batch::commit()
{
    auto r = commitCurrent();
    restorePageCache();
    return r;
}

void Batch::rollback()
{
    if (m_tx) {
        m_tx->rollback();
        m_tx.reset();
        m_db.setCallsWithoutSavepoints(false);
        m_sinceCommit = 0;
    }
    restorePageCache();
}

} // namespace sd
