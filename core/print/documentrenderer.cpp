#include "documentrenderer.h"

#include "barcode.h"
#include "pagelayout.h"
#include "printcontent.h"
#include "printflow.h"
#include "printlabels.h"
#include "typesetter.h"

#include <QFile>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace sd {

PrintKind printKindOf(DocumentType type)
{
    switch (type) {
    case DocumentType::Quote:
        return PrintKind::Quote;
    case DocumentType::Order:
        return PrintKind::OrderConfirmation;
    case DocumentType::Shipment:
        return PrintKind::PackingSlip;
    case DocumentType::Invoice:
        return PrintKind::Invoice;
    case DocumentType::CreditNote:
        return PrintKind::CreditNote;
    }
    return PrintKind::Invoice;
}

namespace {

// The first page's letterhead: seller left, title and document facts right, then the buyer
// (and delivery address) blocks. Measures when `p` is null, paints otherwise; returns the height.
qreal firstPageHeader(QPainter* p,
    const PrintContent& c,
    const Typesetter& t,
    const PageLayout& g,
    const QColor& accent)
{
    const qreal w = g.body().width();
    const qreal leftW = w * 0.5;
    const qreal rightX = w * 0.55;
    const qreal rightW = w - rightX;
    const QFont body = t.font();
    const QFont bold = t.font(1.0, true);
    const QFont small = t.font(0.9);
    auto text = [&](const QString& s,
                    const QFont& f,
                    qreal x,
                    qreal y,
                    qreal width,
                    const QColor& colour,
                    Qt::Alignment align = Qt::AlignLeft) {
        qreal yy = y;
        const qreal lh = t.lineHeight(f);
        for (const QString& line : t.wrap(s, f, width)) {
            if (p) {
                p->setFont(f);
                p->setPen(colour);
                const qreal dx = align & Qt::AlignRight ? width - t.width(line, f) : 0;
                p->drawText(QPointF(x + dx, yy + t.ascent(f)), line);
            }
            yy += lh;
        }
        return yy;
    };

    // Left: logo, company name, seller details.
    qreal left = g.body().top();
    const QImage logo = c.logoPath.isEmpty() ? QImage() : QImage(c.logoPath);
    if (!logo.isNull()) {
        const qreal h = g.mm(16);
        const qreal lw = qMin(leftW, h * logo.width() / qMax(1, logo.height()));
        if (p)
            p->drawImage(QRectF(0, left, lw, lw * logo.height() / qMax(1, logo.width())), logo);
        left += lw * logo.height() / qMax(1, logo.width()) + g.mm(2);
    }
    left = text(c.companyName, t.font(1.5, true), 0, left, leftW, accent);
    left = text(c.sellerLines.join(u'\n'), small, 0, left, leftW, Qt::black);

    // Right: title and the document's facts as key/value rows.
    qreal right = text(c.title, t.font(2.0, true), rightX, g.body().top(), rightW, accent);
    right += g.mm(1.5);
    const qreal keyW = rightW * 0.45;
    for (const KeyValue& kv : c.meta) {
        const QFont& f = kv.bold ? bold : body;
        const qreal a = text(kv.key, body, rightX, right, keyW - g.mm(1), Qt::darkGray);
        const qreal b
            = text(kv.value, f, rightX + keyW, right, rightW - keyW, Qt::black, Qt::AlignRight);
        right = qMax(a, b);
    }

    // Addresses.
    left += g.mm(6);
    left = text(c.buyerTitle, small, 0, left, leftW, Qt::darkGray);
    left = text(c.buyerLines.join(u'\n'), body, 0, left, leftW, Qt::black);
    if (!c.deliveryTitle.isEmpty()) {
        right += g.mm(4);
        right = text(c.deliveryTitle, small, rightX, right, rightW, Qt::darkGray);
        right = text(c.deliveryLines.join(u'\n'), body, rightX, right, rightW, Qt::black);
    }
    if (!c.barcode.isEmpty()) {
        right += g.mm(3);
        if (auto shape = Barcode::code128(c.barcode); shape && p) {
            const QRectF box(rightX, right, qMin(rightW, g.mm(55)), g.mm(13));
            p->save();
            p->translate(box.topLeft());
            p->scale(box.width() / shape->size.width(), box.height() / shape->size.height());
            p->fillPath(shape->bars, Qt::black);
            p->restore();
        }
        right += g.mm(13.5);
        right = text(c.barcode, small, rightX, right, qMin(rightW, g.mm(55)), Qt::black);
    }
    return qMax(left, right) + g.mm(6) - g.body().top();
}

qreal continuationHeader(QPainter* p,
    const PrintContent& c,
    const Typesetter& t,
    const PageLayout& g,
    const QColor& accent)
{
    const QFont f = t.font(1.1, true);
    const QString number = c.meta.isEmpty() ? QString() : c.meta.first().value;
    if (p) {
        p->setFont(f);
        p->setPen(accent);
        p->drawText(QPointF(0, g.body().top() + t.ascent(f)), c.companyName);
        const QString right = c.title + u' ' + number;
        p->drawText(
            QPointF(g.body().width() - t.width(right, f), g.body().top() + t.ascent(f)), right);
        p->setPen(QPen(accent, g.mm(0.3)));
        const qreal y = g.body().top() + t.lineHeight(f) + g.mm(1);
        p->drawLine(QPointF(0, y), QPointF(g.body().width(), y));
    }
    return t.lineHeight(f) + g.mm(5);
}

void paintFooter(QPainter& p,
    const PrintContent& c,
    const Typesetter& t,
    const PageLayout& g,
    const QStringList& lines,
    int page,
    int pages)
{
    const QFont f = t.font(0.85);
    const QRectF box = g.footer();
    p.setPen(QPen(Qt::gray, g.mm(0.2)));
    p.drawLine(QPointF(box.left(), box.top()), QPointF(box.right(), box.top()));
    p.setFont(f);
    p.setPen(Qt::darkGray);
    qreal y = box.top() + g.mm(2);
    for (const QString& line : lines) {
        p.drawText(QPointF(box.left(), y + t.ascent(f)), line);
        y += t.lineHeight(f);
    }
    const QString pageText = printLabel(c.language, Label::PageOf).arg(page).arg(pages);
    p.drawText(
        QPointF(box.right() - t.width(pageText, f), box.top() + g.mm(2) + t.ascent(f)), pageText);
}

} // namespace

