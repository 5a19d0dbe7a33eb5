#include "documentchecks.h"

#include "database.h"
#include "money/vatcalculator.h"

#include <QCoreApplication>
#include <QHash>

namespace sd::storage {

Result<void> checkGaplessNumbers(Database& db, QList<Violation>& out)
{
    for (const QString& type : {QStringLiteral("invoice"), QStringLiteral("credit_note")}) {
        QList<qint64> numbers;
        {
            auto r = db.run(QStringLiteral("SELECT number FROM documents WHERE type = ? AND status = 'booked' ORDER BY number"), {type});
            if (!r)
                return r.error();
            while (r->next()) {
                if (r->isNull(0))
                    out << Violation{QStringLiteral("gapless.") + type, QCoreApplication::translate("sd::storage::IntegrityChecker", "A booked %1 has no number.").arg(type)};
                else
                    numbers << r->i64(0);
            }
        }
        for (int i = 1; i < numbers.size(); ++i)
            if (numbers[i] != numbers[i - 1] + 1)
                out << Violation{QStringLiteral("gapless.") + type,
                                 QCoreApplication::translate("sd::storage::IntegrityChecker", "The %1 numbers jump from %2 to %3.").arg(type).arg(numbers[i - 1]).arg(numbers[i])};
        auto next = db.scalar(QStringLiteral("SELECT next FROM number_series WHERE series = ?"), {type});
        if (!next)
            return next.error();
        if (!numbers.isEmpty() && next->toLongLong() != numbers.last() + 1)
            out << Violation{QStringLiteral("gapless.") + type,
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "The next %1 number is %2 but the last booked is %3.").arg(type).arg(next->toLongLong()).arg(numbers.last())};
        auto drafts = db.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE type = ? AND status = 'draft' AND number IS NOT NULL"), {type});
        if (!drafts)
            return drafts.error();
        if (drafts->toLongLong() > 0)
            out << Violation{QStringLiteral("gapless.") + type, QCoreApplication::translate("sd::storage::IntegrityChecker", "A draft %1 carries a number.").arg(type)};
    }
    return {};
}

Result<void> checkImmutabilityGuards(Database& db, QList<Violation>& out)
{
    for (const char* name : {"documents_booked_immutable", "documents_booked_no_delete", "lines_booked_no_insert",
                             "lines_booked_no_update", "lines_booked_no_delete", "stock_moves_append_only_update",
                             "stock_moves_append_only_delete",
                             "activity_log_booked_no_delete", "payments_no_delete", "reminders_no_delete"}) {
        auto v = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?"),
                           {QString::fromLatin1(name)});
        if (!v)
            return v.error();
        if (v->toInt() != 1)
            out << Violation{QStringLiteral("immutable"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "The guard “%1” that protects booked documents is missing.").arg(QString::fromLatin1(name))};
    }
    return {};
}

