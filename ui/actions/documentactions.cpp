#include "documentactions.h"

#include "common/documentsignals.h"
#include "dialogs/documentpreviewdialog.h"
#include "common/filedialog.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "models/documentlistmodel.h"
#include "services/importexportservice.h"
#include "services/printservice.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTableView>

namespace sd::ui {

using S = DocumentStep;

namespace {

template <typename T> bool failed(const Result<T>& r, QWidget* parent)
{
    if (r)
        return false;
    MessageBox::critical(parent, DocumentActions::tr("Salgsdesk"), r.error().message);
    return true;
}

} // namespace

DocumentActions::DocumentActions(storage::Database& db, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_parent(dialogParent)
{
    // No e-mail in the product: the step opens the document to save or print, then marks it.
    add(S::Send, QStringLiteral("send"), tr("Preview and send…"), Icon::Send);
    add(S::AcceptToOrder, QStringLiteral("acceptToOrder"), tr("Accept → order"), Icon::Accept);
    add(S::AcceptToInvoice,
        QStringLiteral("acceptToInvoice"),
        tr("Accept → invoice"),
        Icon::Invoice);
    add(S::Reject, QStringLiteral("reject"), tr("Reject"), Icon::Reject);
    add(S::Confirm, QStringLiteral("confirm"), tr("Confirm order…"), Icon::Confirm);
    add(S::CreateShipment, QStringLiteral("createShipment"), tr("Create shipment"), Icon::Ship);
    add(S::PickAll, QStringLiteral("pickAll"), tr("Pick all"), Icon::Pick);
    add(S::SendShipment, QStringLiteral("sendShipment"), tr("Send shipment"), Icon::Send);
    add(S::InvoiceAll, QStringLiteral("invoiceAll"), tr("Create invoice"), Icon::Invoice);
    add(S::InvoiceShipped,
        QStringLiteral("invoiceShipped"),
        tr("Create invoice (shipped only)"),
        std::nullopt);
    add(S::Book, QStringLiteral("book"), tr("Book"), Icon::Book);
    add(S::Credit, QStringLiteral("credit"), tr("Credit…"), Icon::Credit);
    add(S::RegisterPayment,
        QStringLiteral("registerPayment"),
        tr("Register payment…"),
        Icon::Payment);
    add(S::Remind, QStringLiteral("remind"), tr("Remind"), Icon::Remind);
    add(S::Backorder, QStringLiteral("backorder"), tr("Create backorder"), Icon::Backorder);
    add(S::Cancel, QStringLiteral("cancel"), tr("Cancel order…"), Icon::Cancel);
    add(S::Duplicate, QStringLiteral("duplicate"), tr("Duplicate"), Icon::Duplicate);
    add(S::DeleteDraft, QStringLiteral("deleteDraft"), tr("Delete draft…"), Icon::Delete);
    add(S::Archive, QStringLiteral("archive"), tr("Archive"), Icon::Archive);
    add(S::Print, QStringLiteral("printDocument"), tr("Print…"), Icon::Print);
    add(S::PrintPreview,
        QStringLiteral("printPreviewDocument"),
        tr("Print preview…"),
        Icon::PrintPreview);
    add(S::ExportEhf, QStringLiteral("exportEhf"), tr("Export EHF…"), Icon::Export);
    m_noDocument
        = new QAction(tr("Select a document in one of the lists to see its next steps."), this);
    m_noDocument->setObjectName(QStringLiteral("noDocumentAction"));
    m_noDocument->setEnabled(false);
    // A change made elsewhere (an editor, another row's action) may change what is allowed here.
    connect(
        DocumentSignals::instance(), &DocumentSignals::documentChanged, this, [this](qint64 id) {
            if (m_id && (id == 0 || id == m_id))
                setDocument(m_id);
        });
    update();
}

QAction* DocumentActions::add(
    Step step, const QString& behaviour, const QString& text, std::optional<Icon> icon)
{
    auto* a = new QAction(text, this);
    a->setObjectName(behaviour + QStringLiteral("Action"));
    if (icon)
        a->setIcon(icons::get(*icon));
    connect(a, &QAction::triggered, this, [this, step]() { trigger(step); });
    m_actions.insert(step, a);
    return a;
}

QList<QAction*> DocumentActions::allActions() const
{
    QList<QAction*> out;
    for (const auto& step : DocumentSteps::stepsFor(DocumentType::Quote)
            + DocumentSteps::stepsFor(DocumentType::Order)
            + DocumentSteps::stepsFor(DocumentType::Shipment)
            + DocumentSteps::stepsFor(DocumentType::Invoice))
        if (step && !out.contains(action(*step)))
            out << action(*step);
    return out;
}

void DocumentActions::setDocument(qint64 id)
{
    m_id = id;
    m_view.reset();
    if (id) {
        auto v = SalesService(m_db).view(id);
        if (v)
            m_view = std::move(*v);
        else
            m_id = 0; // deleted meanwhile
    }
    update();
}

void DocumentActions::update()
{
    const std::optional<DocumentType> type
        = m_view ? std::optional(m_view->document.type) : std::nullopt;
    const QList<std::optional<Step>> applicable
        = type ? DocumentSteps::stepsFor(*type) : QList<std::optional<Step>>();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction* a = it.value();
        const bool applies = applicable.contains(it.key());
        const QString reason
            = applies ? DocumentSteps::refusal(it.key(), m_view ? &*m_view : nullptr) : QString();
        a->setVisible(applies);
        a->setEnabled(applies && reason.isEmpty());
        // The reason is the tooltip of a disabled step (issue 5), shown in the status bar too.
        a->setToolTip(reason.isEmpty() ? a->text().remove(QLatin1Char('&')) : reason);
        a->setStatusTip(reason);
    }
    m_noDocument->setVisible(!m_view);
    if (m_view)
        action(S::Archive)->setText(m_view->document.archived ? tr("Unarchive") : tr("Archive"));
}

void DocumentActions::fillMenu(QMenu* menu) const
{
    menu->setToolTipsVisible(true); // disabled steps say why
    if (!m_view) {
        menu->addAction(m_noDocument);
        return;
    }
    for (const auto& step : DocumentSteps::stepsFor(m_view->document.type)) {
        if (step)
            menu->addAction(action(*step));
        else
            menu->addSeparator();
    }
}

void DocumentActions::attach(QTableView* table, DocumentListModel* model)
{
    auto follow = [this, model](const QModelIndex& current) {
        setDocument(current.isValid() ? model->documentId(current.row()) : 0);
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, follow);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table,
        &QWidget::customContextMenuRequested,
        this,
        [this, table, follow](const QPoint& pos) {
            const QModelIndex index = table->indexAt(pos);
            if (!index.isValid())
                return;
            table->setCurrentIndex(index);
            follow(index);
            QMenu menu(table);
            menu.setObjectName(QStringLiteral("documentRowMenu"));
            fillMenu(&menu);
            menu.exec(table->viewport()->mapToGlobal(pos));
        });
}

