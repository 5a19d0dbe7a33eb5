-- Salgsdesk schema, version 2: sales documents, their lines, relations, activity log,
-- attachments, payments, reminders and the stock ledger.
-- One table holds the header of every document type, so lists, relations and searches work
-- across types; a booked invoice or credit note is guarded by triggers (ARCHITECTURE §2).

CREATE TABLE documents (
    id                 INTEGER PRIMARY KEY,
    type               TEXT NOT NULL CHECK (type IN ('quote','order','shipment','invoice','credit_note')),
    number             INTEGER,                 -- NULL for invoice/credit-note drafts
    status             TEXT NOT NULL,
    customer_id        INTEGER NOT NULL REFERENCES customers(id),
    -- customer snapshot, taken when the document is created and refreshed while it is a draft
    cust_number        INTEGER NOT NULL,
    cust_name          TEXT NOT NULL,
    cust_orgnr         TEXT NOT NULL DEFAULT '',
    cust_vat_number    TEXT NOT NULL DEFAULT '',
    cust_gln           TEXT NOT NULL DEFAULT '',
    cust_peppol_id     TEXT NOT NULL DEFAULT '',
    cust_email         TEXT NOT NULL DEFAULT '',
    cust_address       TEXT NOT NULL DEFAULT '',
    cust_postcode      TEXT NOT NULL DEFAULT '',
    cust_city          TEXT NOT NULL DEFAULT '',
    cust_country       TEXT NOT NULL DEFAULT 'NO',
    delivery_address   TEXT NOT NULL DEFAULT '',
    delivery_postcode  TEXT NOT NULL DEFAULT '',
    delivery_city      TEXT NOT NULL DEFAULT '',
    delivery_country   TEXT NOT NULL DEFAULT '',
    date               TEXT NOT NULL,
    due_date           TEXT,
    valid_until        TEXT,
    delivery_date      TEXT,
    your_reference     TEXT NOT NULL DEFAULT '',
    our_reference      TEXT NOT NULL DEFAULT '',
    heading            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL DEFAULT 'NOK',
    payment_days       INTEGER NOT NULL DEFAULT 14,
    layout             TEXT NOT NULL DEFAULT '',
    discount           INTEGER NOT NULL DEFAULT 0,  -- document discount, 1/10000 %
    net                INTEGER NOT NULL DEFAULT 0,  -- cached totals (øre), always = f(lines)
    vat                INTEGER NOT NULL DEFAULT 0,
    gross              INTEGER NOT NULL DEFAULT 0,
    kid                TEXT NOT NULL DEFAULT '',
    shipped_only       INTEGER NOT NULL DEFAULT 0,  -- invoice made of shipped quantities only
    stock_at_doc_date  INTEGER NOT NULL DEFAULT 0,  -- invoice: deduct stock at the invoice date
    credited_invoice_id INTEGER REFERENCES documents(id),
    sent               INTEGER NOT NULL DEFAULT 0,
    archived           INTEGER NOT NULL DEFAULT 0,
    booked_at          TEXT,
    booked_by          TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (type, number)
);
CREATE INDEX documents_list ON documents(type, archived, date DESC, id DESC);
CREATE INDEX documents_status ON documents(type, status, date DESC, id DESC);
CREATE INDEX documents_customer ON documents(customer_id, type, date DESC);
CREATE INDEX documents_credited ON documents(credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;

CREATE TABLE document_lines (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line_no         INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('product','bundle','text','group')),
    product_id      INTEGER REFERENCES products(id),
    sku             TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    quantity        INTEGER NOT NULL DEFAULT 0,   -- milli-units
    unit            TEXT NOT NULL DEFAULT '',
    unit_price      INTEGER NOT NULL DEFAULT 0,   -- 1/10000
    discount        INTEGER NOT NULL DEFAULT 0,   -- 1/10000 %
    vat_code        TEXT NOT NULL DEFAULT '',
    vat_category    TEXT NOT NULL DEFAULT 'S',
    vat_percent     INTEGER NOT NULL DEFAULT 0,
    net             INTEGER NOT NULL DEFAULT 0,   -- øre, = f(quantity, price, discounts)
    source_line_id  INTEGER REFERENCES document_lines(id),  -- order line / invoice line it came from
    parent_line_id  INTEGER REFERENCES document_lines(id),  -- shipment: bundle component lines
    picked          INTEGER NOT NULL DEFAULT 0,   -- shipments: milli-units picked
    return_stock    INTEGER NOT NULL DEFAULT 0,   -- credit notes: goods come back to stock
    reinvoice       INTEGER NOT NULL DEFAULT 1,   -- credit notes: quantity invoiceable again
    UNIQUE (document_id, line_no)
);
CREATE INDEX document_lines_source ON document_lines(source_line_id) WHERE source_line_id IS NOT NULL;
CREATE INDEX document_lines_product ON document_lines(product_id);

