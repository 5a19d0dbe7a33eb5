#include "searchindex.h"

#include "database.h"
#include "transaction.h"

namespace sd::storage {

Result<bool> SearchIndex::queued()
{
    if (!m_db.hasSearchQueue())
        return false;
    auto any = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM document_search_pending)"), {}, 0);
    if (!any)
        return any.error();
    return any->toBool();
}

Result<void> SearchIndex::flush()
{
    // Most commits change no document's text. Asking first keeps them from writing anything
    // here: "DELETE FROM" an empty table still rewrites its root page, one more page in the WAL
    // for every commit.
    auto any = queued();
    if (!any)
        return any.error();
    if (!*any)
        return {};
    // The view document_search_text is the one place the indexed text is written; the
    // triggers remove rows with the same expression.
    SD_TRY(m_db.run(QStringLiteral(
        "INSERT INTO document_search(rowid, text) SELECT id, text FROM document_search_text "
        "WHERE id IN (SELECT id FROM document_search_pending)")));
    SD_TRY(m_db.run(QStringLiteral("DELETE FROM document_search_pending")));
    return {};
}

Result<void> SearchIndex::catchUp()
{
    if (m_db.isReadOnly() || m_db.transactionDepth() > 0)
        return {};
    auto any = queued();
    if (!any)
        return any.error();
    if (!*any)
        return {};
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    return tx.commit(); // commit() flushes
}

} // namespace sd::storage
