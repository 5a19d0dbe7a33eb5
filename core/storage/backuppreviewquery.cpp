#include "backuppreviewquery.h"

#include "database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

namespace sd::storage {

namespace {

// PRAGMA user_version is stored big-endian at offset 60 of the SQLite header; reading it there
// needs no connection, and so also works for a backup too old to open read-only.
int headerUserVersion(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(100);
    if (header.size() < 64)
        return 0;
    return int(qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(header.constData()) + 60));
}

} // namespace

Result<BackupPreview> BackupPreviewQuery::read(const QString& backupFile)
{
    // Before any connection: closing a descriptor of a file SQLite has open drops its locks.
    const int version = headerUserVersion(backupFile);
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(backupFile, options);
    // A backup from an older version (the one taken before an upgrade, say) cannot be opened
    // read-only; preview an upgraded temporary copy instead, leaving the backup untouched.
    QTemporaryDir scratch;
    if (!db && db.error().code == ErrorCode::ReadOnly && scratch.isValid()) {
        const QString copy = scratch.filePath(QStringLiteral("preview.sdk"));
        if (!QFile::copy(backupFile, copy))
            return db.error();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        db = Database::open(copy);
    }
    if (!db)
        return db.error();
    Database& d = **db;
    BackupPreview p;
    p.schemaVersion = version;
    auto name = d.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'"), {}, QString());
    if (!name)
        return name.error();
    p.companyName = name->toString();
    for (auto [sql, target] : {std::pair{"SELECT count(*) FROM customers", &p.customers},
                               std::pair{"SELECT count(*) FROM products WHERE deleted = 0", &p.products},
                               std::pair{"SELECT count(*) FROM documents", &p.documents}}) {
        auto v = d.scalar(QString::fromLatin1(sql), {}, 0);
        if (!v)
            return v.error();
        *target = v->toLongLong();
    }
    auto types = d.run(QStringLiteral("SELECT type, count(*) FROM documents GROUP BY type"));
    if (!types)
        return types.error();
    while (types->next())
        p.documentsByType.insert(types->str(0), types->i64(1));
    auto last = d.run(QStringLiteral("SELECT number, date FROM documents WHERE type = 'invoice' AND status = 'booked' "
                                     "ORDER BY number DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (last->next()) {
        p.lastInvoiceNumber = last->i64(0);
        p.lastInvoiceDate = QDate::fromString(last->str(1), Qt::ISODate);
    }
    return p;
}

} // namespace sd::storage
