#include "customer.h"

#include "domain/checkdigits.h"

#include <QRegularExpression>

namespace sd {

QStringList CustomerRules::fieldNames()
{
    return {QStringLiteral("name"),     QStringLiteral("orgnr"),    QStringLiteral("vat-number"),
            QStringLiteral("gln"),      QStringLiteral("peppol-id"), QStringLiteral("email"),
            QStringLiteral("phone"),    QStringLiteral("contact"),  QStringLiteral("address"),
            QStringLiteral("postcode"), QStringLiteral("city"),     QStringLiteral("country"),
            QStringLiteral("delivery-address"), QStringLiteral("delivery-postcode"),
            QStringLiteral("delivery-city"), QStringLiteral("delivery-country"),
            QStringLiteral("language"), QStringLiteral("currency"), QStringLiteral("payment-days"),
            QStringLiteral("group"),    QStringLiteral("layout"),   QStringLiteral("ehf"),
            QStringLiteral("notes")};
}

QString CustomerRules::field(const Customer& c, const QString& f)
{
    if (f == QStringLiteral("name")) return c.name;
    if (f == QStringLiteral("orgnr")) return c.orgnr;
    if (f == QStringLiteral("vat-number")) return c.vatNumber;
    if (f == QStringLiteral("gln")) return c.gln;
    if (f == QStringLiteral("peppol-id")) return c.peppolId;
    if (f == QStringLiteral("email")) return c.email;
    if (f == QStringLiteral("phone")) return c.phone;
    if (f == QStringLiteral("contact")) return c.contact;
    if (f == QStringLiteral("address")) return c.billing.street;
    if (f == QStringLiteral("postcode")) return c.billing.postcode;
    if (f == QStringLiteral("city")) return c.billing.city;
    if (f == QStringLiteral("country")) return c.billing.country;
    if (f == QStringLiteral("delivery-address")) return c.delivery.street;
    if (f == QStringLiteral("delivery-postcode")) return c.delivery.postcode;
    if (f == QStringLiteral("delivery-city")) return c.delivery.city;
    if (f == QStringLiteral("delivery-country")) return c.delivery.country;
    if (f == QStringLiteral("language")) return c.language;
    if (f == QStringLiteral("currency")) return c.currency;
    if (f == QStringLiteral("payment-days")) return c.paymentDays ? QString::number(*c.paymentDays) : QString();
    if (f == QStringLiteral("group")) return c.customerGroup;
    if (f == QStringLiteral("layout")) return c.layout;
    if (f == QStringLiteral("ehf")) return c.ehf ? QStringLiteral("true") : QStringLiteral("false");
    if (f == QStringLiteral("notes")) return c.notes;
    return QString();
}

Result<void> CustomerRules::setField(Customer& c, const QString& f, const QString& raw)
{
    const QString v = raw.trimmed();
    if (f == QStringLiteral("name")) c.name = v;
    else if (f == QStringLiteral("orgnr")) c.orgnr = checkdigits::digitsOnly(v);
    else if (f == QStringLiteral("vat-number")) c.vatNumber = v;
    else if (f == QStringLiteral("gln")) c.gln = checkdigits::digitsOnly(v);
    else if (f == QStringLiteral("peppol-id")) c.peppolId = v;
    else if (f == QStringLiteral("email")) c.email = v;
    else if (f == QStringLiteral("phone")) c.phone = v;
    else if (f == QStringLiteral("contact")) c.contact = v;
    else if (f == QStringLiteral("address")) c.billing.street = v;
    else if (f == QStringLiteral("postcode")) c.billing.postcode = v;
    else if (f == QStringLiteral("city")) c.billing.city = v;
    else if (f == QStringLiteral("country")) c.billing.country = v.toUpper();
    else if (f == QStringLiteral("delivery-address")) c.delivery.street = v;
    else if (f == QStringLiteral("delivery-postcode")) c.delivery.postcode = v;
    else if (f == QStringLiteral("delivery-city")) c.delivery.city = v;
    else if (f == QStringLiteral("delivery-country")) c.delivery.country = v.toUpper();
    else if (f == QStringLiteral("language")) c.language = v;
    else if (f == QStringLiteral("currency")) c.currency = v.toUpper();
    else if (f == QStringLiteral("payment-days")) {
        if (v.isEmpty()) {
            c.paymentDays.reset();
        } else {
            bool ok = false;
            const int d = v.toInt(&ok);
            if (!ok || d < 0 || d > 365)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Payment days must be a number from 0 to 365, not “%1”.").arg(v));
            c.paymentDays = d;
        }
    } else if (f == QStringLiteral("group")) c.customerGroup = v;
    else if (f == QStringLiteral("layout")) c.layout = v;
    else if (f == QStringLiteral("ehf")) {
        if (v != QStringLiteral("true") && v != QStringLiteral("false"))
            return makeError(ErrorCode::InvalidInput, tr("EHF must be true or false."));
        c.ehf = v == QStringLiteral("true");
    } else if (f == QStringLiteral("notes")) c.notes = raw;
    else
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a customer field.").arg(f));
    return {};
}

Result<Customer> CustomerRules::validate(Customer c)
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The customer name is required."));
    if (c.name.size() > 200)
        return makeError(ErrorCode::InvalidInput, tr("The customer name is longer than 200 characters."));
    c.orgnr = checkdigits::digitsOnly(c.orgnr);
    if (!c.orgnr.isEmpty() && c.billing.country == QStringLiteral("NO")
        && !checkdigits::isValidOrgNr(c.orgnr))
        return makeError(ErrorCode::BadCheckDigit,
                         tr("“%1” is not a valid organisation number (9 digits, MOD11).").arg(c.orgnr));
    c.gln = checkdigits::digitsOnly(c.gln);
    if (!c.gln.isEmpty() && !checkdigits::isValidGln(c.gln))
        return makeError(ErrorCode::BadCheckDigit,
                         tr("“%1” is not a valid GLN (13 digits with a GS1 check digit).").arg(c.gln));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not an e-mail address.").arg(c.email));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(c.billing.country).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The country must be a two-letter code such as NO, not “%1”.").arg(c.billing.country));
    if (!c.delivery.country.isEmpty() && !country.match(c.delivery.country).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The delivery country must be a two-letter code such as NO."));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(c.currency).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The currency must be a three-letter code such as NOK."));
    static const QRegularExpression peppol(QStringLiteral("^[0-9]{4}:[^\\s]{1,100}$"));
    if (!c.peppolId.isEmpty() && !peppol.match(c.peppolId).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("A PEPPOL id is written scheme:identifier, e.g. 0192:923609016."));
    if (c.paymentDays && (*c.paymentDays < 0 || *c.paymentDays > 365))
        return makeError(ErrorCode::InvalidInput, tr("Payment days must be from 0 to 365."));
    return c;
}

} // namespace sd
