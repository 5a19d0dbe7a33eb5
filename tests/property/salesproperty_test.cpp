// Property test: random sequences of sales operations over several customers, products and
// orders keep every invariant of ARCHITECTURE §2. The invariants are recomputed here from the
// raw tables with test-side SQL and arithmetic, independently of the code under test (and of
// `check`). Refused operations must change nothing at all.

#include "money/rounding.h"
#include "services/masterdataservice.h"
#include "services/salesservice.h"
#include "services/stockservice.h"
#include "storage/database.h"
#include "support/tempcompany.h"

#include <QCryptographicHash>

#include <iostream>

#include <catch2/catch.hpp>
#include <rapidcheck.h>
#include <rapidcheck/catch.h>

using namespace sd;

namespace {

enum class OpKind { NewOrder, AddLine, Confirm, Ship, Pick, PickAll, SendShipment, Invoice, Book, Credit, Pay, Receive, Backorder, Advance };
constexpr int kOpKinds = 14;

struct Op
{
    int kind = 0;
    int a = 0; // which document / product / customer (taken modulo what exists)
    int b = 0; // quantity-ish
    bool flag = false;
};

const char* kSkus[] = {"A", "B", "C"};

void showValue(const Op& op, std::ostream& os);

struct World
{
    test::TempCompany c;
    SalesService sales{*c.db};
    StockService stock{*c.db};
    QList<qint64> orders, shipments, invoices;
    QList<qint64> bookedInvoiceNumbers;
    QHash<qint64, QByteArray> bookedSnapshots; // id → fingerprint of the booked document

    World()
    {
        MasterDataService m(*c.db);
        for (int i = 0; i < 3; ++i) {
            Customer k;
            k.name = QStringLiteral("Kunde %1").arg(i);
            RC_ASSERT(bool(m.addCustomer(k)));
        }
        for (const char* sku : kSkus) {
            Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = p.sku;
            p.price = UnitPrice::fromRaw(333333); // 33.3333: rounding stays honest
            p.vatCode = sku[0] == 'B' ? QStringLiteral("31") : QStringLiteral("3");
            RC_ASSERT(bool(m.addProduct(p)));
        }
    }

    QByteArray hashOf(const QString& sql, const QVariantList& values = {})
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        auto r = c.db->run(sql, values);
        RC_ASSERT(bool(r));
        const int columns = r->columnCount();
        while (r->next())
            for (int i = 0; i < columns; ++i) {
                h.addData(r->value(i).toString().toUtf8());
                h.addData("|");
            }
        return h.result();
    }

