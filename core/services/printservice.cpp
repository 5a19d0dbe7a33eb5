#include "printservice.h"

#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "storage/database.h"
#include "storage/layoutrepository.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

namespace {

// inkassoloven § 9: a reminder gives the debtor at least 14 days from when it is sent.
constexpr int kReminderPaymentDays = 14;

} // namespace

PrintService::PrintService(Database& db)
    : m_db(db)
{
}

Result<LayoutProfile> PrintService::layout(const QString& name)
{
    auto found = LayoutRepository(m_db).find(name.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no layout “%1”.").arg(name));
    return **found;
}

Result<QList<LayoutProfile>> PrintService::layouts()
{
    return LayoutRepository(m_db).list();
}

Result<LayoutProfile> PrintService::addLayout(const QString& name, const QString& copyOf)
{
    SD_TRY(LayoutRules::validateName(name));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    LayoutRepository repo(m_db);
    auto existing = repo.find(name.trimmed());
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(
            ErrorCode::Duplicate, tr("A layout named “%1” already exists.").arg((*existing)->name));
    LayoutProfile l;
    if (!copyOf.isEmpty()) {
        auto source = layout(copyOf);
        if (!source)
            return source.error();
        l = *source;
    }
    l.name = name.trimmed();
    SD_TRY(repo.insert(l));
    SD_TRY(tx.commit());
    return l;
}

Result<LayoutProfile> PrintService::setLayoutFields(
    const QString& name, const QList<QPair<QString, QString>>& fields)
{
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto l = layout(name);
    if (!l)
        return l.error();
    for (const auto& [field, value] : fields)
        SD_TRY(LayoutRules::setField(*l, field, value));
    SD_TRY(LayoutRepository(m_db).update(*l));
    SD_TRY(tx.commit());
    return l;
}

Result<LayoutProfile> PrintService::resolveLayout(qint64 documentId, const QString& layoutOverride)
{
    if (!layoutOverride.trimmed().isEmpty())
        return layout(layoutOverride);
    auto view = SalesService(m_db).view(documentId);
    if (!view)
        return view.error();
    if (!view->document.layout.trimmed().isEmpty())
        return layout(view->document.layout);
    // The customer's layout as it is now: a layout chosen on the customer after the document
    // was made still applies (seed 001: "layoutet ble lagt ved på kunden etter opprettelsen").
    if (auto customer = MasterDataService(m_db).customer(view->document.customer.number);
        customer && !customer->layout.trimmed().isEmpty())
        return layout(customer->layout);
    auto fallback = SettingsRepository(m_db).get(QStringLiteral("layout.default"));
    if (!fallback)
        return fallback.error();
    return layout(fallback->isEmpty() ? LayoutRules::defaultName() : *fallback);
}

Result<PrintData> PrintService::printData(qint64 documentId, const QString& layoutOverride)
{
    auto view = SalesService(m_db).view(documentId);
    if (!view)
        return view.error();
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto l = resolveLayout(documentId, layoutOverride);
    if (!l)
        return l.error();
    PrintData d;
    d.kind = printKindOf(view->document.type);
    d.document = view->document;
    d.company = *settings;
    d.layout = *l;
    d.paid = view->paid;
    d.credited = view->credited;
    d.amountDue = view->amountDue;
    d.creditedInvoiceNumber = view->creditedInvoiceNumber;
    for (const auto& r : view->related)
        if (r.type == DocumentType::Order && r.number && !d.orderNumber)
            d.orderNumber = *r.number;
    if (d.kind == PrintKind::PackingSlip) {
        ProductRepository products(m_db);
        for (const auto& line : d.document.lines) {
            if (!line.productId || d.binLocations.contains(line.productId))
                continue;
            if (auto p = products.byId(line.productId); p && !p->location.isEmpty())
                d.binLocations.insert(line.productId, p->location);
        }
    }
    return d;
}

Result<PrintData> PrintService::reminderData(qint64 invoiceNumber)
{
    SalesService sales(m_db);
    auto id = sales.idOfNumber(DocumentType::Invoice, invoiceNumber);
    if (!id)
        return id.error();
    auto d = printData(*id);
    if (!d)
        return d.error();
    auto reminders = LayoutRepository(m_db).reminders(*id);
    if (!reminders)
        return reminders.error();
    if (reminders->isEmpty())
        return makeError(ErrorCode::RuleViolation,
            tr("Invoice %1 has no reminder registered; register one first (invoice remind).")
                .arg(invoiceNumber));
    ReminderFacts facts;
    facts.count = int(reminders->size());
    facts.date = reminders->back().date;
    for (const auto& r : *reminders)
        if (r.feeOpen)
            facts.fees += r.fee;
    facts.newDueDate = facts.date.addDays(kReminderPaymentDays);
    d->kind = PrintKind::Reminder;
    d->reminder = facts;
    return d;
}

Result<void> PrintService::renderPdf(
    qint64 documentId, const QString& path, const QString& layoutOverride)
{
    auto d = printData(documentId, layoutOverride);
    if (!d)
        return d.error();
    SD_TRY(DocumentRenderer::renderPdf(*d, path));
    return {};
}

Result<void> PrintService::renderReminderPdf(qint64 invoiceNumber, const QString& path)
{
    auto d = reminderData(invoiceNumber);
    if (!d)
        return d.error();
    SD_TRY(DocumentRenderer::renderPdf(*d, path));
    return {};
}

Result<int> PrintService::render(
    qint64 documentId, QPagedPaintDevice& device, const QString& layoutOverride)
{
    auto d = printData(documentId, layoutOverride);
    if (!d)
        return d.error();
    return DocumentRenderer::render(*d, device);
}

Result<QStringList> PrintService::warnings(qint64 documentId, const QString& layoutOverride)
{
    auto d = printData(documentId, layoutOverride);
    if (!d)
        return d.error();
    QStringList out;
    const bool invoice = d->kind == PrintKind::Invoice;
    if (invoice && !d->layout.showPaymentTerms)
        out << tr(
            "The layout “%1” hides the payment terms, so they will be missing on this invoice. "
            "Choose another layout or turn payment terms on in it.")
                   .arg(d->layout.name);
    if ((invoice || d->kind == PrintKind::OrderConfirmation)
        && d->company.value(QStringLiteral("company.bank_account")).isEmpty()
        && d->company.value(QStringLiteral("company.iban")).isEmpty())
        out << tr("No bank account is set (settings company.bank_account), so the printout has no "
                  "payment information.");
    // bokføringsforskriften § 5-1-1: the seller's org.nr is required on sales documents; the
    // setting may be empty (a sole trader before registration), so say so before it goes out.
    if ((invoice || d->kind == PrintKind::CreditNote) && d->company.orgnr().isEmpty())
        out << tr("No organisation number is set (settings company.orgnr), so the seller's "
                  "org.nr is missing on this printout; invoices and credit notes must show it.");
    return out;
}

} // namespace sd
