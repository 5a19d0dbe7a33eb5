#pragma once

// Norwegian reminder-fee rules (inkassoloven § 10, inkassoforskriften § 1-2), as a pure
// function of dates and counts. A fee is the "purregebyr" added to a reminder ("purring");
// a reminder without a fee is not limited by these rules.

#include "common/result.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>

namespace sd {

struct ReminderFeeFacts
{
    QDate invoiceDate;
    QDate dueDate;
    QDate reminderDate; // the day the reminder is sent
    int previousFeeReminders = 0; // earlier reminders on this claim that carried a fee
    Money inkassosats; // the year's rate, from the company settings
};

class ReminderRules
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReminderRules)

public:
    static constexpr int kDaysAfterDue = 14; // no fee until 14 days after the due date
    static constexpr int kMinPaymentDays = 14; // nor when the customer had under 14 days to pay
    static constexpr int kMaxFeesPerClaim = 2;
    static constexpr int kFeeDivisor = 10; // a fee is at most 1/10 of the inkassosats

    // The largest fee this reminder may carry, or RuleViolation with the rule that forbids one.
    // InvalidInput for missing dates or a non-positive inkassosats.
    static Result<Money> maximumFee(const ReminderFeeFacts& facts);

    // Accepts `requested` (returned unchanged) when the rules allow it. A fee above the maximum
    // is refused, never silently cut down: the user must see the legal limit. A zero fee is
    // always accepted; a negative one is InvalidInput.
    static Result<Money> checkFee(const ReminderFeeFacts& facts, Money requested);

    // The first day a fee may be added: 14 days after the due date.
    static QDate earliestFeeDate(QDate dueDate);
};

} // namespace sd
