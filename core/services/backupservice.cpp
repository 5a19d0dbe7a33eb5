#include "backupservice.h"

#include "common/clock.h"
#include "services/companyservice.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

namespace sd {

namespace {

constexpr auto kStampFormat = "yyyyMMdd-HHmmss-zzz";
constexpr int kStampLength = 19;

// Backups of `companyFile` in `dir` are "<base>-<stamp>-<reason>.sdk" (backups::makeRotating).
QStringList backupNames(const QString& companyFile, const QString& dir)
{
    const QString prefix = QFileInfo(companyFile).completeBaseName() + u'-';
    static const QRegularExpression stamp(QStringLiteral("^\\d{8}-\\d{6}-\\d{3}-"));
    QStringList out;
    const QStringList names = QDir(dir).entryList({prefix + QStringLiteral("*.sdk")}, QDir::Files, QDir::Name);
    for (const QString& n : names)
        if (stamp.match(n.mid(prefix.size())).hasMatch())
            out << n;
    return out;
}

QString stampOf(const QString& companyFile, const QString& name)
{
    return name.mid(QFileInfo(companyFile).completeBaseName().size() + 1, kStampLength);
}

QString reasonOf(const QString& companyFile, const QString& name)
{
    return name.mid(QFileInfo(companyFile).completeBaseName().size() + 1 + kStampLength + 1).chopped(4);
}

QString newBackupPath(const QString& companyFile, const QString& reason)
{
    const QString stamp = Clock::instance().now().toString(QString::fromLatin1(kStampFormat));
    return storage::backups::defaultDirectory(companyFile) + u'/' + QFileInfo(companyFile).completeBaseName() + u'-'
           + stamp + u'-' + reason + QStringLiteral(".sdk");
}

QDateTime lastBackupOf(const QString& companyFile, const QString& reason)
{
    const QStringList names = backupNames(companyFile, storage::backups::defaultDirectory(companyFile));
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        if (reasonOf(companyFile, *it) == reason)
            return QDateTime::fromString(stampOf(companyFile, *it), QString::fromLatin1(kStampFormat));
    return {};
}

} // namespace

Result<QStringList> BackupService::folders()
{
    QStringList out{storage::backups::defaultDirectory(m_db.path())};
    auto second = CompanyService(m_db).setting(QStringLiteral("backup.second_folder"));
    if (!second)
        return second.error();
    if (!second->trimmed().isEmpty())
        out << QDir::cleanPath(second->trimmed());
    return out;
}

Result<BackupRun> BackupService::backupNow(const QString& reason)
{
    auto dirs = folders();
    if (!dirs)
        return dirs.error();
    BackupRun run;
    Error last;
    for (const QString& dir : *dirs) {
        auto made = storage::backups::makeRotating(m_db, dir, reason, kKeep);
        if (made) {
            run.written << *made;
        } else {
            run.problems << made.error().message;
            last = made.error();
        }
    }
    if (run.written.isEmpty())
        return last;
    return run;
}

BackupInfo BackupService::inspect(const QString& backupFile)
{
    BackupInfo info;
    const QFileInfo fi(backupFile);
    info.path = fi.absoluteFilePath();
    info.modified = fi.lastModified();
    info.size = fi.size();
    auto preview = storage::BackupPreviewQuery::read(backupFile);
    if (preview)
        info.preview = *preview;
    else
        info.problem = preview.error().message;
    return info;
}

Result<QList<BackupInfo>> BackupService::list()
{
    auto dirs = folders();
    if (!dirs)
        return dirs.error();
    QList<QPair<QString, QString>> found; // stamp, path
    for (const QString& dir : *dirs)
        for (const QString& name : backupNames(m_db.path(), dir))
            found << qMakePair(stampOf(m_db.path(), name), QDir(dir).filePath(name));
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<BackupInfo> out;
    for (const auto& [stamp, path] : found) {
        BackupInfo info = inspect(path);
        info.reason = reasonOf(m_db.path(), QFileInfo(path).fileName());
        out << info;
    }
    return out;
}

QDateTime BackupService::lastBackup(const QString& reason)
{
    return lastBackupOf(m_db.path(), reason);
}

Result<RestoreResult> BackupService::restore(const QString& companyFile, const QString& backupFile)
{
    const QFileInfo target(companyFile);
    if (QFileInfo(backupFile).canonicalFilePath() == target.canonicalFilePath())
        return makeError(ErrorCode::InvalidInput, tr("A file cannot be restored over itself."));
    // Only a readable company file of this (or an older) version is restored.
    auto preview = storage::BackupPreviewQuery::read(backupFile);
    if (!preview)
        return preview.error();

    // Stage the backup beside the target first: the same file system makes the final rename
    // atomic, and the backup itself may be rotated away by the copy we are about to make.
    const QString staged = companyFile + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return makeError(ErrorCode::Io, tr("The backup “%1” could not be copied.").arg(backupFile));
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    auto unstage = [&](const Error& e) -> Result<RestoreResult> {
        QFile::remove(staged);
        return e;
    };

    RestoreResult result;
    result.restoredFrom = QFileInfo(backupFile).absoluteFilePath();
    if (target.exists()) {
        result.keptCopy = newBackupPath(companyFile, QStringLiteral("before-restore"));
        storage::OpenOptions options;
        options.busyTimeoutMs = 2000;
        options.migrate = false;
        auto current = storage::Database::open(companyFile, options);
        if (current) {
            // A checkpoint that cannot complete means another program is reading or writing:
            // replacing the file under it would lose its work.
            auto ckpt = (*current)->scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (!ckpt)
                return unstage(ckpt.error());
            if (ckpt->toInt() != 0)
                return unstage(makeError(ErrorCode::Busy, tr("The company file “%1” is in use by another program; close "
                                                             "it there before restoring.")
                                                              .arg(companyFile)));
            if (auto kept = (*current)->backupTo(result.keptCopy); !kept)
                return unstage(kept.error());
        } else {
            // Damaged or unreadable: keep its bytes as they are (and its WAL, which may hold
            // the last transactions).
            QDir().mkpath(QFileInfo(result.keptCopy).absolutePath());
            if (!QFile::copy(companyFile, result.keptCopy))
                return unstage(makeError(ErrorCode::Io, tr("The current file could not be kept as “%1”; nothing was "
                                                           "restored.")
                                                            .arg(result.keptCopy)));
            QFile::copy(companyFile + QStringLiteral("-wal"), result.keptCopy + QStringLiteral("-wal"));
        }
    }
    // The old WAL and shared-memory index belong to the old file; SQLite would otherwise replay
    // them into the restored one.
    QFile::remove(companyFile + QStringLiteral("-wal"));
    QFile::remove(companyFile + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(companyFile).constData()) != 0)
        return unstage(makeError(ErrorCode::Io, tr("The company file “%1” could not be replaced; it is unchanged and "
                                                   "a copy is in “%2”.")
                                                    .arg(companyFile, result.keptCopy)));
    auto reopened = storage::Database::open(companyFile); // migrates an older backup
    if (!reopened)
        return reopened.error();
    return result;
}

// ---- AutoBackup ------------------------------------------------------------------------------

AutoBackup::AutoBackup(const QString& companyFile, QObject* parent)
    : QObject(parent)
    , m_file(companyFile)
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::checkDaily);
}

AutoBackup::~AutoBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AutoBackup::start()
{
    runInBackground();
    m_timer.start();
}

void AutoBackup::checkDaily()
{
    const QDateTime last = lastBackupOf(m_file, QStringLiteral("auto"));
    if (!last.isValid() || last.secsTo(Clock::instance().now()) >= 24 * 60 * 60)
        runInBackground();
}

void AutoBackup::runInBackground()
{
    if (m_running.exchange(true))
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this] {
        QStringList written, problems;
        {
            // This thread's own connection, read-only: VACUUM INTO only reads.
            storage::OpenOptions options;
            options.readOnly = true;
            auto db = storage::Database::open(m_file, options);
            if (!db) {
                problems << db.error().message;
            } else if (auto run = BackupService(**db).backupNow(QStringLiteral("auto")); !run) {
                problems << run.error().message;
            } else {
                written = run->written;
                problems = run->problems;
            }
        }
        m_running = false;
        emit finished(written, problems);
    });
    m_thread->start();
}

} // namespace sd
