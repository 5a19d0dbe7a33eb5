#pragma once

// ImportExportService: the bookkeeper's side (ARCHITECTURE §8). Exports (EHF, journal CSV,
// invoice list CSV) read booked data and return the file's bytes; the front end writes them.
// Imports of customers and products validate every row first and then import all rows in ONE
// transaction, or nothing — this is the only place that opens that transaction.

#include "common/result.h"
#include "documents/documenttypes.h"
#include "export/ehfinvoicewriter.h"
#include "export/importreport.h"
#include "export/journalcsvwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace sd {

namespace storage {
class Database;
}

class ImportExportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportExportService)

public:
    using PdfProvider = std::function<QByteArray(const DocumentView&)>;

    explicit ImportExportService(storage::Database& db)
        : m_db(db)
    {
    }

    // EHF of booked invoice / credit note `number`. `pdf` (optional) renders the printout to
    // embed; it is used only when invoice.attach_pdf_in_ehf is on.
    Result<QByteArray> ehf(DocumentType type, qint64 number, const PdfProvider& pdf = {});

    // Journal rows of everything booked, paid or reminded from..to (inclusive), balanced.
    Result<QList<JournalRow>> journal(const QDate& from, const QDate& to);
    Result<QByteArray> journalCsv(const QDate& from, const QDate& to);
    // Booked invoices and credit notes dated from..to.
    Result<QByteArray> invoiceListCsv(const QDate& from, const QDate& to);

    // CSV import. The report lists every bad row; nothing is imported unless all rows are
    // good. An error is returned only for an unreadable file or a storage failure.
    Result<ImportReport> importCustomers(const QByteArray& csv, bool dryRun);
    Result<ImportReport> importProducts(const QByteArray& csv, bool dryRun);

private:
    Result<void> checkPeriod(const QDate& from, const QDate& to) const;
    storage::Database& m_db;
};

} // namespace sd
