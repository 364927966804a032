-- Catalog search and contract pricing.

-- Full-text search over SKU, name and description (FTS5, kept in step
-- with products by triggers). SQLite-specific by nature: a PostgreSQL
-- backend would use its own text search behind the same store function.
CREATE VIRTUAL TABLE products_fts USING fts5(
  sku, name, description, content = 'products', content_rowid = 'id', tokenize = 'unicode61'
);
INSERT INTO products_fts (rowid, sku, name, description) SELECT id, sku, name, description FROM products;
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
  INSERT INTO products_fts (rowid, sku, name, description) VALUES (new.id, new.sku, new.name, new.description);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
  INSERT INTO products_fts (products_fts, rowid, sku, name, description) VALUES ('delete', old.id, old.sku, old.name, old.description);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE ON products BEGIN
  INSERT INTO products_fts (products_fts, rowid, sku, name, description) VALUES ('delete', old.id, old.sku, old.name, old.description);
  INSERT INTO products_fts (rowid, sku, name, description) VALUES (new.id, new.sku, new.name, new.description);
END;

-- Price lists (staff-managed) with per-product prices and quantity breaks:
-- the row with the largest min_qty not above the ordered quantity applies.
CREATE TABLE price_lists (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  currency    TEXT NOT NULL DEFAULT 'USD',
  created_at  INTEGER NOT NULL
);
CREATE TABLE price_list_items (
  price_list_id     INTEGER NOT NULL REFERENCES price_lists(id),
  product_id        INTEGER NOT NULL REFERENCES products(id),
  min_qty           INTEGER NOT NULL DEFAULT 1 CHECK (min_qty >= 1),
  unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  PRIMARY KEY (price_list_id, product_id, min_qty)
);
ALTER TABLE companies ADD COLUMN price_list_id INTEGER REFERENCES price_lists(id);
CREATE INDEX products_active_category ON products(active, category_id, name);
