#pragma once

// Migrator: forward-only schema migrations keyed by PRAGMA user_version. Each numbered
// resource file (:/sd/storage/migrations/NNNN_name.sql) is one step, applied inside one
// transaction that also bumps user_version (KMyMoney's upgradeToVn loop, Kraft's numbered
// files). A backup is taken before migrating an existing file.

#include "common/result.h"

#include <QStringList>

namespace sd::storage {

class Database;

class Migrator
{
public:
    static int latestVersion();
    // Applies every step above the file's version. `backupDir` empty = no backup (new file).
    static Result<void> migrate(Database& db, const QString& backupDir);
    // Splits a migration script into statements (see the header of 0001_initial.sql).
    static QStringList splitStatements(const QString& script);

private:
    static QStringList migrationFiles();
};

// Backup file management shared by migrations, the scheduled backup and the CLI.
namespace backups {
// "<dir of file>/<basename>.backups"
QString defaultDirectory(const QString& companyFile);
// Makes a timestamped backup in `dir` and keeps the newest `keep` backups of this file there.
Result<QString> makeRotating(Database& db, const QString& dir, const QString& reason, int keep = 10);
}

} // namespace sd::storage