-- quote→order, order→shipment, order→invoice, invoice→credit_note, order→backorder, …
CREATE TABLE document_relations (
    from_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    to_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX document_relations_to ON document_relations(to_id);

CREATE TABLE activity_log (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    kind        TEXT NOT NULL,   -- created, status, change, comment, attachment, payment, reminder
    text        TEXT NOT NULL
);
CREATE INDEX activity_log_document ON activity_log(document_id, id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    mime        TEXT NOT NULL DEFAULT 'application/octet-stream',
    data        BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);

CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES documents(id),
    date       TEXT NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX payments_invoice ON payments(invoice_id);

CREATE TABLE reminders (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES documents(id),
    date        TEXT NOT NULL,
    fee         INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    fee_status  TEXT NOT NULL DEFAULT 'open' CHECK (fee_status IN ('open','paid','written_off')),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX reminders_invoice ON reminders(invoice_id);

-- The stock ledger: append-only. On hand = Σ quantity; value = Σ value.
CREATE TABLE stock_moves (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES products(id),
    date             TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity <> 0),   -- signed milli-units
    value            INTEGER NOT NULL,                         -- signed øre (cost of goods)
    reason           TEXT NOT NULL CHECK (reason IN ('receipt','shipment','adjustment','count','return')),
    note             TEXT NOT NULL DEFAULT '',
    document_id      INTEGER REFERENCES documents(id),
    document_line_id INTEGER REFERENCES document_lines(id),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL
);
CREATE INDEX stock_moves_product ON stock_moves(product_id, date, id);
CREATE INDEX stock_moves_document ON stock_moves(document_id) WHERE document_id IS NOT NULL;

-- Immutability of booked invoices and credit notes (number, dates, customer snapshot, lines,
-- totals, VAT). sent, archived and everything in other tables stay changeable.
CREATE TRIGGER documents_booked_immutable BEFORE UPDATE ON documents
WHEN OLD.type IN ('invoice','credit_note') AND OLD.status = 'booked' AND (
     NEW.status IS NOT OLD.status OR NEW.number IS NOT OLD.number OR NEW.type IS NOT OLD.type
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.cust_number IS NOT OLD.cust_number
  OR NEW.cust_name IS NOT OLD.cust_name OR NEW.cust_orgnr IS NOT OLD.cust_orgnr
  OR NEW.cust_vat_number IS NOT OLD.cust_vat_number OR NEW.cust_gln IS NOT OLD.cust_gln
  OR NEW.cust_peppol_id IS NOT OLD.cust_peppol_id OR NEW.cust_address IS NOT OLD.cust_address
  OR NEW.cust_postcode IS NOT OLD.cust_postcode OR NEW.cust_city IS NOT OLD.cust_city
  OR NEW.cust_country IS NOT OLD.cust_country OR NEW.date IS NOT OLD.date
  OR NEW.due_date IS NOT OLD.due_date OR NEW.delivery_date IS NOT OLD.delivery_date
  OR NEW.currency IS NOT OLD.currency OR NEW.discount IS NOT OLD.discount
  OR NEW.net IS NOT OLD.net OR NEW.vat IS NOT OLD.vat OR NEW.gross IS NOT OLD.gross
  OR NEW.kid IS NOT OLD.kid OR NEW.credited_invoice_id IS NOT OLD.credited_invoice_id
  OR NEW.payment_days IS NOT OLD.payment_days OR NEW.booked_at IS NOT OLD.booked_at)
BEGIN
    SELECT RAISE(ABORT, 'a booked document cannot be changed');
END;

CREATE TRIGGER documents_booked_no_delete BEFORE DELETE ON documents
WHEN OLD.type IN ('invoice','credit_note') AND OLD.status = 'booked'
BEGIN
    SELECT RAISE(ABORT, 'a booked document cannot be changed');
END;

CREATE TRIGGER lines_booked_no_insert BEFORE INSERT ON document_lines
WHEN (SELECT status = 'booked' FROM documents WHERE id = NEW.document_id)
BEGIN
    SELECT RAISE(ABORT, 'a booked document cannot be changed');
END;

CREATE TRIGGER lines_booked_no_update BEFORE UPDATE ON document_lines
WHEN (SELECT status = 'booked' FROM documents WHERE id = OLD.document_id)
BEGIN
    SELECT RAISE(ABORT, 'a booked document cannot be changed');
END;

CREATE TRIGGER lines_booked_no_delete BEFORE DELETE ON document_lines
WHEN (SELECT status = 'booked' FROM documents WHERE id = OLD.document_id)
BEGIN
    SELECT RAISE(ABORT, 'a booked document cannot be changed');
END;

CREATE TRIGGER stock_moves_append_only_update BEFORE UPDATE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'the stock ledger is append-only');
END;

CREATE TRIGGER stock_moves_append_only_delete BEFORE DELETE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'the stock ledger is append-only');
END;

CREATE TRIGGER activity_log_append_only_update BEFORE UPDATE ON activity_log
BEGIN
    SELECT RAISE(ABORT, 'the activity log cannot be edited');
END;

CREATE TRIGGER payments_append_only BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments cannot be edited; register a correction');
END;
