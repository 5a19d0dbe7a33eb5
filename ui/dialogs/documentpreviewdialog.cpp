#include "documentpreviewdialog.h"

#include "actions/documentsteps.h"
#include "common/filedialog.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "services/printservice.h"
#include "services/salesservice.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QPushButton* button(const QString& text, const char* name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(
    storage::Database& db, qint64 documentId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(documentId)
    , m_mode(mode)
    , m_printer(QPrinter::HighResolution)
{
    setObjectName(mode == Mode::Send ? QStringLiteral("sendPreviewDialog")
            : mode == Mode::Reminder ? QStringLiteral("reminderPreviewDialog")
                                     : QStringLiteral("printPreviewDialog"));
    if (auto v = SalesService(m_db).view(documentId)) {
        m_type = v->document.type;
        m_number = v->document.number.value_or(0);
    }
    if (auto layout = PrintService(m_db).resolveLayout(documentId))
        m_resolvedLayout = layout->name;
    buildUi();
    layoutChosen(); // warnings of the resolved layout
    resize(860, 960);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

QString DocumentPreviewDialog::documentLabel() const
{
    // A draft invoice has no number until it is booked; the printout says so itself.
    return m_number ? tr("%1 %2").arg(documentTypeName(m_type)).arg(m_number)
                    : tr("%1 (draft)").arg(documentTypeName(m_type));
}

void DocumentPreviewDialog::buildUi()
{
    setWindowTitle(m_mode == Mode::Send ? tr("Before sending: %1").arg(documentLabel())
            : m_mode == Mode::Reminder  ? tr("Payment reminder for invoice %1").arg(m_number)
                                        : tr("Print preview: %1").arg(documentLabel()));
    auto* top = new QVBoxLayout(this);

    if (m_mode != Mode::Preview) {
        // Say plainly what the dialog does and does not do: there is no e-mail in the product.
        auto* intro = new QLabel(m_mode == Mode::Send
                ? tr("This is the document as your customer will get it. Salgsdesk does not "
                     "e-mail it: save it as PDF or print it, send it the way you usually do, "
                     "then mark it as sent.")
                : tr("The reminder is registered. Save the letter as PDF or print it and send it "
                     "to the customer; Salgsdesk does not e-mail it."));
        intro->setObjectName(QStringLiteral("sendPreviewIntroLabel"));
        intro->setWordWrap(true);
        top->addWidget(intro);
    }

    if (m_number == 0 && m_mode != Mode::Reminder) {
        // The renderer prints "–" for the number of a draft invoice; say why, and what gives it.
        auto* draft = new QLabel(tr("This is a draft: it gets its number when it is booked, which "
                                    "is a step of its own (Book)."));
        draft->setObjectName(QStringLiteral("previewDraftLabel"));
        draft->setWordWrap(true);
        top->addWidget(draft);
    }

    // The warning bar: above the pages, where it cannot be missed; hidden when all is well.
    m_warningBar = new QFrame;
    m_warningBar->setObjectName(QStringLiteral("previewWarningFrame"));
    m_warningBar->setFrameShape(QFrame::StyledPanel);
    m_warningBar->setAutoFillBackground(true);
    m_warningBar->setStyleSheet(QStringLiteral("#previewWarningFrame { background: #fff4ce; "
                                               "border: 1px solid #d9a400; border-radius: 3px; }"
                                               "#previewWarningFrame QLabel { color: #3d2f00; }"));
    auto* bar = new QHBoxLayout(m_warningBar);
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);
    m_warningText = new QLabel;
    m_warningText->setObjectName(QStringLiteral("previewWarningLabel"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::PlainText);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(icon);
    bar->addWidget(m_warningText, 1);
    top->addWidget(m_warningBar);

    // The layout of this printout, and the view controls.
    auto* row = new QHBoxLayout;
    m_layout = new QComboBox;
    m_layout->setObjectName(QStringLiteral("layoutComboBox"));
    m_layout->setToolTip(tr("The layout of this printout only. The customer's layout and the "
                            "company default stay as they are (change them in Settings)."));
    if (auto layouts = PrintService(m_db).layouts()) {
        for (const LayoutProfile& l : *layouts)
            m_layout->addItem(
                l.name == m_resolvedLayout ? tr("%1 (this document's)").arg(l.name) : l.name,
                l.name);
    }
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(m_resolvedLayout)));
    auto* layoutLabel = new QLabel(tr("&Layout:"));
    layoutLabel->setBuddy(m_layout);
    row->addWidget(layoutLabel);
    row->addWidget(m_layout);
    layoutLabel->setVisible(m_mode != Mode::Reminder);
    m_layout->setVisible(m_mode != Mode::Reminder);
    row->addStretch(1);
    m_pages = new QLabel;
    m_pages->setObjectName(QStringLiteral("previewPagesLabel"));
    row->addWidget(m_pages);
    // Text buttons: the style has no zoom icons, and theme icons are missing offscreen.
    auto tool = [&](const QString& text, const QString& tip, const char* name) {
        auto* t = new QToolButton;
        t->setObjectName(QString::fromLatin1(name));
        t->setText(text);
        t->setToolTip(tip);
        row->addWidget(t);
        return t;
    };
    auto* zoomOut = tool(QStringLiteral("−"), tr("Zoom out"), "zoomOutToolButton");
    auto* zoomIn = tool(QStringLiteral("+"), tr("Zoom in"), "zoomInToolButton");
    auto* fit = tool(
        tr("Fit width"), tr("Fit the page to the width of the window"), "fitWidthToolButton");
    top->addLayout(row);

    m_preview = new QPrintPreviewWidget(&m_printer);
    m_preview->setObjectName(QStringLiteral("documentPreviewWidget"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    top->addWidget(m_preview, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    top->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    auto* save = button(tr("Save &PDF…"), "savePdfButton");
    save->setIcon(icons::get(Icon::Export));
    auto* printButton = button(tr("P&rint…"), "printButton");
    printButton->setIcon(icons::get(Icon::Print));
    buttons->addWidget(save);
    buttons->addWidget(printButton);
    buttons->addStretch(1);
    if (m_mode == Mode::Send) {
        // An order's confirmation is sent by confirming it (its status becomes Sent).
        m_markSent = button(
            m_type == DocumentType::Order ? tr("Confirm and &mark as sent") : tr("&Mark as sent"),
            "markSentButton");
        m_markSent->setIcon(icons::get(Icon::Send));
        m_markSent->setToolTip(tr("Records that the customer has the document. Nothing is "
                                  "e-mailed."));
        m_markSent->setDefault(true);
        auto* cancel = button(tr("Cancel"), "cancelButton");
        buttons->addWidget(m_markSent);
        buttons->addWidget(cancel);
        connect(m_markSent, &QPushButton::clicked, this, [this] {
            if (markSent())
                accept();
        });
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    } else {
        auto* close = button(tr("Close"), "closeButton");
        buttons->addWidget(close);
        connect(close, &QPushButton::clicked, this, &QDialog::reject);
    }
    top->addLayout(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentPreviewDialog::paint);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        layoutChosen();
        m_preview->updatePreview();
    });
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(fit, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(save, &QPushButton::clicked, this, &DocumentPreviewDialog::chooseAndSavePdf);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::printPages);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, [this] {
        m_pages->setText(tr("Pages: %1").arg(m_preview->pageCount()));
    });
}

