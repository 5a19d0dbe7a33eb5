#include "documentsteps.h"

#include "documents/invoicelifecycle.h"
#include "documents/orderlifecycle.h"
#include "documents/quotelifecycle.h"
#include "documents/shipmentlifecycle.h"

#include <QLocale>

namespace sd::ui {

using S = DocumentStep;

namespace {

// Refusals from derived facts, for steps whose lifecycle rule allows them in the stored status
// but whose document says otherwise; the services refuse the same cases.
QString quoteRefusal(S step, QuoteStatus status)
{
    switch (step) {
    case S::Send:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::Send);
    case S::AcceptToOrder:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::ConvertToOrder);
    case S::AcceptToInvoice:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::ConvertToInvoice);
    case S::Reject:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::Reject);
    case S::Duplicate:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::Duplicate);
    case S::DeleteDraft:
        return QuoteLifecycle::refusalMessage(status, QuoteAction::Delete);
    default:
        return {};
    }
}

QString orderRefusal(S step, OrderStatus status, const DocumentView& v)
{
    auto rule = [status](OrderAction a) { return OrderLifecycle::refusalMessage(status, a); };
    const bool shippedAny = v.deliveryStatus == QLatin1String("partial")
        || v.deliveryStatus == QLatin1String("delivered");
    QString reason;
    switch (step) {
    case S::Confirm:
        return rule(OrderAction::Confirm);
    case S::CreateShipment:
        reason = rule(OrderAction::Ship);
        if (reason.isEmpty() && v.deliveryStatus == QLatin1String("delivered"))
            reason = DocumentSteps::tr("Everything on this order has been shipped.");
        return reason;
    case S::InvoiceAll:
    case S::InvoiceShipped:
        reason = rule(OrderAction::Invoice);
        if (reason.isEmpty() && v.invoiceStatus == QLatin1String("invoiced"))
            reason = DocumentSteps::tr("The order is fully invoiced.");
        if (reason.isEmpty() && step == S::InvoiceShipped && !shippedAny)
            reason = DocumentSteps::tr("Nothing on this order has been shipped yet.");
        return reason;
    case S::Backorder:
        reason = rule(OrderAction::Backorder);
        if (reason.isEmpty() && v.deliveryStatus != QLatin1String("partial"))
            reason
                = DocumentSteps::tr("Only a partly shipped order can be split into a backorder.");
        return reason;
    case S::Cancel:
        reason = rule(OrderAction::Cancel);
        if (reason.isEmpty() && shippedAny)
            reason = DocumentSteps::tr(
                "Something has been shipped; create a backorder for the rest instead.");
        return reason;
    case S::Duplicate:
        return rule(OrderAction::Duplicate);
    case S::DeleteDraft:
        return rule(OrderAction::Delete);
    default:
        return {};
    }
}

QString shipmentRefusal(S step, ShipmentStatus status, const DocumentView& v)
{
    QString reason;
    switch (step) {
    case S::PickAll:
        reason = ShipmentLifecycle::refusalMessage(status, ShipmentAction::Pick);
        if (reason.isEmpty() && v.pickedStatus == QLatin1String("picked"))
            reason = DocumentSteps::tr("Everything is picked.");
        return reason;
    case S::SendShipment:
        reason = ShipmentLifecycle::refusalMessage(status, ShipmentAction::Send);
        if (reason.isEmpty() && v.pickedStatus == QLatin1String("not_picked"))
            reason = DocumentSteps::tr("Pick something before sending the shipment.");
        return reason;
    case S::DeleteDraft:
        return ShipmentLifecycle::refusalMessage(status, ShipmentAction::Delete);
    default:
        return {};
    }
}

QString invoiceRefusal(S step, InvoiceStatus status, const DocumentView& v)
{
    const DocumentType type = v.document.type;
    auto rule = [&](InvoiceAction a) { return InvoiceLifecycle::refusalMessage(status, a, type); };
    const QString& payment = v.paymentStatus;
    QString reason;
    switch (step) {
    case S::Book:
        return rule(InvoiceAction::Book);
    case S::Send:
        return rule(InvoiceAction::Send);
    case S::Credit:
        return rule(InvoiceAction::Credit);
    case S::RegisterPayment:
        reason = rule(InvoiceAction::RegisterPayment);
        if (reason.isEmpty() && payment == QLatin1String("paid"))
            reason = DocumentSteps::tr("The invoice is paid.");
        return reason;
    case S::Remind:
        reason = rule(InvoiceAction::Remind);
        if (reason.isEmpty() && payment == QLatin1String("paid"))
            reason = DocumentSteps::tr("The invoice is paid.");
        else if (reason.isEmpty() && payment != QLatin1String("overdue")
            && payment != QLatin1String("reminded"))
            reason = DocumentSteps::tr("The invoice is not overdue yet (due %1).")
                         .arg(QLocale().toString(v.document.dueDate, QLocale::ShortFormat));
        return reason;
    case S::Duplicate:
        return rule(InvoiceAction::Duplicate);
    case S::DeleteDraft:
        return rule(InvoiceAction::Delete);
    case S::ExportEhf:
        if (!v.document.isBooked())
            return DocumentSteps::tr("Book the document before exporting it as EHF.");
        return {};
    default:
        return {};
    }
}

} // namespace

QList<std::optional<S>> DocumentSteps::stepsFor(DocumentType type)
{
    const std::optional<S> sep;
    QList<std::optional<S>> steps;
    switch (type) {
    case DocumentType::Quote:
        steps = { S::Send,
            S::AcceptToOrder,
            S::AcceptToInvoice,
            S::Reject,
            sep,
            S::Duplicate,
            S::DeleteDraft };
        break;
    case DocumentType::Order:
        steps = { S::Confirm,
            S::CreateShipment,
            S::InvoiceAll,
            S::InvoiceShipped,
            S::Backorder,
            S::Cancel,
            sep,
            S::Duplicate,
            S::DeleteDraft };
        break;
    case DocumentType::Shipment:
        steps = { S::PickAll, S::SendShipment, sep, S::DeleteDraft };
        break;
    case DocumentType::Invoice:
        steps = { S::Book,
            S::Send,
            S::RegisterPayment,
            S::Remind,
            S::Credit,
            sep,
            S::Duplicate,
            S::DeleteDraft };
        break;
    case DocumentType::CreditNote:
        steps = { S::Book, S::Send, sep, S::DeleteDraft };
        break;
    }
    steps << sep << S::Print << S::PrintPreview;
    if (type == DocumentType::Invoice || type == DocumentType::CreditNote)
        steps << S::ExportEhf;
    steps << sep << S::Archive;
    return steps;
}

QString DocumentSteps::refusal(DocumentStep step, const DocumentView* view)
{
    if (!view)
        return tr("Select a document in one of the lists.");
    const DocumentView& v = *view;
    const QString& key = v.document.status;
    switch (v.document.type) {
    case DocumentType::Quote:
        if (auto s = QuoteLifecycle::parseStatus(key))
            return quoteRefusal(step, *s);
        break;
    case DocumentType::Order:
        if (auto s = OrderLifecycle::parseStatus(key))
            return orderRefusal(step, *s, v);
        break;
    case DocumentType::Shipment:
        if (auto s = ShipmentLifecycle::parseStatus(key))
            return shipmentRefusal(step, *s, v);
        break;
    case DocumentType::Invoice:
    case DocumentType::CreditNote:
        if (auto s = InvoiceLifecycle::parseStatus(key))
            return invoiceRefusal(step, *s, v);
        break;
    }
    return tr("The document has an unknown status “%1”.").arg(key);
}

} // namespace sd::ui
