#pragma once

// PrintFlow: places a PrintContent's body (intro, table rows, totals, note, info boxes) onto
// pages, then paints one page at a time. Everything is measured as lines of known height first,
// so pagination is exact and done before painting. An item that does not fit moves to the next
// page when it would fit there, and is split between lines otherwise — a row longer than a page
// or a very long payment-terms text continues on the next page instead of being cut off.

#include "pagelayout.h"
#include "printcontent.h"
#include "typesetter.h"

#include <QColor>
#include <QList>

#include <optional>

class QPainter;

namespace sd {

struct FlowLine
{
    QString key; // Box: the left part, or the whole text line; Paragraph: the text
    QString value; // Box: the right-aligned part
    bool bold = false;
    bool title = false;
    bool rule = false; // a rule above this line (grand total)
};

struct FlowItem
{
    enum class Kind
    {
        Paragraph,
        Row,
        Box,
        Totals
    };
    Kind kind = Kind::Paragraph;
    int row = -1; // index into PrintContent::rows for Row items
    bool table = false;
    bool keepWithNext = false; // group headings stay with their first line
    QList<QStringList> cellLines; // Row: the wrapped lines of each cell
    QList<FlowLine> lines; // Paragraph, Box, Totals
    int lineCount = 0;
    qreal lineHeight = 0;
    qreal spaceBefore = 0;
    qreal pad = 0; // above and below the lines
};

struct FlowPlacement
{
    int item = 0;
    int first = 0; // lines [first, last) of the item
    int last = 0;
    qreal y = 0;
};

struct FlowPage
{
    QList<FlowPlacement> placements;
    qreal tableHeaderY = -1; // < 0: no table on this page
    std::optional<Money> broughtForward;
    qreal broughtY = 0;
    bool carried = false; // the table continues on the next page
    Money carriedAmount;
    qreal carriedY = 0;
};

class PrintFlow
{
public:
    PrintFlow(const PrintContent& content,
        const Typesetter& typesetter,
        const PageLayout& geometry,
        const QColor& accent);

    // Pages of body content; the first page's body starts below `firstHeader`, the others below
    // `nextHeader` (heights measured from the body's top).
    QList<FlowPage> paginate(qreal firstHeader, qreal nextHeader) const;
    void paint(QPainter& p, const FlowPage& page) const;

    const QList<FlowItem>& items() const { return m_items; }

private:
    void buildColumns();
    void buildItems();
    qreal heightOf(const FlowItem& item, int first, int last) const;
    int fitLines(const FlowItem& item, int first, qreal space) const;
    QList<QPair<qreal, qreal>> cellGeometry(const PrintRow& row) const; // x, width per cell

    void paintTableHeader(QPainter& p, qreal y) const;
    void paintCarry(QPainter& p, qreal y, const QString& label, std::optional<Money> amount) const;
    void paintRow(QPainter& p, const FlowItem& item, int first, int last, qreal y) const;
    void paintLines(QPainter& p, const FlowItem& item, int first, int last, qreal y) const;

    const PrintContent& m_content;
    const Typesetter& m_t;
    const PageLayout& m_g;
    QColor m_accent;
    qreal m_cellPad = 0;
    QList<qreal> m_colX;
    QList<qreal> m_colW;
    QList<QStringList> m_headerLines;
    qreal m_tableHeaderHeight = 0;
    qreal m_carryHeight = 0;
    QList<FlowItem> m_items;
};

} // namespace sd
