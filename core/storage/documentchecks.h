#pragma once

// The document and stock invariants of ARCHITECTURE §2, recomputed from the raw tables for
// `check`. Each finding is one Violation; nothing here trusts the cached columns.

#include "integritychecker.h"

namespace sd::storage {

Result<void> checkGaplessNumbers(Database& db, QList<Violation>& out);
Result<void> checkImmutabilityGuards(Database& db, QList<Violation>& out);
Result<void> checkDocumentTotals(Database& db, QList<Violation>& out);
Result<void> checkQuantities(Database& db, QList<Violation>& out);
Result<void> checkStockLedger(Database& db, QList<Violation>& out);

} // namespace sd::storage
