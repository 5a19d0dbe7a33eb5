#pragma once

// ListKeyset: ORDER BY and "after the previous page" for a keyset-paged list sorted by one
// column, the id breaking ties in the same direction — the master-data lists' version of what
// DocumentListQuery does per arm. Turning a page costs the same at row 100 as at row 100 000,
// and the list is never read whole. `key` must be written exactly as in its index.

#include <QString>
#include <QVariant>

namespace sd::storage {

struct ListKeyset
{
    QString where; // empty on the first page
    QVariantList values;
    QString orderBy;

    // `after`: the previous page's last (key, id); id 0 = the first page.
    static ListKeyset make(const QString& key, bool ascending, const QVariant& afterKey, qint64 afterId)
    {
        ListKeyset k;
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        k.orderBy = QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
        if (afterId == 0)
            return k;
        // `key >= ? AND (key > ? OR id > ?)` rather than a row value: SQLite narrows the index
        // range with it also for COLLATE keys.
        const QString ge = ascending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
        const QString gt = ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
        k.where = key + ge + QStringLiteral(" AND (") + key + gt + QStringLiteral(" OR id") + gt + u')';
        k.values = {afterKey, afterKey, afterId};
        return k;
    }
};

// Escapes LIKE wildcards (with ESCAPE '\\'), so a typed "50%" or "_" is literal text.
inline QString likeEscaped(const QString& text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'%', QStringLiteral("\\%"));
    out.replace(u'_', QStringLiteral("\\_"));
    return out;
}

} // namespace sd::storage
