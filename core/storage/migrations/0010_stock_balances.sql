-- Salgsdesk schema, version 10: a running balance per product beside the stock ledger.
--
-- Why: every stock movement is valued at the product's average cost, and every outgoing one is
-- checked against what is on hand, so posting one movement needed the product's on-hand
-- quantity, value and latest date. Those were sums over the product's whole ledger: on the
-- 1 M-document benchmark file the best-selling product has 29 000 movements, and each further
-- movement of it read all of them again (2–6 ms; 16 % of the generator's SQL time on the
-- 100 k-document file, growing with the file). A balance row makes it one look-up, whatever
-- the history.
--
-- The ledger stays the truth: stock_moves is append-only (version 1's triggers refuse UPDATE and
-- DELETE), so one AFTER INSERT trigger keeps the balance equal to the ledger's sums in the same
-- statement, inside the same transaction — a rollback takes both back. Nothing else writes this
-- table; `salgsdesk-cli check` compares it with the ledger (stock.balance).

CREATE TABLE stock_balances (
    product_id INTEGER PRIMARY KEY REFERENCES products(id),
    quantity   INTEGER NOT NULL,   -- signed milli-units: sum(stock_moves.quantity)
    value      INTEGER NOT NULL,   -- signed øre: sum(stock_moves.value)
    latest     TEXT NOT NULL       -- max(stock_moves.date): no movement may be dated before it
);

INSERT INTO stock_balances(product_id, quantity, value, latest)
SELECT product_id, sum(quantity), sum(value), max(date) FROM stock_moves GROUP BY product_id;

CREATE TRIGGER stock_balances_follow_ledger AFTER INSERT ON stock_moves
BEGIN
    INSERT INTO stock_balances(product_id, quantity, value, latest)
    VALUES (NEW.product_id, NEW.quantity, NEW.value, NEW.date)
    ON CONFLICT(product_id) DO UPDATE SET quantity = quantity + excluded.quantity,
                                          value = value + excluded.value,
                                          latest = max(latest, excluded.latest);
END;

-- Version 6 added this index so the sums could be read from it; the balance replaced the sums.
-- Dropping it saves an index write per movement. The negative-stock check reads the balance.
DROP INDEX stock_moves_product_totals;
