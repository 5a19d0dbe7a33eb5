#include "documenteditor.h"

#include "documentsession.h"
#include "documentsidepanel.h"
#include "editcommands.h"
#include "models/documentlinesmodel.h"
#include "widgets/customercompleter.h"
#include "widgets/totalspanel.h"

#include <QAction>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QKeyEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sd::ui {

using Field = ChangeHeaderField::Field;

DocumentEditor::DocumentEditor(storage::Database& db, qint64 documentId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
{
    auto v = SalesService(db).view(documentId);
    m_type = v ? v->document.type : DocumentType::Quote;
    buildUi();
    if (!v) {
        showError(v.error().message);
        return;
    }
    bind(documentId);
}

DocumentEditor::DocumentEditor(storage::Database& db, DocumentType type, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_undo(new QUndoStack(this))
{
    buildUi();
    refresh();
}

DocumentEditor::~DocumentEditor() = default;

qint64 DocumentEditor::documentId() const
{
    return m_session ? m_session->documentId() : 0;
}

bool DocumentEditor::isModified() const
{
    return !m_undo->isClean();
}

bool DocumentEditor::isReadOnly() const
{
    return !m_session || !m_session->isEditable();
}

QString DocumentEditor::title() const
{
    if (!m_session)
        return tr("New %1").arg(documentTypeName(m_type).toLower());
    const Document& d = m_session->document();
    return d.number ? tr("%1 %2").arg(documentTypeName(d.type)).arg(*d.number)
                    : tr("%1 (draft)").arg(documentTypeName(d.type));
}

void DocumentEditor::buildUi()
{
    setObjectName(QStringLiteral("documentEditor"));
    auto named = [](QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("documentTitleLabel"));
    QFont tf = m_titleLabel->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_titleLabel->setFont(tf);
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyReasonLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("background: #fff4d6; color: #6b4e00; padding: 6px; border-radius: 3px"));
    m_readOnlyLabel->setWordWrap(true);
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("editorMessageLabel"));
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b02020"));
    m_messageLabel->setWordWrap(true);

    // Header, in tab order.
    m_customer = new QLineEdit;
    named(m_customer, "customerLineEdit");
    m_customer->setPlaceholderText(tr("Name, number or org.nr"));
    new CustomerCompleter(m_db, m_customer);
    m_customerInfo = new QLabel;
    m_customerInfo->setObjectName(QStringLiteral("customerInfoLabel"));
    auto dateEdit = [&](const char* name) {
        auto* e = new QDateEdit;
        named(e, name);
        e->setCalendarPopup(true);
        return e;
    };
    m_date = dateEdit("dateEdit");
    m_validUntil = dateEdit("validUntilDateEdit");
    m_delivery = dateEdit("deliveryDateEdit");
    m_due = new QLabel;
    m_due->setObjectName(QStringLiteral("dueDateLabel"));
    m_yourRef = new QLineEdit;
    named(m_yourRef, "yourReferenceLineEdit");
    m_ourRef = new QLineEdit;
    named(m_ourRef, "ourReferenceLineEdit");
    m_heading = new QLineEdit;
    named(m_heading, "headingLineEdit");

    auto* left = new QFormLayout;
    auto* customerBox = new QVBoxLayout;
    customerBox->addWidget(m_customer);
    customerBox->addWidget(m_customerInfo);
    auto* customerLabel = new QLabel(tr("C&ustomer:"));
    customerLabel->setBuddy(m_customer); // a layout row gets no buddy of its own
    left->addRow(customerLabel, customerBox);
    left->addRow(tr("&Your reference:"), m_yourRef);
    left->addRow(tr("&Our reference:"), m_ourRef);
    left->addRow(tr("&Heading:"), m_heading);
    auto* right = new QFormLayout;
    right->addRow(tr("&Date:"), m_date);
    right->addRow(tr("&Valid until:"), m_validUntil);
    right->addRow(tr("De&livery:"), m_delivery);
    right->addRow(tr("Due:"), m_due);
    right->setRowVisible(m_validUntil, m_type == DocumentType::Quote);
    right->setRowVisible(m_due, m_type == DocumentType::Invoice);
    right->setRowVisible(m_delivery, m_type != DocumentType::CreditNote);
    auto* header = new QHBoxLayout;
    header->addLayout(left, 3);
    header->addSpacing(24);
    header->addLayout(right, 2);

    // Line entry: the product field takes a SKU, name or EAN — or the text of a text line or
    // heading — so adding anything is type, Enter.
    m_entryRow = new QWidget;
    m_product = new QLineEdit;
    named(m_product, "productLineEdit");
    m_product->setPlaceholderText(tr("SKU, name or EAN — or text for a text line or heading"));
    new ProductCompleter(m_db, m_product);
    m_quantity = new QLineEdit;
    named(m_quantity, "quantityLineEdit");
    m_quantity->setPlaceholderText(tr("Qty"));
    m_quantity->setMaximumWidth(80);
    m_addLine = new QPushButton(tr("&Add line"));
    named(m_addLine, "addLineButton");
    m_addText = new QPushButton(tr("&Text line"));
    named(m_addText, "addTextLineButton");
    m_addHeading = new QPushButton(tr("&Group heading"));
    named(m_addHeading, "addHeadingButton");
    m_removeLine = new QPushButton(tr("&Remove line"));
    named(m_removeLine, "removeLineButton");
    auto* entry = new QHBoxLayout(m_entryRow);
    entry->setContentsMargins(0, 0, 0, 0);
    entry->addWidget(m_product, 1);
    entry->addWidget(m_quantity);
    entry->addWidget(m_addLine);
    entry->addWidget(m_addText);
    entry->addWidget(m_addHeading);
    entry->addWidget(m_removeLine);

    m_table = new QTableView;
    named(m_table, "linesTableView");
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::DoubleClicked);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    // Drag a line to reorder it (the model turns the drop into an undoable MoveLine).
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it

    m_note = new QPlainTextEdit;
    named(m_note, "notePlainTextEdit");
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_note->setPlaceholderText(tr("Note to the customer"));
    m_note->installEventFilter(this);

    m_totals = new TotalsPanel;
    auto* bottom = new QHBoxLayout;
    auto* noteBox = new QVBoxLayout;
    noteBox->addWidget(new QLabel(tr("Note:")));
    noteBox->addWidget(m_note);
    bottom->addLayout(noteBox, 3);
    bottom->addSpacing(24);
    bottom->addWidget(m_totals, 2);

    m_accept = new QPushButton(tr("A&ccept quote…"));
    named(m_accept, "acceptQuoteButton");
    m_invoice = new QPushButton(tr("Create &invoice…"));
    named(m_invoice, "createInvoiceButton");
    m_book = new QPushButton(tr("&Book…"));
    named(m_book, "bookInvoiceButton");
    m_credit = new QPushButton(tr("Cr&edit…"));
    named(m_credit, "creditInvoiceButton");
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_titleLabel);
    actions->addStretch();
    for (auto* b : {m_accept, m_invoice, m_book, m_credit})
        actions->addWidget(b);

    auto* main = new QWidget;
    auto* ml = new QVBoxLayout(main);
    ml->addLayout(actions);
    ml->addWidget(m_readOnlyLabel);
    ml->addLayout(header);
    ml->addWidget(m_entryRow);
    ml->addWidget(m_table, 1);
    ml->addWidget(m_messageLabel);
    ml->addLayout(bottom);

    m_sideHost = new QWidget;
    m_sideHost->setLayout(new QVBoxLayout);
    m_sideHost->layout()->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter;
    splitter->addWidget(main);
    splitter->addWidget(m_sideHost);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 360});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(splitter);

    // Tab order follows the form: customer, dates, references, lines, note, next steps.
    QWidget* chain[] = {m_customer, m_date, m_validUntil, m_delivery, m_yourRef, m_ourRef, m_heading,
                        m_product, m_quantity, m_addLine, m_addText, m_addHeading, m_removeLine,
                        m_table, m_note, m_accept, m_invoice, m_book, m_credit};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    // Undo/redo work anywhere in this tab.
    auto* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_table->installEventFilter(this); // Delete removes the current line
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });

    connect(m_customer, &QLineEdit::returnPressed, this, [this] { chooseCustomer(m_customer->text()); });
    // Leaving the field without Enter changes nothing: it shows the document's customer again.
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        if (m_session && !m_customer->hasFocus())
            refresh();
    });
    connect(m_product, &QLineEdit::returnPressed, this, &DocumentEditor::addProductLine);
    connect(m_quantity, &QLineEdit::returnPressed, this, &DocumentEditor::addProductLine);
    connect(m_addLine, &QPushButton::clicked, this, &DocumentEditor::addProductLine);
    connect(m_addText, &QPushButton::clicked, this, [this] { addTextLine(m_product->text()); });
    connect(m_addHeading, &QPushButton::clicked, this, [this] { addHeading(m_product->text()); });
    connect(m_removeLine, &QPushButton::clicked, this, &DocumentEditor::removeCurrentLine);
    auto text = [this](QLineEdit* e, Field f) {
        connect(e, &QLineEdit::editingFinished, this, [this, e, f] { commitHeader(int(f), e->text()); });
    };
    text(m_yourRef, Field::YourReference);
    text(m_ourRef, Field::OurReference);
    text(m_heading, Field::Heading);
    auto date = [this](QDateEdit* e, Field f) {
        connect(e, &QDateEdit::editingFinished, this, [this, e, f] { commitHeader(int(f), e->date()); });
    };
    date(m_date, Field::Date);
    date(m_validUntil, Field::ValidUntil);
    date(m_delivery, Field::DeliveryDate);
    connect(m_accept, &QPushButton::clicked, this, &DocumentEditor::acceptQuote);
    connect(m_invoice, &QPushButton::clicked, this, &DocumentEditor::createInvoice);
    connect(m_book, &QPushButton::clicked, this, &DocumentEditor::bookInvoice);
    connect(m_credit, &QPushButton::clicked, this, &DocumentEditor::creditInvoice);
}

