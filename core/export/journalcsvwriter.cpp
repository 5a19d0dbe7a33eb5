#include "journalcsvwriter.h"

#include "csvreader.h"

#include <QMap>

namespace sd {

QString JournalAccounts::revenueFor(const QString& productGroup, const QString& vatCode, VatCategory category) const
{
    if (!productGroup.isEmpty()) {
        const QString mapped = groupRevenue.value(productGroup + u'|' + vatCode);
        if (!mapped.isEmpty())
            return mapped;
    }
    // Sales outside standard-rated VAT (zero-rated, exempt, export) are kept apart by default,
    // as the Norwegian standard chart does (3000 vs 3100); the settings say which accounts.
    return settings.value(category == VatCategory::Standard ? QStringLiteral("accounts.revenue")
                                                            : QStringLiteral("accounts.revenue_exempt"));
}

QString JournalAccounts::vatAccount(const QString& vatCode) const
{
    return settings.value(QStringLiteral("accounts.vat.") + vatCode);
}

QString JournalAccounts::receivables(const QString& groupAccount) const
{
    return groupAccount.isEmpty() ? settings.value(QStringLiteral("accounts.receivables")) : groupAccount;
}

namespace {

// Adds a row for `amount` on its natural side (debit when `debitSide`); a negative amount
// goes to the other side, a zero amount adds nothing.
void post(QList<JournalRow>& rows, const JournalRow& base, const QString& account, Money amount, bool debitSide,
          const QString& vatCode = {})
{
    if (amount.isZero())
        return;
    JournalRow r = base;
    r.account = account;
    r.vatCode = vatCode;
    const bool debit = amount.isNegative() ? !debitSide : debitSide;
    (debit ? r.debit : r.credit) = amount.isNegative() ? -amount : amount;
    rows << r;
}

} // namespace

Result<QList<JournalRow>> JournalCsvWriter::documentRows(const Document& d,
                                                         const QString& groupAccount,
                                                         const QHash<qint64, QString>& lineGroups,
                                                         const JournalAccounts& accounts)
{
    const bool credit = d.type == DocumentType::CreditNote;
    JournalRow base;
    base.date = d.date;
    base.voucher = (credit ? QStringLiteral("CN-") : QStringLiteral("INV-")) + QString::number(d.number.value_or(0));
    base.customerNumber = d.customer.number;
    base.text = (credit ? tr("Credit note %1, %2") : tr("Invoice %1, %2")).arg(d.number.value_or(0)).arg(d.customer.name);

    QList<JournalRow> rows;
    post(rows, base, accounts.receivables(groupAccount), d.totals.gross, !credit);

    // Revenue: Σ line nets per (account, VAT code), in a stable order.
    QMap<QPair<QString, QString>, Money> revenue;
    // VAT code per breakdown row (category, rate): the code whose lines carry the most of it.
    QMap<QPair<int, qint64>, QMap<QString, Money>> codesPerRow;
    for (const auto& l : d.lines) {
        if (!lineKindHasAmounts(l.kind))
            continue;
        const QString account = accounts.revenueFor(lineGroups.value(l.id), l.vatCode, l.vatCategory);
        if (account.isEmpty())
            return makeError(ErrorCode::RuleViolation, tr("No revenue account for VAT code %1: set accounts.revenue.").arg(l.vatCode));
        revenue[qMakePair(account, l.vatCode)] += l.net;
        codesPerRow[qMakePair(int(l.vatCategory), l.vatPercent.raw())][l.vatCode] += l.net;
    }
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        post(rows, base, it.key().first, it.value(), credit, it.key().second);

    for (const auto& row : d.totals.breakdown) {
        if (row.vat.isZero())
            continue;
        const auto codes = codesPerRow.value(qMakePair(int(row.category), row.percent.raw()));
        QString code;
        Money best;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            const Money size = it.value().isNegative() ? -it.value() : it.value();
            if (code.isEmpty() || size > best) {
                code = it.key();
                best = size;
            }
        }
        const QString account = accounts.vatAccount(code);
        if (account.isEmpty())
            return makeError(ErrorCode::RuleViolation,
                             tr("No output VAT account for VAT code %1: set accounts.vat.%1.").arg(code));
        post(rows, base, account, row.vat, credit, code);
    }
    SD_TRY(checkBalanced(rows));
    return rows;
}

QList<JournalRow> JournalCsvWriter::paymentRows(const storage::InvoiceEvent& p,
                                                const QString& groupAccount,
                                                const JournalAccounts& accounts)
{
    JournalRow base;
    base.date = p.date;
    base.voucher = QStringLiteral("PAY-") + QString::number(p.id);
    base.customerNumber = p.customerNumber;
    base.text = tr("Payment of invoice %1").arg(p.invoiceNumber);
    QList<JournalRow> rows;
    post(rows, base, accounts.settings.value(QStringLiteral("accounts.bank")), p.amount, true);
    post(rows, base, accounts.receivables(groupAccount), p.amount, false);
    return rows;
}

QList<JournalRow> JournalCsvWriter::feeRows(const storage::InvoiceEvent& r,
                                            const QString& groupAccount,
                                            const JournalAccounts& accounts)
{
    JournalRow base;
    base.date = r.date;
    base.voucher = QStringLiteral("FEE-") + QString::number(r.id);
    base.customerNumber = r.customerNumber;
    base.text = tr("Reminder fee, invoice %1").arg(r.invoiceNumber);
    QList<JournalRow> rows;
    post(rows, base, accounts.receivables(groupAccount), r.amount, true);
    post(rows, base, accounts.settings.value(QStringLiteral("accounts.reminder_fee")), r.amount, false);
    return rows;
}

Result<void> JournalCsvWriter::checkBalanced(const QList<JournalRow>& rows)
{
    QHash<QString, Money> balance;
    for (const auto& r : rows)
        balance[r.voucher] += r.debit - r.credit;
    for (auto it = balance.cbegin(); it != balance.cend(); ++it)
        if (!it.value().isZero())
            return makeError(ErrorCode::CheckFailed,
                             tr("Voucher %1 does not balance (off by %2); nothing was exported.")
                                 .arg(it.key(), it.value().toString()));
    return {};
}

QByteArray JournalCsvWriter::toCsv(const QList<JournalRow>& rows)
{
    QString out = csvLine({QStringLiteral("date"), QStringLiteral("voucher"), QStringLiteral("account"),
                           QStringLiteral("debit"), QStringLiteral("credit"), QStringLiteral("vat_code"),
                           QStringLiteral("customer"), QStringLiteral("text")})
                  + u'\n';
    for (const auto& r : rows) {
        out += csvLine({r.date.toString(Qt::ISODate), r.voucher, r.account,
                        r.debit.isZero() ? QString() : r.debit.toString(),
                        r.credit.isZero() ? QString() : r.credit.toString(), r.vatCode,
                        r.customerNumber ? QString::number(r.customerNumber) : QString(), r.text})
               + u'\n';
    }
    return out.toUtf8();
}

} // namespace sd
