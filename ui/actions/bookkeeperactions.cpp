#include "bookkeeperactions.h"

#include "common/clock.h"
#include "common/documentsignals.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "services/importexportservice.h"

#include <QApplication>
#include <QFile>
#include <QSaveFile>

namespace sd::ui {

BookkeeperActions::BookkeeperActions(storage::Database& db, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{
}

void BookkeeperActions::importCsv(bool products)
{
    const QString path = FileDialog::getOpenFileName(m_parent,
        products ? tr("Import products") : tr("Import customers"),
        {},
        tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(
            m_parent, tr("Import"), tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportExportService service(m_db);
    auto report = products ? service.importProducts(file.readAll(), false)
                           : service.importCustomers(file.readAll(), false);
    QApplication::restoreOverrideCursor();
    if (!report) {
        MessageBox::critical(m_parent, tr("Import"), report.error().message);
        return;
    }
    if (report->ok()) {
        MessageBox::information(
            m_parent, tr("Import"), tr("Imported %Ln row(s).", "", report->imported));
        DocumentSignals::notifyChanged(0);
        return;
    }
    // All or nothing: list what to fix, nothing was imported.
    QStringList lines;
    for (const auto& issue : report->issues.mid(0, 15))
        lines << tr("Line %1: %2").arg(issue.line).arg(issue.reason);
    MessageBox::warning(m_parent,
        tr("Import"),
        tr("Nothing was imported; %Ln row(s) need fixing:", "", int(report->issues.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void BookkeeperActions::exportCsv(bool journal)
{
    // This year so far: what a bookkeeper asks for most; the CLI takes any period.
    const QDate today = Clock::instance().today();
    const QDate from(today.year(), 1, 1);
    const QString path = FileDialog::getSaveFileName(m_parent,
        journal ? tr("Export journal") : tr("Export invoice list"),
        journal ? QStringLiteral("journal-%1.csv").arg(today.year())
                : QStringLiteral("invoices-%1.csv").arg(today.year()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ImportExportService service(m_db);
    auto csv = journal ? service.journalCsv(from, today) : service.invoiceListCsv(from, today);
    if (!csv) {
        MessageBox::critical(m_parent, tr("Export"), csv.error().message);
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*csv) != csv->size() || !out.commit()) {
        MessageBox::critical(
            m_parent, tr("Export"), tr("Could not write %1: %2").arg(path, out.errorString()));
        return;
    }
    emit message(tr("Exported to %1.").arg(path));
}

} // namespace sd::ui
