#pragma once

// The five sales document types and the four kinds of document line, with their stable keys
// (storage, JSON, CLI — never translated) and translated display names.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// Keys: "quote", "order", "shipment", "invoice", "credit_note".
enum class DocumentType
{
    Quote,
    Order,
    Shipment,
    Invoice,
    CreditNote
};

QString documentTypeKey(DocumentType type);
Result<DocumentType> parseDocumentType(QStringView key);
QString documentTypeName(DocumentType type);
QList<DocumentType> documentTypes();

// Keys: "product", "bundle", "text", "group".
enum class LineKind
{
    Product, // a product (or an ad-hoc item) with quantity, price and VAT
    Bundle, // one line for a bundle; shipments and stock see its components
    Text, // free text; contributes nothing to totals
    Group, // a heading that groups the lines below it, with a subtotal on printouts
};

QString lineKindKey(LineKind kind);
Result<LineKind> parseLineKind(QStringView key);
QString lineKindName(LineKind kind);
QList<LineKind> lineKinds();

// Product and bundle lines carry quantity, price and VAT; text and group lines do not.
constexpr bool lineKindHasAmounts(LineKind kind)
{
    return kind == LineKind::Product || kind == LineKind::Bundle;
}

} // namespace sd
