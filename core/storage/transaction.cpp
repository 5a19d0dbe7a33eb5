#include "transaction.h"

#include "database.h"
#include "searchindex.h"

namespace sd::storage {

namespace {
Transaction::Hook g_beforeCommitHook = nullptr;
}

void Transaction::setBeforeCommitHook(Hook hook)
{
    g_beforeCommitHook = hook;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (m_db.isReadOnly())
        return makeError(ErrorCode::ReadOnly,
                         Database::tr("The company file “%1” is open read-only; nothing can be "
                                      "changed.")
                             .arg(m_db.path()));
    if (m_db.m_txDepth == 0) {
        SD_TRY(m_db.execRaw(QStringLiteral("BEGIN IMMEDIATE")));
        m_db.m_sharedCallFailed = false;
    } else if (m_db.m_txDepth == 1 && m_db.m_callsWithoutSavepoints) {
        m_shared = true; // a call of an all-or-nothing batch: its undo is the batch's ROLLBACK
    } else {
        // Named by depth, not by a running counter: the same few statements stay prepared
        // (Database::execRaw), and ROLLBACK TO / RELEASE find the innermost savepoint of the name.
        m_savepoint = QStringLiteral("sp%1").arg(m_db.m_txDepth);
        SD_TRY(m_db.execRaw(QStringLiteral("SAVEPOINT ") + m_savepoint));
    }
    ++m_db.m_txDepth;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    if (m_shared) {
        --m_db.m_txDepth;
        m_active = false;
        return {};
    }
    if (m_savepoint.isEmpty()) {
        if (m_db.m_sharedCallFailed) {
            rollback();
            return makeError(ErrorCode::InvalidState,
                             Database::tr("A step of this batch failed, so none of its changes since the last "
                                          "save were kept."));
        }
        // The documents changed in this transaction get their full-text rows now, inside it:
        // a crash before COMMIT loses them together with the change.
        if (auto r = SearchIndex(m_db).flush(); !r) {
            rollback();
            return r;
        }
        if (g_beforeCommitHook)
            g_beforeCommitHook();
        if (auto r = m_db.execRaw(QStringLiteral("COMMIT")); !r) {
            rollback();
            return r;
        }
    } else if (auto r = m_db.execRaw(QStringLiteral("RELEASE ") + m_savepoint); !r) {
        rollback();
        return r;
    }
    --m_db.m_txDepth;
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_shared) {
        // Nothing to undo it with: the batch's transaction may no longer commit. What this call
        // left in the remembered lookups is forgotten, as a ROLLBACK TO would have it.
        m_db.m_sharedCallFailed = true;
        m_db.forgetLookups();
    } else if (m_savepoint.isEmpty()) {
        (void)m_db.execRaw(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.execRaw(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.execRaw(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --m_db.m_txDepth;
    m_active = false;
}

} // namespace sd::storage
