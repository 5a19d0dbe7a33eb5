#pragma once

// Completers for the editors' pickers. As the user types, they ask MasterDataService (which
// searches name, number, org.nr and e-mail for customers; SKU, name and EAN for products) and
// show the matches unfiltered; choosing one puts its number or SKU in the field. resolve()
// turns whatever is in the field into one record when Enter is pressed, so a scanner or a
// fast typist never has to open the popup.

#include "common/result.h"
#include "domain/customer.h"
#include "domain/product.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class CustomerCompleter : public QCompleter
{
    Q_OBJECT

public:
    CustomerCompleter(storage::Database& db, QLineEdit* lineEdit);

    // "10001", "10001 Bryggen Kafé AS", an org.nr or part of a name that matches one customer.
    static Result<Customer> resolve(storage::Database& db, const QString& text);

private:
    void update(const QString& text);

    storage::Database& m_db;
    QStandardItemModel* m_model;
};

class ProductCompleter : public QCompleter
{
    Q_OBJECT

public:
    ProductCompleter(storage::Database& db, QLineEdit* lineEdit);

    // An exact SKU, an EAN, or text that matches one product.
    static Result<Product> resolve(storage::Database& db, const QString& text);

private:
    void update(const QString& text);

    storage::Database& m_db;
    QStandardItemModel* m_model;
};

} // namespace sd::ui
