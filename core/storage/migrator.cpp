#include "migrator.h"

#include "common/clock.h"
#include "database.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sd::storage {

QStringList Migrator::migrationFiles()
{
    QDir dir(QStringLiteral(":/sd/storage/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto& f : files)
        f = dir.filePath(f);
    return files;
}

int Migrator::latestVersion()
{
    // Files are numbered 0001, 0002, …; the number of the last one is the schema version.
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : QFileInfo(files.last()).fileName().left(4).toInt();
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QStringLiteral("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + u'\n';
        const bool ends = inTrigger ? line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<void> Migrator::migrate(Database& db, const QString& backupDir)
{
    const int from = db.schemaVersion();
    const QStringList files = migrationFiles();
    if (from >= latestVersion())
        return {};
    if (!backupDir.isEmpty() && from > 0)
        SD_TRY(backups::makeRotating(db, backupDir, QStringLiteral("before-upgrade-v%1").arg(from)));
    for (const QString& path : files) {
        const int version = QFileInfo(path).fileName().left(4).toInt();
        if (version <= from)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Database::tr("A schema upgrade step is missing."), path);
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        SD_TRY(tx.begin());
        for (const QString& statement : splitStatements(script)) {
            if (auto r = db.execRaw(statement); !r) {
                Error e = r.error();
                e.message = Database::tr("Upgrading the company file to version %1 failed; the "
                                         "file was left unchanged.")
                                .arg(version);
                return e;
            }
        }
        SD_TRY(db.execRaw(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.forgetSchemaFacts(); // this step may have added what commit() looks for
        SD_TRY(tx.commit());
    }
    return {};
}

namespace backups {

QString defaultDirectory(const QString& companyFile)
{
    const QFileInfo info(companyFile);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".backups");
}

Result<QString> makeRotating(Database& db, const QString& dir, const QString& reason, int keep)
{
    const QFileInfo info(db.path());
    const QString stamp = Clock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString prefix = info.completeBaseName() + u'-';
    const QString target =
        dir + u'/' + prefix + stamp + u'-' + reason + QStringLiteral(".sdk");
    SD_TRY(db.backupTo(target));
    // Rotation: timestamps sort by name, so the oldest come first.
    QDir backupDir(dir);
    QStringList existing = backupDir.entryList({prefix + QStringLiteral("*.sdk")}, QDir::Files, QDir::Name);
    static const QRegularExpression stampPattern(QStringLiteral("^\\d{8}-\\d{6}-\\d{3}-"));
    existing.erase(std::remove_if(existing.begin(),
                                  existing.end(),
                                  [&](const QString& name) {
                                      return !stampPattern.match(name.mid(prefix.size())).hasMatch();
                                  }),
                   existing.end());
    while (existing.size() > keep)
        backupDir.remove(existing.takeFirst());
    return target;
}

} // namespace backups

} // namespace sd::storage
