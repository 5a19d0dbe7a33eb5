#include "stockrepository.h"

#include "common/clock.h"
#include "database.h"
#include "documentrepository.h"

namespace sd::storage {

Result<void> StockRepository::add(const StockMove& m)
{
    SD_TRY(m_db.run(QStringLiteral("INSERT INTO stock_moves(product_id, date, quantity, value, reason, note, document_id, "
                                   "document_line_id, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                    {m.productId, m.date.toString(Qt::ISODate), m.quantity.milli(), m.value.minor(), m.reason, m.note,
                     m.documentId ? QVariant(m.documentId) : QVariant(),
                     m.documentLineId ? QVariant(m.documentLineId) : QVariant(),
                     Clock::instance().now().toString(Qt::ISODateWithMs), DocumentRepository::currentUser()}));
    return {};
}

Result<QPair<Quantity, Money>> StockRepository::onHand(qint64 productId)
{
    auto p = position(productId);
    if (!p)
        return p.error();
    return qMakePair(p->onHand, p->value);
}

Result<Quantity> StockRepository::reserved(qint64 productId)
{
    // Direct product lines on confirmed orders, plus bundle lines through their components.
    // NOT MATERIALIZED lets the product filter reach document_lines_product; a materialised
    // open_lines computed the open quantity of every confirmed order line in the file on each
    // call (an order editor asks once per product). The bundle part starts from the bundles
    // that contain the product (CROSS JOIN fixes that order) for the same reason.
    auto r = m_db.run(QStringLiteral(
        "WITH open_lines AS NOT MATERIALIZED ("
        "  SELECT ol.id, ol.product_id, ol.kind, ol.quantity - coalesce((SELECT sum(sl.quantity) FROM document_lines sl "
        "    JOIN documents s ON s.id = sl.document_id WHERE sl.source_line_id = ol.id AND sl.parent_line_id IS NULL "
        "    AND s.type = 'shipment' AND s.status = 'sent'), 0) AS open_qty "
        "  FROM document_lines ol JOIN documents o ON o.id = ol.document_id "
        "  WHERE o.type = 'order' AND o.status = 'sent' AND ol.kind IN ('product','bundle')) "
        "SELECT coalesce((SELECT sum(max(open_qty, 0)) FROM open_lines WHERE kind = 'product' AND product_id = ?), 0) "
        "     + coalesce((SELECT sum(max(ol.open_qty, 0) * bc.quantity / 1000) FROM bundle_components bc "
        "         CROSS JOIN open_lines ol "
        "         WHERE ol.product_id = bc.bundle_id AND ol.kind = 'bundle' AND bc.component_id = ?), 0)"),
        {productId, productId});
    if (!r)
        return r.error();
    r->next();
    return Quantity::fromMilli(r->i64(0));
}

Result<QList<costing::Layer>> StockRepository::fifoLayers(qint64 productId)
{
    // Replay the ledger movement by movement, exactly as the postings consumed it, so the layers
    // left are the ones those postings saw (the same rounding, chunk by chunk).
    QList<costing::Layer> layers;
    auto r = m_db.run(QStringLiteral("SELECT quantity, value FROM stock_moves WHERE product_id = ? ORDER BY date, id"), {productId});
    if (!r)
        return r.error();
    while (r->next()) {
        const Quantity q = Quantity::fromMilli(r->i64(0));
        if (q.isPositive())
            layers.append({q, Money::fromMinor(r->i64(1))});
        else
            costing::fifoOut(layers, -q, Money());
    }
    return layers;
}

Result<QList<StockValueRow>> StockRepository::valuation(const QDate& atDate)
{
    auto r = m_db.run(QStringLiteral("SELECT p.sku, p.name, coalesce(sum(m.quantity), 0), coalesce(sum(m.value), 0) "
                                     "FROM products p JOIN stock_moves m ON m.product_id = p.id AND m.date <= ? "
                                     "GROUP BY p.id ORDER BY p.sku"),
                      {atDate.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    QList<StockValueRow> out;
    while (r->next())
        out << StockValueRow{r->str(0), r->str(1), Quantity::fromMilli(r->i64(2)), Money::fromMinor(r->i64(3))};
    return out;
}

Result<QDate> StockRepository::latestMoveDate(qint64 productId)
{
    auto p = position(productId);
    if (!p)
        return p.error();
    return p->latest;
}

Result<StockRepository::Position> StockRepository::position(qint64 productId)
{
    // The running balance (schema 10) the ledger's insert trigger keeps: one row, however long
    // the product's history. No row: the product has never moved.
    auto r = m_db.run(QStringLiteral("SELECT quantity, value, latest FROM stock_balances WHERE product_id = ?"), {productId});
    if (!r)
        return r.error();
    if (!r->next())
        return Position{};
    return Position{Quantity::fromMilli(r->i64(0)), Money::fromMinor(r->i64(1)), QDate::fromString(r->str(2), Qt::ISODate)};
}

Result<QList<StockMove>> StockRepository::movements(qint64 productId, int limit)
{
    // stock_moves_product (product_id, date, id) read backwards: a page, not the whole ledger.
    auto r = m_db.run(QStringLiteral("SELECT date, quantity, value, reason, note, coalesce(document_id, 0), "
                                     "coalesce(document_line_id, 0) FROM stock_moves WHERE product_id = ? "
                                     "ORDER BY date DESC, id DESC LIMIT ?"),
                      {productId, limit});
    if (!r)
        return r.error();
    QList<StockMove> out;
    while (r->next()) {
        StockMove m;
        m.productId = productId;
        m.date = QDate::fromString(r->str(0), Qt::ISODate);
        m.quantity = Quantity::fromMilli(r->i64(1));
        m.value = Money::fromMinor(r->i64(2));
        m.reason = r->str(3);
        m.note = r->str(4);
        m.documentId = r->i64(5);
        m.documentLineId = r->i64(6);
        out.append(m);
    }
    return out;
}

} // namespace sd::storage
