#pragma once

// PrintService: turns a stored document into a printout (PDF or any QPagedPaintDevice) and
// manages the named layouts. It gathers what the renderer needs — the document view, company
// settings, the resolved layout, bin locations, reminder facts — so the renderer never reads
// storage. Layout resolution (ARCHITECTURE §7, seed 001): an explicit override, else the
// document's layout, else the customer's, else the company default (setting layout.default).

#include "common/result.h"
#include "print/documentrenderer.h"
#include "print/layoutprofile.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace sd {

namespace storage {
class Database;
}

class PrintService
{
    Q_DECLARE_TR_FUNCTIONS(PrintService)

public:
    explicit PrintService(storage::Database& db);

    // Printouts -----------------------------------------------------------------------------
    Result<void> renderPdf(
        qint64 documentId, const QString& path, const QString& layoutOverride = {});
    // The payment reminder of a booked invoice that has at least one reminder registered
    // (SalesService::remind): amount due, open fees and the new due date.
    Result<void> renderReminderPdf(qint64 invoiceNumber, const QString& path);
    // For the desktop's QPrinter / print preview; returns the number of pages.
    Result<int> render(
        qint64 documentId, QPagedPaintDevice& device, const QString& layoutOverride = {});
    // Everything the renderer needs, for tests and for the preview.
    Result<PrintData> printData(qint64 documentId, const QString& layoutOverride = {});
    Result<PrintData> reminderData(qint64 invoiceNumber);
    // Things the user should know before sending (seed 001 FAQ: payment terms missing on the
    // PDF because the resolved layout hides them; no bank account; no seller org.nr on an
    // invoice or credit note). Empty when all is well. The desktop's preview shows them.
    Result<QStringList> warnings(qint64 documentId, const QString& layoutOverride = {});

    // Layouts -------------------------------------------------------------------------------
    Result<LayoutProfile> resolveLayout(qint64 documentId, const QString& layoutOverride = {});
    Result<QList<LayoutProfile>> layouts();
    Result<LayoutProfile> layout(const QString& name);
    // A new layout with default values, or a copy of `copyOf`.
    Result<LayoutProfile> addLayout(const QString& name, const QString& copyOf = {});
    // `fields` as `layout set NAME --FIELD VALUE` takes them (LayoutRules::fieldNames()).
    Result<LayoutProfile> setLayoutFields(
        const QString& name, const QList<QPair<QString, QString>>& fields);

private:
    storage::Database& m_db;
};

} // namespace sd
