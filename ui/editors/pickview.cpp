#include "pickview.h"

#include "documents/derivedstatus.h"
#include "documentsession.h"
#include "services/printservice.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

namespace {
constexpr int kFlashMs = 900;
const char* kScanStyle = "font-size: 22pt; padding: 6px;";
const char* kScanErrorStyle = "font-size: 22pt; padding: 6px; background: #e53935; color: white;";
} // namespace

PickView::PickView(storage::Database& db, qint64 shipmentId, QWidget* parent)
    : QWidget(parent)
    , m_session(new DocumentSession(db, shipmentId, this))
    , m_db(db)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_table(new QTableWidget)
    , m_scan(new QLineEdit)
    , m_message(new QLabel)
    , m_pickAll(new QPushButton(tr("Pick &all")))
    , m_send(new QPushButton(tr("&Send + print packing slip")))
    , m_flash(new QTimer(this))
    , m_packingSlip([](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setObjectName(QStringLiteral("pickView"));
    m_title->setObjectName(QStringLiteral("pickTitleLabel"));
    m_status->setObjectName(QStringLiteral("pickStatusLabel"));
    m_table->setObjectName(QStringLiteral("pickLinesTableWidget"));
    m_scan->setObjectName(QStringLiteral("pickScanLineEdit"));
    m_message->setObjectName(QStringLiteral("pickMessageLabel"));
    m_pickAll->setObjectName(QStringLiteral("pickAllButton"));
    m_send->setObjectName(QStringLiteral("sendShipmentButton"));

    // Big type: read from arm's length on a warehouse screen.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_table->setFont(big);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() + 14);
    QFont huge = big;
    huge.setBold(true);
    huge.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(huge);
    m_status->setFont(big);
    m_message->setFont(big);
    m_message->setWordWrap(true);
    for (auto* b : {m_pickAll, m_send}) {
        b->setFont(big);
        b->setMinimumHeight(QFontMetrics(big).height() + 24);
    }
    m_scan->setStyleSheet(QString::fromLatin1(kScanStyle));
    m_scan->setPlaceholderText(tr("Scan or type an EAN and press Enter"));

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Description"), tr("Ordered"), tr("Picked"), tr("Remaining")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus, scan after scan
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pickAll);
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto* l = new QVBoxLayout(this);
    l->addLayout(top);
    l->addWidget(m_scan);
    l->addWidget(m_message);
    l->addWidget(m_table, 1);
    l->addLayout(buttons);
    setTabOrder(m_scan, m_pickAll);
    setTabOrder(m_pickAll, m_send);
    setFocusProxy(m_scan);

    m_flash->setSingleShot(true);
    m_flash->setInterval(kFlashMs);
    connect(m_flash, &QTimer::timeout, this, [this] { m_scan->setStyleSheet(QString::fromLatin1(kScanStyle)); });
    // A wedge scanner types the digits and Enter: one returnPressed per scan.
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scan->text();
        m_scan->clear();
        scan(code);
    });
    connect(m_pickAll, &QPushButton::clicked, this, &PickView::pickAll);
    connect(m_send, &QPushButton::clicked, this, &PickView::sendAndPrint);
    connect(m_session, &DocumentSession::changed, this, &PickView::refresh);
    connect(m_session, &DocumentSession::errorReported, this, &PickView::fail);
    refresh();
}

qint64 PickView::documentId() const
{
    return m_session->documentId();
}

QString PickView::title() const
{
    const Document& d = m_session->document();
    return tr("Shipment %1").arg(d.number.value_or(0));
}

void PickView::setPackingSlipHandler(std::function<void(const QString&)> handler)
{
    m_packingSlip = std::move(handler);
}

void PickView::refresh()
{
    const DocumentView& v = m_session->view();
    const Document& d = v.document;
    m_title->setText(tr("%1 — %2").arg(title(), d.customer.name));
    emit titleChanged(title());
    const bool open = d.status == QStringLiteral("draft");
    auto picked = parsePickedStatus(v.pickedStatus);
    m_status->setText(open ? (picked ? pickedStatusName(*picked) : v.pickedStatus) : tr("Sent"));
    m_scan->setEnabled(open);
    m_pickAll->setEnabled(open);
    m_send->setEnabled(open);

    m_table->setRowCount(0);
    for (const DocumentLine& line : d.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto cell = [&](int column, const QString& text, Qt::Alignment align = Qt::AlignLeft) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        if (line.kind == LineKind::Bundle || !lineKindHasAmounts(line.kind)) {
            // A bundle is picked through its components, listed under it.
            auto* item = cell(1, line.description);
            QFont f = m_table->font();
            f.setBold(true);
            item->setFont(f);
            continue;
        }
        const Quantity remaining = line.quantity - line.picked;
        const QString indent = line.parentLineId ? QStringLiteral("    ") : QString();
        cell(0, indent + line.sku);
        cell(1, line.description);
        cell(2, line.quantity.toDisplayString(), Qt::AlignRight);
        cell(3, line.picked.toDisplayString(), Qt::AlignRight);
        cell(4, remaining.toDisplayString(), Qt::AlignRight);
        if (remaining.isZero()) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setBackground(QColor(0xd7, 0xf0, 0xd8));
        }
    }
}

void PickView::fail(const QString& message)
{
    // Seen from across the room and heard with eyes on the shelf.
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_message->setText(message);
    m_scan->setStyleSheet(QString::fromLatin1(kScanErrorStyle));
    m_flash->start();
    QApplication::beep();
}

void PickView::succeed(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20"));
    m_message->setText(message);
}

bool PickView::scan(const QString& code)
{
    if (code.trimmed().isEmpty())
        return false;
    auto sku = m_session->sales().pickEan(documentId(), code.trimmed());
    if (!sku) {
        fail(sku.error().message);
        return false;
    }
    m_session->reload();
    succeed(tr("Picked 1 × %1").arg(*sku));
    return true;
}

bool PickView::pickAll()
{
    auto r = m_session->sales().pickAll(documentId());
    if (!r) {
        fail(r.error().message);
        return false;
    }
    m_session->reload();
    succeed(tr("Everything is picked."));
    m_scan->setFocus();
    return true;
}

bool PickView::sendAndPrint()
{
    auto r = m_session->sales().sendShipment(documentId());
    if (!r) {
        fail(r.error().message);
        return false;
    }
    m_session->reload();
    emit shipmentSent(documentId());
    // Sending is done and stays done; a printing problem is reported, not rolled back.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(dir).filePath(
        tr("packing-slip-%1.pdf").arg(m_session->document().number.value_or(0)));
    auto printed = PrintService(m_db).renderPdf(documentId(), path);
    if (!printed) {
        fail(tr("The shipment was sent, but the packing slip could not be made: %1")
                 .arg(printed.error().message));
        return false;
    }
    succeed(tr("Sent. The packing slip is opening."));
    if (m_packingSlip)
        m_packingSlip(path);
    return true;
}

} // namespace sd::ui
