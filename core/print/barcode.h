#pragma once

// Code 128 barcodes through zint (Debian libzint-dev), for the shipment number on packing slips.
// zint is a C library: nothing throws; its error codes become Result errors here.

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainterPath>
#include <QSizeF>

namespace sd {

struct BarcodeShape
{
    // Filled rectangles in zint's vector units; scale both axes to the target box when painting
    // (bar widths keep their ratios, which is all a scanner needs).
    QPainterPath bars;
    QSizeF size; // the whole symbol including quiet zones, same units
};

class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)

public:
    // The bars of a Code 128 symbol for `data` (printable ASCII), without human-readable text:
    // the caller prints the number itself in the layout's font.
    static Result<BarcodeShape> code128(const QString& data);
    // The same, rasterised at `moduleWidth` pixels per module and `height` pixels high.
    static Result<QImage> code128Image(const QString& data, int moduleWidth, int height);
};

} // namespace sd
