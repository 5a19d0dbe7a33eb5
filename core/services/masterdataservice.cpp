#include "masterdataservice.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

Result<Customer> MasterDataService::checkCustomer(const Customer& input, bool isNew)
{
    auto valid = CustomerRules::validate(input);
    if (!valid)
        return valid;
    Customer c = *valid;
    CustomerRepository repo(m_db);
    if (isNew && c.number != 0) {
        if (c.number < 1 || c.number > 999'999'999)
            return makeError(ErrorCode::InvalidInput, tr("A customer number must be from 1 to 999999999."));
        auto exists = repo.numberExists(c.number);
        if (!exists)
            return exists.error();
        if (*exists)
            return makeError(ErrorCode::Duplicate, tr("Customer number %1 is already taken.").arg(c.number));
    }
    if (!c.customerGroup.isEmpty()) {
        auto exists = SettingsRepository(m_db).customerGroupExists(c.customerGroup);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(ErrorCode::NotFound, tr("There is no customer group “%1”.").arg(c.customerGroup));
    }
    return c;
}

Result<Customer> MasterDataService::addCustomer(Customer input)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto checked = checkCustomer(input, true);
    if (!checked)
        return checked;
    Customer c = *checked;
    SettingsRepository settings(m_db);
    CustomerRepository repo(m_db);
    if (c.number == 0) {
        // Skip numbers taken by hand so the series never collides.
        for (;;) {
            auto n = settings.takeNumber(QStringLiteral("customer"));
            if (!n)
                return n.error();
            auto exists = repo.numberExists(*n);
            if (!exists)
                return exists.error();
            if (!*exists) {
                c.number = *n;
                break;
            }
        }
    } else {
        auto next = settings.seriesNext(QStringLiteral("customer"));
        if (!next)
            return next.error();
        if (c.number >= *next)
            SD_TRY(settings.setSeriesNext(QStringLiteral("customer"), c.number + 1));
    }
    auto id = repo.insert(c);
    if (!id)
        return id.error();
    c.id = *id;
    SD_TRY(tx.commit());
    return c;
}

Result<Customer> MasterDataService::customer(qint64 number)
{
    return CustomerRepository(m_db).byNumber(number);
}

Result<Customer> MasterDataService::setCustomerFields(qint64 number, const QList<QPair<QString, QString>>& fields)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    CustomerRepository repo(m_db);
    auto current = repo.byNumber(number);
    if (!current)
        return current;
    Customer c = *current;
    for (const auto& [field, value] : fields)
        SD_TRY(CustomerRules::setField(c, field, value));
    auto checked = checkCustomer(c, false);
    if (!checked)
        return checked;
    SD_TRY(repo.update(*checked));
    SD_TRY(tx.commit());
    return *checked;
}

Result<QList<Customer>> MasterDataService::customers(const QString& search, int limit, qint64 afterNumber)
{
    return CustomerRepository(m_db).list(search, afterNumber, limit);
}

Result<Product> MasterDataService::checkProduct(const Product& input, bool isNew)
{
    auto valid = ProductRules::validate(input);
    if (!valid)
        return valid;
    Product p = *valid;
    ProductRepository repo(m_db);
    if (isNew) {
        auto exists = repo.skuExists(p.sku);
        if (!exists)
            return exists.error();
        if (*exists)
            return makeError(ErrorCode::Duplicate, tr("The SKU “%1” is already used by another product.").arg(p.sku));
    }
    if (!p.ean.isEmpty()) {
        auto taken = repo.eanTakenByOther(p.ean, p.id);
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(ErrorCode::Duplicate, tr("The barcode %1 is already used by another product.").arg(p.ean));
    }
    SettingsRepository settings(m_db);
    if (auto code = settings.vatCode(p.vatCode); !code)
        return code.error();
    if (!p.productGroup.isEmpty()) {
        auto exists = settings.productGroupExists(p.productGroup);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(ErrorCode::NotFound, tr("There is no product group “%1”.").arg(p.productGroup));
    }
    return p;
}

Result<Product> MasterDataService::addProduct(Product input)
{
    input.isBundle = false;
    input.components.clear();
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto checked = checkProduct(input, true);
    if (!checked)
        return checked;
    Product p = *checked;
    auto id = ProductRepository(m_db).insert(p);
    if (!id)
        return id.error();
    p.id = *id;
    SD_TRY(tx.commit());
    return p;
}

Result<Product> MasterDataService::addBundle(Product bundle, const QList<QPair<QString, Quantity>>& components)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    ProductRepository repo(m_db);
    bundle.isBundle = true;
    bundle.stockTracked = false;
    bundle.components.clear();
    for (const auto& [sku, qty] : components) {
        auto component = repo.bySku(sku);
        if (!component)
            return component.error();
        if (component->isBundle)
            return makeError(ErrorCode::RuleViolation,
                             tr("“%1” is a bundle itself; a bundle's components must be products.").arg(sku));
        for (const auto& existing : bundle.components)
            if (existing.productId == component->id)
                return makeError(ErrorCode::InvalidInput, tr("The component “%1” is listed twice.").arg(sku));
        bundle.components << BundleComponent{component->id, component->sku, qty};
    }
    auto checked = checkProduct(bundle, true);
    if (!checked)
        return checked;
    Product p = *checked;
    auto id = repo.insert(p);
    if (!id)
        return id.error();
    p.id = *id;
    SD_TRY(tx.commit());
    return p;
}

Result<Product> MasterDataService::product(const QString& sku)
{
    return ProductRepository(m_db).bySku(sku);
}

Result<Product> MasterDataService::productByEan(const QString& ean)
{
    return ProductRepository(m_db).byEan(ean);
}

Result<Product> MasterDataService::setProductFields(const QString& sku, const QList<QPair<QString, QString>>& fields)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    ProductRepository repo(m_db);
    auto current = repo.bySku(sku);
    if (!current)
        return current;
    Product p = *current;
    for (const auto& [field, value] : fields)
        SD_TRY(ProductRules::setField(p, field, value));
    auto checked = checkProduct(p, false);
    if (!checked)
        return checked;
    SD_TRY(repo.update(*checked));
    SD_TRY(tx.commit());
    return *checked;
}

Result<QList<Product>> MasterDataService::products(const QString& search, int limit, const QString& afterSku)
{
    return ProductRepository(m_db).list(search, afterSku, limit);
}

Result<QString> MasterDataService::vatCodeForPercent(const QString& percentText, const QDate& date)
{
    auto percent = Percent::parse(percentText);
    if (!percent)
        return percent.error();
    auto codes = SettingsRepository(m_db).vatCodes();
    if (!codes)
        return codes.error();
    const VatCategory wanted = percent->isZero() ? VatCategory::ZeroRated : VatCategory::Standard;
    for (const auto& code : *codes) {
        if (code.category != wanted)
            continue;
        auto rate = code.rateOn(date);
        if (rate && *rate == *percent)
            return code.code;
    }
    return makeError(ErrorCode::NotFound,
                     tr("No VAT code has the rate %1 % on %2; use --vat-code.")
                         .arg(percent->toString(), date.toString(Qt::ISODate)));
}

} // namespace sd
