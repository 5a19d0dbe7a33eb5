#include "printflow.h"

#include "printlabels.h"

#include <QPainter>

#include <cmath>

namespace sd {

namespace {

constexpr qreal kTotalsLeft = 0.48; // totals occupy the right part of the page
constexpr qreal kTotalsKey = 0.64; // share of the totals block for the labels
constexpr qreal kBoxKey = 0.32; // share of an info box for its labels

} // namespace

PrintFlow::PrintFlow(const PrintContent& content,
    const Typesetter& typesetter,
    const PageLayout& geometry,
    const QColor& accent)
    : m_content(content)
    , m_t(typesetter)
    , m_g(geometry)
    , m_accent(accent)
{
    m_cellPad = m_g.mm(1.2);
    buildColumns();
    buildItems();
}

void PrintFlow::buildColumns()
{
    const qreal w = m_g.body().width();
    qreal fixed = 0;
    for (const auto& c : m_content.columns)
        fixed += c.weight * w;
    // The description keeps at least a quarter of the width; the others shrink if need be.
    const qreal scale = fixed > w * 0.75 ? w * 0.75 / fixed : 1.0;
    const qreal flex = w - fixed * scale;
    qreal x = 0;
    const QFont bold
        = m_t.font(0.85, true); // headers are labels; a size down keeps them on one line
    qreal headerLines = 1;
    for (const auto& c : m_content.columns) {
        const qreal cw = c.weight > 0 ? c.weight * w * scale : flex;
        m_colX << x;
        m_colW << cw;
        x += cw;
        m_headerLines << m_t.wrap(c.header, bold, cw - 2 * m_cellPad);
        headerLines = qMax(headerLines, qreal(m_headerLines.back().size()));
    }
    m_tableHeaderHeight = headerLines * m_t.lineHeight(bold) + 2 * m_g.mm(1.2);
    m_carryHeight = m_t.lineHeight(m_t.font(1.0, true)) + 2 * m_g.mm(1);
}

QList<QPair<qreal, qreal>> PrintFlow::cellGeometry(const PrintRow& row) const
{
    QList<QPair<qreal, qreal>> out;
    int col = 0;
    for (const auto& cell : row.cells) {
        const int last = qMin(int(m_colX.size()), col + cell.span) - 1;
        if (col > last) {
            out << qMakePair(qreal(0), qreal(0));
            continue;
        }
        const qreal x = m_colX[col];
        const qreal w = m_colX[last] + m_colW[last] - x;
        const qreal indent = cell.indent * m_g.mm(4);
        out << qMakePair(x + m_cellPad + indent, w - 2 * m_cellPad - indent);
        col = last + 1;
    }
    return out;
}

void PrintFlow::buildItems()
{
    const qreal w = m_g.body().width();
    const QFont body = m_t.font();
    const QFont bold = m_t.font(1.0, true);
    const qreal lh = qMax(m_t.lineHeight(body), m_t.lineHeight(bold));

    auto paragraph = [&](const QString& text, bool strong) {
        FlowItem it;
        it.kind = FlowItem::Kind::Paragraph;
        for (const QString& line : m_t.wrap(text, strong ? bold : body, w))
            it.lines << FlowLine { line, {}, strong };
        it.lineCount = int(it.lines.size());
        it.lineHeight = lh;
        it.spaceBefore = m_g.mm(3);
        m_items << it;
    };
    // Key/value lines: both sides wrap within their share, the longer one sets the height.
    auto keyValueLines = [&](QList<FlowLine>& out, const KeyValue& kv, qreal keyW, qreal valueW) {
        const QFont& f = kv.bold ? bold : body;
        const QStringList keys = m_t.wrap(kv.key, f, keyW);
        const QStringList values = m_t.wrap(kv.value, f, valueW);
        for (qsizetype i = 0; i < qMax(keys.size(), values.size()); ++i)
            out << FlowLine { keys.value(i), values.value(i), kv.bold };
    };

    if (!m_content.intro.trimmed().isEmpty())
        paragraph(m_content.intro.trimmed(), true);

    for (qsizetype r = 0; r < m_content.rows.size(); ++r) {
        const PrintRow& row = m_content.rows[r];
        FlowItem it;
        it.kind = FlowItem::Kind::Row;
        it.row = int(r);
        it.table = true;
        it.lineHeight = lh;
        it.pad = m_g.mm(1);
        const auto geometry = cellGeometry(row);
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const PrintCell& cell = row.cells[c];
            const QFont& f = cell.bold ? bold : body;
            it.cellLines << (cell.text.isEmpty() ? QStringList()
                                                 : m_t.wrap(cell.text, f, geometry[c].second));
            it.lineCount = qMax(it.lineCount, int(it.cellLines.back().size()));
        }
        it.lineCount = qMax(1, it.lineCount);
        if (row.kind == PrintRowKind::Group) {
            it.spaceBefore = m_g.mm(2);
            it.keepWithNext = r + 1 < m_content.rows.size();
        }
        m_items << it;
    }

