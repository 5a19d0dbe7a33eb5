#include "validatedform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd::ui {

ValidatedForm::ValidatedForm(Check check, QWidget* parent)
    : QWidget(parent)
    , m_check(std::move(check))
    , m_form(new QFormLayout(this))
{
}

QString ValidatedForm::objectNameFor(const QString& field, const char* suffix)
{
    // "delivery-postcode" → "deliveryPostcodeLineEdit", "company.bank_account" →
    // "companyBankAccountLineEdit" (STYLE: objectName = behaviour + class)
    QString name;
    bool upper = false;
    for (QChar c : field) {
        if (c == u'-' || c == u'.' || c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QString::fromLatin1(suffix);
}

QLineEdit* ValidatedForm::addField(const QString& field, const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(value);
    edit->setObjectName(objectNameFor(field, "LineEdit"));
    auto* error = new QLabel;
    error->setObjectName(objectNameFor(field, "ErrorLabel"));
    error->setStyleSheet(QStringLiteral("color: #b02020"));
    error->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 2);
    row->addWidget(error, 3);
    auto* l = new QLabel(label);
    l->setBuddy(edit);
    m_form->addRow(l, row);
    m_fields << field;
    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        validate(field);
        emit validityChanged(validateAll());
    });
    return edit;
}

QLineEdit* ValidatedForm::lineEdit(const QString& field) const
{
    return findChild<QLineEdit*>(objectNameFor(field, "LineEdit"));
}

QLabel* ValidatedForm::errorLabel(const QString& field) const
{
    return findChild<QLabel*>(objectNameFor(field, "ErrorLabel"));
}

QString ValidatedForm::value(const QString& field) const
{
    auto* e = lineEdit(field);
    return e ? e->text() : QString();
}

void ValidatedForm::setValue(const QString& field, const QString& value)
{
    if (auto* e = lineEdit(field))
        e->setText(value);
}

bool ValidatedForm::validate(const QString& field)
{
    const QString message = m_check(field, value(field));
    errorLabel(field)->setText(message);
    return message.isEmpty();
}

bool ValidatedForm::validateAll()
{
    bool ok = true;
    for (const QString& f : m_fields)
        ok = validate(f) && ok;
    return ok;
}

} // namespace sd::ui