void DocumentEditor::bind(qint64 documentId)
{
    m_session = new DocumentSession(m_db, documentId, this);
    m_model = new DocumentLinesModel(*m_session, *m_undo, this);
    m_table->setModel(m_model);
    auto* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(DocumentLinesModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(DocumentLinesModel::StockColumn, m_type != DocumentType::Order);
    m_side = new DocumentSidePanel(*m_session, m_sideHost);
    m_sideHost->layout()->addWidget(m_side);
    connect(m_session, &DocumentSession::changed, this, &DocumentEditor::refresh);
    connect(m_session, &DocumentSession::errorReported, this, &DocumentEditor::showError);
    refresh();
}

void DocumentEditor::refresh()
{
    const bool bound = m_session != nullptr;
    const bool editable = bound && m_session->isEditable();
    m_titleLabel->setText(title());
    emit titleChanged(title());
    // An editable document changes customer through an undo command (Enter in the field); a
    // frozen one says why in the tooltip, and chooseCustomer() refuses with the same sentence.
    m_customer->setReadOnly(bound && !editable);
    m_customer->setToolTip(bound && !editable ? m_session->readOnlyReason() : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_validUntil),
                       static_cast<QWidget*>(m_delivery)})
        w->setEnabled(editable);
    for (QLineEdit* e : {m_yourRef, m_ourRef, m_heading})
        e->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
    m_entryRow->setVisible(editable);
    m_yourRef->setEnabled(bound);
    m_ourRef->setEnabled(bound);
    m_heading->setEnabled(bound);
    m_note->setEnabled(bound);
    if (!bound) {
        m_readOnlyLabel->setText(tr("Choose the customer and press Enter to start the %1.")
                                     .arg(documentTypeName(m_type).toLower()));
        m_readOnlyLabel->setVisible(true);
        updateActions();
        return;
    }
    const DocumentView& v = m_session->view();
    const Document& d = v.document;
    const QString reason = m_session->readOnlyReason();
    m_readOnlyLabel->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_readOnlyLabel->setVisible(!reason.isEmpty());

    // Reloads follow every edit and undo; keep the widgets quiet while they take core's values.
    auto setText = [](QLineEdit* e, const QString& t) {
        if (e->text() != t) {
            const QSignalBlocker block(e);
            e->setText(t);
        }
    };
    setText(m_customer, QStringLiteral("%1 %2").arg(d.customer.number).arg(d.customer.name));
    QStringList info;
    if (!d.customer.orgnr.isEmpty())
        info << tr("Org.nr %1").arg(d.customer.orgnr);
    if (!d.customer.billing.city.isEmpty())
        info << QStringLiteral("%1 %2").arg(d.customer.billing.postcode, d.customer.billing.city).trimmed();
    m_customerInfo->setText(info.join(QStringLiteral(" · ")));
    setText(m_yourRef, d.yourReference);
    setText(m_ourRef, d.ourReference);
    setText(m_heading, d.heading);
    if (m_note->toPlainText() != d.note) {
        const QSignalBlocker block(m_note);
        m_note->setPlainText(d.note);
    }
    for (auto [edit, value] : {std::pair {m_date, d.date}, std::pair {m_validUntil, d.validUntil},
                               std::pair {m_delivery, d.deliveryDate}}) {
        const QSignalBlocker block(edit);
        edit->setDate(value.isValid() ? value : d.date);
    }
    // A draft's due date is fixed when it is booked; until then show the terms it will use.
    m_due->setText(d.dueDate.isValid() ? QLocale().toString(d.dueDate, QLocale::ShortFormat)
                                       : tr("%n day(s) after the invoice date", "", d.paymentDays));
    m_totals->setView(v);
    updateActions();
}

