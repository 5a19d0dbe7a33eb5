#include "importexportservice.h"

#include "common/clock.h"
#include "export/customercsvimporter.h"
#include "export/invoicelistcsvwriter.h"
#include "export/productcsvimporter.h"
#include "services/batch.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/exportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

namespace sd {

using storage::ExportRepository;

namespace {

// Counts steps towards a total and asks the caller whether to go on.
class Ticker
{
public:
    Ticker(const ImportExportService::Progress& progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {
    }
    // One step done; false when the caller cancels.
    bool step(qint64 n = 1)
    {
        m_done = qMin(m_total, m_done + n);
        return !m_progress || m_progress(m_done, m_total);
    }
    // Reports the start (0 of total); false when the caller cancels already.
    bool start() { return !m_progress || m_progress(0, m_total); }

private:
    const ImportExportService::Progress& m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

Result<void> writeWhole(QSaveFile& file, const QByteArray& data)
{
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return makeError(ErrorCode::Io, ImportExportService::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

// Moves the finished file into place; until then the target is untouched (QSaveFile).
Result<void> commitWhole(QSaveFile& file)
{
    if (!file.commit())
        return makeError(ErrorCode::Io, ImportExportService::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

QString ehfFileName(const Document& d)
{
    return QStringLiteral("%1-%2.xml").arg(documentTypeKey(d.type)).arg(d.number.value_or(0));
}

} // namespace

Result<QByteArray> ImportExportService::ehf(DocumentType type, qint64 number, const PdfProvider& pdf)
{
    if (type != DocumentType::Invoice && type != DocumentType::CreditNote)
        return makeError(ErrorCode::InvalidInput, tr("Only invoices and credit notes can be exported as EHF."));
    SalesService sales(m_db);
    auto id = sales.idOfNumber(type, number);
    if (!id)
        return id.error();
    auto view = sales.view(*id);
    if (!view)
        return view.error();
    auto settings = storage::SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    return ehfOf(*view, *settings, pdf);
}

Result<QByteArray> ImportExportService::ehfOf(const DocumentView& view, const CompanySettings& settings,
                                              const PdfProvider& pdf)
{
    EhfInput in{view, settings, {}, {}};
    if (view.document.creditedInvoiceId) {
        auto date = ExportRepository(m_db).documentDate(view.document.creditedInvoiceId);
        if (!date)
            return date.error();
        in.creditedInvoiceDate = *date;
    }
    if (settings.flag(QStringLiteral("invoice.attach_pdf_in_ehf")))
        in.pdf = pdf;
    return EhfInvoiceWriter::write(in);
}

Result<ExportResult> ImportExportService::exportEhf(const QDate& from, const QDate& to, const QString& folder,
                                                    const PdfProvider& pdf, const Progress& progress)
{
    SD_TRY(checkPeriod(from, to));
    auto settings = storage::SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    ExportRepository repo(m_db);
    QList<qint64> ids;
    for (DocumentType type : {DocumentType::Invoice, DocumentType::CreditNote}) {
        auto found = repo.bookedIds(type, from, to);
        if (!found)
            return found.error();
        ids << *found;
    }
    ExportResult result;
    Ticker ticker(progress, ids.size());
    if (!ticker.start()) {
        result.cancelled = true;
        return result;
    }
    const QDir target(folder);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(ErrorCode::Io, tr("The folder %1 could not be created.").arg(target.absolutePath()));
    // Staged in a hidden folder inside the target (same file system, so the final moves are
    // renames); the staging folder removes itself with whatever is left in it.
    QTemporaryDir staging(target.filePath(QStringLiteral(".salgsdesk-ehf-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorCode::Io, tr("Cannot write in %1: %2").arg(target.absolutePath(), staging.errorString()));
    SalesService sales(m_db);
    QStringList names;
    for (qint64 id : ids) {
        auto view = sales.view(id);
        if (!view)
            return view.error();
        auto xml = ehfOf(*view, *settings, pdf);
        if (!xml)
            return makeError(xml.error().code,
                             tr("%1 %2: %3")
                                 .arg(documentTypeName(view->document.type))
                                 .arg(view->document.number.value_or(0))
                                 .arg(xml.error().message),
                             xml.error().detail);
        const QString name = ehfFileName(view->document);
        QSaveFile file(staging.filePath(name));
        SD_TRY(writeWhole(file, *xml));
        SD_TRY(commitWhole(file));
        names << name;
        if (!ticker.step()) {
            result.cancelled = true;
            return result; // the staging folder goes, and with it every file written so far
        }
    }
    // All files are ready: move them in. Should a move fail, the ones already moved are
    // removed again, so the folder never holds part of a period. (A file of the same name from
    // an earlier export of the period is replaced.)
    for (const QString& name : names) {
        const QString dest = target.absoluteFilePath(name);
        QFile::remove(dest);
        if (!QFile::rename(staging.filePath(name), dest)) {
            for (const QString& moved : std::as_const(result.files))
                QFile::remove(moved);
            return makeError(ErrorCode::Io, tr("Cannot write %1; no EHF file of the period was kept.").arg(dest));
        }
        result.files << dest;
    }
    result.documents = int(names.size());
    return result;
}

Result<void> ImportExportService::checkPeriod(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput, tr("The period must run from a date to the same or a later date."));
    return {};
}

Result<QList<JournalRow>> ImportExportService::journal(const QDate& from, const QDate& to, const Progress& progress,
                                                       bool* cancelled)
{
    SD_TRY(checkPeriod(from, to));
    if (cancelled)
        *cancelled = false;
    ExportRepository repo(m_db);
    auto settings = storage::SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto groupRevenue = repo.productGroupAccounts();
    if (!groupRevenue)
        return groupRevenue.error();
    const JournalAccounts accounts{*settings, *groupRevenue};
    QHash<qint64, QString> receivables; // customer id → group account (cache)
    auto receivablesOf = [&](qint64 customerId) -> Result<QString> {
        if (!receivables.contains(customerId)) {
            auto a = repo.receivablesAccount(customerId);
            if (!a)
                return a.error();
            receivables.insert(customerId, *a);
        }
        return receivables.value(customerId);
    };

    QList<qint64> ids;
    for (DocumentType type : {DocumentType::Invoice, DocumentType::CreditNote}) {
        auto found = repo.bookedIds(type, from, to);
        if (!found)
            return found.error();
        ids << *found;
    }
    auto payments = repo.payments(from, to);
    if (!payments)
        return payments.error();
    auto fees = repo.reminderFees(from, to);
    if (!fees)
        return fees.error();
    // One step per voucher.
    Ticker ticker(progress, ids.size() + payments->size() + fees->size());
    auto cancel = [cancelled]() {
        if (cancelled)
            *cancelled = true;
        return QList<JournalRow>();
    };
    if (!ticker.start())
        return cancel();

    QList<JournalRow> rows;
    SalesService sales(m_db); // view(): the booked lines with their VAT breakdown
    for (qint64 id : std::as_const(ids)) {
        auto v = sales.view(id);
        if (!v)
            return v.error();
        const Document* d = &v->document;
        auto groups = repo.lineProductGroups(id);
        if (!groups)
            return groups.error();
        auto account = receivablesOf(d->customer.customerId);
        if (!account)
            return account.error();
        auto r = JournalCsvWriter::documentRows(*d, *account, *groups, accounts);
        if (!r)
            return r.error();
        rows << *r;
        if (!ticker.step())
            return cancel();
    }
    for (const auto& p : std::as_const(*payments)) {
        auto account = receivablesOf(p.customerId);
        if (!account)
            return account.error();
        rows << JournalCsvWriter::paymentRows(p, *account, accounts);
        if (!ticker.step())
            return cancel();
    }
    for (const auto& f : std::as_const(*fees)) {
        auto account = receivablesOf(f.customerId);
        if (!account)
            return account.error();
        rows << JournalCsvWriter::feeRows(f, *account, accounts);
        if (!ticker.step())
            return cancel();
    }
    // By date; a voucher's rows share a date, so the stable sort keeps them together.
    std::stable_sort(rows.begin(), rows.end(), [](const JournalRow& a, const JournalRow& b) { return a.date < b.date; });
    SD_TRY(JournalCsvWriter::checkBalanced(rows));
    return rows;
}

Result<QByteArray> ImportExportService::journalCsv(const QDate& from, const QDate& to)
{
    auto rows = journal(from, to);
    if (!rows)
        return rows.error();
    return JournalCsvWriter::toCsv(*rows);
}

Result<ExportResult> ImportExportService::exportJournal(const QDate& from, const QDate& to, const QString& file,
                                                        const Progress& progress)
{
    ExportResult result;
    auto rows = journal(from, to, progress, &result.cancelled);
    if (!rows)
        return rows.error();
    if (result.cancelled)
        return result;
    QSaveFile out(file);
    SD_TRY(writeWhole(out, JournalCsvWriter::toCsv(*rows)));
    SD_TRY(commitWhole(out));
    QSet<QString> documents;
    for (const auto& r : std::as_const(*rows))
        if (r.voucher.startsWith(QLatin1String("INV-")) || r.voucher.startsWith(QLatin1String("CN-")))
            documents.insert(r.voucher);
    result.documents = int(documents.size());
    result.rows = int(rows->size());
    result.files << QFileInfo(file).absoluteFilePath();
    return result;
}

Result<QList<DocumentView>> ImportExportService::bookedViews(const QDate& from, const QDate& to)
{
    SD_TRY(checkPeriod(from, to));
    ExportRepository repo(m_db);
    SalesService sales(m_db);
    QList<DocumentView> views;
    for (DocumentType type : {DocumentType::Invoice, DocumentType::CreditNote}) {
        auto ids = repo.bookedIds(type, from, to);
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            auto v = sales.view(id);
            if (!v)
                return v.error();
            views << *v;
        }
    }
    std::stable_sort(views.begin(), views.end(),
                     [](const DocumentView& a, const DocumentView& b) { return a.document.date < b.document.date; });
    return views;
}

Result<QByteArray> ImportExportService::invoiceListCsv(const QDate& from, const QDate& to)
{
    auto views = bookedViews(from, to);
    if (!views)
        return views.error();
    return InvoiceListCsvWriter::toCsv(*views);
}

Result<ExportResult> ImportExportService::exportInvoiceList(const QDate& from, const QDate& to, const QString& file,
                                                            const Progress& progress)
{
    // Reading the views is the work; the writing is one step at the end.
    ExportResult result;
    Ticker ticker(progress, 2);
    if (!ticker.start()) {
        result.cancelled = true;
        return result;
    }
    auto views = bookedViews(from, to);
    if (!views)
        return views.error();
    if (!ticker.step()) {
        result.cancelled = true;
        return result;
    }
    QSaveFile out(file);
    SD_TRY(writeWhole(out, InvoiceListCsvWriter::toCsv(*views)));
    if (!ticker.step()) {
        out.cancelWriting();
        result.cancelled = true;
        return result;
    }
    SD_TRY(commitWhole(out));
    result.documents = int(views->size());
    result.rows = int(views->size());
    result.files << QFileInfo(file).absoluteFilePath();
    return result;
}

template <typename T, typename Add>
Result<ImportReport> ImportExportService::importRows(ImportReport report, const QList<ImportRow<T>>& rows,
                                                     const Progress& progress, Add add)
{
    // Batch mode with no intermediate commit: the whole import is one transaction, so a failed
    // or cancelled row rolls everything back (the Batch's destructor does it) — and the rows
    // need no savepoints of their own (Calls::AllOrNothing).
    Batch batch(m_db, std::numeric_limits<int>::max(), Batch::Calls::AllOrNothing);
    SD_TRY(batch.begin());
    qint64 done = report.rows;
    const qint64 total = qint64(report.rows) + rows.size();
    for (const auto& row : rows) {
        auto added = add(row.value);
        if (!added) // validated above; only a concurrent change gets here, and then nothing stays
            return makeError(added.error().code, tr("Line %1: %2").arg(row.line).arg(added.error().message),
                             added.error().detail);
        SD_TRY(batch.step());
        // The last step is reported before the commit, so a cancel there still changes nothing.
        if (progress && !progress(++done, total)) {
            batch.rollback();
            report.cancelled = true;
            return report;
        }
    }
    SD_TRY(batch.commit());
    report.imported = int(rows.size());
    return report;
}

namespace {

// The reading half of an import's progress: one step per row, of rows (dry run) or 2 × rows.
RowTick readTicker(const ImportExportService::Progress& progress, const CsvTable& table, bool dryRun, qint64& done)
{
    if (!progress)
        return {};
    const qint64 total = dryRun ? table.rows.size() : 2 * table.rows.size();
    return [&progress, total, &done]() { return progress(++done, total); };
}

} // namespace

Result<ImportReport> ImportExportService::importCustomers(const QByteArray& csv, bool dryRun, const Progress& progress)
{
    auto table = CsvReader::parse(csv);
    if (!table)
        return table.error();
    ImportReport report;
    report.dryRun = dryRun;
    report.encoding = table->encoding;
    report.delimiter = table->delimiter;
    MasterDataService master(m_db);
    qint64 done = 0;
    const auto rows = CustomerCsvImporter::read(*table, master, report, readTicker(progress, *table, dryRun, done));
    if (!report.ok() || dryRun || report.cancelled)
        return report;
    return importRows(report, rows, progress, [&master](const Customer& c) { return master.addCustomer(c); });
}

Result<ImportReport> ImportExportService::importProducts(const QByteArray& csv, bool dryRun, const Progress& progress)
{
    auto table = CsvReader::parse(csv);
    if (!table)
        return table.error();
    ImportReport report;
    report.dryRun = dryRun;
    report.encoding = table->encoding;
    report.delimiter = table->delimiter;
    MasterDataService master(m_db);
    qint64 done = 0;
    const auto rows = ProductCsvImporter::read(*table, master, Clock::instance().today(), report,
                                               readTicker(progress, *table, dryRun, done));
    if (!report.ok() || dryRun || report.cancelled)
        return report;
    return importRows(report, rows, progress, [&master](const Product& p) { return master.addProduct(p); });
}

} // namespace sd
