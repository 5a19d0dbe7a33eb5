#include "searchindex.h"

#include "database.h"
#include "transaction.h"

namespace sd::storage {

Result<void> SearchIndex::flush()
{
    if (!m_db.hasSearchQueue())
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
    if (m_db.isReadOnly() || m_db.transactionDepth() > 0 || !m_db.hasSearchQueue())
        return {};
    auto queued = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM document_search_pending)"), {}, 0);
    if (!queued)
        return queued.error();
    if (!queued->toBool())
        return {};
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    return tx.commit(); // commit() flushes
}

} // namespace sd::storage
