-- Salgsdesk schema, version 9: one full-text row per document — its header and all its lines —
-- instead of one for the header and one per line (version 7).
--
-- Why: a search of several words must find a document that has each word somewhere, in the
-- header or in any line. With separate rows FTS5 could only intersect words within one row, so
-- every word was a set of ids built by SQLite and tested against the others; two common words
-- ("Tromsø kaffe": a customer's place and a product in 40 % of the lines) cost 100–250 ms on a
-- million documents. With one row per document, any set of words is one FTS5 query, which
-- intersects the words' doclists itself in a millisecond or two (DocumentListQuery).
--
-- The price of one row per document: it must be indexed again when its text changes, and
-- re-indexing means removing the row with exactly the text it was indexed with (a contentless
-- table keeps no copy). Re-indexing on every line added would make building an n-line document
-- O(n²). So the work is deferred to the end of the transaction:
--   * the first change of a document's text in a transaction removes its row, with the text it
--     has at that moment (BEFORE triggers below: the lines are still as they were indexed), and
--     puts the document in document_search_pending;
--   * further changes in the same transaction see it pending and do nothing;
--   * before the transaction commits, storage::Transaction writes the rows of every pending
--     document once (SearchIndex::flush) and empties document_search_pending.
-- A new document is pending from its insert (it has no row to remove). A rollback — of the
-- transaction or of a batch call's savepoint — takes the removals and the pending rows back
-- together, so the index never disagrees with the documents.
--
-- The text is the same expression everywhere (document_search_text): change the view, and the
-- fill below, never one trigger alone. Line order does not matter: with detail=none the index
-- keeps only which rows hold which words.

DROP TRIGGER document_search_insert;
DROP TRIGGER document_search_update;
DROP TRIGGER document_search_delete;
DROP TRIGGER document_line_search_insert;
DROP TRIGGER document_line_search_update;
DROP TRIGGER document_line_search_delete;
DROP TABLE document_search;
DROP TABLE document_line_search;

-- unicode61 with remove_diacritics 0: case is folded (Å = å) but æ, ø and å stay letters of
-- their own. Prefix indexes of 2 to 6 characters answer what is typed from one index entry
-- (longer words: DocumentListQuery::expandLongWord). detail=none: which rows hold a word, no
-- positions — a search is a set of words, never a phrase.
CREATE VIRTUAL TABLE document_search USING fts5(
    text,
    content = '',
    columnsize = 0,
    detail = none,
    prefix = '2 3 4 5 6',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE document_search_pending (id INTEGER PRIMARY KEY);

CREATE VIEW document_search_text(id, text) AS
SELECT d.id,
    ifnull(d.number, '') || ' ' || d.cust_number || ' ' || d.cust_name || ' ' ||
    d.your_reference || ' ' || d.our_reference || ' ' || d.heading || ' ' || d.note ||
    ifnull((SELECT ' ' || group_concat(l.sku || ' ' || l.description, ' ')
            FROM document_lines l WHERE l.document_id = d.id), '')
FROM documents d;

INSERT INTO document_search(rowid, text) SELECT id, text FROM document_search_text;

CREATE TRIGGER document_search_insert AFTER INSERT ON documents
BEGIN
    INSERT OR IGNORE INTO document_search_pending(id) VALUES (new.id);
END;

-- Documents are saved whole (totals change with each line): only a new searched text counts.
CREATE TRIGGER document_search_update BEFORE UPDATE ON documents
WHEN (old.number IS NOT new.number OR old.cust_number IS NOT new.cust_number
    OR old.cust_name IS NOT new.cust_name OR old.your_reference IS NOT new.your_reference
    OR old.our_reference IS NOT new.our_reference OR old.heading IS NOT new.heading
    OR old.note IS NOT new.note)
    AND NOT EXISTS (SELECT 1 FROM document_search_pending WHERE id = old.id)
BEGIN
    INSERT INTO document_search(document_search, rowid, text)
    SELECT 'delete', id, text FROM document_search_text WHERE id = old.id;
    INSERT INTO document_search_pending(id) VALUES (old.id);
END;

-- Pending afterwards, so that its lines (deleted one by one by ON DELETE CASCADE) do not
-- remove the row again; the flush finds no document and writes nothing.
CREATE TRIGGER document_search_delete BEFORE DELETE ON documents
WHEN NOT EXISTS (SELECT 1 FROM document_search_pending WHERE id = old.id)
BEGIN
    INSERT INTO document_search(document_search, rowid, text)
    SELECT 'delete', id, text FROM document_search_text WHERE id = old.id;
    INSERT INTO document_search_pending(id) VALUES (old.id);
END;

CREATE TRIGGER document_search_line_insert BEFORE INSERT ON document_lines
WHEN NOT EXISTS (SELECT 1 FROM document_search_pending WHERE id = new.document_id)
BEGIN
    INSERT INTO document_search(document_search, rowid, text)
    SELECT 'delete', id, text FROM document_search_text WHERE id = new.document_id;
    INSERT INTO document_search_pending(id) VALUES (new.document_id);
END;

-- Lines are rewritten when quantities or prices change; only a new text re-indexes. A line
-- never moves to another document (no statement changes document_lines.document_id).
CREATE TRIGGER document_search_line_update BEFORE UPDATE OF sku, description ON document_lines
WHEN (old.sku IS NOT new.sku OR old.description IS NOT new.description)
    AND NOT EXISTS (SELECT 1 FROM document_search_pending WHERE id = old.document_id)
BEGIN
    INSERT INTO document_search(document_search, rowid, text)
    SELECT 'delete', id, text FROM document_search_text WHERE id = old.document_id;
    INSERT INTO document_search_pending(id) VALUES (old.document_id);
END;

CREATE TRIGGER document_search_line_delete BEFORE DELETE ON document_lines
WHEN NOT EXISTS (SELECT 1 FROM document_search_pending WHERE id = old.document_id)
BEGIN
    INSERT INTO document_search(document_search, rowid, text)
    SELECT 'delete', id, text FROM document_search_text WHERE id = old.document_id;
    INSERT INTO document_search_pending(id) VALUES (old.document_id);
END;
