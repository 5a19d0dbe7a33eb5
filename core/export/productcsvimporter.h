#pragma once

// ProductCsvImporter: reads products from a CSV table (header row mapped by name, Norwegian
// and English aliases) and validates every row with ProductRules and
// MasterDataService::checkProduct — the same rules as `product add` — plus duplicate SKUs and
// barcodes within the file. Prices may be written "1 234,50". The "mva"/"vat" column takes a
// rate ("25", "25 %", "0") or a VAT code ("5", "52"); "mva-kode"/"vat-code" takes a code.
// It writes nothing: ImportExportService imports the rows in one transaction.

#include "csvreader.h"
#include "domain/product.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace sd {

class MasterDataService;

class ProductCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsvImporter)

public:
    // Fills report.rows, ignoredColumns and issues; returns the rows that passed. VAT rates
    // are looked up on `date`. `tick` (optional) is called after each data row; when it
    // returns false reading stops and report.cancelled is set.
    static QList<ImportRow<Product>> read(const CsvTable& table, MasterDataService& service, const QDate& date,
                                          ImportReport& report, const RowTick& tick = {});
    // Normalised header name → field ("vat" or a ProductRules field name, "sku").
    static const QHash<QString, QString>& aliases();
    // "1 234,50" → "1234.50", "1.234,50" → "1234.50", "1,234.50" → "1234.50".
    static QString normalizeNumber(const QString& text);
};

} // namespace sd
