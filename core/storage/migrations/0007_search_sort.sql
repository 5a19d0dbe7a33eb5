-- Salgsdesk schema, version 7: full-text search for the document lists (ARCHITECTURE §5,
-- storage/documentlistquery.cpp), and indexes to sort the customer and product lists (below). A search finds documents by a word or the start of a word in
-- the number, the customer's number and name, your/our reference, heading, note, and the SKUs
-- and descriptions of the lines. `LIKE '%…%'` could only test row after row; FTS5 answers from
-- an inverted index however large the archive is.
--
-- One FTS5 row per document, its rowid = documents.id. The index keeps its own copy of the text
-- (not external content): a row can then be deleted by its rowid alone, so the triggers below
-- never have to reproduce the exact text that was indexed (SQLite 3.40 has no
-- contentless_delete), and an index that could drift from the tables cannot arise.
-- The triggers keep it in sync with every write, so no service knows about it.
--
-- unicode61 with remove_diacritics 0: case is folded (Å = å) but æ, ø and å stay letters of
-- their own — "Tromsø" is not found by "tromso", and "bål" is not "bal". Prefix queries
-- ("fjo"*) find "Fjord"; the 2- and 3-character prefix indexes answer the first keystrokes
-- (and a number prefix such as "104") from one index entry instead of merging every term that
-- starts so. detail=none keeps only which documents hold a word, not where: a search is a set
-- of single words (DocumentListQuery::ftsQuery), never a phrase, and the index is 4.5× smaller
-- than with positions (0.5 against 2.2 MB for 10 000 documents).

CREATE VIRTUAL TABLE document_search USING fts5(
    head, lines,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3',
    detail = none
);

-- The text of one document as it is indexed: the header fields in one column, the lines in
-- another. Both the triggers and the initial fill read it, so they cannot disagree.
CREATE VIEW document_search_text AS
SELECT d.id AS id,
       ifnull(d.number, '') || ' ' || d.cust_number || ' ' || d.cust_name || ' ' ||
       d.your_reference || ' ' || d.our_reference || ' ' || d.heading || ' ' || d.note AS head,
       ifnull((SELECT group_concat(l.sku || ' ' || l.description, ' ')
               FROM document_lines l WHERE l.document_id = d.id), '') AS lines
FROM documents d;

INSERT INTO document_search(rowid, head, lines)
SELECT id, head, lines FROM document_search_text;

CREATE TRIGGER document_search_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO document_search(rowid, head, lines)
    SELECT id, head, lines FROM document_search_text WHERE id = new.id;
END;

-- DocumentRepository writes every header column on each save (totals change with each line),
-- so the WHEN clause re-indexes only when searched text really changed.
CREATE TRIGGER document_search_update AFTER UPDATE ON documents
WHEN old.number IS NOT new.number OR old.cust_number IS NOT new.cust_number
    OR old.cust_name IS NOT new.cust_name OR old.your_reference IS NOT new.your_reference
    OR old.our_reference IS NOT new.our_reference OR old.heading IS NOT new.heading
    OR old.note IS NOT new.note OR old.id IS NOT new.id
BEGIN
    DELETE FROM document_search WHERE rowid = old.id;
    INSERT INTO document_search(rowid, head, lines)
    SELECT id, head, lines FROM document_search_text WHERE id = new.id;
END;

CREATE TRIGGER document_search_delete AFTER DELETE ON documents
BEGIN
    DELETE FROM document_search WHERE rowid = old.id;
END;

-- A line changes its document's row. When the document itself is being deleted (its lines go
-- with it), the view finds no document and nothing is inserted again.
CREATE TRIGGER document_search_line_insert AFTER INSERT ON document_lines
BEGIN
    DELETE FROM document_search WHERE rowid = new.document_id;
    INSERT INTO document_search(rowid, head, lines)
    SELECT id, head, lines FROM document_search_text WHERE id = new.document_id;
END;

CREATE TRIGGER document_search_line_update AFTER UPDATE ON document_lines
WHEN old.sku IS NOT new.sku OR old.description IS NOT new.description
    OR old.document_id IS NOT new.document_id
BEGIN
    DELETE FROM document_search WHERE rowid IN (old.document_id, new.document_id);
    INSERT INTO document_search(rowid, head, lines)
    SELECT id, head, lines FROM document_search_text WHERE id IN (old.document_id, new.document_id);
END;

CREATE TRIGGER document_search_line_delete AFTER DELETE ON document_lines
BEGIN
    DELETE FROM document_search WHERE rowid = old.document_id;
    INSERT INTO document_search(rowid, head, lines)
    SELECT id, head, lines FROM document_search_text WHERE id = old.document_id;
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
