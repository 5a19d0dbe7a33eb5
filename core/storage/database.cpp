#include "database.h"

#include "common/appinfo.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlResult>
#include <QtEndian>

namespace sd::storage {

namespace {

// QSqlQuery::bindValue(int, …) names every positional value (":0", ":1", …) and files the name
// in a hash before storing the value (Qt 6.4, QSqlResultPrivate::fieldSerial): a QString and a
// hash look-up per value, 10 % of a batch's time with our 20- and 45-column inserts. A
// positional statement needs only the value list, which QSqlResult keeps for its driver as
// boundValues() — protected, reached through a member pointer formed in a derived class (the
// one access C++ grants for it). QSQLiteResult::exec binds exactly that list, in order.
struct BoundValues : QSqlResult
{
    static QVariantList& of(const QSqlResult* result)
    {
        constexpr auto list = &BoundValues::boundValues;
        return (result->*list)();
    }
};

QAtomicInt g_connectionCounter;

// POSIX advisory locks belong to the process and are all released when *any* descriptor of the
// file is closed (sqlite.org/howtocorrupt.html §2.2). Reading the header with QFile while this
// process has a connection open would drop that connection's locks; another program closing its
// connection would then believe it was the last, checkpoint and delete the WAL still in use here,
// and later commits would be lost. So the header is read only when no connection of this process
// has the file open (it was checked when the first one opened): the automatic backup opens a
// second connection in another thread, for example.
QMutex g_openMutex;
QHash<const void*, QString> g_openFiles; // connection → canonical path

bool isOpenInThisProcess(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QMutexLocker lock(&g_openMutex);
    return !canonical.isEmpty() && std::find(g_openFiles.cbegin(), g_openFiles.cend(), canonical) != g_openFiles.cend();
}

int sqliteBaseCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Whether a statement may change a table that Database::remembered() values are read from.
// Reads never do; writes to the document tables (the hot path of the services) never do; any
// other write might, so it is treated as one that does (forgetting too much only costs time).
bool forgetsLookups(const QString& sql)
{
    static const QStringList kDocumentTables = {
        QStringLiteral("documents"), QStringLiteral("document_lines"), QStringLiteral("document_relations"),
        QStringLiteral("activity_log"), QStringLiteral("stock_moves"), QStringLiteral("payments"),
        QStringLiteral("reminders"), QStringLiteral("attachments"), QStringLiteral("number_series")};
    const QStringList words = sql.simplified().section(u'(', 0, 0).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString verb = words.first().toUpper();
    if (verb == QStringLiteral("SELECT"))
        return false;
    if (verb != QStringLiteral("INSERT") && verb != QStringLiteral("UPDATE") && verb != QStringLiteral("DELETE")
        && verb != QStringLiteral("REPLACE"))
        return true; // WITH, VACUUM, PRAGMA…: not worth telling apart
    // The table follows INTO (INSERT [OR …] INTO t), UPDATE [OR …] t, or DELETE FROM t.
    QString table;
    for (int i = 1; i < words.size(); ++i) {
        const QString w = words.at(i).toUpper();
        if (w == QStringLiteral("OR")) {
            ++i; // the conflict clause's word
            continue;
        }
        if (w == QStringLiteral("INTO") || w == QStringLiteral("FROM"))
            continue;
        table = words.at(i);
        break;
    }
    return !kDocumentTables.contains(table);
}

} // namespace

Result<void> validateCompanyFileHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileMissing,
                         Database::tr("The company file “%1” does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io,
                         Database::tr("The company file “%1” cannot be read.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Database::tr("The company file “%1” cannot be read.").arg(path),
                         file.errorString());
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return makeError(ErrorCode::NotSalgsdeskFile,
                         Database::tr("“%1” is not a Salgsdesk company file.").arg(path));
    const auto damaged = [&](const QString& why) {
        return makeError(ErrorCode::FileCorrupt,
                         Database::tr("The company file “%1” is damaged and cannot be opened. "
                                      "Restore it from a backup.")
                             .arg(path),
                         why);
    };
    if (header.size() < 100)
        return damaged(QStringLiteral("header shorter than 100 bytes"));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("invalid page size"));
    if (size % pageSize != 0)
        return damaged(QStringLiteral("file size is not a multiple of the page size"));
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (changeCounter == validFor && pageCount > 0 && size < qint64(pageCount) * pageSize)
        return damaged(QStringLiteral("file is truncated: %1 of %2 pages")
                           .arg(size / pageSize)
                           .arg(pageCount));
    return {};
}

Database::~Database()
{
    clearLookups();
    m_literals.clear();
    m_cache.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    QMutexLocker lock(&g_openMutex);
    g_openFiles.remove(this);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path,
                                                           bool readOnly,
                                                           int busyTimeoutMs)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_readOnly = readOnly;
    db->m_busyTimeoutMs = busyTimeoutMs;
    db->m_connectionName = QStringLiteral("salgsdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return db->sqlError(db->m_db.lastError(), tr("Opening the company file"));
    QMutexLocker lock(&g_openMutex);
    g_openFiles.insert(db.get(), QFileInfo(path).canonicalFilePath());
    return db;
}

