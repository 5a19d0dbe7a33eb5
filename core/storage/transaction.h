#pragma once

// Transaction: RAII write transaction (KMyMoney MyMoneyFileTransaction style). begin() starts
// BEGIN IMMEDIATE, so a second writer waits up to the busy timeout and then gets a clear
// "file is busy" error instead of failing halfway. Nested transactions become SAVEPOINTs, which
// is how batch mode (many service calls in one transaction) works — except directly inside an
// all-or-nothing batch, where a call shares the batch's transaction and a failed call fails the
// batch. The destructor rolls back unless commit() succeeded. Only core/services opens
// transactions.

#include "common/result.h"

#include <QString>

namespace sd::storage {

class Database;

class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Test seam for the crash-injection test: called inside every outermost transaction just
    // before COMMIT. The kill test pauses or signals here so its SIGKILL lands mid-transaction.
    using Hook = void (*)();
    static void setBeforeCommitHook(Hook hook);

private:
    Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_shared = false; // runs in the outer transaction without a savepoint (Database::setCallsWithoutSavepoints)
    bool m_active = false;
};

} // namespace sd::storage
