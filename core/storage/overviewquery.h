#pragma once

// OverviewQuery: the few figures the status bar and the customer view show at a glance
// (issue 5: "a small sales overview a user would rather look at than read"). Read-only, each a
// single index range scan over the working set (documents_status, documents_list_status,
// documents_customer), so the figures cost the same with a million archived documents.

#include "common/result.h"
#include "money/money.h"

#include <QDate>

namespace sd::storage {

class Database;

struct SalesOverview
{
    Money invoicedThisMonth; // booked invoices − booked credit notes dated this month
    qint64 openOrders = 0; // confirmed, not archived (capped, see kCountCap)
    qint64 overdueInvoices = 0; // booked, not archived, past due and not settled
    Money overdueAmount; // what those invoices still owe
};

class OverviewQuery
{
public:
    // Counts stop here: a number above it reads "10 000+".
    static constexpr qint64 kCountCap = 10000;

    explicit OverviewQuery(Database& db)
        : m_db(db)
    {
    }

    Result<SalesOverview> overview(const QDate& today);
    // What a customer owes on booked invoices: gross − credited − paid, summed over invoices
    // that still have something due.
    Result<Money> customerBalance(qint64 customerNumber);

private:
    Database& m_db;
};

} // namespace sd::storage