QString DocumentPreviewDialog::layoutName() const
{
    return m_layout->currentData().toString();
}

QString DocumentPreviewDialog::layoutOverride() const
{
    // No override while the document's own layout is chosen, so the printout resolves it
    // exactly as the CLI and a plain print would.
    const QString name = layoutName();
    return name == m_resolvedLayout ? QString() : name;
}

void DocumentPreviewDialog::setLayoutName(const QString& name)
{
    const int index = m_layout->findData(name);
    if (index >= 0)
        m_layout->setCurrentIndex(index);
}

int DocumentPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void DocumentPreviewDialog::layoutChosen()
{
    if (m_mode == Mode::Reminder) {
        m_warningBar->hide();
        return;
    }
    auto w = PrintService(m_db).warnings(m_id, layoutOverride());
    m_warnings = w ? *w : QStringList { w.error().message };
    m_warningText->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningBar->setVisible(!m_warnings.isEmpty());
}

void DocumentPreviewDialog::paint(QPrinter* printer)
{
    PrintService print(m_db);
    Result<int> pages = 0;
    if (m_mode == Mode::Reminder) {
        auto reminder = print.reminderData(m_number);
        pages = reminder ? DocumentRenderer::render(*reminder, *printer)
                         : Result<int>(reminder.error());
    } else {
        pages = print.render(m_id, *printer, layoutOverride());
    }
    if (!pages)
        m_status->setText(pages.error().message);
}

void DocumentPreviewDialog::chooseAndSavePdf()
{
    const QString path = FileDialog::getSaveFileName(this,
        tr("Save PDF"),
        QDir::home().filePath(
            QStringLiteral("%1-%2.pdf")
                .arg(
                    m_mode == Mode::Reminder ? QStringLiteral("reminder") : documentTypeKey(m_type),
                    m_number ? QString::number(m_number) : QStringLiteral("draft"))),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool DocumentPreviewDialog::savePdf(const QString& path)
{
    auto r = m_mode == Mode::Reminder ? PrintService(m_db).renderReminderPdf(m_number, path)
                                      : PrintService(m_db).renderPdf(m_id, path, layoutOverride());
    if (!r) {
        MessageBox::critical(this, tr("Save PDF"), r.error().message);
        return false;
    }
    QString text = tr("PDF saved to %1.").arg(QDir::toNativeSeparators(path));
    if (!m_warnings.isEmpty())
        text += QLatin1Char(' ')
            + tr("Check before sending: %1").arg(m_warnings.join(QLatin1Char(' ')));
    m_status->setText(text);
    emit message(text);
    return true;
}

void DocumentPreviewDialog::printPages()
{
    QPrintDialog dialog(&m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Prints through paintRequested, so paper gets the very pages shown.
    m_preview->print();
    m_status->setText(tr("Sent to the printer."));
    emit message(tr("%1 sent to the printer.").arg(documentLabel()));
}

bool DocumentPreviewDialog::markSent()
{
    if (m_mode != Mode::Send)
        return false;
    SalesService sales(m_db);
    // The step's own refusal (lifecycle tables), read afresh: the document may have changed
    // while the dialog was open, and a draft invoice is booked before it is sent.
    const DocumentStep step
        = m_type == DocumentType::Order ? DocumentStep::Confirm : DocumentStep::Send;
    auto view = sales.view(m_id);
    const QString refusal = view ? DocumentSteps::refusal(step, &*view) : view.error().message;
    if (!refusal.isEmpty()) {
        MessageBox::critical(this, windowTitle(), refusal);
        return false;
    }
    // The same service calls the step made before it had a preview: one transaction each.
    Result<void> r = m_type == DocumentType::Quote ? sales.sendQuote(m_id)
        : m_type == DocumentType::Order            ? sales.confirmOrder(m_id)
                                                   : sales.markSent(m_id);
    if (!r) {
        MessageBox::critical(this, windowTitle(), r.error().message);
        return false;
    }
    emit message(m_type == DocumentType::Order
            ? tr("Order %1 confirmed and marked as sent.").arg(m_number)
            : tr("%1 marked as sent.").arg(documentLabel()));
    return true;
}

} // namespace sd::ui
