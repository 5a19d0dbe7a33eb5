// libFuzzer target: the amount, price, quantity and percent parsers (core/money) and the CSV
// importer's number normaliser. Beyond "no crash, no UB", every accepted value must survive its
// own formatting: parse(toString(x)) == x, and stay within its documented range.

#include "export/productcsvimporter.h"
#include "money/decimal.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/quantity.h"
#include "money/unitprice.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace sd;

namespace {

template <typename T, typename Raw>
void roundTrip(const Result<T>& parsed, Raw raw)
{
    if (!parsed)
        return;
    auto again = T::parse(parsed->toString());
    if (!again || raw(*again) != raw(*parsed))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    // Both decodings a user's text can reach us in: UTF-8 (forms, CLI) and Latin-1 (old CSV).
    for (const QString text : {QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)),
                               QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size))}) {
        roundTrip(Money::parse(text), [](const Money& m) { return m.minor(); });
        roundTrip(UnitPrice::parse(text), [](const UnitPrice& p) { return p.raw(); });
        roundTrip(Quantity::parse(text), [](const Quantity& q) { return q.milli(); });
        const auto percent = Percent::parse(text);
        roundTrip(percent, [](const Percent& p) { return p.raw(); });
        if (percent && (percent->raw() < 0 || percent->raw() > Percent::fromWhole(100).raw()))
            std::abort();
        const auto positive = Quantity::parsePositive(text);
        if (positive && !positive->isPositive())
            std::abort();
        for (int decimals = 0; decimals <= 4; ++decimals) {
            const auto v = decimal::parse(text, decimals, 1'000'000'000'000LL, QStringLiteral("amount"));
            if (v && (*v > 1'000'000'000'000LL || *v < -1'000'000'000'000LL))
                std::abort();
            if (v) {
                const auto back = decimal::parse(decimal::format(*v, decimals, 0), decimals, 1'000'000'000'000LL,
                                                 QStringLiteral("amount"));
                if (!back || *back != *v)
                    std::abort();
            }
        }
        // What the product CSV import does with "1 234,50": the result must parse or be refused
        // cleanly, never crash.
        (void)UnitPrice::parse(ProductCsvImporter::normalizeNumber(text));
    }
    return 0;
}
