#include "settingsdialog.h"

#include "domain/companysettings.h"
#include "services/companyservice.h"
#include "services/printservice.h"
#include "widgets/validatedform.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

const QString kAllowNegative = QStringLiteral("stock.allow_negative");

QString checkSetting(const QString& key, const QString& value)
{
    if (key.startsWith(QStringLiteral("series.")))
        return {}; // CompanyService checks series numbers (range, gapless) when saving
    auto r = CompanySettings::normalize(key, value);
    return r ? QString() : r.error().message;
}

// Readable labels for the keys this dialog shows; anything else shows its key.
QString labelFor(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("company.name"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Company name:")},
        {QStringLiteral("company.orgnr"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Org.nr:")},
        {QStringLiteral("company.form"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Legal form:")},
        {QStringLiteral("company.vat_registered"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "VAT registered (true/false):")},
        {QStringLiteral("company.address"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Address:")},
        {QStringLiteral("company.postcode"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Postcode:")},
        {QStringLiteral("company.city"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "City:")},
        {QStringLiteral("company.country"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Country:")},
        {QStringLiteral("company.phone"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Phone:")},
        {QStringLiteral("company.email"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "E-mail:")},
        {QStringLiteral("company.website"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Website:")},
        {QStringLiteral("company.bank_account"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Bank account:")},
        {QStringLiteral("company.iban"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "IBAN:")},
        {QStringLiteral("company.bic"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "BIC:")},
        {QStringLiteral("company.logo"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Logo file:")},
        {QStringLiteral("invoice.payment_days"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Default payment days:")},
        {QStringLiteral("invoice.kid"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "KID (none, mod10, mod11):")},
        {QStringLiteral("quote.valid_days"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Quotes valid for (days):")},
        {QStringLiteral("reminder.fee"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Reminder fee:")},
        {QStringLiteral("layout.default"), QT_TRANSLATE_NOOP("sd::ui::SettingsDialog", "Default layout:")},
    };
    if (const char* l = labels.value(key))
        return QCoreApplication::translate("sd::ui::SettingsDialog", l);
    if (key.startsWith(QStringLiteral("series.")))
        return SettingsDialog::tr("Next %1 number:").arg(key.section(u'.', 1, 1).replace(u'_', u' '));
    return key + u':';
}

} // namespace

SettingsDialog::SettingsDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget)
    , m_allowNegative(new QCheckBox(tr("Allow &negative stock (send even when the shelf count says no)")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Company settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_message->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_message->setWordWrap(true);
    m_allowNegative->setObjectName(QStringLiteral("allowNegativeStockCheckBox"));

    if (auto all = CompanyService(db).allSettings()) {
        for (const auto& [k, v] : *all)
            m_stored.insert(k, v);
    } else {
        m_message->setText(all.error().message);
    }
    QStringList company, series, invoicing, accounts;
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        const QString& k = it.key();
        if (k.startsWith(QStringLiteral("company.")) && k != QStringLiteral("company.currency"))
            company << k;
        else if (k.startsWith(QStringLiteral("series.")))
            series << k;
        else if (k.startsWith(QStringLiteral("invoice.")) || k.startsWith(QStringLiteral("quote."))
                 || k.startsWith(QStringLiteral("reminder.")))
            invoicing << k;
        else if (k.startsWith(QStringLiteral("accounts.")))
            accounts << k;
    }
    // The registry's order is the form's order (name before address before bank).
    auto registryOrder = [](QStringList keys) {
        QStringList ordered;
        for (const auto& s : CompanySettings::specs())
            if (keys.contains(s.key))
                ordered << s.key;
        for (const auto& k : keys)
            if (!ordered.contains(k))
                ordered << k;
        return ordered;
    };
    QStringList seriesOrdered;
    for (const QString& name : numberSeriesNames())
        seriesOrdered << QStringLiteral("series.%1.next").arg(name);
    addPage(tr("&Company"), registryOrder(company));
    addPage(tr("N&umbering"), seriesOrdered);
    addPage(tr("&Invoicing"), registryOrder(invoicing));
    m_tabs->addTab(vatPage(), tr("&VAT codes"));
    addPage(tr("Acc&ounts"), registryOrder(accounts));
    m_tabs->addTab(groupsPage(), tr("&Groups"));

    auto* stock = new QWidget;
    auto* sl = new QVBoxLayout(stock);
    m_allowNegative->setChecked(m_stored.value(kAllowNegative) == QStringLiteral("true"));
    sl->addWidget(m_allowNegative);
    sl->addWidget(new QLabel(tr("Stock principle: %1 (chosen when the company was created; it "
                                "cannot change).")
                                 .arg(m_stored.value(QStringLiteral("stock.principle")))));
    sl->addStretch();
    m_tabs->addTab(stock, tr("&Stock"));
    m_tabs->addTab(layoutsPage(), tr("&Layouts"));

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applySettingsButton"));
    connect(box, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto* l = new QVBoxLayout(this);
    l->addWidget(m_tabs, 1);
    l->addWidget(m_message);
    l->addWidget(box);
    resize(820, 620);
}

ValidatedForm* SettingsDialog::addPage(const QString& title, const QStringList& keys)
{
    auto* form = new ValidatedForm(checkSetting);
    for (const QString& k : keys) {
        form->addField(k, labelFor(k), m_stored.value(k));
        m_formOfKey.insert(k, form);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, title);
    return form;
}

QWidget* SettingsDialog::vatPage()
{
    auto* table = new QTableWidget(0, 4);
    table->setObjectName(QStringLiteral("vatCodesTableWidget"));
    table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Category"), tr("Rate today")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Read-only: rates are dated and fixed by law; the codes come from the company file.
    if (auto codes = CompanyService(m_db).vatCodes()) {
        for (const VatCode& c : *codes) {
            const int row = table->rowCount();
            table->insertRow(row);
            const auto rate = c.rateOn(QDate::currentDate());
            table->setItem(row, 0, new QTableWidgetItem(c.code));
            table->setItem(row, 1, new QTableWidgetItem(c.name));
            table->setItem(row, 2, new QTableWidgetItem(vatCategoryCode(c.category)));
            table->setItem(row, 3, new QTableWidgetItem(rate ? tr("%1 %").arg(rate->toString()) : tr("—")));
        }
    }
    return table;
}

QWidget* SettingsDialog::groupsPage()
{
    // Customer groups decide the receivables account, product groups the revenue account per
    // VAT code (seed 004). Accounts are edited in place; core validates and saves each cell.
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* message = new QLabel;
    message->setObjectName(QStringLiteral("groupsMessageLabel"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->setWordWrap(true);

    auto* customers = new QTableWidget(0, 3);
    customers->setObjectName(QStringLiteral("customerGroupsTableWidget"));
    customers->setHorizontalHeaderLabels({tr("Customer group"), tr("Name"), tr("Receivables account")});
    customers->verticalHeader()->hide();
    customers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* products = new QTableWidget(0, 4);
    products->setObjectName(QStringLiteral("productGroupAccountsTableWidget"));
    products->setHorizontalHeaderLabels({tr("Product group"), tr("Name"), tr("VAT code"), tr("Revenue account")});
    products->verticalHeader()->hide();
    products->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto readOnly = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    CompanyService service(m_db);
    if (auto groups = service.customerGroups()) {
        for (const auto& g : *groups) {
            const int row = customers->rowCount();
            customers->insertRow(row);
            customers->setItem(row, 0, readOnly(g.code));
            customers->setItem(row, 1, new QTableWidgetItem(g.name));
            customers->setItem(row, 2, new QTableWidgetItem(g.receivablesAccount));
        }
    }
    if (auto accounts = service.productGroupAccounts()) {
        for (const auto& a : *accounts) {
            const int row = products->rowCount();
            products->insertRow(row);
            products->setItem(row, 0, readOnly(a.group));
            products->setItem(row, 1, readOnly(a.groupName));
            products->setItem(row, 2, readOnly(a.vatCode));
            products->setItem(row, 3, new QTableWidgetItem(a.account));
        }
    }
    connect(customers, &QTableWidget::itemChanged, this, [this, customers, message](QTableWidgetItem* item) {
        const int row = item->row();
        if (!customers->item(row, 0) || !customers->item(row, 1) || !customers->item(row, 2))
            return;
        auto r = CompanyService(m_db).setCustomerGroup(customers->item(row, 0)->text(),
                                                       customers->item(row, 1)->text(),
                                                       customers->item(row, 2)->text());
        message->setText(r ? QString() : r.error().message);
    });
    connect(products, &QTableWidget::itemChanged, this, [this, products, message](QTableWidgetItem* item) {
        const int row = item->row();
        if (item->column() != 3 || !products->item(row, 0) || !products->item(row, 2))
            return;
        auto r = CompanyService(m_db).setProductGroupAccount(products->item(row, 0)->text(),
                                                             products->item(row, 2)->text(),
                                                             item->text());
        message->setText(r ? QString() : r.error().message);
    });
    layout->addWidget(customers);
    layout->addWidget(products);
    layout->addWidget(message);
    return page;
}

QWidget* SettingsDialog::layoutsPage()
{
    auto* table = new QTableWidget(0, 3);
    table->setObjectName(QStringLiteral("layoutsTableWidget"));
    table->setHorizontalHeaderLabels({tr("Layout"), tr("Font"), tr("Colour")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (auto layouts = PrintService(m_db).layouts()) {
        for (const LayoutProfile& p : *layouts) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(p.name));
            table->setItem(row, 1, new QTableWidgetItem(tr("%1, %2 pt").arg(p.fontFamily).arg(p.fontSize)));
            table->setItem(row, 2, new QTableWidgetItem(p.accentColor));
        }
    }
    return table;
}

ValidatedForm* SettingsDialog::formOf(const QString& key) const
{
    return m_formOfKey.value(key);
}

bool SettingsDialog::apply()
{
    CompanyService company(m_db);
    bool ok = true;
    auto save = [&](const QString& key, const QString& value, QLabel* errorLabel) {
        if (value == m_stored.value(key))
            return;
        auto r = company.setSetting(key, value);
        if (!r) {
            ok = false;
            if (errorLabel)
                errorLabel->setText(r.error().message);
            else
                m_message->setText(r.error().message);
            return;
        }
        m_stored.insert(key, *r);
    };
    for (auto it = m_formOfKey.cbegin(); it != m_formOfKey.cend(); ++it)
        save(it.key(), it.value()->value(it.key()), it.value()->errorLabel(it.key()));
    save(kAllowNegative, m_allowNegative->isChecked() ? QStringLiteral("true") : QStringLiteral("false"), nullptr);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b02020"));
    if (ok)
        m_message->setText(tr("Saved."));
    else if (m_message->text().isEmpty())
        m_message->setText(tr("Some settings were not saved; see the messages beside them."));
    return ok;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sd::ui
