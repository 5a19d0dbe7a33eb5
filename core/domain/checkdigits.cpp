#include "checkdigits.h"

namespace sd::checkdigits {

namespace {

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int digit(QChar c)
{
    return c.unicode() - u'0';
}

// MOD11 with the given weights applied left to right over the first n-1 digits.
bool mod11Weighted(const QString& s, std::initializer_list<int> weights)
{
    if (!allDigits(s) || s.size() != qsizetype(weights.size()) + 1)
        return false;
    int sum = 0, i = 0;
    for (int w : weights)
        sum += w * digit(s[i++]);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return false; // such numbers are never issued
    return check == digit(s.back());
}

} // namespace

QString digitsOnly(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (c != u' ' && c != u'.' && c != QChar(0x00A0))
            out += c;
    return out;
}

bool isValidOrgNr(const QString& digits)
{
    return mod11Weighted(digits, {3, 2, 7, 6, 5, 4, 3, 2});
}

bool isValidNorwegianAccount(const QString& digits)
{
    return mod11Weighted(digits, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
}

bool isValidGtin(const QString& s)
{
    if (!allDigits(s) || !(s.size() == 8 || s.size() == 12 || s.size() == 13 || s.size() == 14))
        return false;
    // GS1: from the right, excluding the check digit, weights 3,1,3,1…
    int sum = 0;
    int weight = 3;
    for (qsizetype i = s.size() - 2; i >= 0; --i) {
        sum += weight * digit(s[i]);
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10 == digit(s.back());
}

bool isValidEan(const QString& s)
{
    return (s.size() == 8 || s.size() == 13) && isValidGtin(s);
}

bool isValidGln(const QString& s)
{
    return s.size() == 13 && isValidGtin(s);
}

bool isValidIban(const QString& input)
{
    QString iban;
    for (QChar c : input)
        if (c != u' ')
            iban += c.toUpper();
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban[0].isLetter() || !iban[1].isLetter() || !iban[2].isDigit() || !iban[3].isDigit())
        return false;
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + digit(c)) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            const int v = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

int mod10CheckDigit(const QString& base)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost base digit is doubled
    for (qsizetype i = base.size() - 1; i >= 0; --i) {
        int d = digit(base[i]);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

int mod11CheckDigit(const QString& base)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = base.size() - 1; i >= 0; --i) {
        sum += weight * digit(base[i]);
        weight = weight == 7 ? 2 : weight + 1;
    }
    const int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
}

QString makeKid(const QString& base, KidMode mode)
{
    switch (mode) {
    case KidMode::None:
        return QString();
    case KidMode::Mod10:
        return base + QString::number(mod10CheckDigit(base));
    case KidMode::Mod11: {
        const int check = mod11CheckDigit(base);
        return base + (check == 10 ? QStringLiteral("-") : QString::number(check));
    }
    }
    return QString();
}

bool isValidKid(const QString& kid, KidMode mode)
{
    if (kid.size() < 2 || kid.size() > 25 || mode == KidMode::None)
        return false;
    const QString base = kid.left(kid.size() - 1);
    if (!allDigits(base))
        return false;
    return makeKid(base, mode) == kid;
}

} // namespace sd::checkdigits
