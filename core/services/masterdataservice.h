#pragma once

// MasterDataService: customers, products and bundles. Validation lives in the domain rules;
// this service adds what needs the file (unique numbers and SKUs, known groups and VAT codes)
// and runs each change as one transaction.

#include "common/result.h"
#include "domain/customer.h"
#include "domain/product.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace storage {
class Database;
}

class MasterDataService
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataService)

public:
    explicit MasterDataService(storage::Database& db)
        : m_db(db)
    {
    }

    // number == 0: the next customer number.
    Result<Customer> addCustomer(Customer customer);
    Result<Customer> customer(qint64 number);
    // `customer set NUMBER --field value …`: all fields change together or none does.
    Result<Customer> setCustomerFields(qint64 number, const QList<QPair<QString, QString>>& fields);
    Result<QList<Customer>> customers(const QString& search, int limit = 100, qint64 afterNumber = 0);

    Result<Product> addProduct(Product product);
    // A bundle: components given as (sku, quantity).
    Result<Product> addBundle(Product bundle, const QList<QPair<QString, Quantity>>& components);
    Result<Product> product(const QString& sku);
    Result<Product> productByEan(const QString& ean);
    Result<Product> setProductFields(const QString& sku, const QList<QPair<QString, QString>>& fields);
    Result<QList<Product>> products(const QString& search, int limit = 100, const QString& afterSku = {});

    // Used by the CLI's `--vat 25`: the VAT code whose rate on `date` is `percent`
    // (standard category; 0 % maps to the zero-rated code).
    Result<QString> vatCodeForPercent(const QString& percentText, const QDate& date);

    // Validation that needs the file, shared with the CSV importer.
    Result<Customer> checkCustomer(const Customer& customer, bool isNew);
    Result<Product> checkProduct(const Product& product, bool isNew);

private:
    storage::Database& m_db;
};

} // namespace sd
