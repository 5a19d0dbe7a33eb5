#include "producteditor.h"

#include "services/masterdataservice.h"
#include "widgets/customercompleter.h"
#include "widgets/validatedform.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

// As for customers: one field set on an otherwise valid product, so a refusal is about it.
QString checkProductField(const QString& field, const QString& text)
{
    Product probe;
    probe.sku = QStringLiteral("X");
    probe.name = QStringLiteral("-");
    if (field == QStringLiteral("sku"))
        probe.sku = text.trimmed();
    else if (auto r = ProductRules::setField(probe, field, text); !r)
        return r.error().message;
    if (auto r = ProductRules::validate(probe); !r)
        return r.error().message;
    return {};
}

} // namespace

ProductEditor::ProductEditor(storage::Database& db, const QString& sku, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_sku(sku)
    , m_form(new ValidatedForm(checkProductField))
    , m_bundle(new QCheckBox(tr("This product is a &bundle of other products")))
    , m_bundleBox(new QWidget)
    , m_components(new QTableWidget(0, 2))
    , m_componentSku(new QLineEdit)
    , m_componentQuantity(new QLineEdit)
    , m_addComponent(new QPushButton(tr("Add &component")))
    , m_message(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("productEditor"));
    m_bundle->setObjectName(QStringLiteral("bundleCheckBox"));
    m_components->setObjectName(QStringLiteral("componentsTableWidget"));
    m_componentSku->setObjectName(QStringLiteral("componentSkuLineEdit"));
    m_componentQuantity->setObjectName(QStringLiteral("componentQuantityLineEdit"));
    m_addComponent->setObjectName(QStringLiteral("addComponentButton"));
    m_message->setObjectName(QStringLiteral("productMessageLabel"));
    m_save->setObjectName(QStringLiteral("saveProductButton"));

    Product p;
    if (!sku.isEmpty()) {
        if (auto loaded = MasterDataService(db).product(sku))
            p = *loaded;
        else
            showMessage(loaded.error().message, true);
    }
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("sku"), tr("S&KU:")},
        {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("unit"), tr("&Unit:")},
        {QStringLiteral("price"), tr("Sales &price:")},
        {QStringLiteral("cost"), tr("C&ost price:")},
        {QStringLiteral("vat-code"), tr("&VAT code:")},
        {QStringLiteral("group"), tr("Product &group:")},
        {QStringLiteral("ean"), tr("&EAN barcode:")},
        {QStringLiteral("stock-tracked"), tr("S&tock-tracked (true/false):")},
        {QStringLiteral("location"), tr("&Location:")},
    };
    for (const auto& [field, label] : fields) {
        const QString value = field == QStringLiteral("sku") ? p.sku : ProductRules::field(p, field);
        m_form->addField(field, label, value);
    }
    // The SKU is the product's key: fixed once it exists.
    m_form->lineEdit(QStringLiteral("sku"))->setReadOnly(!sku.isEmpty());

    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Quantity per bundle")});
    m_components->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_components->verticalHeader()->hide();
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_componentSku->setPlaceholderText(tr("SKU, name or EAN"));
    m_componentQuantity->setPlaceholderText(tr("Qty"));
    m_componentQuantity->setMaximumWidth(80);
    new ProductCompleter(db, m_componentSku);
    for (const auto& c : p.components) {
        const int row = m_components->rowCount();
        m_components->insertRow(row);
        m_components->setItem(row, 0, new QTableWidgetItem(c.sku));
        m_components->setItem(row, 1, new QTableWidgetItem(c.quantity.toString()));
    }
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_componentSku, 1);
    entry->addWidget(m_componentQuantity);
    entry->addWidget(m_addComponent);
    auto* bl = new QVBoxLayout(m_bundleBox);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_components);
    bl->addLayout(entry);

    // Core can add a bundle with its components, not change them later: existing bundles show
    // their components read-only.
    const bool isNew = sku.isEmpty();
    m_bundle->setChecked(p.isBundle);
    m_bundle->setEnabled(isNew);
    m_bundleBox->setVisible(p.isBundle);
    m_componentSku->setVisible(isNew);
    m_componentQuantity->setVisible(isNew);
    m_addComponent->setVisible(isNew);
    connect(m_bundle, &QCheckBox::toggled, m_bundleBox, &QWidget::setVisible);

    auto* l = new QVBoxLayout(this);
    l->addWidget(m_form);
    l->addWidget(m_bundle);
    l->addWidget(m_bundleBox, 1);
    l->addStretch();
    l->addWidget(m_message);
    l->addWidget(m_save, 0, Qt::AlignRight);
    setFocusProxy(m_form->lineEdit(isNew ? QStringLiteral("sku") : QStringLiteral("name")));

    auto add = [this] {
        if (addComponent(m_componentSku->text(), m_componentQuantity->text())) {
            m_componentSku->clear();
            m_componentQuantity->clear();
            m_componentSku->setFocus();
        }
    };
    connect(m_addComponent, &QPushButton::clicked, this, add);
    connect(m_componentQuantity, &QLineEdit::returnPressed, this, add);
    connect(m_form, &ValidatedForm::validityChanged, m_save, &QPushButton::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &ProductEditor::save);
    m_save->setEnabled(m_form->validateAll());
}

