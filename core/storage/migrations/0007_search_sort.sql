-- Salgsdesk schema, version 7: full-text search for the document lists (ARCHITECTURE §5,
-- storage/documentlistquery.cpp), and indexes to sort the customer and product lists (below).
-- A search finds documents by a word or the start of a word in the number, the customer's
-- number and name, your/our reference, heading, note, and the SKUs and descriptions of the
-- lines. `LIKE '%…%'` could only test row after row; FTS5 answers from an inverted index
-- however large the archive is.
--
-- Two FTS5 tables, so that adding a line indexes that line only (a document is built line by
-- line, and re-indexing all of it for each line cost a fifth of the benchmark's insert rate):
--   document_search:       one row per document, rowid = documents.id, the header text;
--   document_line_search:  one row per line, rowid = document id × 2^20 + line number (lines
--                          are numbered from 1, never renumbered, and far fewer than 2^20
--                          in any document), so a match gives its document as `rowid >> 20`
--                          without reading anything else.
-- A search word matches a document when it is in either; every word must match
-- (DocumentListQuery). The triggers keep both in sync with every write, so no service knows
-- about them.
--
-- Contentless (content=''): the index keeps no copy of the text, only which rows hold which
-- words. Such a row is removed with FTS5's 'delete' command and the text it was indexed with,
-- which the triggers rebuild from the old row — so the header text below is written the same
-- way in every trigger (and in the initial fill): change one, change all. columnsize=0: no
-- per-row token counts (they serve ranking, which lists do not use).
--
-- unicode61 with remove_diacritics 0: case is folded (Å = å) but æ, ø and å stay letters of
-- their own — "Tromsø" is not found by "tromso", and "bål" is not "bal". Prefix queries
-- ("fjo"*) find "Fjord". The prefix indexes (2 to 6 characters) answer what is typed from one
-- index entry instead of merging every term that starts so: "kaffe"* over 100 000 documents
-- 21 → 2.6 ms, and a capped count stops early (27 → 0.2 ms); the lines' index grows 12 → 22 MB. detail=none keeps only which rows hold a word, not where: a search is a set of
-- single words (DocumentListQuery::ftsTerms), never a phrase, and the index is 4.5× smaller
-- than with positions.

CREATE VIRTUAL TABLE document_search USING fts5(
    head,
    content = '',
    columnsize = 0,
    detail = none,
    prefix = '2 3 4 5 6',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE document_line_search USING fts5(
    text,
    content = '',
    columnsize = 0,
    detail = none,
    prefix = '2 3 4 5 6',
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO document_search(rowid, head)
SELECT d.id, ifnull(d.number, '') || ' ' || d.cust_number || ' ' || d.cust_name || ' ' ||
        d.your_reference || ' ' || d.our_reference || ' ' || d.heading || ' ' || d.note
FROM documents d;

INSERT INTO document_line_search(rowid, text)
SELECT (document_id << 20) + line_no, sku || ' ' || description FROM document_lines;

CREATE TRIGGER document_search_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO document_search(rowid, head)
    VALUES (new.id, ifnull(new.number, '') || ' ' || new.cust_number || ' ' || new.cust_name || ' ' ||
        new.your_reference || ' ' || new.our_reference || ' ' || new.heading || ' ' || new.note);
END;

-- DocumentRepository writes every header column on each save (totals change with each line),
-- so the WHEN clause re-indexes only when searched text really changed.
CREATE TRIGGER document_search_update AFTER UPDATE ON documents
WHEN old.number IS NOT new.number OR old.cust_number IS NOT new.cust_number
    OR old.cust_name IS NOT new.cust_name OR old.your_reference IS NOT new.your_reference
    OR old.our_reference IS NOT new.our_reference OR old.heading IS NOT new.heading
    OR old.note IS NOT new.note OR old.id IS NOT new.id
BEGIN
    INSERT INTO document_search(document_search, rowid, head)
    VALUES ('delete', old.id, ifnull(old.number, '') || ' ' || old.cust_number || ' ' || old.cust_name || ' ' ||
        old.your_reference || ' ' || old.our_reference || ' ' || old.heading || ' ' || old.note);
    INSERT INTO document_search(rowid, head)
    VALUES (new.id, ifnull(new.number, '') || ' ' || new.cust_number || ' ' || new.cust_name || ' ' ||
        new.your_reference || ' ' || new.our_reference || ' ' || new.heading || ' ' || new.note);
END;

-- Its lines go with their own trigger (ON DELETE CASCADE deletes them one by one).
CREATE TRIGGER document_search_delete AFTER DELETE ON documents
BEGIN
    INSERT INTO document_search(document_search, rowid, head)
    VALUES ('delete', old.id, ifnull(old.number, '') || ' ' || old.cust_number || ' ' || old.cust_name || ' ' ||
        old.your_reference || ' ' || old.our_reference || ' ' || old.heading || ' ' || old.note);
END;

CREATE TRIGGER document_line_search_insert AFTER INSERT ON document_lines
BEGIN
    INSERT INTO document_line_search(rowid, text)
    VALUES ((new.document_id << 20) + new.line_no, new.sku || ' ' || new.description);
END;

-- Lines are rewritten when quantities or prices change; only a new text re-indexes.
CREATE TRIGGER document_line_search_update AFTER UPDATE ON document_lines
WHEN old.sku IS NOT new.sku OR old.description IS NOT new.description
    OR old.document_id IS NOT new.document_id OR old.line_no IS NOT new.line_no
BEGIN
    INSERT INTO document_line_search(document_line_search, rowid, text)
    VALUES ('delete', (old.document_id << 20) + old.line_no, old.sku || ' ' || old.description);
    INSERT INTO document_line_search(rowid, text)
    VALUES ((new.document_id << 20) + new.line_no, new.sku || ' ' || new.description);
END;

CREATE TRIGGER document_line_search_delete AFTER DELETE ON document_lines
BEGIN
    INSERT INTO document_line_search(document_line_search, rowid, text)
    VALUES ('delete', (old.document_id << 20) + old.line_no, old.sku || ' ' || old.description);
END;

-- The Customers and Products docks sort by any column, keyset-paged like the document lists
-- (storage/listkeyset.h): each order is one index walk that stops after a page. Number, SKU
-- (UNIQUE) and name (version 1) had one; these are the rest. The expressions must match
-- CustomerRepository::page and ProductRepository::page exactly.
CREATE INDEX customers_list_city ON customers(city COLLATE NOCASE, id);
CREATE INDEX customers_list_email ON customers(email COLLATE NOCASE, id);
CREATE INDEX products_list_unit ON products(unit COLLATE NOCASE, id);
CREATE INDEX products_list_price ON products(price, id);

-- documents_list_search (version 6) let `cust_name LIKE '%…%'` run on the index entry instead of
-- the table row. The full-text index answers searches now, so that wide index is one write
-- fewer for every document saved.
DROP INDEX IF EXISTS documents_list_search;
