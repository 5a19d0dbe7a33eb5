#include "newcompanydialog.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "domain/companysettings.h"
#include "services/companyservice.h"
#include "services/demodata.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sd::ui {

NewCompanyDialog::NewCompanyDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCompanyDialog"));
    setWindowTitle(tr("Welcome to Salgsdesk"));

    auto* intro = new QLabel(
        tr("Create a company file to start, or look around in the demo company first."), this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyNameLineEdit"));
    m_name->setPlaceholderText(tr("Bryggen Kafé AS"));
    m_orgnr = new QLineEdit(this);
    m_orgnr->setObjectName(QStringLiteral("orgNrLineEdit"));
    m_orgnr->setPlaceholderText(tr("9 digits"));
    m_orgnrMessage = new QLabel(this);
    m_orgnrMessage->setObjectName(QStringLiteral("orgNrMessageLabel"));
    m_orgnrMessage->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto* orgnrRow = new QHBoxLayout;
    orgnrRow->addWidget(m_orgnr);
    orgnrRow->addWidget(m_orgnrMessage, 1);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("legalFormComboBox"));
    m_form->addItems(CompanySettings::legalForms());
    m_vat = new QCheckBox(tr("Registered for VAT (MVA)"), this);
    m_vat->setObjectName(QStringLiteral("vatRegisteredCheckBox"));
    m_principle = new QComboBox(this);
    m_principle->setObjectName(QStringLiteral("stockPrincipleComboBox"));
    m_principle->addItem(tr("Average cost"), int(StockPrinciple::Average));
    m_principle->addItem(tr("FIFO (first in, first out)"), int(StockPrinciple::Fifo));
    m_principle->setToolTip(
        tr("How stock is valued. It cannot be changed after the company is created."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("companyFileLineEdit"));
    m_file->setPlaceholderText(tr("Chosen when you press Create"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCompanyFileButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Org.nr:"), orgnrRow);
    form->addRow(tr("Legal &form:"), m_form);
    form->addRow(QString(), m_vat);
    form->addRow(tr("&Stock valuation:"), m_principle);
    form->addRow(tr("Company &file:"), fileRow);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create company"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createCompanyButton"));
    auto* demo = buttons->addButton(tr("Open &demo company"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("openDemoCompanyButton"));
    auto* existing = buttons->addButton(tr("&Open existing…"), QDialogButtonBox::ActionRole);
    existing->setObjectName(QStringLiteral("openExistingCompanyButton"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
    connect(m_orgnr, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = FileDialog::getSaveFileName(
            this, tr("New company file"), m_file->text(), FileDialog::companyFileFilter());
        if (!path.isEmpty())
            m_file->setText(path);
    });
    // Accept only through createCompany, which may still refuse.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_create, &QPushButton::clicked, this, &NewCompanyDialog::createCompany);
    connect(demo, &QPushButton::clicked, this, &NewCompanyDialog::openDemo);
    connect(existing, &QPushButton::clicked, this, &NewCompanyDialog::openExisting);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewCompanyDialog::~NewCompanyDialog() = default;

std::unique_ptr<storage::Database> NewCompanyDialog::takeDatabase()
{
    return std::move(m_db);
}

void NewCompanyDialog::validate()
{
    const QString orgnr = m_orgnr->text().trimmed();
    QString message;
    if (!orgnr.isEmpty()) {
        auto normalized = CompanySettings::normalize(QStringLiteral("company.orgnr"), orgnr);
        if (!normalized)
            message = normalized.error().message;
    }
    m_orgnrMessage->setText(message);
    m_create->setEnabled(
        !m_name->text().trimmed().isEmpty() && !orgnr.isEmpty() && message.isEmpty());
}

void NewCompanyDialog::createCompany()
{
    if (!m_create->isEnabled())
        return;
    QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(m_name->text().trimmed() + QStringLiteral(".sdk"));
        path = FileDialog::getSaveFileName(
            this, tr("New company file"), suggested, FileDialog::companyFileFilter());
        if (path.isEmpty())
            return;
        m_file->setText(path);
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sdk");
    CompanySetup setup;
    setup.name = m_name->text().trimmed();
    setup.orgnr = m_orgnr->text().trimmed();
    setup.form = m_form->currentText();
    setup.vatRegistered = m_vat->isChecked();
    setup.stockPrinciple = StockPrinciple(m_principle->currentData().toInt());
    finish(CompanyService::createCompany(path, setup));
}

QString NewCompanyDialog::demoCompanyPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.sdk"));
}

Result<std::unique_ptr<storage::Database>> NewCompanyDialog::openDemoCompany()
{
    const QString path = demoCompanyPath();
    // The demo keeps what the user tried in it; it is made once.
    if (QFileInfo::exists(path))
        return storage::Database::open(path);
    return DemoData::create(path);
}

void NewCompanyDialog::openDemo()
{
    finish(openDemoCompany());
}

void NewCompanyDialog::openExisting()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open company file"), {}, FileDialog::companyFileFilter());
    if (!path.isEmpty())
        finish(storage::Database::open(path));
}

void NewCompanyDialog::finish(Result<std::unique_ptr<storage::Database>> db)
{
    if (!db) {
        MessageBox::critical(this, tr("Salgsdesk"), db.error().message);
        return;
    }
    m_db = std::move(*db);
    accept();
}

} // namespace sd::ui