    if (!m_content.totals.isEmpty()) {
        FlowItem it;
        it.kind = FlowItem::Kind::Totals;
        const qreal blockW = w * (1 - kTotalsLeft);
        for (qsizetype i = 0; i < m_content.totals.size(); ++i) {
            const qsizetype before = it.lines.size();
            keyValueLines(it.lines,
                m_content.totals[i],
                blockW * kTotalsKey - m_cellPad,
                blockW * (1 - kTotalsKey) - m_cellPad);
            if (m_content.totals[i].bold && before < it.lines.size())
                it.lines[before].rule = true;
        }
        it.lineCount = int(it.lines.size());
        it.lineHeight = lh * 1.1;
        it.spaceBefore = m_g.mm(3);
        m_items << it;
    }

    if (!m_content.note.trimmed().isEmpty())
        paragraph(m_content.note.trimmed(), false);

    for (const InfoBox& box : m_content.boxes) {
        FlowItem it;
        it.kind = FlowItem::Kind::Box;
        const qreal inner = w - 2 * m_g.mm(3);
        it.lines << FlowLine { box.title, {}, true, true };
        for (const KeyValue& kv : box.rows)
            keyValueLines(it.lines, kv, inner * kBoxKey - m_cellPad, inner * (1 - kBoxKey));
        if (!box.text.trimmed().isEmpty())
            for (const QString& line : m_t.wrap(box.text.trimmed(), body, inner))
                it.lines << FlowLine { line, {}, false };
        it.lineCount = int(it.lines.size());
        it.lineHeight = qMax(lh, m_t.lineHeight(m_t.font(1.1, true))); // the title is a size up
        it.pad = m_g.mm(1.5);
        it.spaceBefore = m_g.mm(4);
        m_items << it;
    }
}

qreal PrintFlow::heightOf(const FlowItem& item, int first, int last) const
{
    return (first == 0 ? item.spaceBefore : 0) + 2 * item.pad + (last - first) * item.lineHeight;
}

int PrintFlow::fitLines(const FlowItem& item, int first, qreal space) const
{
    const qreal forLines = space - (first == 0 ? item.spaceBefore : 0) - 2 * item.pad;
    if (forLines < item.lineHeight)
        return 0;
    return qMin(item.lineCount - first, int(std::floor(forLines / item.lineHeight)));
}

