#pragma once

// Print layouts (layouts table, migration 0004) and the reminder facts a reminder printout needs.
// Typed functions only; PrintService decides what is allowed.

#include "common/result.h"
#include "money/money.h"
#include "print/layoutprofile.h"

#include <QDate>
#include <QList>

#include <optional>

namespace sd::storage {

class Database;

struct ReminderRow
{
    QDate date;
    Money fee;
    bool feeOpen = true;
};

class LayoutRepository
{
public:
    explicit LayoutRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<LayoutProfile>> list();
    // NotFound-free lookup: none when no layout has that name (case-insensitive).
    Result<std::optional<LayoutProfile>> find(const QString& name);
    Result<void> insert(const LayoutProfile& layout); // Duplicate when the name is taken
    Result<void> update(const LayoutProfile& layout);

    // Reminders registered on an invoice, oldest first.
    Result<QList<ReminderRow>> reminders(qint64 invoiceId);

private:
    Database& m_db;
};

} // namespace sd::storage
