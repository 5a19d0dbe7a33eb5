-- Salgsdesk schema, version 3: indexes for the document lists (storage/documentlistquery.cpp).
-- A list page is one keyset range scan per (type, archived) arm, ordered by the sort column and
-- the id tiebreak, so opening a dock or turning a page reads ~one page of index entries no
-- matter how large the archive is. `archived` comes right after `type` so that the default
-- view (archived hidden) only ever walks the small working set. The date order is served by
-- documents_list from version 2. documents_list_status serves a status filter: in date order
-- directly, in other orders by sorting the matches when they are few (DocumentListQuery decides).
-- The expressions must match documentlistquery.cpp exactly, or SQLite will not use the index.

CREATE INDEX documents_list_number ON documents(type, archived, ifnull(number, 0), id);
CREATE INDEX documents_list_customer ON documents(type, archived, cust_name COLLATE NOCASE, id);
CREATE INDEX documents_list_amount ON documents(type, archived, gross, id);
CREATE INDEX documents_list_status ON documents(type, archived, status, date DESC, id DESC);
