#pragma once

#include "common/result.h"
#include "domain/product.h"

#include <QList>

#include <optional>

namespace sd::storage {

class Database;

class ProductRepository
{
public:
    explicit ProductRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Product& product); // with bundle components
    Result<void> update(const Product& product);
    Result<Product> bySku(const QString& sku);
    Result<Product> byEan(const QString& ean);
    Result<Product> byId(qint64 id);
    Result<bool> skuExists(const QString& sku);
    Result<bool> eanTakenByOther(const QString& ean, qint64 exceptId);
    // Keyset-paged by SKU.
    Result<QList<Product>> list(const QString& search, const QString& afterSku, int limit);

    // The Products dock: keyset-paged in any column's order (ties by id, same direction), the
    // rows after `after` (the previous page's last row; none = the first page).
    enum class SortColumn
    {
        Sku,
        Name,
        Unit,
        Price
    };
    Result<QList<Product>> page(const QString& search,
        SortColumn column,
        bool ascending,
        int limit,
        const std::optional<Product>& after = {});

private:
    Result<QList<Product>> select(const QString& where, const QVariantList& values);
    Result<void> loadComponents(Product& product);
    Database& m_db;
};

} // namespace sd::storage
