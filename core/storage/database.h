#pragma once

// Database: one open company file (.sdk, SQLite through QtSql). The only owner of a
// QSqlDatabase connection; repositories borrow it. Opening validates the file before anything
// could write to it, so a refused file stays byte-for-byte unchanged.

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

class QSqlError;

namespace sd::storage {

// The rows of one executed statement. Finishes the statement when destroyed, so no idle
// statement keeps an old read snapshot open (with WAL that would hide other programs' writes).
class Rows
{
public:
    explicit Rows(QSqlQuery* query)
        : m_query(query)
    {
    }
    Rows(Rows&& other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
    {
    }
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    Rows& operator=(Rows&&) = delete;
    ~Rows()
    {
        if (m_query)
            m_query->finish();
    }

    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    qint64 i64(int i) const { return m_query->value(i).toLongLong(); }
    int i32(int i) const { return m_query->value(i).toInt(); }
    QString str(int i) const { return m_query->value(i).toString(); }
    bool isNull(int i) const { return m_query->isNull(i); }
    bool flag(int i) const { return m_query->value(i).toLongLong() != 0; }
    int columnCount() const { return m_query->record().count(); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlQuery* m_query;
};

struct OpenOptions
{
    bool readOnly = false; // open read-only even if the file is writable
    int busyTimeoutMs = 5000; // how long a write waits for another program's transaction
    bool migrate = true; // upgrade an older schema (after a backup)
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new, empty company file with the current schema. Refuses an existing path.
    // The file is created with owner-only permissions.
    static Result<std::unique_ptr<Database>> create(const QString& path,
                                                   const OpenOptions& options = {});
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                 const OpenOptions& options = {});

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QSqlDatabase connection() const { return m_db; }

    // Prepare (cached per connection), bind positional values, exec. All SQL in Salgsdesk is
    // parameterised through here.
    Result<Rows> run(const QString& sql, const QVariantList& values = {});
    // Convenience: the first column of the first row, or `fallback` when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {},
                            const QVariant& fallback = {});
    // A statement without parameters (PRAGMA, DDL, BEGIN).
    Result<void> execRaw(const QString& sql);

    // Maps a QtSql error to a typed, translated Error (busy, read-only, full, corrupt…).
    Error sqlError(const QSqlError& error, const QString& context = {}) const;

    // Consistent copy of the whole file (VACUUM INTO), safe while others read and write.
    Result<void> backupTo(const QString& targetPath);

    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    // Whether the file queues changed documents for the full-text index (schema 9,
    // storage/searchindex.h). Asked once per connection; a schema change asks again.
    bool hasSearchQueue();
    void forgetSchemaFacts() { m_hasSearchQueue.reset(); }
    int transactionDepth() const { return m_txDepth; }
    // All-or-nothing batches (services/batch.h): while on, the transactions opened directly
    // inside the current outermost one run without a SAVEPOINT of their own. Saving what a call
    // changed so it alone can be undone is most of what a call costs SQLite beyond its writes
    // (the sub-journal: every page a call touches copied once more); a batch that is undone as
    // a whole does not need it. A call that fails instead marks the outer transaction failed,
    // and its commit then rolls everything back (Transaction).
    void setCallsWithoutSavepoints(bool on) { m_callsWithoutSavepoints = on; }

    // Master-data lookups (settings, VAT codes, products) asked for again and again by the
    // services, hundreds of times per second in batch mode (issue 9). A remembered value is
    // only handed out inside a write transaction — no other program can write while we hold
    // the write lock — and everything is forgotten when the outermost transaction ends, when a
    // savepoint rolls back, on any raw statement (DDL, PRAGMA) and on any write through run()
    // to a table other than the document tables. So a lookup can never be staler than the file.
    //
    // Documents (Lookup::Document, DocumentRepository) are remembered as last read or written
    // in the transaction and forgotten by every write to them; only the latest
    // kRememberedDocuments are kept.
    enum class Lookup { Settings, VatCodes, Product, ProductBySku, CustomerByNumber, CustomerById, Document };
    static constexpr int kRememberedDocuments = 64;
    std::shared_ptr<const void> remembered(Lookup kind, qint64 key = 0) const;
    void remember(Lookup kind, qint64 key, std::shared_ptr<const void> value);
    void forget(Lookup kind, qint64 key) { m_lookups.remove(qMakePair(int(kind), key)); }
    void forgetLookups() { clearLookups(); }

private:
    friend class Transaction;
    Database() = default;
    static Result<std::unique_ptr<Database>> openConnection(const QString& path,
                                                           bool readOnly,
                                                           int busyTimeoutMs);
    Result<void> applyConnectionPragmas();
    void clearLookups()
    {
        m_lookups.clear();
        m_rememberedDocuments.clear();
    }

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_busyTimeoutMs = 5000;
    int m_txDepth = 0;
    bool m_callsWithoutSavepoints = false;
    // A call without savepoint failed: the outer transaction must not commit. Cleared by the
    // next BEGIN, the only place a new outer transaction starts.
    bool m_sharedCallFailed = false;
    struct Prepared
    {
        std::unique_ptr<QSqlQuery> query;
        bool forgetsLookups = false; // writes a table a remembered lookup may come from
    };
    std::unordered_map<QString, Prepared> m_cache;
    // The same entries by the address of a QStringLiteral's text (see cached()).
    std::unordered_map<const QChar*, std::pair<const QString, Prepared>*> m_literals;
    // The prepared statement for `sql`, prepared and kept on first use; `raw`: for execRaw.
    Result<Prepared*> cached(const QString& sql, bool raw);
    static bool opensOrReleases(const QString& sql)
    {
        return sql.startsWith(QStringLiteral("SAVEPOINT ")) || sql.startsWith(QStringLiteral("RELEASE "));
    }
    std::optional<bool> m_hasSearchQueue;
    QHash<QPair<int, qint64>, std::shared_ptr<const void>> m_lookups;
    QList<qint64> m_rememberedDocuments; // oldest first, to keep their number bounded
};

// Checks the first bytes of a file before SQLite touches it: existence, SQLite header,
// truncation. Exposed for the backup preview and tests.
Result<void> validateCompanyFileHeader(const QString& path);

} // namespace sd::storage