Result<void> checkDocumentTotals(Database& db, QList<Violation>& out)
{
    // Recompute every line net and every document's VAT and totals from the raw columns.
    struct Doc
    {
        QString label;
        qint64 discount = 0;
        qint64 net = 0, vat = 0, gross = 0;
        VatCalculator calc;
        bool lineMismatch = false;
    };
    QHash<qint64, Doc> docs;
    {
        auto r = db.run(QStringLiteral("SELECT id, type, coalesce(number, 0), discount, net, vat, gross FROM documents "
                                       "WHERE type <> 'shipment'"));
        if (!r)
            return r.error();
        while (r->next()) {
            Doc d;
            d.label = r->str(1) + u' ' + (r->i64(2) ? QString::number(r->i64(2)) : QStringLiteral("id ") + r->str(0));
            d.discount = r->i64(3);
            d.net = r->i64(4);
            d.vat = r->i64(5);
            d.gross = r->i64(6);
            docs.insert(r->i64(0), d);
        }
    }
    auto r = db.run(QStringLiteral("SELECT document_id, line_no, quantity, unit_price, discount, vat_category, vat_percent, net "
                                   "FROM document_lines WHERE kind IN ('product','bundle') AND parent_line_id IS NULL"));
    if (!r)
        return r.error();
    while (r->next()) {
        auto it = docs.find(r->i64(0));
        if (it == docs.end())
            continue;
        const Percent discount = combineDiscounts(Percent::fromRaw(r->i64(4)), Percent::fromRaw(it->discount));
        auto net = lineNet(Quantity::fromMilli(r->i64(2)), UnitPrice::fromRaw(r->i64(3)), discount);
        if (!net || net->minor() != r->i64(7)) {
            out << Violation{QStringLiteral("totals"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "Line %1 of %2 has a net that does not match its quantity and price.").arg(r->i32(1)).arg(it->label)};
            it->lineMismatch = true;
            continue;
        }
        it->calc.add(vatCategoryFromCode(r->str(5)).value_or(VatCategory::Standard), Percent::fromRaw(r->i64(6)), *net);
    }
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        if (it->lineMismatch)
            continue;
        const Totals t = it->calc.totals();
        if (t.net.minor() != it->net || t.vat.minor() != it->vat || t.gross.minor() != it->gross)
            out << Violation{QStringLiteral("totals"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "The stored totals of %1 do not match its lines.").arg(it->label)};
    }
    return {};
}

Result<void> checkQuantities(Database& db, QList<Violation>& out)
{
    // Shipped (sent) ≤ ordered, per order line.
    {
        auto r = db.run(QStringLiteral(
            "SELECT o.number, ol.line_no FROM document_lines ol JOIN documents o ON o.id = ol.document_id "
            "WHERE o.type = 'order' AND ol.quantity < (SELECT coalesce(sum(sl.quantity), 0) FROM document_lines sl "
            "JOIN documents s ON s.id = sl.document_id WHERE sl.source_line_id = ol.id AND sl.parent_line_id IS NULL "
            "AND s.type = 'shipment')"));
        if (!r)
            return r.error();
        while (r->next())
            out << Violation{QStringLiteral("quantities.shipped"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "Order %1 line %2 has more on shipments than ordered.").arg(r->i64(0)).arg(r->i32(1))};
    }
    // Net invoiced (invoiced − re-invoiceable credits) ≤ ordered, per order line.
    {
        auto r = db.run(QStringLiteral(
            "SELECT o.number, ol.line_no FROM document_lines ol JOIN documents o ON o.id = ol.document_id "
            "WHERE o.type = 'order' AND ol.quantity < "
            " (SELECT coalesce(sum(il.quantity), 0) FROM document_lines il JOIN documents i ON i.id = il.document_id "
            "   WHERE il.source_line_id = ol.id AND i.type = 'invoice') "
            " - (SELECT coalesce(sum(cl.quantity), 0) FROM document_lines cl JOIN documents c ON c.id = cl.document_id "
            "   JOIN document_lines il ON il.id = cl.source_line_id "
            "   WHERE il.source_line_id = ol.id AND c.type = 'credit_note' AND c.status = 'booked' AND cl.reinvoice = 1)"));
        if (!r)
            return r.error();
        while (r->next())
            out << Violation{QStringLiteral("quantities.invoiced"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "Order %1 line %2 is invoiced beyond what was ordered.").arg(r->i64(0)).arg(r->i32(1))};
    }
    // Credited ≤ invoiced, per invoice line.
    {
        auto r = db.run(QStringLiteral(
            "SELECT i.number, il.line_no FROM document_lines il JOIN documents i ON i.id = il.document_id "
            "WHERE i.type = 'invoice' AND il.quantity < (SELECT coalesce(sum(cl.quantity), 0) FROM document_lines cl "
            "JOIN documents c ON c.id = cl.document_id WHERE cl.source_line_id = il.id AND c.type = 'credit_note')"));
        if (!r)
            return r.error();
        while (r->next())
            out << Violation{QStringLiteral("quantities.credited"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "Invoice %1 line %2 is credited beyond what was invoiced.").arg(r->i64(0)).arg(r->i32(1))};
    }
    return {};
}

