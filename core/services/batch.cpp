#include "batch.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace sd {

Batch::Batch(storage::Database& db, int commitEvery)
    : m_db(db)
    , m_commitEvery(qMax(1, commitEvery))
{
}

Batch::~Batch()
{
    rollback();
}

Result<void> Batch::begin()
{
    if (m_tx)
        return {};
    if (m_db.transactionDepth() > 0)
        return makeError(ErrorCode::InvalidState,
            QCoreApplication::translate(
                "sd::Batch", "A batch cannot start inside another transaction."));
    m_tx.emplace(m_db);
    if (auto r = m_tx->begin(); !r) {
        m_tx.reset();
        return r;
    }
    m_sinceCommit = 0;
    return {};
}

Result<void> Batch::commitCurrent()
{
    if (!m_tx)
        return {};
    auto r = m_tx->commit(); // a failed commit has rolled back already
    m_tx.reset();
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
    return commitCurrent();
}

void Batch::rollback()
{
    if (!m_tx)
        return;
    m_tx->rollback();
    m_tx.reset();
    m_sinceCommit = 0;
}

} // namespace sd