    QByteArray fingerprint()
    {
        QByteArray all;
        for (const char* t : {"documents", "document_lines", "stock_moves", "payments", "document_relations", "number_series"})
            all += hashOf(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(t)));
        return all;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        auto v = c.db->scalar(sql, values);
        RC_ASSERT(bool(v));
        return v->toLongLong();
    }

    template <typename T>
    static qint64 pick(const QList<T>& list, int a) { return list.isEmpty() ? 0 : list[qAbs(a) % list.size()]; }

    // Operations aim at documents in a state where they usually succeed, so sequences reach
    // deep states (booked, credited, paid); id 0 (nothing eligible) exercises the refusals.
    qint64 eligible(const char* where, int a)
    {
        QList<qint64> ids;
        auto r = c.db->run(QStringLiteral("SELECT id FROM documents WHERE ") + QString::fromLatin1(where) + QStringLiteral(" ORDER BY id"));
        RC_ASSERT(bool(r));
        while (r->next())
            ids << r->i64(0);
        return pick(ids, a);
    }
    qint64 eligibleNumber(int a)
    {
        QList<qint64> numbers;
        auto r = c.db->run(QStringLiteral("SELECT number FROM documents WHERE type = 'invoice' AND status = 'booked' ORDER BY number"));
        RC_ASSERT(bool(r));
        while (r->next())
            numbers << r->i64(0);
        return numbers.isEmpty() ? 1001 : pick(numbers, a);
    }

    // Runs one operation; a refusal must leave the file exactly as it was.
    void apply(const Op& op)
    {
        const QByteArray before = fingerprint();
        bool ok = true;
        if (qEnvironmentVariableIsSet("SD_PROPERTY_TRACE"))
            showValue(op, std::cerr), std::cerr << '\n';
        const Quantity q = Quantity::fromUnits(1 + qAbs(op.b) % 5);
        switch (OpKind(op.kind % kOpKinds)) {
        case OpKind::NewOrder: {
            // An order always starts with one line, so the flow can move on; half of them are
            // made in one call (createWithLines).
            LineInput in;
            in.sku = QString::fromLatin1(kSkus[qAbs(op.b) % 3]);
            in.quantity = q;
            if (op.flag) {
                auto id = sales.createWithLines(DocumentType::Order, 10001 + qAbs(op.a) % 3, {in});
                ok = bool(id);
                if (ok)
                    orders << *id;
                break;
            }
            auto id = sales.create(DocumentType::Order, 10001 + qAbs(op.a) % 3);
            ok = bool(id);
            if (ok) {
                RC_ASSERT(bool(sales.addLine(*id, in)));
                orders << *id;
            }
            break;
        }
        case OpKind::AddLine: {
            LineInput in;
            in.sku = QString::fromLatin1(kSkus[qAbs(op.b) % 3]);
            in.quantity = q;
            if (op.flag)
                in.discount = Percent::fromWhole(10);
            const qint64 order = eligible("type = 'order' AND status <> 'cancelled'", op.a);
            if (qAbs(op.b) % 4 == 3) {
                // Two lines in one call; with b = 11 the second is unknown, refusing both.
                LineInput second;
                second.sku = qAbs(op.b) == 11 ? QStringLiteral("NOPE") : QString::fromLatin1(kSkus[(qAbs(op.b) + 1) % 3]);
                second.quantity = Quantity::fromUnits(1);
                ok = bool(sales.addLines(order, {in, second}));
                break;
            }
            ok = bool(sales.addLine(order, in));
            break;
        }
        case OpKind::Confirm:
            ok = bool(sales.confirmOrder(eligible("type = 'order' AND status = 'draft'", op.a)));
            break;
        case OpKind::Ship: {
            auto id = sales.createShipment(eligible("type = 'order' AND status = 'sent'", op.a));
            ok = bool(id);
            if (ok)
                shipments << *id;
            break;
        }
        case OpKind::Pick:
            ok = bool(sales.pick(eligible("type = 'shipment' AND status = 'draft'", op.a), QString::fromLatin1(kSkus[qAbs(op.b) % 3]), q));
            break;
        case OpKind::PickAll:
            ok = bool(sales.pickAll(eligible("type = 'shipment' AND status = 'draft'", op.a)));
            break;
        case OpKind::SendShipment:
            ok = bool(sales.sendShipment(eligible("type = 'shipment' AND status = 'draft'", op.a)));
            break;
        case OpKind::Invoice: {
            auto id = sales.invoiceOrder(eligible("type = 'order' AND status <> 'draft'", op.a), op.flag);
            ok = bool(id);
            if (ok)
                invoices << *id;
            break;
        }
        case OpKind::Book: {
            const qint64 id = eligible("type IN ('invoice', 'credit_note') AND status = 'draft'", op.a);
            auto number = sales.book(id);
            ok = bool(number);
            if (ok) {
                bookedInvoiceNumbers << *number;
                auto kind = scalar(QStringLiteral("SELECT type = 'invoice' FROM documents WHERE id = ?"), {id});
                if (kind)
                    bookedSnapshots.insert(id, snapshotOf(id));
            }
            break;
        }
        case OpKind::Credit: {
            const qint64 number = eligibleNumber(op.a);
            auto id = sales.credit(number, op.b % 2 ? QList<CreditLineInput>{{1, q}} : QList<CreditLineInput>{}, op.flag, op.b % 3 != 0);
            ok = bool(id);
            if (ok)
                invoices << *id; // credit notes are booked through the same list
            break;
        }
        case OpKind::Pay: {
            const qint64 number = eligibleNumber(op.a);
            ok = bool(sales.registerPayment(number, Money::fromMinor(1 + qAbs(op.b) * 1000)));
            break;
        }
        case OpKind::Receive:
            ok = bool(stock.receive(QString::fromLatin1(kSkus[qAbs(op.a) % 3]), Quantity::fromUnits(1 + qAbs(op.b) % 20),
                                    UnitPrice::fromRaw(100000 + qAbs(op.b) * 1234)));
            break;
        case OpKind::Advance: {
            // The natural next step of an open document: drives sequences deep into the flow.
            const qint64 id = eligible("status IN ('draft','sent') AND type <> 'quote' AND "
                                       "NOT (type = 'shipment' AND status = 'sent') AND archived = 0", op.a);
            const QString type = id ? w_type(id) : QString();
            const QString status = id ? w_status(id) : QString();
            if (type == QStringLiteral("order") && status == QStringLiteral("draft"))
                ok = bool(sales.confirmOrder(id));
            else if (type == QStringLiteral("order"))
                ok = op.flag ? bool(sales.invoiceOrder(id, op.b % 2)) : bool(sales.createShipment(id));
            else if (type == QStringLiteral("shipment"))
                ok = scalar(QStringLiteral("SELECT coalesce(sum(picked),0) FROM document_lines WHERE document_id = ?"), {id}) == 0
                         ? bool(sales.pickAll(id))
                         : bool(sales.sendShipment(id));
            else if (status == QStringLiteral("draft"))
                ok = bool(sales.book(id));
            else
                ok = false;
            break;
        }
        case OpKind::Backorder: {
            auto id = sales.backorder(eligible("type = 'order' AND status = 'sent'", op.a));
            ok = bool(id);
            if (ok)
                orders << *id;
            break;
        }
        }
        if (qEnvironmentVariableIsSet("SD_PROPERTY_TRACE"))
            std::cerr << (ok ? "  ok\n" : "  refused\n");
        if (!ok)
            RC_ASSERT(fingerprint() == before);
    }

    QString w_type(qint64 id)
    {
        auto v = c.db->scalar(QStringLiteral("SELECT type FROM documents WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }
    QString w_status(qint64 id)
    {
        auto v = c.db->scalar(QStringLiteral("SELECT status FROM documents WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }

    QByteArray snapshotOf(qint64 id)
    {
        return hashOf(QStringLiteral("SELECT number, date, due_date, cust_name, net, vat, gross, kid FROM documents WHERE id = ?"), {id})
               + hashOf(QStringLiteral("SELECT line_no, quantity, unit_price, discount, vat_percent, net FROM document_lines "
                                       "WHERE document_id = ? ORDER BY line_no"),
                        {id});
    }

    void checkInvariants()
    {
        // 1. Gapless: booked numbers per series are exactly 1001..1000+n.
        for (const char* type : {"invoice", "credit_note"}) {
            const qint64 n = scalar(QStringLiteral("SELECT count(*) FROM documents WHERE type = ? AND status = 'booked'"), {QString::fromLatin1(type)});
            const qint64 lo = scalar(QStringLiteral("SELECT coalesce(min(number), 1001) FROM documents WHERE type = ? AND status = 'booked'"), {QString::fromLatin1(type)});
            const qint64 hi = scalar(QStringLiteral("SELECT coalesce(max(number), 1000) FROM documents WHERE type = ? AND status = 'booked'"), {QString::fromLatin1(type)});
            RC_ASSERT(lo == 1001);
            RC_ASSERT(hi - lo + 1 == n);
            RC_ASSERT(scalar(QStringLiteral("SELECT next FROM number_series WHERE series = ?"), {QString::fromLatin1(type)}) == hi + 1);
        }
        // 2. Nothing booked changes.
        for (auto it = bookedSnapshots.constBegin(); it != bookedSnapshots.constEnd(); ++it)
            RC_ASSERT(snapshotOf(it.key()) == it.value());
        // 3. Stock: on hand = receipts − sent shipments + returns, never negative.
        for (const char* sku : kSkus) {
            const QString s = QString::fromLatin1(sku);
            const qint64 ledger = scalar(QStringLiteral("SELECT coalesce(sum(m.quantity),0) FROM stock_moves m JOIN products p ON p.id = m.product_id WHERE p.sku = ?"), {s});
            const qint64 received = scalar(QStringLiteral("SELECT coalesce(sum(m.quantity),0) FROM stock_moves m JOIN products p ON p.id = m.product_id WHERE p.sku = ? AND m.reason = 'receipt'"), {s});
            const qint64 shipped = scalar(QStringLiteral("SELECT coalesce(sum(l.quantity),0) FROM document_lines l JOIN documents d ON d.id = l.document_id "
                                                         "WHERE d.type = 'shipment' AND d.status = 'sent' AND l.sku = ? AND l.kind = 'product'"), {s});
            const qint64 returned = scalar(QStringLiteral("SELECT coalesce(sum(l.quantity),0) FROM document_lines l JOIN documents d ON d.id = l.document_id "
                                                          "WHERE d.type = 'credit_note' AND d.status = 'booked' AND l.sku = ? AND l.return_stock = 1"), {s});
            RC_ASSERT(ledger == received - shipped + returned);
            RC_ASSERT(ledger >= 0);
            const qint64 value = scalar(QStringLiteral("SELECT coalesce(sum(m.value),0) FROM stock_moves m JOIN products p ON p.id = m.product_id WHERE p.sku = ?"), {s});
            if (ledger == 0)
                RC_ASSERT(value == 0); // the last unit takes the last øre with it
            RC_ASSERT(value >= 0);
        }
        // 4. Shipped ≤ ordered; credited ≤ invoiced; net invoiced ≤ ordered.
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM document_lines ol WHERE ol.quantity < (SELECT coalesce(sum(sl.quantity),0) FROM document_lines sl "
                                        "JOIN documents s ON s.id = sl.document_id WHERE s.type='shipment' AND sl.source_line_id = ol.id)")) == 0);
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM document_lines il JOIN documents i ON i.id = il.document_id WHERE i.type='invoice' AND "
                                        "il.quantity < (SELECT coalesce(sum(cl.quantity),0) FROM document_lines cl WHERE cl.source_line_id = il.id)")) == 0);
        RC_ASSERT(scalar(QStringLiteral(
                      "SELECT count(*) FROM document_lines ol JOIN documents o ON o.id = ol.document_id WHERE o.type='order' AND ol.quantity < "
                      "(SELECT coalesce(sum(il.quantity),0) FROM document_lines il JOIN documents i ON i.id=il.document_id WHERE i.type='invoice' AND il.source_line_id = ol.id) - "
                      "(SELECT coalesce(sum(cl.quantity),0) FROM document_lines cl JOIN documents c ON c.id=cl.document_id JOIN document_lines il ON il.id=cl.source_line_id "
                      " WHERE il.source_line_id = ol.id AND c.status='booked' AND cl.reinvoice=1)")) == 0);
        // 5. Totals: every line net = round(q × p × (1 − d)); document net = Σ nets; gross = net + vat.
        auto r = c.db->run(QStringLiteral("SELECT l.quantity, l.unit_price, l.discount, l.net FROM document_lines l JOIN documents d ON d.id = l.document_id "
                                          "WHERE l.kind IN ('product','bundle') AND l.parent_line_id IS NULL AND d.discount = 0"));
        RC_ASSERT(bool(r));
        while (r->next()) {
            const __int128 num = __int128(r->i64(0)) * r->i64(1) * (1000000 - r->i64(2));
            const __int128 den = 100000000000LL;
            const __int128 mag = num < 0 ? -num : num;
            const qint64 expected = qint64(((mag + den / 2) / den) * (num < 0 ? -1 : 1));
            RC_ASSERT(r->i64(3) == expected);
        }
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM documents d WHERE d.type <> 'shipment' AND d.net <> "
                                        "(SELECT coalesce(sum(net),0) FROM document_lines WHERE document_id = d.id AND parent_line_id IS NULL)")) == 0);
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM documents WHERE gross <> net + vat")) == 0);
        // 6. Payments never exceed the invoice (a credit note after payment may leave a credit
        //    balance — a refund owed — which is legitimate), and only booked invoices are paid.
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM documents i WHERE i.type='invoice' AND i.gross + "
                                        "(SELECT coalesce(sum(fee),0) FROM reminders WHERE invoice_id = i.id AND fee_status = 'paid') < "
                                        "(SELECT coalesce(sum(amount),0) FROM payments WHERE invoice_id = i.id)")) == 0);
        RC_ASSERT(scalar(QStringLiteral("SELECT count(*) FROM payments p JOIN documents i ON i.id = p.invoice_id WHERE i.status <> 'booked'")) == 0);
    }
};

