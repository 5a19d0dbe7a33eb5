#include "decimal.h"

#include <QCoreApplication>
#include <QLocale>

namespace sd::decimal {

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

Result<qint64> parse(QStringView input, int decimals, qint64 maxAbs, const QString& what)
{
    const QStringView text = input.trimmed();
    auto invalid = [&]() {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::decimal", "“%1” is not a valid %2.")
                             .arg(input.toString(), what));
    };
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("sd::decimal", "The %1 is empty.").arg(what));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+' || text[0] == QChar(0x2212)) {
        negative = text[0] != u'+';
        ++i;
    }
    // Accumulate in 128 bits so an absurd value is reported as out of range, not wrapped.
    __int128 integer = 0;
    int intDigits = 0;
    for (; i < text.size() && text[i].isDigit(); ++i) {
        if (text[i].unicode() > u'9')
            return invalid(); // other scripts' digits
        if (intDigits < 30)
            integer = integer * 10 + (text[i].unicode() - u'0');
        ++intDigits;
    }
    __int128 fraction = 0;
    int fracDigits = 0;
    if (i < text.size() && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        for (; i < text.size() && text[i].isDigit(); ++i) {
            if (text[i].unicode() > u'9')
                return invalid();
            ++fracDigits;
            if (fracDigits <= decimals)
                fraction = fraction * 10 + (text[i].unicode() - u'0');
            else if (text[i] != u'0')
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate(
                                     "sd::decimal", "The %1 “%2” has more than %n decimal(s).", "",
                                     decimals)
                                     .arg(what, input.toString()));
        }
    }
    if (i != text.size() || (intDigits == 0 && fracDigits == 0))
        return invalid();
    for (int k = std::min(fracDigits, decimals); k < decimals; ++k)
        fraction *= 10;
    const __int128 scaled = intDigits >= 30 ? __int128(maxAbs) + 1 : integer * pow10(decimals) + fraction;
    if (scaled > maxAbs)
        return makeError(ErrorCode::OutOfRange,
                         QCoreApplication::translate("sd::decimal", "The %1 “%2” is out of range.")
                             .arg(what, input.toString()));
    const qint64 value = static_cast<qint64>(scaled);
    return negative ? -value : value;
}

QString format(qint64 scaled, int decimals, int minDecimals)
{
    const bool negative = scaled < 0;
    // Work on the unsigned magnitude so INT64_MIN formats too.
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    const quint64 unit = quint64(pow10(decimals));
    QString out = QString::number(magnitude / unit);
    if (decimals > 0) {
        QString frac = QString::number(magnitude % unit).rightJustified(decimals, u'0');
        int keep = decimals;
        while (keep > minDecimals && frac[keep - 1] == u'0')
            --keep;
        frac.truncate(keep);
        if (!frac.isEmpty())
            out += u'.' + frac;
    }
    if (negative && magnitude != 0)
        out.prepend(u'-');
    return out;
}

QString formatLocalized(qint64 scaled, int decimals, int minDecimals, bool grouping)
{
    const QLocale locale;
    QString plain = format(scaled, decimals, minDecimals);
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    QString intPart = dot < 0 ? plain : plain.left(dot);
    const QString fracPart = dot < 0 ? QString() : plain.mid(dot + 1);
    if (grouping && !(locale.numberOptions() & QLocale::OmitGroupSeparator)) {
        const QString sep = locale.groupSeparator();
        for (qsizetype pos = intPart.size() - 3; pos > 0; pos -= 3)
            intPart.insert(pos, sep);
    }
    QString out = intPart;
    if (!fracPart.isEmpty())
        out += locale.decimalPoint() + fracPart;
    return negative ? locale.negativeSign() + out : out;
}

} // namespace sd::decimal
