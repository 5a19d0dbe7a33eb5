#include "productrepository.h"

#include "common/clock.h"
#include "database.h"
#include "listkeyset.h"

namespace sd::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, sku, name, unit, price, cost, vat_code, product_group, ean, stock_tracked, is_bundle, "
    "location, deleted");

QVariantList bindValues(const Product& p)
{
    return {p.sku, p.name, p.unit, p.price.raw(), p.cost.raw(), p.vatCode,
            p.productGroup.isEmpty() ? QVariant() : QVariant(p.productGroup),
            p.ean.isEmpty() ? QVariant() : QVariant(p.ean),
            p.stockTracked ? 1 : 0, p.isBundle ? 1 : 0, p.location, p.deleted ? 1 : 0};
}

} // namespace

Result<qint64> ProductRepository::insert(const Product& p)
{
    QVariantList values = bindValues(p);
    values << Clock::instance().now().toString(Qt::ISODate);
    auto r = m_db.run(QStringLiteral("INSERT INTO products(sku, name, unit, price, cost, vat_code, "
                                     "product_group, ean, stock_tracked, is_bundle, location, deleted, "
                                     "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      values);
    if (!r)
        return r.error();
    const qint64 id = r->lastInsertId();
    int position = 0;
    for (const auto& c : p.components)
        SD_TRY(m_db.run(QStringLiteral("INSERT INTO bundle_components(bundle_id, component_id, quantity, "
                                       "position) VALUES (?, ?, ?, ?)"),
                        {id, c.productId, c.quantity.milli(), ++position}));
    return id;
}

Result<void> ProductRepository::update(const Product& p)
{
    QVariantList values = bindValues(p);
    values << p.id;
    SD_TRY(m_db.run(QStringLiteral("UPDATE products SET sku=?, name=?, unit=?, price=?, cost=?, vat_code=?, "
                                   "product_group=?, ean=?, stock_tracked=?, is_bundle=?, location=?, "
                                   "deleted=? WHERE id=?"),
                    values));
    return {};
}

Result<QList<Product>> ProductRepository::select(const QString& where, const QVariantList& values)
{
    QList<Product> out;
    {
        auto rows = m_db.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products ") + where,
                             values);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Product p;
            p.id = rows->i64(0);
            p.sku = rows->str(1);
            p.name = rows->str(2);
            p.unit = rows->str(3);
            p.price = UnitPrice::fromRaw(rows->i64(4));
            p.cost = UnitPrice::fromRaw(rows->i64(5));
            p.vatCode = rows->str(6);
            p.productGroup = rows->str(7);
            p.ean = rows->str(8);
            p.stockTracked = rows->flag(9);
            p.isBundle = rows->flag(10);
            p.location = rows->str(11);
            p.deleted = rows->flag(12);
            out << p;
        }
    }
    for (auto& p : out)
        if (p.isBundle)
            SD_TRY(loadComponents(p));
    return out;
}

Result<void> ProductRepository::loadComponents(Product& p)
{
    auto rows = m_db.run(QStringLiteral("SELECT c.component_id, p.sku, c.quantity FROM bundle_components c "
                                        "JOIN products p ON p.id = c.component_id WHERE c.bundle_id = ? "
                                        "ORDER BY c.position"),
                         {p.id});
    if (!rows)
        return rows.error();
    while (rows->next())
        p.components << BundleComponent{rows->i64(0), rows->str(1), Quantity::fromMilli(rows->i64(2))};
    return {};
}

Result<Product> ProductRepository::bySku(const QString& sku)
{
    // Every added line looks its product up by SKU: remembered like byId. Keyed by the
    // text's hash, so a hit counts only when the SKU is really the same.
    const qint64 key = qint64(qHash(sku));
    if (auto known = m_db.remembered(Database::Lookup::ProductBySku, key)) {
        const auto& p = *std::static_pointer_cast<const Product>(known);
        if (p.sku == sku)
            return p;
    }
    auto list = select(QStringLiteral("WHERE sku = ?"), {sku});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, Database::tr("There is no product with SKU “%1”.").arg(sku));
    m_db.remember(Database::Lookup::ProductBySku, key, std::make_shared<const Product>(list->first()));
    return list->first();
}

Result<Product> ProductRepository::byEan(const QString& ean)
{
    auto list = select(QStringLiteral("WHERE ean = ?"), {ean});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, Database::tr("No product has the barcode “%1”.").arg(ean));
    return list->first();
}

Result<Product> ProductRepository::byId(qint64 id)
{
    // Shipping, booking and stock postings ask for the same products again and again:
    // remembered per transaction (see Database::remembered for when it is forgotten).
    if (auto known = m_db.remembered(Database::Lookup::Product, id))
        return *std::static_pointer_cast<const Product>(known);
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, Database::tr("The product does not exist."));
    m_db.remember(Database::Lookup::Product, id, std::make_shared<const Product>(list->first()));
    return list->first();
}

Result<bool> ProductRepository::skuExists(const QString& sku)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {sku});
    if (!v)
        return v.error();
    return !v->isNull();
}

Result<bool> ProductRepository::eanTakenByOther(const QString& ean, qint64 exceptId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM products WHERE ean = ? AND id <> ?"), {ean, exceptId});
    if (!v)
        return v.error();
    return !v->isNull();
}

Result<QList<Product>> ProductRepository::list(const QString& search, const QString& afterSku, int limit)
{
    if (search.trimmed().isEmpty())
        return select(QStringLiteral("WHERE deleted = 0 AND sku > ? ORDER BY sku LIMIT ?"), {afterSku, limit});
    const QString like = u'%' + search.trimmed() + u'%';
    return select(QStringLiteral("WHERE deleted = 0 AND sku > ? AND (sku LIKE ? OR name LIKE ? OR ean = ?) "
                                 "ORDER BY sku LIMIT ?"),
                  {afterSku, like, like, search.trimmed(), limit});
}

Result<QList<Product>> ProductRepository::page(const QString& search,
    SortColumn column,
    bool ascending,
    int limit,
    const std::optional<Product>& after)
{
    // Written as in the indexes: sku UNIQUE, products_name (0001), products_list_* (0007).
    QString key = QStringLiteral("sku");
    QVariant afterKey;
    switch (column) {
    case SortColumn::Sku:
        afterKey = after ? after->sku : QString();
        break;
    case SortColumn::Name:
        key = QStringLiteral("name COLLATE NOCASE");
        afterKey = after ? after->name : QString();
        break;
    case SortColumn::Unit:
        key = QStringLiteral("unit COLLATE NOCASE");
        afterKey = after ? after->unit : QString();
        break;
    case SortColumn::Price:
        key = QStringLiteral("price");
        afterKey = after ? QVariant(after->price.raw()) : QVariant();
        break;
    }
    const ListKeyset keyset = ListKeyset::make(key, ascending, afterKey, after ? after->id : 0);
    QString where = QStringLiteral("WHERE deleted = 0");
    QVariantList values;
    if (!keyset.where.isEmpty()) {
        where += QStringLiteral(" AND ") + keyset.where;
        values << keyset.values;
    }
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        // The same fields as list(), tested on each row the sort index delivers.
        const QString like = u'%' + likeEscaped(text) + u'%';
        where += QStringLiteral(
            " AND (sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR ean = ?)");
        values << like << like << text;
    }
    values << limit;
    return select(where + keyset.orderBy + QStringLiteral(" LIMIT ?"), values);
}

} // namespace sd::storage
