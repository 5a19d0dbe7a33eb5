#pragma once

// ExportRepository: the read-only queries the bookkeeper exports need — booked documents,
// payments and reminder fees in a period, and the account mapping (customer groups, product
// groups per VAT code). Typed rows only; ImportExportService turns them into files.

#include "common/result.h"
#include "documents/documenttypes.h"
#include "money/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sd::storage {

class Database;

// A payment or a reminder fee registered on a booked invoice.
struct InvoiceEvent
{
    qint64 id = 0;
    QDate date;
    Money amount; // the payment, or the reminder fee
    qint64 invoiceId = 0;
    qint64 invoiceNumber = 0;
    qint64 customerId = 0;
    qint64 customerNumber = 0;
};

class ExportRepository
{
public:
    explicit ExportRepository(Database& db)
        : m_db(db)
    {
    }

    // Ids of the booked documents of `type` dated from..to (inclusive), in number order.
    Result<QList<qint64>> bookedIds(DocumentType type, const QDate& from, const QDate& to);
    // Payments dated from..to, in date and id order.
    Result<QList<InvoiceEvent>> payments(const QDate& from, const QDate& to);
    // Reminders with a fee above zero dated from..to, in date and id order.
    Result<QList<InvoiceEvent>> reminderFees(const QDate& from, const QDate& to);
    // The receivables account of the customer's group; empty when it has none.
    Result<QString> receivablesAccount(qint64 customerId);
    // Product group per document line id (lines whose product has a group).
    Result<QHash<qint64, QString>> lineProductGroups(qint64 documentId);
    // Revenue account per "group|vat code".
    Result<QHash<QString, QString>> productGroupAccounts();
    // The issue date of a document (a credit note's invoice, for its BillingReference).
    Result<QDate> documentDate(qint64 documentId);

private:
    Result<QList<InvoiceEvent>> events(const QString& sql, const QDate& from, const QDate& to);
    Database& m_db;
};

} // namespace sd::storage
