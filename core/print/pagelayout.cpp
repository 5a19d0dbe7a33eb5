#include "pagelayout.h"

#include <QPagedPaintDevice>

namespace sd {

QPageLayout PageLayout::pageLayoutFor(const LayoutProfile& layout)
{
    const QPageSize size(
        layout.pageSize == QStringLiteral("Letter") ? QPageSize::Letter : QPageSize::A4);
    const qreal m = layout.marginMm;
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(m, m, m, m), QPageLayout::Millimeter);
}

PageLayout::PageLayout(
    QPagedPaintDevice& device, const LayoutProfile& layout, int footerLines, qreal lineHeight)
{
    device.setPageLayout(pageLayoutFor(layout));
    // Painting coordinates on a QPagedPaintDevice start at the margin's top-left corner, and
    // width()/height() are the printable area in device pixels.
    m_dotsPerMm = device.logicalDpiX() / 25.4;
    m_page = QRectF(0, 0, device.width(), device.height());
    const qreal footerHeight = qMax(1, footerLines) * lineHeight + mm(2); // + the rule above it
    m_footer = QRectF(m_page.left(), m_page.bottom() - footerHeight, m_page.width(), footerHeight);
    m_body = QRectF(
        m_page.left(), m_page.top(), m_page.width(), m_footer.top() - mm(4) - m_page.top());
}

} // namespace sd
