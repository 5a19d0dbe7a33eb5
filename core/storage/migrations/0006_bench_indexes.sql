-- Salgsdesk schema, version 6: indexes found missing by the benchmark (issue 9, tests/bench).
-- Deleting a document line (removing a line, deleting a draft, an unpicked line dropped when a
-- shipment is sent) makes SQLite look for rows that refer to it. document_lines.parent_line_id
-- is a foreign key without an index, so every deleted line scanned all lines (and
-- DocumentRepository::removeLine also deletes by parent_line_id): 264 ms to remove one line on
-- a 100 k-document file. (stock_moves.document_line_id got its index in version 5.)
-- Attachments are found by their document (the attachment list, and the cascade when a draft
-- is deleted). Partial where the column is mostly NULL.

CREATE INDEX document_lines_parent ON document_lines(parent_line_id) WHERE parent_line_id IS NOT NULL;
CREATE INDEX attachments_document ON attachments(document_id);

-- Stock on hand is Σ quantity and Σ value of a product's movements (StockRepository::onHand),
-- asked for by every movement posted. Through stock_moves_product each movement was a table
-- lookup; this index covers the sums, so they read one contiguous index range. Still
-- proportional to the product's movements (the ledger is append-only; a running balance would
-- be the next step), but it removed the generator's main cost on a 100 k-document file.
CREATE INDEX stock_moves_product_totals ON stock_moves(product_id, quantity, value);

-- Searching a dock ("104", part of a customer name) cannot use an index for LIKE '%…%': it
-- walks the list in date order and tests each row, and the "N archived hidden" count tests
-- every archived row of the type. Through documents_list each test was a table-row read
-- (documents rows are wide); with the customer name and number in the index the test runs on
-- the index entry and only matches are read (SQLite defers the row seek). On 100 k documents:
-- hidden-count with a number search 167 → 31 ms, a search with no match 33 → 4 ms.
-- Full-text search (FTS5, ARCHITECTURE §5) is the later, complete answer.
CREATE INDEX documents_list_search ON documents(type, archived, date DESC, id DESC, cust_name, number);