Result<void> checkStockLedger(Database& db, QList<Violation>& out)
{
    // Every picked line of a sent shipment has exactly its movement in the ledger.
    {
        auto r = db.run(QStringLiteral(
            "SELECT s.number, sl.line_no, sl.quantity, (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m "
            "WHERE m.document_line_id = sl.id) FROM document_lines sl JOIN documents s ON s.id = sl.document_id "
            "JOIN products p ON p.id = sl.product_id "
            "WHERE s.type = 'shipment' AND s.status = 'sent' AND sl.kind = 'product' AND p.stock_tracked = 1"));
        if (!r)
            return r.error();
        while (r->next())
            if (r->i64(3) != -r->i64(2))
                out << Violation{QStringLiteral("stock.ledger"),
                                 QCoreApplication::translate("sd::storage::IntegrityChecker", "Shipment %1 line %2 shipped %3 but the stock ledger has %4.")
                                     .arg(r->i64(0))
                                     .arg(r->i32(1))
                                     .arg(Quantity::fromMilli(r->i64(2)).toString(), Quantity::fromMilli(-r->i64(3)).toString())};
    }
    // Unsent shipments move no stock.
    {
        auto v = db.scalar(QStringLiteral("SELECT count(*) FROM stock_moves m JOIN documents d ON d.id = m.document_id "
                                          "WHERE d.type = 'shipment' AND d.status <> 'sent'"));
        if (!v)
            return v.error();
        if (v->toLongLong() > 0)
            out << Violation{QStringLiteral("stock.ledger"), QCoreApplication::translate("sd::storage::IntegrityChecker", "An unsent shipment has stock movements.")};
    }
    // The running balances (schema 10) equal the ledger's sums, product by product: postings
    // trust them for on-hand and average cost. Both directions: a product missing from either.
    {
        auto r = db.run(QStringLiteral(
            "WITH ledger AS (SELECT product_id, sum(quantity) AS quantity, sum(value) AS value, max(date) AS latest "
            "  FROM stock_moves GROUP BY product_id), "
            "wrong AS (SELECT l.product_id FROM ledger l LEFT JOIN stock_balances b ON b.product_id = l.product_id "
            "  WHERE b.product_id IS NULL OR b.quantity <> l.quantity OR b.value <> l.value OR b.latest <> l.latest "
            "  UNION SELECT b.product_id FROM stock_balances b "
            "  WHERE NOT EXISTS (SELECT 1 FROM stock_moves m WHERE m.product_id = b.product_id)) "
            "SELECT coalesce(p.sku, w.product_id) FROM wrong w LEFT JOIN products p ON p.id = w.product_id"));
        if (!r)
            return r.error();
        while (r->next())
            out << Violation{QStringLiteral("stock.balance"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker",
                                                         "The stock balance of %1 does not match its stock ledger.")
                                 .arg(r->str(0))};
    }
    // Negative stock only where the company allows it.
    auto allow = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'stock.allow_negative'"));
    if (!allow)
        return allow.error();
    if (allow->toString() != QStringLiteral("true")) {
        auto r = db.run(QStringLiteral("SELECT p.sku, b.quantity FROM stock_balances b JOIN products p ON p.id = b.product_id "
                                       "WHERE b.quantity < 0"));
        if (!r)
            return r.error();
        while (r->next())
            out << Violation{QStringLiteral("stock.negative"),
                             QCoreApplication::translate("sd::storage::IntegrityChecker", "%1 has negative stock (%2) although the company does not allow it.")
                                 .arg(r->str(0), Quantity::fromMilli(r->i64(1)).toString())};
    }
    return {};
}

} // namespace sd::storage
