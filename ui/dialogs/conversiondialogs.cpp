#include "conversiondialogs.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QDialogButtonBox* okCancel(QDialog* dialog, const QString& okText)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("conversionOkButton"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QString label(const Document& d)
{
    return d.number ? QStringLiteral("%1 %2").arg(documentTypeName(d.type)).arg(*d.number)
                    : documentTypeName(d.type);
}

} // namespace

AcceptQuoteDialog::AcceptQuoteDialog(const Document& quote, QWidget* parent)
    : QDialog(parent)
    , m_order(new QRadioButton(tr("Create an &order (deliver first, invoice later)")))
    , m_invoice(new QRadioButton(tr("Create an &invoice directly")))
{
    setObjectName(QStringLiteral("acceptQuoteDialog"));
    setWindowTitle(tr("Accept %1").arg(label(quote)));
    m_order->setObjectName(QStringLiteral("toOrderRadioButton"));
    m_invoice->setObjectName(QStringLiteral("toInvoiceRadioButton"));
    m_order->setChecked(true);
    auto* l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("The customer accepted the quote. What should it become?")));
    l->addWidget(m_order);
    l->addWidget(m_invoice);
    l->addWidget(okCancel(this, tr("Accept")));
}

DocumentType AcceptQuoteDialog::target() const
{
    return m_invoice->isChecked() ? DocumentType::Invoice : DocumentType::Order;
}

void AcceptQuoteDialog::setTarget(DocumentType type)
{
    (type == DocumentType::Invoice ? m_invoice : m_order)->setChecked(true);
}

CreateInvoiceDialog::CreateInvoiceDialog(const Document& order, QWidget* parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("&All lines of the order")))
    , m_shipped(new QRadioButton(tr("&Only what has been shipped")))
{
    setObjectName(QStringLiteral("createInvoiceDialog"));
    setWindowTitle(tr("Invoice %1").arg(label(order)));
    m_all->setObjectName(QStringLiteral("allLinesRadioButton"));
    m_shipped->setObjectName(QStringLiteral("shippedOnlyRadioButton"));
    m_all->setChecked(true);
    auto* l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("What should the invoice contain?")));
    l->addWidget(m_all);
    l->addWidget(m_shipped);
    l->addWidget(okCancel(this, tr("Create invoice")));
}

bool CreateInvoiceDialog::shippedOnly() const
{
    return m_shipped->isChecked();
}

void CreateInvoiceDialog::setShippedOnly(bool shippedOnly)
{
    (shippedOnly ? m_shipped : m_all)->setChecked(true);
}

CreditNoteDialog::CreditNoteDialog(const Document& invoice, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget)
    , m_returnStock(new QCheckBox(tr("&Return the goods to stock")))
    , m_reinvoice(new QCheckBox(tr("The credited quantity can be &invoiced again")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit %1").arg(label(invoice)));
    m_table->setObjectName(QStringLiteral("creditLinesTableWidget"));
    m_returnStock->setObjectName(QStringLiteral("returnStockCheckBox"));
    m_reinvoice->setObjectName(QStringLiteral("reinvoiceCheckBox"));
    m_reinvoice->setChecked(true); // ARCHITECTURE §2: crediting makes it invoiceable by default
    m_error->setObjectName(QStringLiteral("creditErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->setWordWrap(true);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Description"), tr("Invoiced"), tr("Credit")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const auto& line : invoice.lines) {
        if (!lineKindHasAmounts(line.kind))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto fixed = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_table->setItem(row, 0, fixed(QString::number(line.lineNo)));
        m_table->setItem(row, 1, fixed(line.description));
        m_table->setItem(row, 2, fixed(line.quantity.toDisplayString()));
        // Full credit by default: the common case (seed 003) is crediting the whole invoice.
        m_table->setItem(row, 3, new QTableWidgetItem(line.quantity.toString()));
        m_lineNos << line.lineNo;
    }
    auto* l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("Quantities to credit (0 leaves a line out):")));
    l->addWidget(m_table);
    l->addWidget(m_returnStock);
    l->addWidget(m_reinvoice);
    l->addWidget(m_error);
    l->addWidget(okCancel(this, tr("Create credit note")));
    resize(560, 360);
}

Result<QList<CreditLineInput>> CreditNoteDialog::lines() const
{
    QList<CreditLineInput> out;
    for (int row = 0; row < m_lineNos.size(); ++row) {
        const QString text = m_table->item(row, 3)->text().trimmed();
        auto q = Quantity::parse(text.isEmpty() ? QStringLiteral("0") : text);
        if (!q)
            return makeError(q.error().code, tr("Line %1: %2").arg(m_lineNos[row]).arg(q.error().message));
        if (q->isPositive())
            out << CreditLineInput {m_lineNos[row], *q};
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one line to credit."));
    return out;
}

void CreditNoteDialog::setQuantity(int lineNo, const QString& quantity)
{
    const int row = int(m_lineNos.indexOf(lineNo));
    if (row >= 0)
        m_table->item(row, 3)->setText(quantity);
}

bool CreditNoteDialog::returnStock() const
{
    return m_returnStock->isChecked();
}

bool CreditNoteDialog::reinvoice() const
{
    return m_reinvoice->isChecked();
}

void CreditNoteDialog::accept()
{
    // Unreadable input stays in the dialog, next to the table, instead of failing later.
    if (auto r = lines(); !r) {
        m_error->setText(r.error().message);
        return;
    }
    QDialog::accept();
}

BookInvoiceDialog::BookInvoiceDialog(const Document& invoice, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(invoice.date))
    , m_withShipment(new QCheckBox(tr("Also create a &shipment for the goods")))
    , m_stockAtDate(new QCheckBox(tr("&Deduct stock at the invoice date")))
{
    setObjectName(QStringLiteral("bookInvoiceDialog"));
    setWindowTitle(tr("Book %1").arg(documentTypeName(invoice.type)));
    m_date->setObjectName(QStringLiteral("bookDateEdit"));
    m_date->setCalendarPopup(true);
    m_withShipment->setObjectName(QStringLiteral("withShipmentCheckBox"));
    m_stockAtDate->setObjectName(QStringLiteral("stockAtInvoiceDateCheckBox"));
    m_stockAtDate->setEnabled(false);
    connect(m_withShipment, &QCheckBox::toggled, m_stockAtDate, &QCheckBox::setEnabled);
    auto* l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("Booking gives the invoice its number; after that it cannot be "
                               "changed, only credited.")));
    auto* dateRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("Invoice &date:"));
    dateLabel->setBuddy(m_date);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    l->addLayout(dateRow);
    if (invoice.type == DocumentType::Invoice) {
        l->addWidget(m_withShipment);
        l->addWidget(m_stockAtDate);
    } else {
        m_withShipment->hide();
        m_stockAtDate->hide();
    }
    l->addWidget(okCancel(this, tr("Book")));
}

BookOptions BookInvoiceDialog::options() const
{
    BookOptions o;
    o.date = m_date->date();
    o.withShipment = m_withShipment->isChecked();
    o.stockAtInvoiceDate = o.withShipment && m_stockAtDate->isChecked();
    return o;
}

void BookInvoiceDialog::setWithShipment(bool on)
{
    m_withShipment->setChecked(on);
}

} // namespace sd::ui
