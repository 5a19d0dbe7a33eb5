#pragma once

// BackupPreviewQuery: what a backup file contains, read through its own read-only connection
// so that previewing never changes the backup (the "Restore from backup" dialog and
// `backup list` show it before anything is restored).

#include "common/result.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace sd::storage {

struct BackupPreview
{
    int schemaVersion = 0;
    QString companyName;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 documents = 0;
    QMap<QString, qint64> documentsByType; // stored type ("invoice", "credit_note" …) → count
    qint64 lastInvoiceNumber = 0; // 0 = nothing booked
    QDate lastInvoiceDate;
};

class BackupPreviewQuery
{
public:
    // Refuses (with the same messages as opening) a file that is not a company file, is
    // damaged or newer than this program.
    static Result<BackupPreview> read(const QString& backupFile);
};

} // namespace sd::storage
