#include "companysettings.h"

#include "money/money.h"

#include <QRegularExpression>

namespace sd {

QString stockPrincipleKey(StockPrinciple p)
{
    return p == StockPrinciple::Fifo ? QStringLiteral("fifo") : QStringLiteral("average");
}

QStringList numberSeriesNames()
{
    return {QStringLiteral("quote"),
            QStringLiteral("order"),
            QStringLiteral("shipment"),
            QStringLiteral("invoice"),
            QStringLiteral("credit_note"),
            QStringLiteral("customer")};
}

const QList<SettingSpec>& CompanySettings::specs()
{
    using K = SettingSpec::Kind;
    static const QList<SettingSpec> list = {
        {QStringLiteral("company.name"), K::Text, {}, {}, false},
        {QStringLiteral("company.orgnr"), K::OrgNr, {}, {}, false},
        {QStringLiteral("company.form"), K::Choice, QStringLiteral("AS"), legalForms(), false},
        {QStringLiteral("company.vat_registered"), K::Bool, QStringLiteral("false"), {}, false},
        {QStringLiteral("company.address"), K::Text, {}, {}, false},
        {QStringLiteral("company.postcode"), K::Text, {}, {}, false},
        {QStringLiteral("company.city"), K::Text, {}, {}, false},
        {QStringLiteral("company.country"), K::Text, QStringLiteral("NO"), {}, false},
        {QStringLiteral("company.phone"), K::Text, {}, {}, false},
        {QStringLiteral("company.email"), K::Email, {}, {}, false},
        {QStringLiteral("company.website"), K::Text, {}, {}, false},
        {QStringLiteral("company.bank_account"), K::BankAccount, {}, {}, false},
        {QStringLiteral("company.iban"), K::Iban, {}, {}, false},
        {QStringLiteral("company.bic"), K::Bic, {}, {}, false},
        {QStringLiteral("company.currency"), K::Currency, QStringLiteral("NOK"), {}, false},
        {QStringLiteral("company.logo"), K::Text, {}, {}, false},
        {QStringLiteral("stock.principle"), K::Choice, QStringLiteral("average"),
         {QStringLiteral("fifo"), QStringLiteral("average")}, true},
        {QStringLiteral("stock.allow_negative"), K::Bool, QStringLiteral("false"), {}, false},
        {QStringLiteral("invoice.payment_days"), K::Days, QStringLiteral("14"), {}, false},
        {QStringLiteral("invoice.kid"), K::Choice, QStringLiteral("mod10"),
         {QStringLiteral("none"), QStringLiteral("mod10"), QStringLiteral("mod11")}, false},
        {QStringLiteral("invoice.attach_pdf_in_ehf"), K::Bool, QStringLiteral("true"), {}, false},
        {QStringLiteral("quote.valid_days"), K::Days, QStringLiteral("30"), {}, false},
        {QStringLiteral("reminder.fee"), K::Amount, QStringLiteral("35.00"), {}, false},
        // Inkassosats (inkassoforskriften §1-2): a reminder fee may be at most 1/10 of it.
        {QStringLiteral("reminder.inkassosats"), K::Amount, QStringLiteral("700.00"), {}, false},
        {QStringLiteral("accounts.receivables"), K::Account, QStringLiteral("1500"), {}, false},
        {QStringLiteral("accounts.revenue"), K::Account, QStringLiteral("3000"), {}, false},
        {QStringLiteral("accounts.revenue_exempt"), K::Account, QStringLiteral("3100"), {}, false},
        {QStringLiteral("accounts.reminder_fee"), K::Account, QStringLiteral("8050"), {}, false},
        {QStringLiteral("accounts.bank"), K::Account, QStringLiteral("1920"), {}, false},
        {QStringLiteral("accounts.rounding"), K::Account, QStringLiteral("7740"), {}, false},
        {QStringLiteral("smtp.host"), K::Text, {}, {}, false},
        {QStringLiteral("smtp.port"), K::Port, QStringLiteral("587"), {}, false},
        {QStringLiteral("smtp.security"), K::Choice, QStringLiteral("starttls"),
         {QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")}, false},
        {QStringLiteral("smtp.user"), K::Text, {}, {}, false},
        {QStringLiteral("smtp.from"), K::Email, {}, {}, false},
        {QStringLiteral("layout.default"), K::Text, QStringLiteral("Standard"), {}, false},
        {QStringLiteral("backup.second_folder"), K::Text, {}, {}, false},
    };
    return list;
}

const SettingSpec* CompanySettings::spec(const QString& key)
{
    for (const auto& s : specs())
        if (s.key == key)
            return &s;
    return nullptr;
}

bool CompanySettings::isDynamicAccountKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^accounts\\.vat\\.[0-9A-Za-z]{1,8}$"));
    return re.match(key).hasMatch();
}

QStringList CompanySettings::legalForms()
{
    return {QStringLiteral("AS"),
            QStringLiteral("ASA"),
            QStringLiteral("NUF"),
            QStringLiteral("ENK"),
            QStringLiteral("DA"),
            QStringLiteral("ANS"),
            QStringLiteral("SA"),
            QStringLiteral("STI")};
}

bool CompanySettings::requiresForetaksregisteret(const QString& form)
{
    return form == QStringLiteral("AS") || form == QStringLiteral("ASA")
           || form == QStringLiteral("NUF");
}

Result<QString> CompanySettings::normalize(const QString& key, const QString& rawValue)
{
    using K = SettingSpec::Kind;
    const QString value = rawValue.trimmed();
    const SettingSpec* s = spec(key);
    K kind = K::Text;
    if (s)
        kind = s->kind;
    else if (isDynamicAccountKey(key))
        kind = K::Account;
    else
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a setting.").arg(key));
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidInput, tr("Invalid value for %1: %2").arg(key, why));
    };
    switch (kind) {
    case K::Text:
        if (value.size() > 500)
            return bad(tr("the text is too long."));
        return value;
    case K::Bool:
        if (value == QStringLiteral("true") || value == QStringLiteral("1") || value == QStringLiteral("yes"))
            return QStringLiteral("true");
        if (value == QStringLiteral("false") || value == QStringLiteral("0") || value == QStringLiteral("no"))
            return QStringLiteral("false");
        return bad(tr("use true or false."));
    case K::Days: {
        bool ok = false;
        const int d = value.toInt(&ok);
        if (!ok || d < 0 || d > 365)
            return bad(tr("a number of days from 0 to 365 is expected."));
        return QString::number(d);
    }
    case K::Port: {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return bad(tr("a port number from 1 to 65535 is expected."));
        return QString::number(p);
    }
    case K::Amount: {
        auto m = Money::parse(value);
        if (!m)
            return bad(m.error().message);
        if (m->isNegative())
            return bad(tr("the amount cannot be negative."));
        return m->toString();
    }
    case K::Choice:
        if (!s->choices.contains(value))
            return bad(tr("choose one of %1.").arg(s->choices.join(QStringLiteral(", "))));
        return value;
    case K::OrgNr: {
        const QString digits = checkdigits::digitsOnly(value);
        if (!value.isEmpty() && !checkdigits::isValidOrgNr(digits))
            return makeError(ErrorCode::BadCheckDigit,
                             tr("“%1” is not a valid organisation number (9 digits, MOD11).").arg(value));
        return digits;
    }
    case K::BankAccount: {
        const QString digits = checkdigits::digitsOnly(value);
        if (!value.isEmpty() && !checkdigits::isValidNorwegianAccount(digits))
            return makeError(ErrorCode::BadCheckDigit,
                             tr("“%1” is not a valid bank account number (11 digits, MOD11).").arg(value));
        return digits;
    }
    case K::Iban: {
        QString compact = value;
        compact.remove(u' ');
        compact = compact.toUpper();
        if (!value.isEmpty() && !checkdigits::isValidIban(compact))
            return makeError(ErrorCode::BadCheckDigit, tr("“%1” is not a valid IBAN.").arg(value));
        return compact;
    }
    case K::Bic: {
        static const QRegularExpression re(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
        const QString upper = value.toUpper();
        if (!value.isEmpty() && !re.match(upper).hasMatch())
            return bad(tr("a BIC has 8 or 11 letters and digits."));
        return upper;
    }
    case K::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!value.isEmpty() && !re.match(value).hasMatch())
            return bad(tr("“%1” is not an e-mail address.").arg(value));
        return value;
    }
    case K::Account: {
        static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$"));
        if (!re.match(value).hasMatch())
            return bad(tr("an account number has 4 to 8 digits."));
        return value;
    }
    case K::Currency: {
        static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
        if (!re.match(value).hasMatch())
            return bad(tr("use a three-letter ISO 4217 code such as NOK."));
        return value;
    }
    }
    return value;
}

