#pragma once

#include "common/result.h"
#include "domain/customer.h"

#include <QList>

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

private:
    Result<QList<Customer>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace sd::storage
