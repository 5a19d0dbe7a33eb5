#include "documenttypes.h"

#include "enumlabels.h"

namespace sd {
namespace {

constexpr labels::Label<DocumentType> kDocumentTypes[] = {
    {DocumentType::Quote, "quote", QT_TRANSLATE_NOOP("sd::DocumentType", "Quote")},
    {DocumentType::Order, "order", QT_TRANSLATE_NOOP("sd::DocumentType", "Order")},
    {DocumentType::Shipment, "shipment", QT_TRANSLATE_NOOP("sd::DocumentType", "Shipment")},
    {DocumentType::Invoice, "invoice", QT_TRANSLATE_NOOP("sd::DocumentType", "Invoice")},
    {DocumentType::CreditNote, "credit_note", QT_TRANSLATE_NOOP("sd::DocumentType", "Credit note")},
};

constexpr labels::Label<LineKind> kLineKinds[] = {
    {LineKind::Product, "product", QT_TRANSLATE_NOOP("sd::LineKind", "Product")},
    {LineKind::Bundle, "bundle", QT_TRANSLATE_NOOP("sd::LineKind", "Bundle")},
    {LineKind::Text, "text", QT_TRANSLATE_NOOP("sd::LineKind", "Text")},
    {LineKind::Group, "group", QT_TRANSLATE_NOOP("sd::LineKind", "Group heading")},
};

} // namespace

QString documentTypeKey(DocumentType type)
{
    return labels::key(kDocumentTypes, type);
}

Result<DocumentType> parseDocumentType(QStringView key)
{
    return labels::parse(kDocumentTypes,
                         key,
                         "sd::DocumentType",
                         QT_TRANSLATE_NOOP("sd::DocumentType", "“%1” is not a document type."));
}

QString documentTypeName(DocumentType type)
{
    return labels::name(kDocumentTypes, type, "sd::DocumentType");
}

QList<DocumentType> documentTypes()
{
    return labels::values(kDocumentTypes);
}

QString lineKindKey(LineKind kind)
{
    return labels::key(kLineKinds, kind);
}

Result<LineKind> parseLineKind(QStringView key)
{
    return labels::parse(kLineKinds,
                         key,
                         "sd::LineKind",
                         QT_TRANSLATE_NOOP("sd::LineKind", "“%1” is not a kind of document line."));
}

QString lineKindName(LineKind kind)
{
    return labels::name(kLineKinds, kind, "sd::LineKind");
}

QList<LineKind> lineKinds()
{
    return labels::values(kLineKinds);
}

} // namespace sd
