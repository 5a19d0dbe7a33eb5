#include "typesetter.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace sd {

Typesetter::Typesetter(QPaintDevice* device, const LayoutProfile& layout)
    : m_device(device)
    , m_family(layout.fontFamily)
    , m_pointSize(layout.fontSize)
{
}

QFont Typesetter::font(qreal scale, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(m_pointSize * scale);
    f.setBold(bold);
    // Kerning and hinting differ between measuring and the PDF engine; without them the
    // measured width is exactly what gets painted. No shaping also means no ligatures, so
    // "ff" stays two letters when a PDF reader (or a test) extracts the text.
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal Typesetter::lineHeight(const QFont& f) const
{
    return QFontMetricsF(f, m_device).lineSpacing();
}

qreal Typesetter::ascent(const QFont& f) const
{
    return QFontMetricsF(f, m_device).ascent();
}

qreal Typesetter::width(const QString& text, const QFont& f) const
{
    return QFontMetricsF(f, m_device).horizontalAdvance(text);
}

QStringList Typesetter::wrap(const QString& text, const QFont& f, qreal width) const
{
    QStringList out;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString& para : paragraphs) {
        if (para.trimmed().isEmpty()) {
            out << QString();
            continue;
        }
        QTextLayout layout(para, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString piece = para.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace())
                piece.chop(1);
            out << piece;
        }
        layout.endLayout();
    }
    while (out.size() > 1 && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace sd
