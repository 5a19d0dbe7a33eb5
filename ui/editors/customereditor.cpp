#include "customereditor.h"

#include "services/masterdataservice.h"
#include "widgets/validatedform.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

// The message core gives for one field: the field is set on an otherwise valid customer, so
// any refusal of the whole record is about this field.
QString checkCustomerField(const QString& field, const QString& text)
{
    Customer probe;
    probe.name = QStringLiteral("-");
    if (auto r = CustomerRules::setField(probe, field, text); !r)
        return r.error().message;
    if (auto r = CustomerRules::validate(probe); !r)
        return r.error().message;
    return {};
}

struct FieldLabel
{
    const char* field;
    const char* label;
};

// The fields a user edits here, in form order; labels marked for translation.
constexpr FieldLabel kFields[] = {
    {"name", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Name:")},
    {"orgnr", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Org.nr:")},
    {"vat-number", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Foreign &VAT no:")},
    {"email", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&E-mail:")},
    {"phone", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Phone:")},
    {"contact", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Con&tact:")},
    {"address", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Address:")},
    {"postcode", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Post&code:")},
    {"city", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "C&ity:")},
    {"country", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Co&untry:")},
    {"delivery-address", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Delivery address:")},
    {"delivery-postcode", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Delivery postcode:")},
    {"delivery-city", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Delivery city:")},
    {"gln", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&GLN:")},
    {"peppol-id", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "PEPPOL &id:")},
    {"ehf", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "E&HF (true/false):")},
    {"payment-days", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Pa&yment days:")},
    {"currency", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Cu&rrency:")},
    {"language", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "&Language:")},
    {"group", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Customer &group:")},
    {"layout", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "La&yout:")},
    {"notes", QT_TRANSLATE_NOOP("sd::ui::CustomerEditor", "Notes:")},
};

} // namespace

CustomerEditor::CustomerEditor(storage::Database& db, qint64 number, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_number(number)
    , m_form(new ValidatedForm(checkCustomerField))
    , m_message(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("customerEditor"));
    m_message->setObjectName(QStringLiteral("customerMessageLabel"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveCustomerButton"));

    Customer c; // a new customer starts from core's defaults (NO, NOK, nb)
    if (number != 0) {
        auto loaded = MasterDataService(db).customer(number);
        if (loaded)
            c = *loaded;
        else
            m_message->setText(loaded.error().message);
    }
    for (const auto& f : kFields) {
        const QString field = QString::fromLatin1(f.field);
        m_form->addField(field, tr(f.label), CustomerRules::field(c, field));
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto* l = new QVBoxLayout(this);
    l->addWidget(scroll, 1);
    l->addWidget(m_message);
    l->addWidget(m_save, 0, Qt::AlignRight);
    setFocusProxy(m_form->lineEdit(QStringLiteral("name")));
    connect(m_form, &ValidatedForm::validityChanged, m_save, &QPushButton::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &CustomerEditor::save);
    m_save->setEnabled(m_form->validateAll());
}

QString CustomerEditor::title() const
{
    return m_number ? tr("Customer %1").arg(m_number) : tr("New customer");
}

bool CustomerEditor::save()
{
    if (!m_form->validateAll())
        return false;
    MasterDataService master(m_db);
    QList<QPair<QString, QString>> fields;
    for (const QString& f : m_form->fields())
        fields << qMakePair(f, m_form->value(f));
    Result<Customer> r = [&]() -> Result<Customer> {
        if (m_number != 0)
            return master.setCustomerFields(m_number, fields);
        Customer c;
        for (const auto& [f, v] : fields) {
            if (auto set = CustomerRules::setField(c, f, v); !set)
                return set.error();
        }
        return master.addCustomer(c);
    }();
    if (!r) {
        m_message->setStyleSheet(QStringLiteral("color: #b02020"));
        m_message->setText(r.error().message);
        return false;
    }
    m_number = r->number;
    m_message->setStyleSheet({});
    m_message->setText(tr("Saved."));
    emit saved(m_number);
    emit titleChanged(title());
    return true;
}

} // namespace sd::ui
