#pragma once

// Page geometry of a printout in device units: paper size and margins from the layout, the
// footer box reserved at the bottom of every page (its height follows the footer text, so a
// four-line footer never runs into the body), and the body box between them. Computed once per
// render from the device's resolution; the renderer only ever paints inside these boxes.

#include "layoutprofile.h"

#include <QPageLayout>
#include <QRectF>

class QPagedPaintDevice;

namespace sd {

class PageLayout
{
public:
    // Sets paper size and margins on the device (QPdfWriter or QPrinter), then measures.
    // `footerLines` is the number of text lines the footer needs (at least one: "Page X of Y").
    PageLayout(
        QPagedPaintDevice& device, const LayoutProfile& layout, int footerLines, qreal lineHeight);

    static QPageLayout pageLayoutFor(const LayoutProfile& layout);

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    QRectF page() const { return m_page; } // the printable area (inside the margins)
    QRectF footer() const { return m_footer; }
    QRectF body() const { return m_body; } // page() minus the footer box and its gap

private:
    qreal m_dotsPerMm = 1;
    QRectF m_page;
    QRectF m_footer;
    QRectF m_body;
};

} // namespace sd
