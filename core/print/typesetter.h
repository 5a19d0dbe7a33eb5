#pragma once

// Fonts and text measurement for one paint device. Wrapping is done here, line by line, so the
// renderer knows every line's text before painting: that is what lets a long description break
// across pages instead of being clipped, and what makes "page X of Y" possible.

#include "layoutprofile.h"

#include <QFont>
#include <QStringList>

class QPaintDevice;

namespace sd {

class Typesetter
{
public:
    Typesetter(QPaintDevice* device, const LayoutProfile& layout);

    QFont font(qreal scale = 1.0, bool bold = false) const;
    qreal lineHeight(const QFont& font) const;
    qreal ascent(const QFont& font) const;
    qreal width(const QString& text, const QFont& font) const;
    // The lines `text` takes in `width`: explicit line breaks are kept, words wrap, and a word
    // longer than the width breaks anywhere rather than running out of its column.
    QStringList wrap(const QString& text, const QFont& font, qreal width) const;

private:
    QPaintDevice* m_device;
    QString m_family;
    qreal m_pointSize;
};

} // namespace sd
