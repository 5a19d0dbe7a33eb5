#pragma once

// DocumentSteps: which next steps a document type offers, and why a step is refused for one
// document. The reasons are the lifecycle tables' own sentences (refusalMessage — the same
// tables the services check) plus facts derived by core into DocumentView (delivery, invoicing,
// picking and payment status). Kept apart from DocumentActions so the rules stay readable and
// testable without widgets.

#include "services/salesservice.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sd::ui {

enum class DocumentStep
{
    Send,
    AcceptToOrder,
    AcceptToInvoice,
    Reject,
    Confirm,
    CreateShipment,
    PickAll,
    SendShipment,
    InvoiceAll,
    InvoiceShipped,
    Book,
    Credit,
    RegisterPayment,
    Remind,
    Backorder,
    Cancel,
    Duplicate,
    DeleteDraft,
    Archive,
    Print,
    PrintPreview,
    ExportEhf,
};

class DocumentSteps
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSteps)

public:
    // The steps of a type in menu order; nullopt entries are separators.
    static QList<std::optional<DocumentStep>> stepsFor(DocumentType type);
    // Empty when the step is allowed; `view` null = no document selected.
    static QString refusal(DocumentStep step, const DocumentView* view);
};

} // namespace sd::ui
