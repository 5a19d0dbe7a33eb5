#pragma once

// DocumentRenderer: paints any sales document (quote, order confirmation, packing slip, invoice,
// credit note) or a payment reminder onto a QPagedPaintDevice — QPdfWriter here in core, QPrinter
// in ui/print. It reads nothing from storage: PrintService gathers a PrintData and hands it over,
// so the renderer is testable with plain structs and never sees SQL.
//
// Pagination is measured before anything is painted (so every page can say "Page X of Y"):
// the table header repeats on every page that carries lines, a page that breaks the table ends
// with "carried forward" and the next begins with "brought forward", totals come only after the
// last line, and text wraps (anywhere, if a word is longer than its column) instead of being cut.

#include "common/result.h"
#include "documents/document.h"
#include "domain/companysettings.h"
#include "layoutprofile.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class QPagedPaintDevice;

namespace sd {

enum class PrintKind
{
    Quote,
    OrderConfirmation,
    PackingSlip,
    Invoice,
    CreditNote,
    Reminder
};

PrintKind printKindOf(DocumentType type);

struct ReminderFacts
{
    QDate date; // of the latest reminder
    int count = 0; // reminders registered so far
    Money fees; // open reminder fees, added to what is due
    QDate newDueDate;
};

struct PrintData
{
    PrintKind kind = PrintKind::Invoice;
    Document document;
    CompanySettings company;
    LayoutProfile layout;
    qint64 orderNumber = 0; // the order a shipment or invoice came from, 0 = none
    qint64 creditedInvoiceNumber = 0; // credit notes
    Money paid;
    Money credited;
    Money amountDue;
    QHash<qint64, QString> binLocations; // product id → bin location, for packing slips
    std::optional<ReminderFacts> reminder;
};

class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    // Paints all pages; returns the number of pages. Sets the device's page layout from the
    // layout profile (A4/Letter, margins).
    static Result<int> render(const PrintData& data, QPagedPaintDevice& device);
    // render() into a new PDF file at `path` (overwritten).
    static Result<int> renderPdf(const PrintData& data, const QString& path);
};

} // namespace sd
