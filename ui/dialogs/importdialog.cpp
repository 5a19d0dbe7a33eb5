#include "importdialog.h"

#include "common/documentsignals.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "services/importexportservice.h"

#include <QComboBox>
#include <climits>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>

namespace sd::ui {

ImportDialog::ImportDialog(storage::Database& db, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_kind->addItem(tr("Customers"), int(Kind::Customers));
    m_kind->addItem(tr("Products"), int(Kind::Products));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    form->addRow(tr("&Import:"), m_kind);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setMinimumWidth(360);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_summary = new QLabel(tr("Choose a CSV file with a header row (UTF-8 or Windows-1252, “;” or “,”). "
                              "It is checked first; nothing is imported until every row is valid."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("importColumnsLabel"));
    m_columns->setWordWrap(true);
    m_columns->hide();
    m_issues = new QTableWidget(0, 2, this);
    m_issues->setObjectName(QStringLiteral("importIssuesTable"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(true);
    m_issues->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRunButton"));
    m_import->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_columns);
    layout->addWidget(m_issues, 1);
    layout->addStretch(0); // takes the room while the table is hidden, keeping the text on top
    layout->addWidget(buttons);
    resize(640, 260);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, &ImportDialog::check);
    connect(m_file, &QLineEdit::textEdited, this, [this]() {
        m_checked = false;
        m_import->setEnabled(false);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_file->text().isEmpty())
            check();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportDialog::Kind ImportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    check();
}

void ImportDialog::browse()
{
    const QString path = FileDialog::getOpenFileName(this,
        kind() == Kind::Products ? tr("Import products") : tr("Import customers"),
        QFileInfo(m_file->text()).absolutePath(),
        tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        setFile(path);
}

Result<ImportReport> ImportDialog::run(bool dryRun, const QString& label)
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray csv = file.readAll();
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QElapsedTimer repaint;
    repaint.start();
    const ImportExportService::Progress onProgress = [&](qint64 done, qint64 total) {
        if (done == total || repaint.elapsed() >= 50) { // not a repaint per row of 10 000
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin<qint64>(done, INT_MAX)));
            QCoreApplication::processEvents();
            repaint.restart();
        }
        emit progressed(done, total, &progress);
        return !progress.wasCanceled();
    };
    ImportExportService service(m_db);
    auto report = kind() == Kind::Products ? service.importProducts(csv, dryRun, onProgress)
                                           : service.importCustomers(csv, dryRun, onProgress);
    progress.close();
    return report;
}

void ImportDialog::check()
{
    m_checked = false;
    m_import->setEnabled(false);
    m_import->setText(tr("Import"));
    auto report = run(true, tr("Checking the file…"));
    if (!report) {
        m_report = {};
        m_issues->hide();
        m_columns->hide();
        m_summary->setText(report.error().message);
        return;
    }
    m_report = *report;
    m_checked = !m_report.cancelled;
    showReport();
}

void ImportDialog::showReport()
{
    const ImportReport& r = m_report;
    m_issues->setRowCount(0);
    for (const auto& issue : r.issues) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        auto* line = new QTableWidgetItem(QString::number(issue.line));
        line->setData(Qt::UserRole, issue.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.reason));
    }
    m_issues->setVisible(!r.issues.isEmpty());
    m_columns->setVisible(!r.ignoredColumns.isEmpty());
    m_columns->setText(tr("Columns not imported (no field of that name): %1").arg(r.ignoredColumns.join(QStringLiteral(", "))));
    if (r.cancelled) {
        m_summary->setText(tr("The check was cancelled."));
    } else if (!r.ok()) {
        m_summary->setText(tr("%n row(s) must be fixed before anything can be imported (%1 rows read, %2, “%3”):", "",
                              int(r.issues.size()))
                               .arg(r.rows)
                               .arg(r.encoding, QString(r.delimiter)));
    } else if (r.rows == 0) {
        m_summary->setText(tr("The file has no rows below its header."));
    } else {
        m_summary->setText(tr("All %1 rows are valid (%2, “%3”).").arg(r.rows).arg(r.encoding, QString(r.delimiter)));
        m_import->setText(kind() == Kind::Products ? tr("Import %n product(s)", "", r.rows)
                                                   : tr("Import %n customer(s)", "", r.rows));
        m_import->setEnabled(true);
        m_import->setDefault(true);
    }
}

void ImportDialog::runImport()
{
    if (!m_checked || !m_report.ok() || m_report.rows == 0)
        return;
    auto report = run(false, tr("Importing…"));
    if (!report) {
        MessageBox::critical(this, tr("Import"), report.error().message);
        return;
    }
    if (report->cancelled) {
        MessageBox::information(this, tr("Import"), tr("The import was cancelled; nothing was imported."));
        return;
    }
    if (!report->ok()) { // the file changed since the check
        m_report = *report;
        showReport();
        return;
    }
    DocumentSignals::notifyChanged(0); // the customer and product lists reload
    MessageBox::information(this, tr("Import"),
                            kind() == Kind::Products ? tr("%n product(s) imported.", "", report->imported)
                                                     : tr("%n customer(s) imported.", "", report->imported));
    accept();
}

} // namespace sd::ui
