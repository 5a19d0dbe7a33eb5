#pragma once

// The ten-year-shop dataset (issue 9): a realistic company file made through the core services
// in batch mode (sd::Batch), never with raw SQL. Customers, products (some bundles), stock
// receipts and documents over ten years with the real flow: quotes → orders → (partial)
// shipments → invoices → some credit notes and payments. Deterministic from the seed: one
// std::mt19937_64 drives every choice and a FixedClock walks from 2015 to the end of 2024, so
// the same preset and seed give the same documents.

#include <QString>
#include <QtGlobal>

namespace sd::bench {

struct GenerateOptions
{
    QString preset = QStringLiteral("small");
    quint64 seed = 1;
    QString out;
    qint64 count = 0; // documents; 0 = the preset's
    int commitEvery = 200; // flows per outer-transaction commit (Batch)
};

struct GenerateResult
{
    qint64 documents = 0;
    qint64 lines = 0;
    double seconds = 0;
};

// Writes the file and its sidecar FILE.sdk.bench.json; exits with a message on failure.
GenerateResult generate(const GenerateOptions& options);

} // namespace sd::bench
