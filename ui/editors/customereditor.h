#pragma once

// CustomerEditor: a new or existing customer in a tab. Each field is checked by
// CustomerRules as the user types, with the message beside the field (org.nr MOD11, GLN,
// e-mail, required name). Save sends all fields to MasterDataService in one call.

#include <QWidget>

class QLabel;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ValidatedForm;

class CustomerEditor : public QWidget
{
    Q_OBJECT

public:
    // number == 0: a new customer.
    CustomerEditor(storage::Database& db, qint64 number, QWidget* parent = nullptr);

    qint64 number() const { return m_number; }
    ValidatedForm* form() const { return m_form; }
    QString title() const;

public slots:
    bool save();

signals:
    void saved(qint64 number);
    void titleChanged(const QString& title);

private:
    storage::Database& m_db;
    qint64 m_number;
    ValidatedForm* m_form;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace sd::ui
