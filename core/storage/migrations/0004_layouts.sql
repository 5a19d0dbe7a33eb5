-- Salgsdesk schema, version 4: named print layouts (core/print/layoutprofile.h). Company data,
-- so it lives in the company file and travels with the books. Customers and documents name a
-- layout by its name (customers.layout, documents.layout); '' means "the company default",
-- which is the setting layout.default ("Standard" unless changed).

CREATE TABLE layouts (
    name               TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
    logo               TEXT NOT NULL DEFAULT '',
    accent             TEXT NOT NULL DEFAULT '#1f4e79',
    font_family        TEXT NOT NULL DEFAULT 'DejaVu Sans',
    font_size          INTEGER NOT NULL DEFAULT 9 CHECK (font_size BETWEEN 6 AND 16),
    footer             TEXT NOT NULL DEFAULT '',
    terms              TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb','da','sv','en')),
    page_size          TEXT NOT NULL DEFAULT 'A4' CHECK (page_size IN ('A4','Letter')),
    margin_mm          INTEGER NOT NULL DEFAULT 15 CHECK (margin_mm BETWEEN 5 AND 40),
    show_payment_terms INTEGER NOT NULL DEFAULT 1 CHECK (show_payment_terms IN (0,1)),
    show_prices        INTEGER NOT NULL DEFAULT 1 CHECK (show_prices IN (0,1)),
    show_discounts     INTEGER NOT NULL DEFAULT 1 CHECK (show_discounts IN (0,1))
);

INSERT INTO layouts(name) VALUES ('Standard');