QString ProductEditor::title() const
{
    return m_sku.isEmpty() ? tr("New product") : tr("Product %1").arg(m_sku);
}

void ProductEditor::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020") : QString());
    m_message->setText(text);
}

bool ProductEditor::addComponent(const QString& sku, const QString& quantity)
{
    auto product = ProductCompleter::resolve(m_db, sku);
    if (!product) {
        showMessage(product.error().message, true);
        return false;
    }
    auto q = Quantity::parsePositive(quantity.trimmed().isEmpty() ? QStringLiteral("1") : quantity.trimmed());
    if (!q) {
        showMessage(q.error().message, true);
        return false;
    }
    const int row = m_components->rowCount();
    m_components->insertRow(row);
    m_components->setItem(row, 0, new QTableWidgetItem(product->sku));
    m_components->setItem(row, 1, new QTableWidgetItem(q->toString()));
    showMessage({}, false);
    return true;
}

bool ProductEditor::save()
{
    if (!m_form->validateAll())
        return false;
    MasterDataService master(m_db);
    QList<QPair<QString, QString>> fields;
    for (const QString& f : m_form->fields()) {
        if (f != QStringLiteral("sku"))
            fields << qMakePair(f, m_form->value(f));
    }
    Result<Product> r = [&]() -> Result<Product> {
        if (!m_sku.isEmpty())
            return master.setProductFields(m_sku, fields);
        Product p;
        p.sku = m_form->value(QStringLiteral("sku")).trimmed();
        for (const auto& [f, v] : fields) {
            if (auto set = ProductRules::setField(p, f, v); !set)
                return set.error();
        }
        if (!m_bundle->isChecked())
            return master.addProduct(p);
        QList<QPair<QString, Quantity>> components;
        for (int row = 0; row < m_components->rowCount(); ++row) {
            components << qMakePair(m_components->item(row, 0)->text(),
                                    Quantity::parse(m_components->item(row, 1)->text()).value_or(Quantity()));
        }
        return master.addBundle(p, components);
    }();
    if (!r) {
        showMessage(r.error().message, true);
        return false;
    }
    m_sku = r->sku;
    m_form->lineEdit(QStringLiteral("sku"))->setReadOnly(true);
    m_bundle->setEnabled(false);
    m_componentSku->hide();
    m_componentQuantity->hide();
    m_addComponent->hide();
    showMessage(tr("Saved."), false);
    emit saved(m_sku);
    emit titleChanged(title());
    return true;
}

} // namespace sd::ui
