#include "vatcode.h"

#include <QCoreApplication>

namespace sd {

std::optional<Percent> VatCode::rateOn(const QDate& date) const
{
    for (const auto& r : rates)
        if (r.validFrom <= date && (r.validTo.isNull() || date <= r.validTo))
            return r.percent;
    return std::nullopt;
}

QList<VatCode> norwegianVatCodes()
{
    auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    auto p = [](qint64 whole) { return Percent::fromWhole(whole); };
    return {
        {QStringLiteral("3"), QCoreApplication::translate("sd::VatCode", "Output VAT, standard rate"), VatCategory::Standard,
         {{d(2005, 1, 1), {}, p(25)}}},
        {QStringLiteral("31"), QCoreApplication::translate("sd::VatCode", "Output VAT, medium rate (food)"), VatCategory::Standard,
         {{d(2007, 1, 1), d(2011, 12, 31), p(14)}, {d(2012, 1, 1), {}, p(15)}}},
        // The low rate: 8, 10, 12, 6 (covid relief) and 12 % again.
        {QStringLiteral("33"), QCoreApplication::translate("sd::VatCode", "Output VAT, low rate"), VatCategory::Standard,
         {{d(2006, 3, 1), d(2015, 12, 31), p(8)},
          {d(2016, 1, 1), d(2017, 12, 31), p(10)},
          {d(2018, 1, 1), d(2020, 3, 31), p(12)},
          {d(2020, 4, 1), d(2021, 9, 30), p(6)},
          {d(2021, 10, 1), {}, p(12)}}},
        {QStringLiteral("5"), QCoreApplication::translate("sd::VatCode", "Zero-rated domestic sale"), VatCategory::ZeroRated,
         {{d(2000, 1, 1), {}, p(0)}}},
        {QStringLiteral("6"), QCoreApplication::translate("sd::VatCode", "Exempt / outside the scope of VAT"), VatCategory::Exempt,
         {{d(2000, 1, 1), {}, p(0)}}},
        {QStringLiteral("52"), QCoreApplication::translate("sd::VatCode", "Export of goods and services"), VatCategory::Export,
         {{d(2000, 1, 1), {}, p(0)}}},
    };
}

} // namespace sd
