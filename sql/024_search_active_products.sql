-- The search index holds the products a buyer can find (active ones)
-- instead of every product with each search testing "not withdrawn"
-- against a list of withdrawn ids (two thirds of a search's count), and
-- is touched only when what it indexes changes (it was rewritten on
-- every price or weight edit).
DROP TRIGGER products_fts_insert;
DROP TRIGGER products_fts_delete;
DROP TRIGGER products_fts_update;
INSERT INTO products_fts (products_fts) VALUES ('delete-all');
INSERT INTO products_fts (rowid, sku, name, description) SELECT id, sku, name, description FROM products WHERE active = 1;
CREATE TRIGGER products_fts_insert AFTER INSERT ON products WHEN new.active = 1 BEGIN
  INSERT INTO products_fts (rowid, sku, name, description) VALUES (new.id, new.sku, new.name, new.description);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products WHEN old.active = 1 BEGIN
  INSERT INTO products_fts (products_fts, rowid, sku, name, description) VALUES ('delete', old.id, old.sku, old.name, old.description);
END;
-- One trigger, out then in: two triggers fire in no promised order, and
-- adding the new text before removing the old would remove the words
-- both share.
CREATE TRIGGER products_fts_update AFTER UPDATE OF sku, name, description, active ON products BEGIN
  INSERT INTO products_fts (products_fts, rowid, sku, name, description)
    SELECT 'delete', old.id, old.sku, old.name, old.description WHERE old.active = 1;
  INSERT INTO products_fts (rowid, sku, name, description)
    SELECT new.id, new.sku, new.name, new.description WHERE new.active = 1;
END;

-- Workers keep the ranked results of recent searches (catalog/search.c)
-- until the catalog's version moves: it now also moves when what a
-- search finds or shows changes (SKU, name, description).
DROP TRIGGER catalog_version_product_update;
CREATE TRIGGER catalog_version_product_update AFTER UPDATE OF active, category_id, sku, name, description ON products
  WHEN old.active IS NOT new.active OR old.category_id IS NOT new.category_id OR old.sku IS NOT new.sku
    OR old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