QList<FlowPage> PrintFlow::paginate(qreal firstHeader, qreal nextHeader) const
{
    QList<FlowPage> pages;
    const qreal top = m_g.body().top();
    const qreal bottom = m_g.body().bottom();
    const qreal emptyPage = bottom - top - nextHeader - m_tableHeaderHeight - 2 * m_carryHeight;
    int lastTable = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].table)
            lastTable = int(i);

    qreal y = 0;
    bool pageHasContent = false;
    bool tableStarted = false;
    Money running; // Σ line nets placed so far, for carried / brought forward
    auto newPage = [&](bool first) {
        pages << FlowPage {};
        y = top + (first ? firstHeader : nextHeader);
        pageHasContent = false;
    };
    auto endPage = [&](bool tableContinues) {
        if (tableContinues) {
            pages.last().carried = true;
            pages.last().carriedAmount = running;
            pages.last().carriedY = y;
        }
        newPage(false);
    };
    auto place = [&](int index, int first, int last) {
        const FlowItem& it = m_items[index];
        pages.last().placements << FlowPlacement { index, first, last, y };
        y += heightOf(it, first, last);
        pageHasContent = true;
        if (it.table && first == 0) {
            tableStarted = true;
            running += m_content.rows[it.row].net;
        }
    };

    newPage(true);
    for (int i = 0; i < int(m_items.size()); ++i) {
        const FlowItem& it = m_items[i];
        int done = 0;
        while (done < it.lineCount) {
            // The table header (and "brought forward") goes on a page only together with a
            // row, so no page ends in an orphaned header.
            const bool needsHeader = it.table && pages.last().tableHeaderY < 0;
            const qreal air = needsHeader && pageHasContent ? m_g.mm(2) : 0; // below an intro
            const bool brings = needsHeader && tableStarted && m_content.carryAmounts;
            const qreal headerCost
                = needsHeader ? air + m_tableHeaderHeight + (brings ? m_carryHeight : 0) : 0;
            auto placeHeader = [&] {
                if (!needsHeader)
                    return;
                y += air;
                pages.last().tableHeaderY = y;
                y += m_tableHeaderHeight;
                if (brings) {
                    pages.last().broughtForward = running;
                    pages.last().broughtY = y;
                    y += m_carryHeight;
                }
            };
            // A page that breaks the table ends with "carried forward"; only if the table is on it.
            const bool tableOnPage = it.table && !needsHeader;
            // While more table follows, leave room for the "carried forward" line.
            const qreal reserve = it.table && i < lastTable ? m_carryHeight : 0;
            qreal need = headerCost + heightOf(it, done, it.lineCount);
            if (it.keepWithNext && i + 1 < m_items.size())
                need += heightOf(m_items[i + 1], 0, 1);
            if (y + need + reserve <= bottom) {
                placeHeader();
                place(i, done, it.lineCount);
                break;
            }
            const bool fitsOnEmptyPage = heightOf(it, 0, it.lineCount) <= emptyPage;
            if (pageHasContent && done == 0 && (fitsOnEmptyPage || it.keepWithNext)) {
                endPage(tableOnPage);
                continue;
            }
            int n = fitLines(it, done, bottom - y - headerCost - (it.table ? m_carryHeight : 0));
            if (n <= 0) {
                if (pageHasContent) {
                    endPage(tableOnPage);
                    continue;
                }
                n = 1; // an empty page must take something, or nothing would ever be placed
            }
            placeHeader();
            place(i, done, done + n);
            done += n;
            if (done < it.lineCount)
                endPage(it.table);
        }
    }
    return pages;
}

void PrintFlow::paintTableHeader(QPainter& p, qreal y) const
{
    const QFont bold = m_t.font(0.85, true);
    p.fillRect(QRectF(0, y, m_g.body().width(), m_tableHeaderHeight), m_accent);
    p.setFont(bold);
    p.setPen(Qt::white);
    for (qsizetype c = 0; c < m_content.columns.size(); ++c) {
        qreal ly = y + m_g.mm(1.2);
        for (const QString& line : m_headerLines[c]) {
            const qreal x = m_content.columns[c].align & Qt::AlignRight
                ? m_colX[c] + m_colW[c] - m_cellPad - m_t.width(line, bold)
                : m_colX[c] + m_cellPad;
            p.drawText(QPointF(x, ly + m_t.ascent(bold)), line);
            ly += m_t.lineHeight(bold);
        }
    }
}

void PrintFlow::paintCarry(
    QPainter& p, qreal y, const QString& label, std::optional<Money> amount) const
{
    QFont f = m_t.font(1.0, true);
    f.setItalic(true);
    p.setFont(f);
    p.setPen(Qt::darkGray);
    const qreal base = y + m_g.mm(1) + m_t.ascent(f);
    const qreal right = m_g.body().width() - m_cellPad;
    if (amount) {
        const QString value = formatAmount(*amount, m_content.language);
        const qreal lastX = m_colX.isEmpty() ? right : m_colX.back();
        p.drawText(QPointF(right - m_t.width(value, f), base), value);
        p.drawText(QPointF(lastX - m_cellPad - m_t.width(label, f), base), label);
    } else {
        p.drawText(QPointF(right - m_t.width(label, f), base), label);
    }
}

