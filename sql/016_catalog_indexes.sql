-- The catalog's pages on a large catalog (100,000 products).
--
-- Search and the catalog leave withdrawn products out with
-- "NOT IN (SELECT id FROM products WHERE active = 0)": without an index
-- that subquery read the whole product table on every search. Withdrawn
-- products are few; this index holds only them.
CREATE INDEX products_inactive ON products(id) WHERE active = 0;

-- A page of the catalog by name: walked in order and stopped after the
-- page, instead of sorting every product (the total comes from the
-- category counts the workers keep).
CREATE INDEX products_active_name ON products(active, name, id);
CREATE INDEX products_category_active_name ON products(category_id, active, name, id);