bool DocumentActions::confirm(const QString& question) const
{
    return MessageBox::question(m_parent, tr("Salgsdesk"), question) == QMessageBox::Yes;
}

void DocumentActions::changed(qint64 createdId)
{
    const qint64 id = m_id;
    DocumentSignals::notifyChanged(id); // refreshes the lists and this object's state
    if (createdId) {
        DocumentSignals::notifyChanged(createdId);
        emit documentCreated(createdId);
    }
}

void DocumentActions::trigger(Step step)
{
    if (!m_view || !action(step)->isEnabled())
        return; // a refused step changes nothing
    SalesService sales(m_db);
    const Document& d = m_view->document;
    const qint64 id = m_id;
    const qint64 number = d.number.value_or(0);
    switch (step) {
    case S::Send:
    case S::Confirm:
        // Seed 003: the document is looked at (with its layout warnings) before it goes out;
        // the dialog's "Mark as sent" makes the status change, Cancel changes nothing.
        return openPreview(true);
    case S::AcceptToOrder:
    case S::AcceptToInvoice: {
        auto r = sales.acceptQuote(
            id, step == S::AcceptToOrder ? DocumentType::Order : DocumentType::Invoice);
        if (failed(r, m_parent))
            return;
        emit message(tr("Quote %1 accepted.").arg(number));
        return changed(*r);
    }
    case S::Reject:
        if (failed(sales.rejectQuote(id), m_parent))
            return;
        return changed();
    case S::CreateShipment: {
        auto r = sales.createShipment(id);
        if (failed(r, m_parent))
            return;
        return changed(*r);
    }
    case S::PickAll:
        if (failed(sales.pickAll(id), m_parent))
            return;
        return changed();
    case S::SendShipment:
        if (failed(sales.sendShipment(id), m_parent))
            return;
        emit message(tr("Shipment %1 sent.").arg(number));
        return changed();
    case S::InvoiceAll:
    case S::InvoiceShipped: {
        auto r = sales.invoiceOrder(id, step == S::InvoiceShipped);
        if (failed(r, m_parent))
            return;
        return changed(*r);
    }
    case S::Book: {
        auto r = sales.book(id);
        if (failed(r, m_parent))
            return;
        emit message(tr("Booked as number %1.").arg(*r));
        return changed();
    }
    case S::Credit: {
        const auto answer = MessageBox::question(m_parent,
            tr("Credit invoice %1").arg(number),
            tr("Credit everything not yet credited on invoice %1. Do the goods come back to stock?")
                .arg(number),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        // Crediting makes the quantities invoiceable again by default (ARCHITECTURE §2).
        auto r = sales.credit(number, {}, answer == QMessageBox::Yes, true);
        if (failed(r, m_parent))
            return;
        return changed(*r);
    }
    case S::RegisterPayment:
        return registerPayment();
    case S::Remind: {
        auto r = sales.remind(number);
        if (failed(r, m_parent))
            return;
        emit message(tr("Reminder registered, fee %1.").arg(r->toDisplayString()));
        changed();
        // A registered reminder is only half the step: the letter still has to reach the
        // customer, so show it to save or print (the desktop had no other way to print it).
        DocumentPreviewDialog dialog(m_db, id, DocumentPreviewDialog::Mode::Reminder, m_parent);
        connect(&dialog, &DocumentPreviewDialog::message, this, &DocumentActions::message);
        dialog.exec();
        return;
    }
    case S::Backorder: {
        auto r = sales.backorder(id);
        if (failed(r, m_parent))
            return;
        return changed(*r);
    }
    case S::Cancel:
        if (!confirm(tr("Cancel order %1? This cannot be undone.").arg(number)))
            return;
        if (failed(sales.cancelOrder(id), m_parent))
            return;
        return changed();
    case S::Duplicate: {
        auto r = sales.duplicate(id);
        if (failed(r, m_parent))
            return;
        return changed(*r);
    }
    case S::DeleteDraft:
        if (!confirm(tr("Delete this draft? This cannot be undone.")))
            return;
        if (failed(sales.deleteDraft(id), m_parent))
            return;
        return changed();
    case S::Archive:
        if (failed(sales.setArchived(id, !d.archived), m_parent))
            return;
        return changed();
    case S::Print:
        return print();
    case S::PrintPreview:
        return openPreview(false);
    case S::ExportEhf:
        return exportEhf();
    }
}

void DocumentActions::registerPayment()
{
    const qint64 number = m_view->document.number.value_or(0);
    // The prompt offers what is due, as core computed it; the user may type a part payment.
    const auto text = MessageBox::askText(m_parent,
        tr("Register payment"),
        tr("Amount paid on invoice %1:").arg(number),
        m_view->amountDue.toString());
    if (!text)
        return;
    auto amount = Money::parse(text->trimmed());
    if (failed(amount, m_parent))
        return;
    if (failed(SalesService(m_db).registerPayment(number, *amount), m_parent))
        return;
    emit message(
        tr("Payment of %1 registered on invoice %2.").arg(amount->toDisplayString()).arg(number));
    changed();
}

void DocumentActions::print()
{
    const qint64 id = m_id;
    // Seed 001 FAQ: printing straight away skips the preview's warning bar, so ask here.
    if (auto warnings = PrintService(m_db).warnings(id); warnings && !warnings->isEmpty()
        && !confirm(warnings->join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Print anyway?")))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!failed(PrintService(m_db).render(id, printer), m_parent))
        emit message(tr("Sent to the printer."));
}

void DocumentActions::openPreview(bool send)
{
    const qint64 id = m_id;
    DocumentPreviewDialog dialog(m_db,
        id,
        send ? DocumentPreviewDialog::Mode::Send : DocumentPreviewDialog::Mode::Preview,
        m_parent);
    connect(&dialog, &DocumentPreviewDialog::message, this, &DocumentActions::message);
    if (dialog.exec() == QDialog::Accepted && send)
        changed(); // marked as sent: every list and this object's steps follow
}

void DocumentActions::exportEhf()
{
    const Document& d = m_view->document;
    const qint64 number = d.number.value_or(0);
    const QString path = FileDialog::getSaveFileName(m_parent,
        tr("Export EHF"),
        QStringLiteral("%1-%2.xml").arg(documentTypeKey(d.type)).arg(number),
        tr("EHF invoice (*.xml)"));
    if (path.isEmpty())
        return;
    auto xml = ImportExportService(m_db).ehf(d.type, number);
    if (failed(xml, m_parent))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*xml) != xml->size() || !file.commit()) {
        MessageBox::critical(
            m_parent, tr("Export EHF"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("EHF written to %1.").arg(path));
}

void DocumentActions::createNew(DocumentType type, qint64 customerNumber)
{
    auto r = SalesService(m_db).create(type, customerNumber);
    if (failed(r, m_parent))
        return;
    DocumentSignals::notifyChanged(*r);
    emit documentCreated(*r);
}

} // namespace sd::ui
