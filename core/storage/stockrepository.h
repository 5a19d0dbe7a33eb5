#pragma once

// The stock ledger (append-only; on hand = Σ movements) and the figures derived from it.

#include "common/result.h"
#include "inventory/costing.h"
#include "money/money.h"
#include "money/quantity.h"

#include <QDate>
#include <QString>

namespace sd::storage {

class Database;

struct StockMove
{
    qint64 productId = 0;
    QDate date;
    Quantity quantity; // signed
    Money value; // signed cost of goods
    QString reason; // receipt, shipment, adjustment, count, return
    QString note;
    qint64 documentId = 0;
    qint64 documentLineId = 0;
};

struct StockValueRow
{
    QString sku;
    QString name;
    Quantity onHand;
    Money value;
};

class StockRepository
{
public:
    explicit StockRepository(Database& db)
        : m_db(db)
    {
    }

    Result<void> add(const StockMove& move);
    Result<QPair<Quantity, Money>> onHand(qint64 productId); // quantity and value
    // Quantity on confirmed (sent) orders not yet shipped or waiting on a shipment draft.
    Result<Quantity> reserved(qint64 productId);
    // Remaining FIFO layers: receipts minus everything that left, oldest first.
    Result<QList<costing::Layer>> fifoLayers(qint64 productId);
    Result<QDate> latestMoveDate(qint64 productId);
    // On hand, its value and the latest movement's date in one statement: what every posting
    // needs (two statements per posted line before, issue 9).
    struct Position
    {
        Quantity onHand;
        Money value;
        QDate latest; // invalid when the product has no movements
    };
    Result<Position> position(qint64 productId);
    // The newest `limit` movements of a product, newest first (the product view's ledger).
    Result<QList<StockMove>> movements(qint64 productId, int limit);
    // On hand and value per product at the end of `atDate` (Σ of the ledger up to that day).
    Result<QList<StockValueRow>> valuation(const QDate& atDate);

private:
    Database& m_db;
};

} // namespace sd::storage
