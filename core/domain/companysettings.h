#pragma once

// Company settings live in the company file (they travel with the books): a key/value table
// whose keys are the ones `salgsdesk-cli settings get|set` uses. This header is the single
// registry of those keys, their defaults and their validation.

#include "common/result.h"
#include "domain/checkdigits.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sd {

enum class StockPrinciple { Fifo, Average };
QString stockPrincipleKey(StockPrinciple p); // "fifo" | "average"

// Number series: one per document type, plus customers.
QStringList numberSeriesNames(); // quote order shipment invoice credit_note customer
inline constexpr qint64 kDefaultSeriesStart = 1001;

struct CompanySetup
{
    QString name;
    QString orgnr;
    QString form = QStringLiteral("AS");
    bool vatRegistered = false;
    QString currency = QStringLiteral("NOK");
    StockPrinciple stockPrinciple = StockPrinciple::Average;
};

struct SettingSpec
{
    enum class Kind { Text, Bool, Days, Amount, Choice, OrgNr, BankAccount, Iban, Bic, Email, Account, Port, Currency };
    QString key;
    Kind kind = Kind::Text;
    QString defaultValue;
    QStringList choices; // for Kind::Choice
    bool fixedAfterCreation = false; // stock.principle (seed 001: never changeable)
};

class CompanySettings
{
    Q_DECLARE_TR_FUNCTIONS(CompanySettings)

public:
    static const QList<SettingSpec>& specs();
    static const SettingSpec* spec(const QString& key);
    // Keys that are valid besides the fixed ones: accounts.vat.<code>.
    static bool isDynamicAccountKey(const QString& key);

    // Validates `value` for `key` and returns its canonical stored form (digits only for
    // numbers, "true"/"false" for flags, "125.00" for amounts). Error names key and reason.
    static Result<QString> normalize(const QString& key, const QString& value);
    static Result<void> validateSetup(const CompanySetup& setup);
    static QStringList legalForms(); // AS ASA NUF ENK DA ANS …
    // bokføringsforskriften / foretaksregisterloven: AS, ASA and NUF must print
    // "Foretaksregisteret" beside the org.nr.
    static bool requiresForetaksregisteret(const QString& form);

    explicit CompanySettings(QHash<QString, QString> values = {});
    QString value(const QString& key) const;
    bool flag(const QString& key) const;
    int days(const QString& key) const;
    Money amount(const QString& key) const;

    QString name() const { return value(QStringLiteral("company.name")); }
    QString orgnr() const { return value(QStringLiteral("company.orgnr")); }
    QString form() const { return value(QStringLiteral("company.form")); }
    bool vatRegistered() const { return flag(QStringLiteral("company.vat_registered")); }
    QString currency() const { return value(QStringLiteral("company.currency")); }
    StockPrinciple stockPrinciple() const;
    bool allowNegativeStock() const { return flag(QStringLiteral("stock.allow_negative")); }
    int paymentDays() const { return days(QStringLiteral("invoice.payment_days")); }
    checkdigits::KidMode kidMode() const;
    // "923 609 016 MVA" (+ " Foretaksregisteret" line decided by the printer).
    QString orgnrDisplay() const;

private:
    QHash<QString, QString> m_values;
};

} // namespace sd
