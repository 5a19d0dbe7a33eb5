#pragma once

// The questions a conversion asks (seed 000): accept a quote into an order or straight into an
// invoice; invoice all lines or only what was shipped; credit which lines and quantities, with
// or without returning the goods and making them invoiceable again; book an invoice and also
// ship it / deduct stock at the invoice date. The dialogs only collect the answer; the caller
// passes it to SalesService, which decides whether it is allowed.

#include "services/salesservice.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace sd::ui {

class AcceptQuoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AcceptQuoteDialog(const Document& quote, QWidget* parent = nullptr);
    DocumentType target() const; // Order or Invoice
    void setTarget(DocumentType type);

private:
    QRadioButton* m_order;
    QRadioButton* m_invoice;
};

class CreateInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateInvoiceDialog(const Document& order, QWidget* parent = nullptr);
    bool shippedOnly() const;
    void setShippedOnly(bool shippedOnly);

private:
    QRadioButton* m_all;
    QRadioButton* m_shipped;
};

class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreditNoteDialog(const Document& invoice, QWidget* parent = nullptr);
    // The lines to credit (quantity > 0), or the first unreadable quantity.
    Result<QList<CreditLineInput>> lines() const;
    bool returnStock() const;
    bool reinvoice() const;
    void setQuantity(int lineNo, const QString& quantity);

    void accept() override;

private:
    QTableWidget* m_table;
    QCheckBox* m_returnStock;
    QCheckBox* m_reinvoice;
    QLabel* m_error;
    QList<int> m_lineNos;
};

class BookInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookInvoiceDialog(const Document& invoice, QWidget* parent = nullptr);
    BookOptions options() const;
    void setWithShipment(bool on);

private:
    QDateEdit* m_date;
    QCheckBox* m_withShipment;
    QCheckBox* m_stockAtDate;
};

} // namespace sd::ui
