#include "barcode.h"

#include <QPainter>

#include <memory>
#include <zint.h>

namespace sd {

namespace {

struct SymbolDeleter
{
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

} // namespace

Result<BarcodeShape> Barcode::code128(const QString& data)
{
    if (data.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A barcode needs something to encode."));
    for (const QChar c : data) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return makeError(ErrorCode::InvalidInput,
                tr("“%1” cannot be printed as a Code 128 barcode.").arg(data));
    }
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(ErrorCode::Io, tr("The barcode library could not start."));
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0;
    const QByteArray bytes = data.toLatin1();
    const int rc = ZBarcode_Encode_and_Buffer_Vector(symbol.get(),
        reinterpret_cast<const unsigned char*>(bytes.constData()),
        int(bytes.size()),
        0);
    if (rc >= ZINT_ERROR || !symbol->vector)
        return makeError(ErrorCode::InvalidInput,
            tr("The barcode for “%1” could not be made.").arg(data),
            QString::fromLatin1(symbol->errtxt));
    BarcodeShape shape;
    shape.size = QSizeF(symbol->vector->width, symbol->vector->height);
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next) {
        if (r->colour == -1 || r->colour == 7) // foreground (black); white rectangles are gaps
            shape.bars.addRect(QRectF(r->x, r->y, r->width, r->height));
    }
    return shape;
}

Result<QImage> Barcode::code128Image(const QString& data, int moduleWidth, int height)
{
    auto shape = code128(data);
    if (!shape)
        return shape.error();
    // zint's vector units are two per module at the default scale.
    const qreal modules = shape->size.width() / 2.0;
    QImage image(qMax(1, int(modules * moduleWidth)), qMax(1, height), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(image.width() / shape->size.width(), image.height() / shape->size.height());
    p.fillPath(shape->bars, Qt::black);
    return image;
}

} // namespace sd
