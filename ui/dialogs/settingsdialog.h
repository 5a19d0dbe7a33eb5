#pragma once

// SettingsDialog: the company settings that travel with the file — company identity (seed
// 003), number series with their next numbers (seed 000), payment terms and reminders, VAT
// codes (read-only) and accounts (seed 004), stock options, and the print layouts. Each field
// is checked by CompanySettings::normalize as the user types; saving goes key by key through
// CompanyService::setSetting, and a refusal (a booked series cannot move) stays next to its
// field.

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QTabWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ValidatedForm;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(storage::Database& db, QWidget* parent = nullptr);

    ValidatedForm* formOf(const QString& key) const;

public slots:
    // Saves what changed; true when everything was accepted.
    bool apply();
    void accept() override;

private:
    ValidatedForm* addPage(const QString& title, const QStringList& keys);
    QWidget* vatPage();
    QWidget* groupsPage();
    QWidget* layoutsPage();

    storage::Database& m_db;
    QTabWidget* m_tabs;
    QHash<QString, QString> m_stored; // key → value when the dialog opened / last saved
    QHash<QString, ValidatedForm*> m_formOfKey;
    QCheckBox* m_allowNegative;
    QLabel* m_message;
};

} // namespace sd::ui
