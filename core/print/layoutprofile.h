#pragma once

// A named print layout (ARCHITECTURE §7): how a printout looks and which optional parts it shows.
// Stored in the company file (layouts table, storage/layoutrepository.h) so it travels with the
// books. Chosen per customer, overridable per document, falling back to the company default
// ("Standard"); resolution lives in PrintService.

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sd {

struct LayoutProfile
{
    QString name = QStringLiteral("Standard");
    QString logoPath; // empty: the company's logo setting, if any
    QString accentColor = QStringLiteral("#1f4e79"); // #RRGGBB
    QString fontFamily = QStringLiteral("DejaVu Sans");
    int fontSize = 9; // points, body text
    QString footerText; // may hold several lines
    QString termsText; // extra payment-terms text (late-payment interest …), several lines
    QString language = QStringLiteral("nb"); // labels: nb, da, sv, en
    QString pageSize = QStringLiteral("A4"); // A4 or Letter
    int marginMm = 15;
    bool showPaymentTerms = true;
    bool showPrices = true; // quotes and order confirmations; invoices always show prices
    bool showDiscounts = true;

    bool operator==(const LayoutProfile&) const = default;
};

class LayoutRules
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRules)

public:
    static QString defaultName() { return QStringLiteral("Standard"); }
    static QStringList languages(); // nb da sv en
    // The field names of `layout set NAME --FIELD VALUE`.
    static QStringList fieldNames();
    // Sets one field from text, validating it (InvalidInput names the field and the reason).
    static Result<void> setField(LayoutProfile& layout, const QString& field, const QString& value);
    static QString field(const LayoutProfile& layout, const QString& field);
    static Result<void> validateName(const QString& name);
};

} // namespace sd