Result<void> Database::applyConnectionPragmas()
{
    SD_TRY(execRaw(QStringLiteral("PRAGMA foreign_keys = ON")));
    // FULL: a booked invoice is on disk when the call returns, even across a power cut.
    SD_TRY(execRaw(QStringLiteral("PRAGMA synchronous = FULL")));
    SD_TRY(execRaw(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs)));
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const OpenOptions& options)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Duplicate,
                         tr("The file “%1” already exists; choose another name.").arg(path));
    {
        // Owner-only permissions before SQLite writes anything: the file holds a business's books.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Io,
                             tr("The company file “%1” cannot be created.").arg(path),
                             file.errorString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    auto opened = openConnection(path, false, options.busyTimeoutMs);
    if (!opened) {
        QFile::remove(path);
        return opened.error();
    }
    auto& db = *opened;
    auto fail = [&](const Error& e) -> Result<std::unique_ptr<Database>> {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return e;
    };
    for (const auto* pragma : {"PRAGMA page_size = 4096", "PRAGMA journal_mode = WAL"}) {
        if (auto r = db->execRaw(QString::fromLatin1(pragma)); !r)
            return fail(r.error());
    }
    if (auto r = db->execRaw(QStringLiteral("PRAGMA application_id = %1").arg(appinfo::kApplicationId)); !r)
        return fail(r.error());
    if (auto r = db->applyConnectionPragmas(); !r)
        return fail(r.error());
    if (auto r = Migrator::migrate(*db, QString()); !r)
        return fail(r.error());
    return opened;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (!isOpenInThisProcess(path))
        SD_TRY(validateCompanyFileHeader(path));
    const QFileInfo info(path);
    const bool readOnly = options.readOnly || !info.isWritable()
                          || !QFileInfo(info.absolutePath()).isWritable();

    // Probe read-only first: nothing is written until we know it is our file and our version.
    int version = 0;
    {
        auto probe = openConnection(path, true, options.busyTimeoutMs);
        if (!probe)
            return probe.error();
        auto appId = (*probe)->scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId)
            return appId.error();
        if (appId->toInt() != appinfo::kApplicationId)
            return makeError(ErrorCode::NotSalgsdeskFile,
                             tr("“%1” is not a Salgsdesk company file.").arg(path));
        auto uv = (*probe)->scalar(QStringLiteral("PRAGMA user_version"));
        if (!uv)
            return uv.error();
        version = uv->toInt();
        // Reading the schema catches most damage that the header check cannot see.
        auto tables = (*probe)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return tables.error();
    }
    if (version > Migrator::latestVersion())
        return makeError(ErrorCode::NewerVersion,
                         tr("The company file “%1” was made by a newer version of Salgsdesk "
                            "(file version %2, this program understands up to %3). "
                            "Update Salgsdesk to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(Migrator::latestVersion()));
    if (version < Migrator::latestVersion() && (readOnly || !options.migrate))
        return makeError(ErrorCode::ReadOnly,
                         tr("The company file “%1” must be upgraded to this version of "
                            "Salgsdesk, but it is read-only.")
                             .arg(path));

    auto opened = openConnection(path, readOnly, options.busyTimeoutMs);
    if (!opened)
        return opened.error();
    auto& db = *opened;
    if (!readOnly)
        SD_TRY(db->applyConnectionPragmas());
    else
        SD_TRY(db->execRaw(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)));
    if (version < Migrator::latestVersion())
        SD_TRY(Migrator::migrate(*db, backups::defaultDirectory(path)));
    return opened;
}

int Database::schemaVersion() const
{
    auto self = const_cast<Database*>(this);
    auto r = self->scalar(QStringLiteral("PRAGMA user_version"));
    return r ? r->toInt() : -1;
}

Result<Database::Prepared*> Database::cached(const QString& sql, bool raw)
{
    // Nearly every statement is a QStringLiteral: its text is static data (no header, so not
    // "mutable") at an address no other text ever has. Finding those by address skips hashing
    // the whole text — hundreds of characters — on every call (2 % of a batch's time).
    const bool literal = !sql.data_ptr().isMutable();
    if (literal) {
        if (const auto hit = m_literals.find(sql.constData()); hit != m_literals.end()) {
            Q_ASSERT(hit->second->first == sql);
            return &hit->second->second;
        }
    }
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(q->lastError(), sql);
        // Decided once per statement text: run() is the hot path of batch mode.
        const bool forgets = raw ? !opensOrReleases(sql) : forgetsLookups(sql);
        it = m_cache.emplace(sql, Prepared{std::move(q), forgets}).first;
    }
    if (literal)
        m_literals.emplace(sql.constData(), &*it); // unordered_map nodes never move
    return &it->second;
}

