#include "restorebackupdialog.h"

#include "common/messagebox.h"
#include "documents/documenttypes.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString dateTimeText(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));

    auto* intro = new QLabel(tr("Restoring replaces the open company file “%1” by the backup you choose. The file as it "
                                "is now is kept as a backup first, so a restore can itself be undone.")
                                 .arg(QFileInfo(db.path()).fileName()),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Kind"), tr("Folder"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("backupPreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumWidth(260);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore this backup…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setEnabled(false);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 3);
    middle->addWidget(m_preview, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(860, 420);

    BackupService service(db);
    auto folders = service.folders();
    const QString defaultFolder = folders && !folders->isEmpty() ? QDir(folders->first()).absolutePath() : QString();
    auto list = service.list();
    if (!list) {
        m_preview->setText(list.error().message);
    } else {
        m_backups = *list;
        for (const BackupInfo& b : std::as_const(m_backups)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* taken = new QTableWidgetItem(dateTimeText(b.modified));
            taken->setData(Qt::UserRole, b.path);
            taken->setToolTip(QDir::toNativeSeparators(b.path));
            m_table->setItem(row, 0, taken);
            auto* kind = new QTableWidgetItem(b.problem.isEmpty() ? reasonText(b.reason)
                                                                  : tr("%1 (cannot be restored)").arg(reasonText(b.reason)));
            m_table->setItem(row, 1, kind);
            const QString folder = QFileInfo(b.path).absolutePath();
            m_table->setItem(row, 2, new QTableWidgetItem(folder == defaultFolder ? tr("Beside the file")
                                                                                  : QDir::toNativeSeparators(folder)));
            auto* size = new QTableWidgetItem(QLocale().formattedDataSize(b.size));
            size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 3, size);
        }
        if (m_backups.isEmpty())
            m_preview->setText(tr("There are no backups of this file yet. Salgsdesk makes one each time the file is "
                                  "opened and once a day."));
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::showPreview);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &RestoreBackupDialog::confirmRestore);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::confirmRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
}

QString RestoreBackupDialog::reasonText(const QString& reason)
{
    if (reason == QLatin1String("auto"))
        return tr("Automatic");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    if (reason.startsWith(QLatin1String("before-upgrade")))
        return tr("Before an upgrade");
    return reason;
}

QString RestoreBackupDialog::selectedBackup() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void RestoreBackupDialog::selectBackup(const QString& path)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == path)
            m_table->selectRow(row);
}

void RestoreBackupDialog::showPreview()
{
    const QString path = selectedBackup();
    const BackupInfo* info = nullptr;
    for (const BackupInfo& b : std::as_const(m_backups))
        if (b.path == path)
            info = &b;
    m_restore->setEnabled(info && info->problem.isEmpty());
    if (!info) {
        m_preview->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><br>%2<br><br>")
                       .arg(reasonText(info->reason).toHtmlEscaped(), dateTimeText(info->modified));
    if (!info->problem.isEmpty()) {
        // Refused before anything is touched: say why, in the colour of a problem.
        html += QStringLiteral("<span style=\"color:#b00020\">%1</span><br>%2")
                    .arg(info->problem.toHtmlEscaped(), tr("This backup cannot be restored.").toHtmlEscaped());
        m_preview->setText(html);
        return;
    }
    const storage::BackupPreview& p = info->preview;
    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Company"), p.companyName);
    row(tr("Customers"), QString::number(p.customers));
    row(tr("Products"), QString::number(p.products));
    row(tr("Documents"), QString::number(p.documents));
    for (auto it = p.documentsByType.cbegin(); it != p.documentsByType.cend(); ++it) {
        auto type = parseDocumentType(it.key());
        row(QStringLiteral("   ") + (type ? documentTypeName(*type) : it.key()), QString::number(it.value()));
    }
    row(tr("Last booked invoice"), p.lastInvoiceNumber ? tr("%1 of %2").arg(p.lastInvoiceNumber).arg(p.lastInvoiceDate.toString(Qt::ISODate))
                                                         : tr("none"));
    row(tr("File version"), QString::number(p.schemaVersion));
    html += QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>");
    m_preview->setText(html);
}

void RestoreBackupDialog::confirmRestore()
{
    if (!m_restore->isEnabled())
        return;
    const QString path = selectedBackup();
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString taken = rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
    const auto answer = MessageBox::question(this, tr("Restore from backup"),
                                             tr("Replace the company file by the backup taken %1?\n\nEverything entered "
                                                "since then is no longer in the file; the file as it is now is kept as a "
                                                "backup first.")
                                                 .arg(taken));
    if (answer == QMessageBox::Yes)
        accept();
}

} // namespace sd::ui
