#include "reminderrules.h"

#include "money/rounding.h"

#include <QLocale>

namespace sd {

QDate ReminderRules::earliestFeeDate(QDate dueDate)
{
    return dueDate.addDays(kDaysAfterDue);
}

Result<Money> ReminderRules::maximumFee(const ReminderFeeFacts& facts)
{
    if (!facts.invoiceDate.isValid() || !facts.dueDate.isValid() || !facts.reminderDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The invoice date, due date and reminder date are all needed to "
                            "work out a reminder fee."));
    if (facts.inkassosats.isZero() || facts.inkassosats.isNegative())
        return makeError(ErrorCode::InvalidInput,
                         tr("Set this year's inkassosats in the company settings before adding "
                            "reminder fees."));

    if (facts.invoiceDate.daysTo(facts.dueDate) < kMinPaymentDays)
        return makeError(ErrorCode::RuleViolation,
                         tr("No reminder fee may be charged: the invoice gave less than %n "
                            "day(s) to pay.",
                            nullptr,
                            kMinPaymentDays));
    if (facts.previousFeeReminders >= kMaxFeesPerClaim)
        return makeError(ErrorCode::RuleViolation,
                         tr("No further reminder fee may be charged: at most %n fee(s) per "
                            "invoice are allowed.",
                            nullptr,
                            kMaxFeesPerClaim));
    const QDate earliest = earliestFeeDate(facts.dueDate);
    if (facts.reminderDate < earliest)
        return makeError(ErrorCode::RuleViolation,
                         tr("No reminder fee may be charged before %1, 14 days after the due "
                            "date.")
                             .arg(QLocale().toString(earliest, QLocale::ShortFormat)));

    // 1/10 of the inkassosats, rounded half away from zero like every other amount.
    return Money::fromMinor(
        static_cast<qint64>(divRoundHalfAway(facts.inkassosats.minor(), kFeeDivisor)));
}

Result<Money> ReminderRules::checkFee(const ReminderFeeFacts& facts, Money requested)
{
    if (requested.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("A reminder fee cannot be negative."));
    if (requested.isZero())
        return requested;
    auto maximum = maximumFee(facts);
    if (!maximum)
        return maximum.error();
    if (requested > *maximum)
        return makeError(ErrorCode::RuleViolation,
                         tr("A reminder fee of %1 is more than the legal maximum of %2.")
                             .arg(requested.toDisplayString(), maximum->toDisplayString()));
    return requested;
}

} // namespace sd