Result<Rows> Database::run(const QString& sql, const QVariantList& values)
{
    auto prepared = cached(sql, false);
    if (!prepared)
        return prepared.error();
    if ((*prepared)->forgetsLookups)
        clearLookups();
    QSqlQuery* q = (*prepared)->query.get();
    QVariantList& bound = BoundValues::of(q->result());
    bound = values; // shares the caller's list; written to only for a null string below
    for (qsizetype i = 0; i < bound.size(); ++i) {
        const QVariant& v = std::as_const(bound)[i];
        // QtSql binds a null QString as SQL NULL; our text columns mean "" by an empty string.
        if (v.typeId() == QMetaType::QString && static_cast<const QString*>(v.constData())->isNull())
            bound[i] = QVariant(QStringLiteral(""));
    }
    if (!q->exec()) {
        Error e = sqlError(q->lastError(), sql);
        q->finish();
        return e;
    }
    return Rows(q);
}

bool Database::hasSearchQueue()
{
    if (!m_hasSearchQueue) {
        auto found = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                           "AND name = 'document_search_pending'"),
            {}, 0);
        if (!found)
            return false; // asked again next time
        m_hasSearchQueue = found->toInt() > 0;
    }
    return *m_hasSearchQueue;
}

std::shared_ptr<const void> Database::remembered(Lookup kind, qint64 key) const
{
    if (m_txDepth == 0 || m_readOnly)
        return {};
    return m_lookups.value(qMakePair(int(kind), key));
}

void Database::remember(Lookup kind, qint64 key, std::shared_ptr<const void> value)
{
    if (m_txDepth == 0 || m_readOnly)
        return;
    m_lookups.insert(qMakePair(int(kind), key), std::move(value));
    if (kind == Lookup::Document && !m_rememberedDocuments.contains(key)) {
        m_rememberedDocuments << key;
        if (m_rememberedDocuments.size() > kRememberedDocuments)
            m_lookups.remove(qMakePair(int(Lookup::Document), m_rememberedDocuments.takeFirst()));
    }
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values, const QVariant& fallback)
{
    auto rows = run(sql, values);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return fallback;
    return rows->value(0);
}

Result<void> Database::execRaw(const QString& sql)
{
    // Opening a transaction or savepoint, or releasing one, changes no data; anything else
    // raw (COMMIT, ROLLBACK, DDL, PRAGMA) may end the write lock or change tables.
    const bool opensOrReleases = Database::opensOrReleases(sql);
    if (!opensOrReleases)
        clearLookups();
    if (opensOrReleases || sql.startsWith(QStringLiteral("ROLLBACK TO "))) {
        // Batch mode runs a SAVEPOINT and a RELEASE for every service call; preparing them
        // afresh each time cost as much as a small insert (issue 9). Savepoint names are per
        // nesting depth (Transaction), so a handful of texts stay prepared.
        auto prepared = cached(sql, true);
        if (!prepared)
            return prepared.error();
        QSqlQuery* q = (*prepared)->query.get();
        const bool ok = q->exec();
        const QSqlError error = q->lastError();
        q->finish();
        if (!ok)
            return sqlError(error, sql);
        return {};
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql);
    return {};
}

Error Database::sqlError(const QSqlError& error, const QString& context) const
{
    const QString detail = context.isEmpty() ? error.text()
                                             : context + QStringLiteral(": ") + error.text();
    const QString text = error.databaseText();
    switch (sqliteBaseCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Busy,
                         tr("The company file is in use by another program (it stayed busy for "
                            "%1 seconds). Try again when that program has finished.")
                             .arg(m_busyTimeoutMs / 1000.0, 0, 'f', 1),
                         detail);
    case 8: // SQLITE_READONLY
        return makeError(ErrorCode::ReadOnly,
                         tr("The company file is read-only; nothing can be changed."), detail);
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::Io,
                         tr("The disk is full; the change was not saved. Free some space and try "
                            "again."),
                         detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::FileCorrupt,
                         tr("The company file “%1” is damaged. Restore it from a backup.").arg(m_path),
                         detail);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return makeError(ErrorCode::Io,
                         tr("The company file “%1” could not be read or written.").arg(m_path),
                         detail);
    case 19: // SQLITE_CONSTRAINT: our triggers raise ABORT with a sentence of their own
        if (text.contains(QStringLiteral("booked")))
            return makeError(ErrorCode::Immutable,
                             tr("A booked document cannot be changed; use a credit note."), detail);
        return makeError(ErrorCode::RuleViolation,
                         tr("The change breaks a rule of the company file and was not saved."),
                         detail);
    default:
        return makeError(ErrorCode::Io, tr("A database operation failed."), detail);
    }
}

Result<void> Database::backupTo(const QString& targetPath)
{
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorCode::Duplicate,
                         tr("The file “%1” already exists; choose another name.").arg(targetPath));
    const QString dir = QFileInfo(targetPath).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("The folder “%1” cannot be created.").arg(dir));
    auto r = run(QStringLiteral("VACUUM INTO ?"), {QDir::toNativeSeparators(targetPath)});
    if (!r) {
        QFile::remove(targetPath);
        Error e = r.error();
        e.message = tr("The backup “%1” could not be written: %2").arg(targetPath, e.message);
        return e;
    }
    QFile::setPermissions(targetPath, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace sd::storage
