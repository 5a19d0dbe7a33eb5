#pragma once

#include "common/result.h"
#include "money/quantity.h"
#include "money/unitprice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct BundleComponent
{
    qint64 productId = 0;
    QString sku;
    Quantity quantity; // per one bundle
};

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit = QStringLiteral("stk");
    UnitPrice price;
    UnitPrice cost;
    QString vatCode = QStringLiteral("3");
    QString productGroup;
    QString ean; // empty = none
    bool stockTracked = true;
    bool isBundle = false;
    QString location;
    bool deleted = false;
    QList<BundleComponent> components; // bundles only
};

class ProductRules
{
    Q_DECLARE_TR_FUNCTIONS(ProductRules)

public:
    static Result<Product> validate(Product product);
    static QStringList fieldNames();
    static Result<void> setField(Product& product, const QString& field, const QString& value);
    static QString field(const Product& product, const QString& field);
    // UN/ECE Recommendation 20 unit code for EHF ("stk" → "H87", "kg" → "KGM" …).
    static QString unitCode(const QString& unit);
    static QStringList knownUnits();
};

} // namespace sd
