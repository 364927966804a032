-- The catalog's version: bumped by every change to what the category
-- tree and its product counts show (a product added, removed, moved to
-- another category, withdrawn or brought back; a category added, renamed
-- or moved). Workers keep the tree with its counts and read it again only
-- when this moved (catalog_page.c), instead of counting 100,000 products
-- for every catalog and product page.
INSERT INTO sequences (name, last_value) VALUES ('catalog', 0);

CREATE TRIGGER catalog_version_product_insert AFTER INSERT ON products BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
CREATE TRIGGER catalog_version_product_delete AFTER DELETE ON products BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
CREATE TRIGGER catalog_version_product_update AFTER UPDATE OF active, category_id ON products
  WHEN old.active IS NOT new.active OR old.category_id IS NOT new.category_id BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
CREATE TRIGGER catalog_version_category_insert AFTER INSERT ON categories BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
CREATE TRIGGER catalog_version_category_delete AFTER DELETE ON categories BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
CREATE TRIGGER catalog_version_category_update AFTER UPDATE ON categories BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'catalog';
END;
