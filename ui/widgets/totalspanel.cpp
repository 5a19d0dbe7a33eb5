#include "totalspanel.h"

#include "services/salesservice.h"

#include <QFormLayout>
#include <QLabel>

namespace sd::ui {

TotalsPanel::TotalsPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("totalsPanel"));
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFormAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setContentsMargins(0, 0, 0, 0);
}

void TotalsPanel::setView(const DocumentView& view)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Totals& t = view.document.totals;
    const QString currency = view.document.currency;
    auto addRow = [&](const QString& label, Money amount, const char* name, bool bold = false) {
        auto* value = new QLabel(QStringLiteral("%1 %2").arg(amount.toDisplayString(), currency));
        value->setObjectName(QString::fromLatin1(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (bold) {
            QFont f = value->font();
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 1.2);
            value->setFont(f);
        }
        m_form->addRow(label, value);
    };
    addRow(tr("Net"), t.net, "netTotalLabel");
    for (const auto& row : t.breakdown) {
        addRow(tr("VAT %1 % of %2").arg(row.percent.toString(), row.base.toDisplayString()),
               row.vat,
               "vatRowLabel");
    }
    addRow(tr("Total"), t.gross, "grossTotalLabel", true);
    if (view.document.type == DocumentType::Invoice && view.document.isBooked()) {
        if (!view.credited.isZero())
            addRow(tr("Credited"), view.credited, "creditedLabel");
        addRow(tr("Paid"), view.paid, "paidLabel");
        addRow(tr("Amount due"), view.amountDue, "amountDueLabel", true);
    }
}

} // namespace sd::ui
