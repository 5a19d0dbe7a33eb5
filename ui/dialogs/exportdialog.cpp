#include "exportdialog.h"

#include "common/clock.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "services/importexportservice.h"
#include "services/printservice.h"

#include <QComboBox>
#include <climits>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sd::ui {

ExportDialog::ExportDialog(storage::Database& db, What what, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto* form = new QFormLayout;

    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("exportWhatComboBox"));
    m_what->addItem(tr("EHF files of booked invoices and credit notes"), int(What::Ehf));
    m_what->addItem(tr("Journal for the bookkeeper (CSV)"), int(What::Journal));
    m_what->addItem(tr("Invoice list (CSV)"), int(What::InvoiceList));
    form->addRow(tr("&Export:"), m_what);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("exportPeriodComboBox"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("From – to"), int(Period::Custom));
    form->addRow(tr("&Period:"), m_period);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("exportFromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("exportToDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addRow(tr("Dates:"), dates);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("exportTargetLineEdit"));
    m_target->setMinimumWidth(360);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browseButton);
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, targetRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* run = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("exportRunButton"));
    run->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // The journal is done once a month for the month just closed; the same default suits the
    // other two, which the bookkeeper fetches in the same round.
    m_period->setCurrentIndex(m_period->findData(int(Period::LastMonth)));
    m_what->setCurrentIndex(m_what->findData(int(what)));
    updatePeriod();
    suggestTarget();

    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestTarget);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this]() {
        updatePeriod();
        suggestTarget();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ExportDialog::suggestTarget);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportDialog::suggestTarget);
    connect(m_target, &QLineEdit::textEdited, this, [this]() { m_targetEdited = true; });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::pair<QDate, QDate> ExportDialog::periodDates(Period period, const QDate& today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (period) {
    case Period::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Period::Custom:
        break;
    }
    return {};
}

void ExportDialog::updatePeriod()
{
    const auto period = Period(m_period->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const auto [from, to] = periodDates(period, Clock::instance().today());
        m_from->setDate(from);
        m_to->setDate(to);
    }
}

void ExportDialog::suggestTarget()
{
    const What w = what();
    m_targetLabel->setText(w == What::Ehf ? tr("&Folder:") : tr("&File:"));
    if (m_targetEdited)
        return;
    // Named after the period: "journal-2025-03.csv", "ehf-2025-03", "invoices-2025.csv" …
    QString period;
    const QDate f = from(), t = to();
    if (f.day() == 1 && t == f.addMonths(1).addDays(-1))
        period = f.toString(QStringLiteral("yyyy-MM"));
    else if (f.dayOfYear() == 1 && t == QDate(f.year(), 12, 31))
        period = QString::number(f.year());
    else
        period = f.toString(Qt::ISODate) + QStringLiteral("_") + t.toString(Qt::ISODate);
    const QString name = w == What::Ehf       ? QStringLiteral("ehf-%1").arg(period)
                         : w == What::Journal ? QStringLiteral("journal-%1.csv").arg(period)
                                              : QStringLiteral("invoices-%1.csv").arg(period);
    QString base = m_target->text().isEmpty() ? QString() : QFileInfo(m_target->text()).absolutePath();
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    m_target->setText(QDir::toNativeSeparators(QDir(base).filePath(name)));
}

void ExportDialog::browse()
{
    QString chosen;
    if (what() == What::Ehf)
        chosen = QFileDialog::getExistingDirectory(this, tr("Export EHF files to"), QFileInfo(target()).absolutePath());
    else
        chosen = FileDialog::getSaveFileName(this, tr("Export to"), target(), tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        setTarget(chosen);
}

void ExportDialog::setWhat(What w)
{
    m_what->setCurrentIndex(m_what->findData(int(w)));
}

void ExportDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ExportDialog::setCustomPeriod(const QDate& from, const QDate& to)
{
    setPeriod(Period::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::setTarget(const QString& path)
{
    m_targetEdited = true;
    m_target->setText(QDir::toNativeSeparators(path));
}

ExportDialog::What ExportDialog::what() const
{
    return What(m_what->currentData().toInt());
}

QDate ExportDialog::from() const
{
    return m_from->date();
}

QDate ExportDialog::to() const
{
    return m_to->date();
}

QString ExportDialog::target() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

void ExportDialog::runExport()
{
    const QString path = target();
    if (path.isEmpty()) {
        MessageBox::warning(this, tr("Export"), tr("Choose where to export to."));
        return;
    }
    if (from() > to()) {
        MessageBox::warning(this, tr("Export"), tr("The period ends before it begins."));
        return;
    }
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QElapsedTimer repaint;
    repaint.start();
    const ImportExportService::Progress onProgress = [&](qint64 done, qint64 total) {
        // Redrawn at most every 50 ms: thousands of steps must not cost a repaint each.
        if (done == 0 || done == total || repaint.elapsed() >= 50) {
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin<qint64>(done, INT_MAX)));
            QCoreApplication::processEvents();
            repaint.restart();
        }
        emit progressed(done, total, &progress);
        return !progress.wasCanceled();
    };

    // The printout embedded in each EHF file (when invoice.attach_pdf_in_ehf is on, the
    // default): rendered by PrintService like File → Print does. Without it the file is still
    // valid, so a printout that fails leaves it out rather than failing the export.
    const ImportExportService::PdfProvider printout = [this](const DocumentView& view) -> QByteArray {
        QTemporaryDir scratch;
        const QString pdf = scratch.filePath(QStringLiteral("printout.pdf"));
        if (!scratch.isValid() || !PrintService(m_db).renderPdf(view.document.id, pdf))
            return {};
        QFile file(pdf);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };

    ImportExportService service(m_db);
    Result<ExportResult> result = makeError(ErrorCode::InvalidInput, QString());
    switch (what()) {
    case What::Ehf:
        result = service.exportEhf(from(), to(), path, printout, onProgress);
        break;
    case What::Journal:
        result = service.exportJournal(from(), to(), path, onProgress);
        break;
    case What::InvoiceList:
        result = service.exportInvoiceList(from(), to(), path, onProgress);
        break;
    }
    progress.close();
    if (!result) {
        MessageBox::critical(this, tr("Export"), result.error().message);
        return;
    }
    if (result->cancelled) {
        m_summary = tr("Export cancelled; no file was written.");
        MessageBox::information(this, tr("Export"), m_summary);
        return; // the dialog stays open to try again
    }
    const QString where = QDir::toNativeSeparators(path);
    const QString period = tr("%1 – %2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    switch (what()) {
    case What::Ehf:
        m_summary = tr("%n invoice(s) and credit note(s) of %1 exported as EHF to %2.", "", result->documents)
                        .arg(period, where);
        break;
    case What::Journal:
        m_summary = tr("Journal of %1 (%n invoice(s) and credit note(s), %2 rows) exported to %3.", "", result->documents)
                        .arg(period)
                        .arg(result->rows)
                        .arg(where);
        break;
    case What::InvoiceList:
        m_summary = tr("%n invoice(s) and credit note(s) of %1 exported to %2.", "", result->documents).arg(period, where);
        break;
    }
    MessageBox::information(this, tr("Export"), m_summary);
    accept();
}

} // namespace sd::ui
