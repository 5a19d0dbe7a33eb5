#pragma once

// JSON shapes of the CLI contract (shared/CLI.md): money as "125.00", quantities and percents
// as decimal strings without needless zeros, dates as "YYYY-MM-DD".

#include "domain/customer.h"
#include "domain/product.h"

#include <QJsonObject>

namespace sd::cli {

QJsonObject toJson(const Customer& customer);
QJsonObject toJson(const Product& product);

} // namespace sd::cli
