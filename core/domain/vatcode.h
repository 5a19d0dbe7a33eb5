#pragma once

// VAT codes with dated rates. Codes are the SAF-T standard tax codes (NO): 3 (25 %),
// 31 (15 %, food), 33 (12 %, low rate), 5 (0 %, zero-rated domestic), 6 (exempt / outside),
// 52 (export). A document uses the rate valid on its date; the rate is frozen at booking.

#include "common/result.h"
#include "money/percent.h"
#include "money/vatcalculator.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

struct VatRate
{
    QDate validFrom;
    QDate validTo; // null = open-ended
    Percent percent;
};

struct VatCode
{
    QString code;
    QString name;
    VatCategory category = VatCategory::Standard;
    QList<VatRate> rates;

    std::optional<Percent> rateOn(const QDate& date) const;
};

// The Norwegian defaults written into every new company file, with their rate history.
QList<VatCode> norwegianVatCodes();

} // namespace sd
