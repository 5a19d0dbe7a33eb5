#include "stockservice.h"

#include "common/clock.h"
#include "domain/companysettings.h"
#include "money/rounding.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stockrepository.h"
#include "storage/transaction.h"

namespace sd {

using namespace storage;

namespace {

Money unitCostMoney(UnitPrice cost)
{
    // Product cost has 4 decimals; a movement's value is in øre.
    return Money::fromMinor(qint64(divRoundHalfAway(cost.raw(), 100)));
}

} // namespace

Result<Money> StockService::post(const Posting& p)
{
    Q_ASSERT(m_db.transactionDepth() > 0);
    StockRepository stock(m_db);
    auto product = ProductRepository(m_db).byId(p.productId);
    if (!product)
        return product.error();
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto current = stock.position(p.productId);
    if (!current)
        return current.error();
    const Quantity onHand = current->onHand;
    const Money value = current->value;
    const Money fallback = unitCostMoney(product->cost);
    // Back-dating: a movement before the product's latest one would change the cost of every
    // later movement. We refuse it (never a silent background re-valuation).
    const QDate latest = current->latest;
    if (latest.isValid() && p.date < latest)
        return makeError(ErrorCode::RuleViolation,
                         tr("%1 already has stock movements up to %2; a movement dated %3 would change their cost. "
                            "Use a date on or after %2.")
                             .arg(product->sku, latest.toString(Qt::ISODate), p.date.toString(Qt::ISODate)));
    Money moveValue;
    if (p.quantity.isNegative()) {
        const Quantity out = -p.quantity;
        if (out > onHand && !settings->allowNegativeStock())
            return makeError(ErrorCode::InsufficientStock,
                             tr("Not enough stock of %1 (%2): %3 on hand, %4 needed, %5 short.")
                                 .arg(product->sku, product->name, onHand.toString(), out.toString(),
                                      (out - onHand).toString()));
        if (settings->stockPrinciple() == StockPrinciple::Fifo) {
            auto layers = stock.fifoLayers(p.productId);
            if (!layers)
                return layers.error();
            moveValue = -costing::fifoOut(*layers, out, fallback);
        } else {
            moveValue = -costing::averageOut(value, onHand, out, fallback);
        }
    } else if (p.incomingValue) {
        moveValue = *p.incomingValue;
    } else {
        // A return without a known value comes back at the current average (or product cost).
        const Money perUnit = onHand.isPositive()
                                  ? Money::fromMinor(mulDivRound(value.minor(), Quantity::kScale, onHand.milli()).value_or(0))
                                  : fallback;
        moveValue = Money::fromMinor(mulDivRound(perUnit.minor(), p.quantity.milli(), Quantity::kScale).value_or(0));
    }
    SD_TRY(stock.add({p.productId, p.date, p.quantity, moveValue, p.reason, p.note, p.documentId, p.documentLineId}));
    return moveValue;
}

Result<void> StockService::receive(const QString& sku, Quantity quantity, UnitPrice unitCost, std::optional<QDate> date)
{
    if (!quantity.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("The received quantity must be greater than zero."));
    if (unitCost.raw() < 0)
        return makeError(ErrorCode::InvalidInput, tr("The cost price cannot be negative."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto product = ProductRepository(m_db).bySku(sku);
    if (!product)
        return product.error();
    if (!product->stockTracked)
        return makeError(ErrorCode::RuleViolation, tr("%1 is not a stock item.").arg(sku));
    auto value = mulDivRound(unitCost.raw(), quantity.milli(), Quantity::kScale * 100);
    if (!value)
        return makeError(ErrorCode::OutOfRange, tr("The value of the receipt is out of range."));
    Posting p;
    p.productId = product->id;
    p.quantity = quantity;
    p.date = date.value_or(Clock::instance().today());
    p.reason = QStringLiteral("receipt");
    p.incomingValue = Money::fromMinor(*value);
    SD_TRY(post(p));
    return tx.commit();
}

Result<void> StockService::adjust(const QString& sku, Quantity signedQuantity, const QString& reason, std::optional<QDate> date)
{
    if (signedQuantity.isZero())
        return makeError(ErrorCode::InvalidInput, tr("An adjustment needs a quantity other than zero."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An adjustment needs a reason."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto product = ProductRepository(m_db).bySku(sku);
    if (!product)
        return product.error();
    if (!product->stockTracked)
        return makeError(ErrorCode::RuleViolation, tr("%1 is not a stock item.").arg(sku));
    Posting p;
    p.productId = product->id;
    p.quantity = signedQuantity;
    p.date = date.value_or(Clock::instance().today());
    p.reason = QStringLiteral("adjustment");
    p.note = reason.trimmed();
    SD_TRY(post(p));
    return tx.commit();
}

Result<void> StockService::count(const QString& sku, Quantity counted, std::optional<QDate> date)
{
    if (counted.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("A counted quantity cannot be negative."));
    Transaction tx(m_db);
    SD_TRY(tx.begin());
    auto product = ProductRepository(m_db).bySku(sku);
    if (!product)
        return product.error();
    auto current = StockRepository(m_db).onHand(product->id);
    if (!current)
        return current.error();
    const Quantity diff = counted - current->first;
    if (!diff.isZero()) {
        Posting p;
        p.productId = product->id;
        p.quantity = diff;
        p.date = date.value_or(Clock::instance().today());
        p.reason = QStringLiteral("count");
        p.note = tr("Counted %1").arg(counted.toString());
        SD_TRY(post(p));
    }
    return tx.commit();
}

Result<QList<storage::StockValueRow>> StockService::valuation(std::optional<QDate> date)
{
    return StockRepository(m_db).valuation(date.value_or(Clock::instance().today()));
}

Result<StockFigures> StockService::figures(const QString& sku)
{
    auto product = ProductRepository(m_db).bySku(sku);
    if (!product)
        return product.error();
    StockRepository stock(m_db);
    auto onHand = stock.onHand(product->id);
    if (!onHand)
        return onHand.error();
    auto reserved = stock.reserved(product->id);
    if (!reserved)
        return reserved.error();
    return StockFigures{product->sku, onHand->first, *reserved, onHand->first - *reserved, onHand->second};
}

} // namespace sd
