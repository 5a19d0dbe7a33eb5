#include "editorfactory.h"

#include "documenteditor.h"
#include "pickview.h"
#include "services/salesservice.h"

namespace sd::ui {

QWidget* createEditor(storage::Database& db, qint64 documentId, QWidget* parent)
{
    auto v = SalesService(db).view(documentId);
    // A sent shipment is history: it opens read-only in the document editor, like a booked
    // invoice. One still in the warehouse opens where it is picked.
    if (v && v->document.type == DocumentType::Shipment && v->document.status == QStringLiteral("draft"))
        return new PickView(db, documentId, parent);
    return new DocumentEditor(db, documentId, parent);
}

QWidget* createNewDocumentEditor(storage::Database& db, DocumentType type, QWidget* parent)
{
    return new DocumentEditor(db, type, parent);
}

} // namespace sd::ui
