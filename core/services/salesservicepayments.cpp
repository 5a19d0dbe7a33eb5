// SalesService, part 3: payments, reminders and their fees, and the "sent" flag.

#include "salesservice.h"

#include "common/clock.h"
#include "documents/invoicelifecycle.h"
#include "documents/reminderrules.h"
#include "salesservicehelpers.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

Result<void> SalesService::registerPayment(qint64 invoiceNumber, Money amount, std::optional<QDate> date)
{
    if (!amount.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("A payment must be greater than zero."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto id = idOfNumber(DocumentType::Invoice, invoiceNumber);
    if (!id)
        return id.error();
    // Only the invoice and its money are needed, not the whole view (relations, delivery).
    auto loaded = m_docs.load(*id);
    if (!loaded)
        return loaded.error();
    DocumentView before;
    before.document = std::move(*loaded);
    const DocumentView* v = &before;
    QList<DocumentRepository::ReminderFee> fees;
    SD_TRY(detail::fillInvoiceMoney(m_docs, before, &fees));
    SD_TRY(InvoiceLifecycle::check(*InvoiceLifecycle::parseStatus(v->document.status), InvoiceAction::RegisterPayment));
    const Money due = std::max(v->amountDue, Money());
    if (amount > due + v->reminderFeesOpen)
        return makeError(ErrorCode::RuleViolation,
                         tr("The payment %1 is more than the %2 due on invoice %3.")
                             .arg(amount.toString(), (due + v->reminderFeesOpen).toString())
                             .arg(invoiceNumber));
    // What exceeds the invoice amount pays open reminder fees, whole fees oldest first.
    Money excess = amount - due;
    Money feesPaidNow;
    for (const auto& f : fees) {
        if (f.status != QStringLiteral("open") || !excess.isPositive())
            continue;
        if (f.fee > excess)
            break;
        SD_TRY(m_docs.setReminderFeeStatus(f.id, QStringLiteral("paid")));
        excess -= f.fee;
        feesPaidNow += f.fee;
    }
    if (excess.isPositive())
        return makeError(ErrorCode::RuleViolation,
                         tr("The payment %1 would pay part of a reminder fee on invoice %2; pay %3 or the full fees.")
                             .arg(amount.toString())
                             .arg(invoiceNumber)
                             .arg((amount - excess).toString()));
    SD_TRY(m_docs.addPayment(*id, date.value_or(Clock::instance().today()), amount, QString()));
    SD_TRY(m_docs.log(*id, QStringLiteral("payment"), tr("Payment of %1 registered").arg(amount.toString())));
    // After the payment, without reading it back: what did not pay fees paid the invoice.
    const Money dueAfter = v->amountDue - (amount - feesPaidNow);
    const Money feesOpenAfter = v->reminderFeesOpen - feesPaidNow;
    if (!dueAfter.isPositive() && feesOpenAfter.isZero()) {
        Document d = v->document;
        d.archived = true; // paid invoices are complete (seed 001)
        SD_TRY(m_docs.updateHeader(d, &v->document)); // loaded in this transaction
    }
    return tx.commit();
}

Result<Money> SalesService::remind(qint64 invoiceNumber, std::optional<Money> fee)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto id = idOfNumber(DocumentType::Invoice, invoiceNumber);
    if (!id)
        return id.error();
    auto v = view(*id);
    if (!v)
        return v.error();
    SD_TRY(InvoiceLifecycle::check(*InvoiceLifecycle::parseStatus(v->document.status), InvoiceAction::Remind));
    if (!v->amountDue.isNegative() && v->amountDue.isZero())
        return makeError(ErrorCode::RuleViolation, tr("Invoice %1 is paid; there is nothing to remind.").arg(invoiceNumber));
    const QDate today = Clock::instance().today();
    if (today <= v->document.dueDate)
        return makeError(ErrorCode::RuleViolation, tr("Invoice %1 is not overdue yet (due %2).")
                                                       .arg(invoiceNumber)
                                                       .arg(v->document.dueDate.toString(Qt::ISODate)));
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto previous = m_docs.reminderCount(*id, true);
    if (!previous)
        return previous.error();
    ReminderFeeFacts facts{v->document.date, v->document.dueDate, today, *previous,
                           settings->amount(QStringLiteral("reminder.inkassosats"))};
    Money wanted = fee.value_or(settings->amount(QStringLiteral("reminder.fee")));
    if (!fee) {
        // The default fee is only added where the law allows one.
        auto max = ReminderRules::maximumFee(facts);
        wanted = max ? std::min(wanted, *max) : Money();
    }
    auto checked = ReminderRules::checkFee(facts, wanted);
    if (!checked)
        return checked.error();
    SD_TRY(m_docs.addReminder(*id, today, *checked));
    SD_TRY(m_docs.log(*id, QStringLiteral("reminder"), tr("Reminder registered, fee %1").arg(checked->toString())));
    SD_TRY(tx.commit());
    return *checked;
}

Result<Money> SalesService::writeOffReminderFees(qint64 invoiceNumber)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto id = idOfNumber(DocumentType::Invoice, invoiceNumber);
    if (!id)
        return id.error();
    auto fees = m_docs.reminderFees(*id);
    if (!fees)
        return fees.error();
    Money total;
    for (const auto& f : *fees) {
        if (f.status != QStringLiteral("open"))
            continue;
        SD_TRY(m_docs.setReminderFeeStatus(f.id, QStringLiteral("written_off")));
        total += f.fee;
    }
    if (total.isZero())
        return makeError(ErrorCode::RuleViolation, tr("Invoice %1 has no open reminder fees.").arg(invoiceNumber));
    SD_TRY(m_docs.log(*id, QStringLiteral("reminder"), tr("Reminder fees of %1 written off").arg(total.toString())));
    auto v = view(*id);
    if (!v)
        return v.error();
    if (!v->amountDue.isPositive()) {
        Document d = v->document;
        d.archived = true;
        SD_TRY(m_docs.updateHeader(d));
    }
    SD_TRY(tx.commit());
    return total;
}

Result<void> SalesService::markSent(qint64 id)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto d = m_docs.load(id);
    if (!d)
        return d.error();
    d->sent = true;
    SD_TRY(m_docs.updateHeader(*d));
    SD_TRY(m_docs.log(id, QStringLiteral("status"), tr("Marked as sent")));
    return tx.commit();
}

} // namespace sd
