#pragma once

// BackupService: rotating backups of the open company file (beside it, and optionally in a
// second folder the user picks — an off-site or synced folder, as Danish bookkeeping law
// expects off-site copies), listing them with a preview of what each contains, and restoring
// one. Restoring never overwrites the current file without keeping a copy of it first.
//
// AutoBackup runs the automatic backups: once in the background right after a file is opened
// (so opening stays instant) and then daily. Each run opens its own connection in its own
// thread, because a Qt SQL connection belongs to the thread that made it.

#include "common/result.h"
#include "storage/backuppreviewquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>

namespace sd {

namespace storage {
class Database;
}

struct BackupInfo
{
    QString path;
    QDateTime modified;
    qint64 size = 0;
    QString reason; // "auto", "manual", "before-restore", "before-upgrade-v3" …
    // What the backup contains; `problem` instead when it cannot be read (damaged, newer).
    storage::BackupPreview preview;
    QString problem;
};

struct BackupRun
{
    QStringList written; // one per folder that worked
    QStringList problems; // a folder that did not (an unplugged disk): the others still count
};

struct RestoreResult
{
    QString restoredFrom;
    QString keptCopy; // the file as it was before the restore
};

class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int kKeep = 20; // per folder and company file

    explicit BackupService(storage::Database& db)
        : m_db(db)
    {
    }

    // The default folder beside the file, then the second folder when one is set.
    Result<QStringList> folders();
    // A rotating backup in every folder. Fails only when no folder could be written.
    Result<BackupRun> backupNow(const QString& reason);
    // Every backup of this file in every folder, newest first, each with its preview.
    Result<QList<BackupInfo>> list();
    // The newest backup's time with `reason` in the default folder (invalid when none).
    QDateTime lastBackup(const QString& reason);

    static BackupInfo inspect(const QString& backupFile);
    // Replaces `companyFile` by `backupFile`. No connection to `companyFile` may be open in this
    // process; another program using it makes the restore refuse ("busy"). The current file is
    // first copied (consistently, with VACUUM INTO) to the default backup folder.
    static Result<RestoreResult> restore(const QString& companyFile, const QString& backupFile);

private:
    storage::Database& m_db;
};

// Automatic backups for the desktop app: start() after opening a file.
class AutoBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackup(const QString& companyFile, QObject* parent = nullptr);
    ~AutoBackup() override;

    // Backs up now in the background (the "after open" backup) and then whenever the newest
    // automatic backup is a day old (checked hourly).
    void start();
    bool isRunning() const { return m_running.load(); }

signals:
    void finished(const QStringList& written, const QStringList& problems);

private:
    void runInBackground();
    void checkDaily();

    QString m_file;
    QTimer m_timer;
    std::atomic<bool> m_running{false};
    QThread* m_thread = nullptr;
};

} // namespace sd
