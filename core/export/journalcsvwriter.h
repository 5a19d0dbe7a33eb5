#pragma once

// JournalCsvWriter: the bookkeeper's journal — one row per account per voucher for booked
// invoices and credit notes, payments and reminder fees (ARCHITECTURE §8, seed 004).
//   invoice      debit receivables (gross); credit revenue per account and VAT code (net);
//                credit output VAT per VAT code
//   credit note  the same with debit and credit swapped
//   payment      debit bank; credit receivables
//   reminder fee debit receivables; credit the reminder-fee account (no VAT on fees)
// Receivables come from the customer's group (else accounts.receivables); revenue from the
// product group and VAT code (product_group_accounts, else accounts.revenue, or
// accounts.revenue_exempt for lines outside standard-rated VAT); output VAT from
// accounts.vat.<code>. A negative amount moves to the other side. Every voucher balances by
// construction from the booked totals; there is never a balancing "plug" row — if a voucher
// does not balance, the export fails.

#include "common/result.h"
#include "documents/document.h"
#include "domain/companysettings.h"
#include "storage/exportrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sd {

struct JournalRow
{
    QDate date;
    QString voucher; // INV-1001, CN-1001, PAY-<id>, FEE-<id>
    QString account;
    Money debit;
    Money credit;
    QString vatCode;
    qint64 customerNumber = 0;
    QString text;
};

struct JournalAccounts
{
    CompanySettings settings; // accounts.* keys
    QHash<QString, QString> groupRevenue; // "group|vat code" → account

    QString revenueFor(const QString& productGroup, const QString& vatCode, VatCategory category) const;
    QString vatAccount(const QString& vatCode) const;
    QString receivables(const QString& groupAccount) const;
};

class JournalCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalCsvWriter)

public:
    // The rows of one booked invoice or credit note. `groupAccount` is the customer group's
    // receivables account (empty = default); `lineGroups` maps line id → product group.
    static Result<QList<JournalRow>> documentRows(const Document& document,
                                                  const QString& groupAccount,
                                                  const QHash<qint64, QString>& lineGroups,
                                                  const JournalAccounts& accounts);
    static QList<JournalRow> paymentRows(const storage::InvoiceEvent& payment,
                                         const QString& groupAccount,
                                         const JournalAccounts& accounts);
    static QList<JournalRow> feeRows(const storage::InvoiceEvent& reminder,
                                     const QString& groupAccount,
                                     const JournalAccounts& accounts);

    // Σ debit = Σ credit for every voucher (and so in total). Error names the voucher.
    static Result<void> checkBalanced(const QList<JournalRow>& rows);
    // date;voucher;account;debit;credit;vat_code;customer;text — UTF-8, ';', amounts "125.00".
    static QByteArray toCsv(const QList<JournalRow>& rows);
};

} // namespace sd
