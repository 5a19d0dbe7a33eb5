#include "importexportservice.h"

#include "common/clock.h"
#include "export/customercsvimporter.h"
#include "export/invoicelistcsvwriter.h"
#include "export/productcsvimporter.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/exportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace sd {

using storage::ExportRepository;

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
    EhfInput in{*view, *settings, {}, {}};
    if (view->document.creditedInvoiceId) {
        auto date = ExportRepository(m_db).documentDate(view->document.creditedInvoiceId);
        if (!date)
            return date.error();
        in.creditedInvoiceDate = *date;
    }
    if (settings->flag(QStringLiteral("invoice.attach_pdf_in_ehf")))
        in.pdf = pdf;
    return EhfInvoiceWriter::write(in);
}

Result<void> ImportExportService::checkPeriod(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput, tr("The period must run from a date to the same or a later date."));
    return {};
}

Result<QList<JournalRow>> ImportExportService::journal(const QDate& from, const QDate& to)
{
    SD_TRY(checkPeriod(from, to));
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

    QList<JournalRow> rows;
    SalesService sales(m_db); // view(): the booked lines with their VAT breakdown
    for (DocumentType type : {DocumentType::Invoice, DocumentType::CreditNote}) {
        auto ids = repo.bookedIds(type, from, to);
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
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
        }
    }
    auto payments = repo.payments(from, to);
    if (!payments)
        return payments.error();
    for (const auto& p : *payments) {
        auto account = receivablesOf(p.customerId);
        if (!account)
            return account.error();
        rows << JournalCsvWriter::paymentRows(p, *account, accounts);
    }
    auto fees = repo.reminderFees(from, to);
    if (!fees)
        return fees.error();
    for (const auto& f : *fees) {
        auto account = receivablesOf(f.customerId);
        if (!account)
            return account.error();
        rows << JournalCsvWriter::feeRows(f, *account, accounts);
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

Result<QByteArray> ImportExportService::invoiceListCsv(const QDate& from, const QDate& to)
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
    return InvoiceListCsvWriter::toCsv(views);
}

Result<ImportReport> ImportExportService::importCustomers(const QByteArray& csv, bool dryRun)
{
    auto table = CsvReader::parse(csv);
    if (!table)
        return table.error();
    ImportReport report;
    report.dryRun = dryRun;
    report.encoding = table->encoding;
    report.delimiter = table->delimiter;
    MasterDataService master(m_db);
    const auto rows = CustomerCsvImporter::read(*table, master, report);
    if (!report.ok() || dryRun)
        return report;
    storage::Transaction tx(m_db);
    SD_TRY(tx.begin());
    for (const auto& row : rows) {
        auto added = master.addCustomer(row.value);
        if (!added) // validated above; only a concurrent change gets here, and then nothing stays
            return makeError(added.error().code, tr("Line %1: %2").arg(row.line).arg(added.error().message),
                             added.error().detail);
    }
    SD_TRY(tx.commit());
    report.imported = int(rows.size());
    return report;
}

Result<ImportReport> ImportExportService::importProducts(const QByteArray& csv, bool dryRun)
{
    auto table = CsvReader::parse(csv);
    if (!table)
        return table.error();
    ImportReport report;
    report.dryRun = dryRun;
    report.encoding = table->encoding;
    report.delimiter = table->delimiter;
    MasterDataService master(m_db);
    const auto rows = ProductCsvImporter::read(*table, master, Clock::instance().today(), report);
    if (!report.ok() || dryRun)
        return report;
    storage::Transaction tx(m_db);
    SD_TRY(tx.begin());
    for (const auto& row : rows) {
        auto added = master.addProduct(row.value);
        if (!added)
            return makeError(added.error().code, tr("Line %1: %2").arg(row.line).arg(added.error().message),
                             added.error().detail);
    }
    SD_TRY(tx.commit());
    report.imported = int(rows.size());
    return report;
}

} // namespace sd
