// libFuzzer target: the CSV import path — CsvReader (encoding detection, quoting, delimiter
// choice) and the customer and product row validation of the importers — against a real, empty
// company file made once in a temporary directory. The importers only read the file (number,
// SKU and VAT-code lookups); nothing is written, like `import … --dry-run`.

#include "export/csvreader.h"
#include "export/customercsvimporter.h"
#include "export/productcsvimporter.h"
#include "services/companyservice.h"
#include "services/masterdataservice.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace sd;

namespace {

std::unique_ptr<QCoreApplication> g_app;
std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<storage::Database> g_db;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    g_app = std::make_unique<QCoreApplication>(*argc, *argv);
    g_dir = std::make_unique<QTemporaryDir>();
    CompanySetup setup;
    setup.name = QStringLiteral("Fuzz AS");
    setup.orgnr = QStringLiteral("923609016");
    setup.vatRegistered = true;
    auto db = CompanyService::createCompany(g_dir->filePath(QStringLiteral("fuzz.sdk")), setup);
    if (!db) {
        qWarning("csv_fuzzer: %s %s", qPrintable(db.error().message), qPrintable(db.error().detail));
        std::abort();
    }
    g_db = std::move(*db);
    // Close the file before QtSql's own statics go away at exit (they were made above, so this
    // handler runs first); a global's destructor would run too late.
    std::atexit([] {
        g_db.reset();
        g_dir.reset();
        g_app.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = CsvReader::parse(bytes);
    if (!table)
        return 0;
    // Every record starts on a real line of the file, in order.
    int last = table->header.line;
    for (const CsvRecord& r : table->rows) {
        if (r.line <= last)
            std::abort();
        last = r.line;
    }
    MasterDataService service(*g_db);
    ImportReport customers;
    const auto c = CustomerCsvImporter::read(*table, service, customers);
    ImportReport products;
    const auto p = ProductCsvImporter::read(*table, service, QDate(2026, 1, 15), products);
    // Accepted rows are exactly the rows without an issue.
    if (c.size() > table->rows.size() || p.size() > table->rows.size())
        std::abort();
    // Round trip: what csvLine writes, the reader reads back field for field. The header is
    // plain names (at least two, so the reader picks the same delimiter from it).
    if (!table->rows.isEmpty()) {
        const QStringList fields = table->rows.first().fields;
        QStringList header;
        for (qsizetype i = 0; i < std::max<qsizetype>(2, fields.size()); ++i)
            header << QStringLiteral("c%1").arg(i);
        QByteArray again = csvLine(header, table->delimiter).toUtf8() + "\n"
                           + csvLine(fields, table->delimiter).toUtf8() + "\n";
        auto reread = CsvReader::parse(again);
        if (!reread || reread->rows.isEmpty() || reread->rows.first().fields != fields)
            std::abort();
    }
    return 0;
}
