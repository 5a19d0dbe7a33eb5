#pragma once

// Batch: batch mode for the services — many service calls in one outer transaction. What batch
// mode saves is the commit per call: with synchronous=FULL every COMMIT syncs the WAL to disk,
// which costs far more than the call. A failed call is handled one of two ways:
//   * Calls::EachAtomic — each service call's own Transaction becomes a SAVEPOINT inside the
//     batch, so a call that fails rolls back exactly its own changes and the calls before it
//     are kept;
//   * Calls::AllOrNothing — the calls share the batch's transaction without savepoints; a call
//     that fails fails the batch: the next commit (step, checkpoint, commit) rolls back
//     everything since the last commit and returns an error. For work that is undone as a whole
//     anyway — an import, the generator — this is the cheaper mode: a savepoint makes SQLite copy
//     every page a call touches into a sub-journal first (≈ 12 % of the generator's work).
//
// This is the mode CSV import and the dataset generator (tests/bench) use. `step()` counts
// operations and commits every `commitEvery` of them (then opens the next outer transaction),
// so the WAL and the memory a transaction holds stay bounded on very long runs. Work since the
// last commit is rolled back when the Batch is destroyed without `commit()`.
//
// Like Transaction, a Batch belongs to core/services: front ends ask a service for a batch
// operation (import), tools in tests/ may hold one directly.

#include "common/result.h"
#include "storage/transaction.h"

#include <optional>

namespace sd {

namespace storage {
class Database;
}

class Batch
{
public:
    static constexpr int kDefaultCommitEvery = 1000;
    enum class Calls { EachAtomic, AllOrNothing };

    explicit Batch(storage::Database& db, int commitEvery = kDefaultCommitEvery, Calls calls = Calls::EachAtomic);
    ~Batch(); // rolls back what was not committed
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    // Opens the outer transaction (BEGIN IMMEDIATE). Refused inside another transaction: a
    // batch is always the outermost one, or its periodic commits would not reach the disk.
    Result<void> begin();
    // Counts one operation; every `commitEvery` operations commits and begins again.
    Result<void> step();
    // Commits now and begins the next outer transaction (a checkpoint the caller chooses).
    Result<void> checkpoint();
    // Commits and ends the batch.
    Result<void> commit();
    // Rolls back what happened since the last commit and ends the batch.
    void rollback();

    bool isActive() const { return m_tx.has_value(); }
    qint64 operations() const { return m_operations; }
    qint64 commits() const { return m_commits; }

private:
    Result<void> commitCurrent();
    void growPageCache();
    void restorePageCache();

    storage::Database& m_db;
    int m_commitEvery;
    Calls m_calls;
    int m_sinceCommit = 0;
    qint64 m_operations = 0;
    qint64 m_commits = 0;
    // std::optional because a Transaction is neither copyable nor movable; one per outer span.
    std::optional<storage::Transaction> m_tx;
    std::optional<qint64> m_savedCacheSize; // the connection's page cache before the batch
    int m_savedTempStore = 0; // and its temp_store (0 = default)
};

} // namespace sd
