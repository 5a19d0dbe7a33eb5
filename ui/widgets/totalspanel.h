#pragma once

// TotalsPanel: the live totals of a document — net, VAT per rate and total, and for invoices
// what is paid and due. Every figure is core's (DocumentView, computeTotals); this only lays
// the Money values out with toDisplayString.

#include <QWidget>

class QFormLayout;

namespace sd {
struct DocumentView;
}

namespace sd::ui {

class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(QWidget* parent = nullptr);
    void setView(const DocumentView& view);

private:
    QFormLayout* m_form;
};

} // namespace sd::ui
