#pragma once

// NewCompanyDialog: the first-run wizard (and File → New company…). Creates a company file
// from name, org.nr, legal form, VAT registration and stock principle — the one setting that
// can never change later (seed 001) — or opens the demo company. Validation is core's
// (CompanySettings::normalize); the message stands next to the field as the user types.

#include "common/result.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class NewCompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCompanyDialog(QWidget* parent = nullptr);
    ~NewCompanyDialog() override;

    // The created or opened company after the dialog was accepted; null otherwise.
    std::unique_ptr<storage::Database> takeDatabase();

    // The demo company in the user's data folder: created on first use, reopened afterwards.
    static Result<std::unique_ptr<storage::Database>> openDemoCompany();
    static QString demoCompanyPath();

public slots:
    void createCompany();
    void openDemo();
    void openExisting();

private:
    void validate();
    void finish(Result<std::unique_ptr<storage::Database>> db);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_orgnr = nullptr;
    QLabel* m_orgnrMessage = nullptr;
    QComboBox* m_form = nullptr;
    QCheckBox* m_vat = nullptr;
    QComboBox* m_principle = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_create = nullptr;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace sd::ui
