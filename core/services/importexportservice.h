#pragma once

// ImportExportService: the bookkeeper's side (ARCHITECTURE §8). Exports (EHF, journal CSV,
// invoice list CSV) read booked data and either return the file's bytes (one document, the
// CLI) or write the files themselves with progress and cancellation (a period, the desktop's
// export dialog): a cancelled or failed export leaves no file behind — a CSV goes through
// QSaveFile, a period's EHF files are written to a hidden staging folder and moved into place
// only when all of them are ready.
// Imports of customers and products validate every row first and then import all rows in ONE
// sd::Batch transaction, or nothing — this is the only place that opens that transaction; a
// cancelled import changes nothing.

#include "common/result.h"
#include "documents/documenttypes.h"
#include "export/ehfinvoicewriter.h"
#include "export/importreport.h"
#include "export/journalcsvwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace sd {

namespace storage {
class Database;
}

// What an export wrote. When `cancelled`, nothing was written and `files` is empty.
struct ExportResult
{
    bool cancelled = false;
    int documents = 0; // invoices and credit notes in the period (EHF, invoice list, journal)
    int rows = 0; // CSV data rows (journal, invoice list)
    QStringList files; // absolute paths written
};

class ImportExportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportExportService)

public:
    using PdfProvider = std::function<QByteArray(const DocumentView&)>;
    // Progress of a long export or import: `done` of `total` steps, rising monotonically to
    // `total` (reached before the result is committed). Returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ImportExportService(storage::Database& db)
        : m_db(db)
    {
    }

    // EHF of booked invoice / credit note `number`. `pdf` (optional) renders the printout to
    // embed; it is used only when invoice.attach_pdf_in_ehf is on.
    Result<QByteArray> ehf(DocumentType type, qint64 number, const PdfProvider& pdf = {});

    // EHF files of every booked invoice and credit note dated from..to, into `folder` as
    // invoice-N.xml / credit_note-N.xml (replacing files of the same name): all of them or,
    // when cancelled or failing, none.
    Result<ExportResult> exportEhf(const QDate& from, const QDate& to, const QString& folder,
                                   const PdfProvider& pdf = {}, const Progress& progress = {});
    // The journal / invoice list CSV written to `file` (whole or not at all).
    Result<ExportResult> exportJournal(const QDate& from, const QDate& to, const QString& file,
                                       const Progress& progress = {});
    Result<ExportResult> exportInvoiceList(const QDate& from, const QDate& to, const QString& file,
                                           const Progress& progress = {});

    // Journal rows of everything booked, paid or reminded from..to (inclusive), balanced.
    // `progress` counts vouchers; when it cancels, the result is an empty list and *cancelled
    // is set.
    Result<QList<JournalRow>> journal(const QDate& from, const QDate& to, const Progress& progress = {},
                                      bool* cancelled = nullptr);
    Result<QByteArray> journalCsv(const QDate& from, const QDate& to);
    // Booked invoices and credit notes dated from..to.
    Result<QByteArray> invoiceListCsv(const QDate& from, const QDate& to);

    // CSV import. The report lists every bad row; nothing is imported unless all rows are
    // good. An error is returned only for an unreadable file or a storage failure. `progress`
    // counts each row read and then each row imported (total = rows, or 2 × rows when it
    // imports); a cancel leaves the file unchanged and sets report.cancelled.
    Result<ImportReport> importCustomers(const QByteArray& csv, bool dryRun, const Progress& progress = {});
    Result<ImportReport> importProducts(const QByteArray& csv, bool dryRun, const Progress& progress = {});

private:
    Result<void> checkPeriod(const QDate& from, const QDate& to) const;
    Result<QByteArray> ehfOf(const DocumentView& view, const CompanySettings& settings, const PdfProvider& pdf);
    Result<QList<DocumentView>> bookedViews(const QDate& from, const QDate& to);
    template <typename T, typename Add>
    Result<ImportReport> importRows(ImportReport report, const QList<ImportRow<T>>& rows, const Progress& progress,
                                    Add add);
    storage::Database& m_db;
};

} // namespace sd
