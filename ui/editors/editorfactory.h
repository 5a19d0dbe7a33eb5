#pragma once

// The one entry point the shell needs to open a document in a tab: the right editor for it —
// the pick view for a shipment that is still being picked, the document editor otherwise.
// Editors offer title() and titleChanged(QString) for the tab text.

#include "documents/documenttypes.h"

class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

QWidget* createEditor(storage::Database& db, qint64 documentId, QWidget* parent = nullptr);
// An editor for a new document: the draft is created once the customer is chosen.
QWidget* createNewDocumentEditor(storage::Database& db, DocumentType type, QWidget* parent = nullptr);

} // namespace sd::ui
