#include "documents/documenttypes.h"

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("document types have the stable keys of the status-string table", "[documents]")
{
    CHECK(documentTypeKey(DocumentType::Quote).toStdString() == "quote");
    CHECK(documentTypeKey(DocumentType::Order).toStdString() == "order");
    CHECK(documentTypeKey(DocumentType::Shipment).toStdString() == "shipment");
    CHECK(documentTypeKey(DocumentType::Invoice).toStdString() == "invoice");
    CHECK(documentTypeKey(DocumentType::CreditNote).toStdString() == "credit_note");
    CHECK(documentTypes().size() == 5);
}

TEST_CASE("document type keys parse back to the same type", "[documents]")
{
    for (auto type : documentTypes()) {
        auto parsed = parseDocumentType(documentTypeKey(type));
        REQUIRE(parsed);
        CHECK(*parsed == type);
        CHECK_FALSE(documentTypeName(type).isEmpty());
    }
    CHECK(documentTypeName(DocumentType::CreditNote).toStdString() == "Credit note");
}

TEST_CASE("an unknown document type key is refused as invalid input", "[documents]")
{
    for (auto key : {u"Quote", u"creditnote", u"", u"invoice "}) {
        auto parsed = parseDocumentType(key);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(parsed.error().message.isEmpty());
    }
}

TEST_CASE("line kinds have stable keys and only products and bundles carry amounts", "[documents]")
{
    CHECK(lineKindKey(LineKind::Product).toStdString() == "product");
    CHECK(lineKindKey(LineKind::Bundle).toStdString() == "bundle");
    CHECK(lineKindKey(LineKind::Text).toStdString() == "text");
    CHECK(lineKindKey(LineKind::Group).toStdString() == "group");
    for (auto kind : lineKinds()) {
        auto parsed = parseLineKind(lineKindKey(kind));
        REQUIRE(parsed);
        CHECK(*parsed == kind);
        CHECK_FALSE(lineKindName(kind).isEmpty());
    }
    CHECK_FALSE(parseLineKind(u"heading"));
    CHECK(lineKindHasAmounts(LineKind::Product));
    CHECK(lineKindHasAmounts(LineKind::Bundle));
    CHECK_FALSE(lineKindHasAmounts(LineKind::Text));
    CHECK_FALSE(lineKindHasAmounts(LineKind::Group));
}
