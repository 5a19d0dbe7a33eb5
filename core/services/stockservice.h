#pragma once

// StockService: goods receipts, adjustments, counts and the stock figures of a product.
// The ledger is append-only (on hand = Σ movements); average cost per ARCHITECTURE §3.

#include "common/result.h"
#include "money/money.h"
#include "money/quantity.h"
#include "money/unitprice.h"
#include "storage/stockrepository.h"

#include <QString>

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace sd {

namespace storage {
class Database;
}

struct StockFigures
{
    QString sku;
    Quantity onHand;
    Quantity reserved; // confirmed orders, not yet shipped
    Quantity available; // onHand − reserved
    Money value;
};

class StockService
{
    Q_DECLARE_TR_FUNCTIONS(StockService)

public:
    explicit StockService(storage::Database& db)
        : m_db(db)
    {
    }

    Result<void> receive(const QString& sku, Quantity quantity, UnitPrice unitCost, std::optional<QDate> date = {});
    Result<void> adjust(const QString& sku, Quantity signedQuantity, const QString& reason, std::optional<QDate> date = {});
    Result<void> count(const QString& sku, Quantity counted, std::optional<QDate> date = {});
    Result<StockFigures> figures(const QString& sku);
    // Stock value report: on hand and value per product at the end of a date (default today).
    Result<QList<storage::StockValueRow>> valuation(std::optional<QDate> date = {});

    // Posts one movement for a product inside the caller's transaction. Outgoing movements
    // (negative quantity) get their cost from the company's principle and are refused when
    // they would make stock negative (unless allowed); incoming ones carry `incomingValue`, or
    // the current average / product cost when none is given (returns).
    struct Posting
    {
        qint64 productId = 0;
        Quantity quantity; // signed
        QDate date;
        QString reason;
        QString note;
        qint64 documentId = 0;
        qint64 documentLineId = 0;
        std::optional<Money> incomingValue;
    };
    Result<Money> post(const Posting& posting);

private:
    storage::Database& m_db;
};

} // namespace sd
