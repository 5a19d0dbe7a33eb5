-- Salgsdesk schema, version 8: an index for the one foreign key that had none.
-- Deleting a document line (removing a line, deleting a draft, the unpicked lines a sent
-- shipment drops) makes SQLite look for stock movements that refer to it. Without an index on
-- stock_moves.document_line_id that look-up scanned the whole ledger: on the 1 M-document
-- benchmark file removing one line took 138 ms and deleting a draft 208 ms (`salgsdesk-bench
-- run`, issue 9). Version 6 said this index existed; it did not. tests/storage/database_test.cpp
-- now checks that every foreign key column leads some index. Partial: most movements (receipts,
-- adjustments) have no document line.

CREATE INDEX stock_moves_line ON stock_moves(document_line_id) WHERE document_line_id IS NOT NULL;

-- The master-data references, so that the rule "every foreign key column leads an index" holds
-- without exceptions: deleting or renaming a group, a VAT code or a product looks up the rows
-- that refer to it. These tables are small; the indexes cost little and keep the rule simple.
CREATE INDEX customers_group ON customers(customer_group);
CREATE INDEX products_group ON products(product_group);
CREATE INDEX products_vat_code ON products(vat_code);
CREATE INDEX product_group_accounts_vat_code ON product_group_accounts(vat_code);
CREATE INDEX bundle_components_component ON bundle_components(component_id);
