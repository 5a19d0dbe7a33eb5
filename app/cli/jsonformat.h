#pragma once

// JSON shapes of the CLI contract (shared/CLI.md): money as "125.00", quantities and percents
// as decimal strings without needless zeros, dates as "YYYY-MM-DD".

#include "domain/customer.h"
#include "domain/product.h"

#include <QJsonObject>

namespace sd {
struct DocumentView;
struct StockFigures;
} // namespace sd

namespace sd::cli {

QJsonObject toJson(const Customer& customer);
QJsonObject toJson(const Product& product);
// "JSON of a document" (shared/CLI.md): the common fields plus those of its type.
QJsonObject toJson(const DocumentView& view);
// stock show: {sku, on_hand, reserved, available, value}.
QJsonObject toJson(const StockFigures& figures);

} // namespace sd::cli