Result<void> CompanySettings::validateSetup(const CompanySetup& setup)
{
    if (setup.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The company name is required."));
    if (setup.orgnr.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The organisation number is required."));
    SD_TRY(normalize(QStringLiteral("company.orgnr"), setup.orgnr));
    SD_TRY(normalize(QStringLiteral("company.form"), setup.form));
    SD_TRY(normalize(QStringLiteral("company.currency"), setup.currency));
    return {};
}

CompanySettings::CompanySettings(QHash<QString, QString> values)
    : m_values(std::move(values))
{
}

QString CompanySettings::value(const QString& key) const
{
    auto it = m_values.constFind(key);
    if (it != m_values.constEnd())
        return *it;
    const SettingSpec* s = spec(key);
    return s ? s->defaultValue : QString();
}

bool CompanySettings::flag(const QString& key) const
{
    return value(key) == QStringLiteral("true");
}

int CompanySettings::days(const QString& key) const
{
    return value(key).toInt();
}

Money CompanySettings::amount(const QString& key) const
{
    return Money::parse(value(key)).value_or(Money());
}

StockPrinciple CompanySettings::stockPrinciple() const
{
    return value(QStringLiteral("stock.principle")) == QStringLiteral("fifo") ? StockPrinciple::Fifo
                                                                              : StockPrinciple::Average;
}

checkdigits::KidMode CompanySettings::kidMode() const
{
    const QString v = value(QStringLiteral("invoice.kid"));
    if (v == QStringLiteral("mod11"))
        return checkdigits::KidMode::Mod11;
    if (v == QStringLiteral("none"))
        return checkdigits::KidMode::None;
    return checkdigits::KidMode::Mod10;
}

QString CompanySettings::orgnrDisplay() const
{
    const QString o = orgnr();
    QString spaced = o.size() == 9 ? o.left(3) + u' ' + o.mid(3, 3) + u' ' + o.mid(6) : o;
    if (vatRegistered())
        spaced += QStringLiteral(" MVA");
    return spaced;
}

} // namespace sd
