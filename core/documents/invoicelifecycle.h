#pragma once

// Invoice and credit-note statuses (ARCHITECTURE §2): Draft → Booked. Booking assigns the next
// gapless number and freezes number, dates, lines, totals and VAT; payments, reminders, `sent`
// and the archived flag live outside that guard, so they stay possible on booked documents.
// The payment status is derived (derivedstatus.h). The two transition tables (invoices, credit
// notes) are in invoicelifecycle.cpp.

#include "common/result.h"
#include "documenttypes.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sd {

// Keys: "draft", "booked".
enum class InvoiceStatus
{
    Draft,
    Booked
};

// Keys: "edit", "book", "send", "credit", "register_payment", "remind", "ship", "delete",
// "duplicate".
enum class InvoiceAction
{
    Edit,
    Book,
    Send, // deliver to the customer (e-mail, EHF); sets `sent`
    Credit, // create a credit note for all or part of it
    RegisterPayment,
    Remind, // register a reminder; its fee is checked by ReminderRules
    Ship, // create a shipment from the invoice
    Delete,
    Duplicate,
};

// One class for both types: pass DocumentType::CreditNote to use the credit-note table.
class InvoiceLifecycle
{
public:
    static bool
    isAllowed(InvoiceStatus from, InvoiceAction action, DocumentType type = DocumentType::Invoice);
    // ErrorCode::InvalidState with the translated refusal.
    static Result<void>
    check(InvoiceStatus from, InvoiceAction action, DocumentType type = DocumentType::Invoice);
    static Result<InvoiceStatus>
    apply(InvoiceStatus from, InvoiceAction action, DocumentType type = DocumentType::Invoice);
    // The refusal sentence, for a disabled action's tooltip; empty when allowed.
    static QString refusalMessage(InvoiceStatus from,
                                  InvoiceAction action,
                                  DocumentType type = DocumentType::Invoice);
    static QList<InvoiceAction> allowedActions(InvoiceStatus from,
                                               DocumentType type = DocumentType::Invoice);

    static QList<InvoiceStatus> statuses();
    static QList<InvoiceAction> actions();
    static QString statusKey(InvoiceStatus status);
    static Result<InvoiceStatus> parseStatus(QStringView key);
    static QString statusName(InvoiceStatus status);
    static QString actionKey(InvoiceAction action);
    static Result<InvoiceAction> parseAction(QStringView key);
    static QString actionName(InvoiceAction action);
};

} // namespace sd