void PrintFlow::paintRow(QPainter& p, const FlowItem& item, int first, int last, qreal y) const
{
    const PrintRow& row = m_content.rows[item.row];
    const auto geometry = cellGeometry(row);
    const qreal top = y + (first == 0 ? item.spaceBefore : 0);
    if (row.kind == PrintRowKind::Subtotal && first == 0) {
        p.setPen(QPen(Qt::gray, m_g.mm(0.2)));
        p.drawLine(QPointF(geometry.value(0).first, top), QPointF(m_g.body().width(), top));
    }
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        const PrintCell& cell = row.cells[c];
        const QFont f = m_t.font(1.0, cell.bold);
        p.setFont(f);
        p.setPen(row.kind == PrintRowKind::Group
                ? m_accent
                : (row.kind == PrintRowKind::Component ? Qt::darkGray : Qt::black));
        const QStringList& lines = item.cellLines[c];
        for (int k = first; k < last && k < lines.size(); ++k) {
            const qreal x = cell.align & Qt::AlignRight
                ? geometry[c].first + geometry[c].second - m_t.width(lines[k], f)
                : geometry[c].first;
            p.drawText(QPointF(x, top + item.pad + (k - first) * item.lineHeight + m_t.ascent(f)),
                lines[k]);
        }
    }
    if (last == item.lineCount && row.kind != PrintRowKind::Group) {
        const qreal bottom = top + 2 * item.pad + (last - first) * item.lineHeight;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), m_g.mm(0.15)));
        p.drawLine(QPointF(0, bottom), QPointF(m_g.body().width(), bottom));
    }
}

void PrintFlow::paintLines(QPainter& p, const FlowItem& item, int first, int last, qreal y) const
{
    const qreal w = m_g.body().width();
    const qreal top = y + (first == 0 ? item.spaceBefore : 0);
    const qreal height = 2 * item.pad + (last - first) * item.lineHeight;
    qreal x0 = 0, keyW = w, valueRight = w;
    if (item.kind == FlowItem::Kind::Box) {
        QColor tint = m_accent;
        tint.setAlpha(20);
        p.fillRect(QRectF(0, top, w, height), tint);
        p.fillRect(QRectF(0, top, m_g.mm(1), height), m_accent);
        x0 = m_g.mm(3);
        keyW = (w - 2 * m_g.mm(3)) * kBoxKey;
        valueRight = w - m_g.mm(3);
    } else if (item.kind == FlowItem::Kind::Totals) {
        x0 = w * kTotalsLeft;
        keyW = (w - x0) * kTotalsKey;
        valueRight = w - m_cellPad;
    }
    for (int k = first; k < last; ++k) {
        const FlowLine& line = item.lines[k];
        const QFont f = m_t.font(line.title ? 1.1 : 1.0, line.bold);
        const qreal ly = top + item.pad + (k - first) * item.lineHeight;
        if (line.rule) {
            p.setPen(QPen(Qt::black, m_g.mm(0.3)));
            p.drawLine(QPointF(x0, ly), QPointF(w, ly));
        }
        p.setFont(f);
        p.setPen(line.title ? m_accent : Qt::black);
        p.drawText(QPointF(x0, ly + m_t.ascent(f)), line.key);
        if (!line.value.isEmpty()) {
            const qreal vx = item.kind == FlowItem::Kind::Box
                ? x0 + keyW
                : valueRight - m_t.width(line.value, f);
            p.drawText(QPointF(vx, ly + m_t.ascent(f)), line.value);
        }
    }
}

void PrintFlow::paint(QPainter& p, const FlowPage& page) const
{
    if (page.tableHeaderY >= 0)
        paintTableHeader(p, page.tableHeaderY);
    if (page.broughtForward)
        paintCarry(p,
            page.broughtY,
            printLabel(m_content.language, Label::BroughtForward),
            page.broughtForward);
    for (const FlowPlacement& pl : page.placements) {
        const FlowItem& item = m_items[pl.item];
        if (item.kind == FlowItem::Kind::Row)
            paintRow(p, item, pl.first, pl.last, pl.y);
        else
            paintLines(p, item, pl.first, pl.last, pl.y);
    }
    if (page.carried) {
        if (m_content.carryAmounts)
            paintCarry(p,
                page.carriedY,
                printLabel(m_content.language, Label::CarriedForward),
                page.carriedAmount);
        else
            paintCarry(p,
                page.carriedY,
                printLabel(m_content.language, Label::ContinuedNextPage),
                std::nullopt);
    }
}

} // namespace sd
