#pragma once

// SearchIndex: writes the full-text rows of the documents whose text changed in the current
// transaction (schema 9, migrations/0009_document_text_search.sql). Triggers remove a changed
// document's row at its first change and queue it in document_search_pending; flush() indexes
// every queued document once, with its final text, just before the transaction commits — so
// building an n-line document costs one indexing, not n. Transaction::commit calls it; nothing
// else needs to know the index exists.

#include "common/result.h"

namespace sd::storage {

class Database;

class SearchIndex
{
public:
    explicit SearchIndex(Database& db)
        : m_db(db)
    {
    }

    // Inside a write transaction: index the queued documents and empty the queue. A file
    // before schema 9 has no queue (its triggers index directly); then this does nothing.
    Result<void> flush();
    // Outside a transaction: index what writes made without a Transaction left queued (the
    // services never do; a script or an older tool might), so a search never misses them.
    // Read-only files are left as they are.
    Result<void> catchUp();

private:
    // Whether any document waits to be indexed (false before schema 9: no queue).
    Result<bool> queued();

    Database& m_db;
};

} // namespace sd::storage
