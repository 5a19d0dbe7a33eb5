#pragma once

// Check-digit algorithms of the identifiers Salgsdesk validates: Norwegian organisation
// numbers and bank accounts (MOD11), EAN/GTIN/GLN (GS1 MOD10), IBAN (ISO 13616 MOD97) and
// KID payment references (MOD10 / MOD11 as Nets/Bankenes Betalingssentral define them).

#include <QString>

#include <optional>

namespace sd::checkdigits {

bool isValidOrgNr(const QString& digits); // 9 digits, weights 3 2 7 6 5 4 3 2
bool isValidNorwegianAccount(const QString& digits); // 11 digits, weights 5 4 3 2 7 6 5 4 3 2
bool isValidGtin(const QString& digits); // EAN-8, UPC-A (12), EAN-13, GTIN-14
bool isValidEan(const QString& digits); // EAN-8 or EAN-13 only
bool isValidGln(const QString& digits); // 13-digit GS1 location number
bool isValidIban(const QString& iban); // spaces allowed

// Strips spaces and dots ("9236 09 016", "1234.56.78903") so users may type either.
QString digitsOnly(const QString& text);

// KID (Norwegian payment reference): base digits + a check digit.
enum class KidMode { None, Mod10, Mod11 };
// Luhn check digit of `base`.
int mod10CheckDigit(const QString& base);
// MOD11 check digit (weights 2..7 from the right); 10 is returned as 10.
int mod11CheckDigit(const QString& base);
// base + check character; MOD11's check value 10 is written "-" (never avoided by skipping).
QString makeKid(const QString& base, KidMode mode);
bool isValidKid(const QString& kid, KidMode mode);

} // namespace sd::checkdigits
