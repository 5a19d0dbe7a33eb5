-- Salgsdesk schema, version 1: company settings and master data.
-- Money columns are INTEGER minor units (øre); unit prices INTEGER 1/10000; quantities INTEGER
-- milli-units; percents INTEGER 1/10000 of a percent. Dates are ISO 'YYYY-MM-DD' text.
-- Statements end with ';' at the end of a line; trigger bodies end with a line 'END;'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE number_series (
    series TEXT PRIMARY KEY NOT NULL,
    next   INTEGER NOT NULL CHECK (next > 0)
) WITHOUT ROWID;

CREATE TABLE payment_terms (
    id   INTEGER PRIMARY KEY,
    days INTEGER NOT NULL CHECK (days >= 0 AND days <= 365),
    text TEXT NOT NULL
);

CREATE TABLE vat_codes (
    code        TEXT PRIMARY KEY NOT NULL,   -- SAF-T standard code: '3', '31', '33', '5', '6', '52'
    name        TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('S','Z','E','AE','K','G','O'))
) WITHOUT ROWID;

-- Rates are dated: a document uses the rate valid on its date.
CREATE TABLE vat_rates (
    vat_code   TEXT NOT NULL REFERENCES vat_codes(code) ON DELETE CASCADE,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,                          -- inclusive; NULL = open
    percent    INTEGER NOT NULL CHECK (percent >= 0 AND percent <= 1000000),
    PRIMARY KEY (vat_code, valid_from)
) WITHOUT ROWID;

CREATE TABLE customer_groups (
    code                TEXT PRIMARY KEY NOT NULL,
    name                TEXT NOT NULL,
    receivables_account TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE product_groups (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;

-- Revenue account per product group and VAT code (seed 004).
CREATE TABLE product_group_accounts (
    product_group TEXT NOT NULL REFERENCES product_groups(code) ON DELETE CASCADE,
    vat_code      TEXT NOT NULL REFERENCES vat_codes(code),
    account       TEXT NOT NULL,
    PRIMARY KEY (product_group, vat_code)
) WITHOUT ROWID;

CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    number           INTEGER NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    orgnr            TEXT NOT NULL DEFAULT '',
    vat_number       TEXT NOT NULL DEFAULT '',
    gln              TEXT NOT NULL DEFAULT '',
    peppol_id        TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    contact          TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    postcode         TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT 'NO',
    delivery_address TEXT NOT NULL DEFAULT '',
    delivery_postcode TEXT NOT NULL DEFAULT '',
    delivery_city    TEXT NOT NULL DEFAULT '',
    delivery_country TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT 'nb',
    currency         TEXT NOT NULL DEFAULT 'NOK',
    payment_days     INTEGER CHECK (payment_days IS NULL OR (payment_days >= 0 AND payment_days <= 365)),
    customer_group   TEXT REFERENCES customer_groups(code),
    layout           TEXT NOT NULL DEFAULT '',
    ehf              INTEGER NOT NULL DEFAULT 0,
    notes            TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL
);
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);

CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL DEFAULT 'stk',
    price          INTEGER NOT NULL DEFAULT 0,        -- 1/10000 of the currency unit
    cost           INTEGER NOT NULL DEFAULT 0,
    vat_code       TEXT NOT NULL REFERENCES vat_codes(code),
    product_group  TEXT REFERENCES product_groups(code),
    ean            TEXT UNIQUE,                       -- NULL when none
    stock_tracked  INTEGER NOT NULL DEFAULT 1,
    is_bundle      INTEGER NOT NULL DEFAULT 0,
    location       TEXT NOT NULL DEFAULT '',          -- bin location for the pick list
    deleted        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE INDEX products_name ON products(name COLLATE NOCASE);

CREATE TABLE bundle_components (
    bundle_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    component_id INTEGER NOT NULL REFERENCES products(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    position     INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, component_id)
) WITHOUT ROWID;
