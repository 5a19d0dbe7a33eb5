#pragma once

// CustomerCsvImporter: reads customers from a CSV table (header row mapped by name, Norwegian
// and English aliases) and validates every row with CustomerRules and
// MasterDataService::checkCustomer — the same rules as `customer add` — plus duplicates within
// the file. It writes nothing: ImportExportService imports the rows in one transaction.

#include "csvreader.h"
#include "domain/customer.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

class MasterDataService;

class CustomerCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImporter)

public:
    // Fills report.rows, ignoredColumns and issues; returns the rows that passed. `tick` (optional)
    // is called after each data row; when it returns false reading stops and report.cancelled is set.
    static QList<ImportRow<Customer>> read(const CsvTable& table, MasterDataService& service, ImportReport& report,
                                           const RowTick& tick = {});
    // Normalised header name → field ("number" or a CustomerRules field name).
    static const QHash<QString, QString>& aliases();
};

} // namespace sd
