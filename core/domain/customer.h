#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

struct Address
{
    QString street;
    QString postcode;
    QString city;
    QString country = QStringLiteral("NO"); // ISO 3166-1 alpha-2
};

struct Customer
{
    qint64 id = 0;
    qint64 number = 0;
    QString name;
    QString orgnr; // Norwegian org.nr (digits) for NO customers
    QString vatNumber; // foreign VAT id
    QString gln;
    QString peppolId; // "0192:923609016" style endpoint, if different from org.nr
    QString email;
    QString phone;
    QString contact;
    Address billing;
    Address delivery; // empty street = same as billing
    QString language = QStringLiteral("nb");
    QString currency = QStringLiteral("NOK");
    std::optional<int> paymentDays; // none = company default
    QString customerGroup;
    QString layout;
    bool ehf = false;
    QString notes;
    bool deleted = false;
};

class CustomerRules
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRules)

public:
    // Normalises (trims, strips spaces from numbers) and validates. Typed errors name the field.
    static Result<Customer> validate(Customer customer);
    // The field names `customer set --FIELD` and the CSV importer accept.
    static QStringList fieldNames();
    // Sets one field from text; validates the field on its own.
    static Result<void> setField(Customer& customer, const QString& field, const QString& value);
    static QString field(const Customer& customer, const QString& field);
};

} // namespace sd
