#pragma once

#include "common/result.h"
#include "domain/customer.h"

#include <QList>

#include <optional>

namespace sd::storage {

class Database;

class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Customer& customer); // returns id
    Result<void> update(const Customer& customer);
    Result<Customer> byNumber(qint64 number);
    Result<Customer> byId(qint64 id);
    Result<bool> numberExists(qint64 number);
    Result<qint64> maxNumber();
    // Keyset-paged list ordered by number: rows with number > afterNumber, at most `limit`.
    Result<QList<Customer>> list(const QString& search, qint64 afterNumber, int limit);

    // The Customers dock: keyset-paged in any column's order (ties by id, same direction), the
    // rows after `after` (the previous page's last row; none = the first page).
    enum class SortColumn
    {
        Number,
        Name,
        City,
        Email
    };
    Result<QList<Customer>> page(const QString& search,
        SortColumn column,
        bool ascending,
        int limit,
        const std::optional<Customer>& after = {});

private:
    Result<QList<Customer>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace sd::storage
