#include "salesoverviewwidget.h"

#include "common/clock.h"
#include "storage/overviewquery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace sd::ui {

namespace {

QLabel* chip(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::RichText);
    // A chip: figures are read at a glance, separated by their frames rather than by words.
    label->setFrameShape(QFrame::StyledPanel);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

QString countText(qint64 n)
{
    return n > storage::OverviewQuery::kCountCap
        ? QStringLiteral("%1+").arg(QLocale().toString(storage::OverviewQuery::kCountCap))
        : QLocale().toString(n);
}

} // namespace

SalesOverviewWidget::SalesOverviewWidget(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("salesOverviewWidget"));
    m_invoiced = chip("invoicedThisMonthLabel", this);
    m_openOrders = chip("openOrdersLabel", this);
    m_overdue = chip("overdueInvoicesLabel", this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_invoiced);
    layout->addWidget(m_openOrders);
    layout->addWidget(m_overdue);
    refresh();
}

void SalesOverviewWidget::refresh()
{
    const QDate today = Clock::instance().today();
    auto o = storage::OverviewQuery(m_db).overview(today);
    if (!o) {
        m_invoiced->setText(o.error().message.toHtmlEscaped());
        m_openOrders->clear();
        m_overdue->clear();
        return;
    }
    m_invoiced->setText(tr("Invoiced in %1: <b>%2</b>")
                            .arg(QLocale().standaloneMonthName(today.month()),
                                o->invoicedThisMonth.toDisplayString()));
    m_invoiced->setToolTip(tr("Booked invoices less credit notes dated this month"));
    m_openOrders->setText(tr("Open orders: <b>%1</b>").arg(countText(o->openOrders)));
    m_openOrders->setToolTip(tr("Confirmed orders not yet delivered and invoiced"));
    if (o->overdueInvoices > 0) {
        m_overdue->setText(
            tr("<span style=\"color:#c0392b\">Overdue: <b>%1</b> (%2)</span>")
                .arg(countText(o->overdueInvoices), o->overdueAmount.toDisplayString()));
    } else {
        m_overdue->setText(tr("Overdue: <b>0</b>"));
    }
    m_overdue->setToolTip(tr("Booked invoices past their due date with something still to pay"));
}

} // namespace sd::ui