Result<int> DocumentRenderer::render(const PrintData& data, QPagedPaintDevice& device)
{
    const PrintContent content = buildPrintContent(data);
    const QColor accent(data.layout.accentColor);
    Typesetter t(&device, data.layout);
    const QFont footerFont = t.font(0.85);
    // The footer's height depends on how its text wraps, which depends on the page width: set
    // the page up once to learn the width, then again with the real footer height.
    PageLayout probe(device, data.layout, 1, t.lineHeight(footerFont));
    const QStringList footerLines = content.footer.trimmed().isEmpty()
        ? QStringList()
        : t.wrap(content.footer.trimmed(), footerFont, probe.page().width() * 0.78);
    const PageLayout g(
        device, data.layout, qMax(1, int(footerLines.size())), t.lineHeight(footerFont));

    const qreal firstHeader = firstPageHeader(nullptr, content, t, g, accent);
    const qreal nextHeader = continuationHeader(nullptr, content, t, g, accent);
    if (firstHeader > g.body().height() * 0.8)
        return makeError(ErrorCode::InvalidInput,
            tr("The document header does not fit on a page; shorten the addresses or the footer."));

    PrintFlow flow(content, t, g, accent);
    const QList<FlowPage> pages = flow.paginate(firstHeader, nextHeader);

    QPainter p;
    if (!p.begin(&device))
        return makeError(ErrorCode::Io, tr("The printout could not be started."));
    p.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            p.end();
            return makeError(ErrorCode::Io, tr("A new page could not be started."));
        }
        if (i == 0)
            firstPageHeader(&p, content, t, g, accent);
        else
            continuationHeader(&p, content, t, g, accent);
        flow.paint(p, pages[i]);
        paintFooter(p, content, t, g, footerLines, int(i) + 1, int(pages.size()));
    }
    if (!p.end())
        return makeError(ErrorCode::Io, tr("The printout could not be finished."));
    return int(pages.size());
}

Result<int> DocumentRenderer::renderPdf(const PrintData& data, const QString& path)
{
    {
        // QPdfWriter reports no errors; find an unwritable path before painting anything.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io,
                tr("The PDF could not be written to %1.").arg(path),
                probe.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Salgsdesk"));
        writer.setTitle(buildPrintContent(data).title);
        auto r = render(data, writer);
        if (!r)
            return r.error();
        pages = *r;
    } // the writer finishes the file when it goes away
    if (QFile(path).size() == 0)
        return makeError(ErrorCode::Io, tr("The PDF could not be written to %1.").arg(path));
    return pages;
}

} // namespace sd
