#pragma once

// ValidatedForm: a form of text fields named by core's field names (CustomerRules /
// ProductRules::fieldNames), each with its message label beside it. The check is a callback
// into core's rules, run as the user types; the form never decides what is valid.

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace sd::ui {

class ValidatedForm : public QWidget
{
    Q_OBJECT

public:
    // Returns the message for `text` in `field`, empty when it is fine.
    using Check = std::function<QString(const QString& field, const QString& text)>;

    ValidatedForm(Check check, QWidget* parent = nullptr);

    // Field "orgnr" gets objectNames "orgnrLineEdit" and "orgnrErrorLabel".
    QLineEdit* addField(const QString& field, const QString& label, const QString& value = {});
    QLineEdit* lineEdit(const QString& field) const;
    QLabel* errorLabel(const QString& field) const;
    QStringList fields() const { return m_fields; }
    QString value(const QString& field) const;
    void setValue(const QString& field, const QString& value);
    // Runs every check; true when no field has a message.
    bool validateAll();

signals:
    void validityChanged(bool valid);

private:
    bool validate(const QString& field);
    static QString objectNameFor(const QString& field, const char* suffix);

    Check m_check;
    QFormLayout* m_form;
    QStringList m_fields;
};

} // namespace sd::ui
