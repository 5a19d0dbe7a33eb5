#pragma once

// ProductEditor: a new or existing product in a tab, with ProductRules' messages beside each
// field as the user types (EAN check digit, SKU form, required name, prices). A new product
// can be a bundle (varesamling): its components and quantities are listed below and saved
// with MasterDataService::addBundle in one call.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ValidatedForm;

class ProductEditor : public QWidget
{
    Q_OBJECT

public:
    // sku empty: a new product.
    ProductEditor(storage::Database& db, const QString& sku, QWidget* parent = nullptr);

    QString sku() const { return m_sku; }
    ValidatedForm* form() const { return m_form; }
    QString title() const;

public slots:
    bool addComponent(const QString& sku, const QString& quantity);
    bool save();

signals:
    void saved(const QString& sku);
    void titleChanged(const QString& title);

private:
    void showMessage(const QString& text, bool error);

    storage::Database& m_db;
    QString m_sku;
    ValidatedForm* m_form;
    QCheckBox* m_bundle;
    QWidget* m_bundleBox;
    QTableWidget* m_components;
    QLineEdit* m_componentSku;
    QLineEdit* m_componentQuantity;
    QPushButton* m_addComponent;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace sd::ui