bool DocumentEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A note is several lines, so Enter cannot end it: it is committed when focus leaves.
    if (watched == m_note && event->type() == QEvent::FocusOut && m_session)
        commitHeader(int(Field::Note), m_note->toPlainText());
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            removeCurrentLine();
            return true;
        }
        // Keyboard-first reordering: Ctrl+Up / Ctrl+Down move the current line.
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const int row = m_table->currentIndex().row();
            const bool up = key->key() == Qt::Key_Up;
            const int column = std::max(0, m_table->currentIndex().column());
            if (row >= 0 && m_model->moveLine(row, up ? row - 1 : row + 2)) {
                // The model reloads after the move; keep the moved line current once it has.
                const int target = up ? row - 1 : row + 1;
                QTimer::singleShot(0, this, [this, target, column]() { m_table->setCurrentIndex(m_model->index(target, column)); });
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentEditor::showError(const QString& message)
{
    m_messageLabel->setText(message);
}

void DocumentEditor::commitHeader(int field, const QVariant& value)
{
    if (!m_session || !m_session->isEditable())
        return;
    const auto f = Field(field);
    const QVariant current = ChangeHeaderField::current(m_session->document(), f);
    if (current == value)
        return;
    m_messageLabel->clear();
    m_undo->push(new ChangeHeaderField(*m_session, f, current, value));
}

bool DocumentEditor::chooseCustomer(const QString& text)
{
    if (m_session && !m_session->isEditable()) {
        showError(tr("The customer cannot be changed: %1").arg(m_session->readOnlyReason()));
        return false;
    }
    auto customer = CustomerCompleter::resolve(m_db, text);
    if (!customer) {
        showError(customer.error().message);
        return false;
    }
    if (m_session) {
        // An existing draft: one undoable step; core refuses what the lifecycle forbids.
        const qint64 current = m_session->document().customer.number;
        if (customer->number == current)
            return true;
        m_messageLabel->clear();
        m_undo->push(new ChangeCustomer(*m_session, current, customer->number));
        return m_messageLabel->text().isEmpty();
    }
    auto id = SalesService(m_db).create(m_type, customer->number);
    if (!id) {
        showError(id.error().message);
        return false;
    }
    m_messageLabel->clear();
    bind(*id);
    m_product->setFocus();
    return true;
}

bool DocumentEditor::pushAddLine(const LineInput& input)
{
    if (!m_session || !m_session->isEditable())
        return false;
    m_messageLabel->clear();
    auto* command = new AddLine(*m_session, input);
    m_undo->push(command); // deletes a command core refused
    return m_messageLabel->text().isEmpty();
}

bool DocumentEditor::addProductLine()
{
    if (!m_session || m_product->text().trimmed().isEmpty())
        return false;
    auto product = ProductCompleter::resolve(m_db, m_product->text());
    if (!product) {
        showError(product.error().message);
        return false;
    }
    LineInput in;
    in.kind = product->isBundle ? LineKind::Bundle : LineKind::Product; // a bundle is one line
    in.sku = product->sku;
    if (!m_quantity->text().trimmed().isEmpty()) {
        auto q = Quantity::parsePositive(m_quantity->text().trimmed());
        if (!q) {
            showError(q.error().message);
            m_quantity->setFocus();
            return false;
        }
        in.quantity = *q;
    }
    if (!pushAddLine(in))
        return false;
    m_product->clear();
    m_quantity->clear();
    m_product->setFocus();
    if (m_model)
        m_table->scrollToBottom();
    return true;
}

bool DocumentEditor::addTextLine(const QString& text)
{
    LineInput in;
    in.kind = LineKind::Text;
    in.text = text.trimmed();
    if (!pushAddLine(in))
        return false;
    m_product->clear();
    return true;
}

bool DocumentEditor::addHeading(const QString& text)
{
    LineInput in;
    in.kind = LineKind::Group;
    in.text = text.trimmed();
    if (!pushAddLine(in))
        return false;
    m_product->clear();
    return true;
}

bool DocumentEditor::removeCurrentLine()
{
    if (!m_session || !m_session->isEditable() || !m_table->currentIndex().isValid())
        return false;
    const int lineNo = m_model->lineNoAt(m_table->currentIndex().row());
    m_messageLabel->clear();
    m_undo->push(new RemoveLine(*m_session, m_session->keyForLine(lineNo)));
    return m_messageLabel->text().isEmpty();
}

} // namespace sd::ui