void showValue(const Op& op, std::ostream& os)
{
    static const char* names[] = {"NewOrder", "AddLine", "Confirm", "Ship", "Pick", "PickAll", "SendShipment",
                                  "Invoice", "Book", "Credit", "Pay", "Receive", "Backorder", "Advance"};
    os << names[op.kind % kOpKinds] << '(' << op.a << ',' << op.b << (op.flag ? ",flag" : "") << ')';
}

} // namespace

namespace rc {
template <>
struct Arbitrary<Op>
{
    static Gen<Op> arbitrary()
    {
        // Progressing operations are more frequent than side paths, so sequences reach booked
        // invoices, credit notes and payments.
        const auto kind = gen::weightedElement<int>({{4, int(OpKind::NewOrder)},   {2, int(OpKind::AddLine)},
                                                     {4, int(OpKind::Confirm)},    {4, int(OpKind::Ship)},
                                                     {2, int(OpKind::Pick)},       {3, int(OpKind::PickAll)},
                                                     {4, int(OpKind::SendShipment)}, {4, int(OpKind::Invoice)},
                                                     {5, int(OpKind::Book)},       {2, int(OpKind::Credit)},
                                                     {2, int(OpKind::Pay)},        {2, int(OpKind::Receive)},
                                                     {1, int(OpKind::Backorder)}, {30, int(OpKind::Advance)}});
        return gen::build<Op>(gen::set(&Op::kind, kind),
                              gen::set(&Op::a, gen::inRange(0, 8)),
                              gen::set(&Op::b, gen::inRange(0, 12)),
                              gen::set(&Op::flag, gen::arbitrary<bool>()));
    }
};
} // namespace rc

TEST_CASE("random sales sequences keep every invariant", "[property][sales]")
{
    rc::prop("invariants hold after every operation", []() {
        const auto ops = *rc::gen::mapcat(rc::gen::inRange(20, 70), [](int n) {
            return rc::gen::container<std::vector<Op>>(std::size_t(n), rc::gen::arbitrary<Op>());
        });
        World w;
        // Stock first, so that sends mostly succeed.
        for (int i = 0; i < 3; ++i)
            w.apply(Op{int(OpKind::Receive), i, 10, false});
        for (const Op& op : ops) {
            w.apply(op);
            w.checkInvariants();
        }
        // Shows in the output how many sequences reached the interesting states.
        RC_CLASSIFY(!w.bookedInvoiceNumbers.isEmpty(), "booked an invoice");
        RC_CLASSIFY(w.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE type='credit_note' AND status='booked'")) > 0,
                    "booked a credit note");
        RC_CLASSIFY(w.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE type='shipment' AND status='sent'")) > 0,
                    "sent a shipment");
    });
}
