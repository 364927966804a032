-- The lists page shows 50 lists at a time, newest change first (issue 21):
-- the member's own lists and the lists others share with them, each read
-- in this order from its own index and merged, so a page reads its 50
-- rows (and the count the two ranges) in these indexes alone instead of
-- every list of the company, sorted again on each request. They replace
-- the indexes of 020: the owner's starts with the same columns; the
-- shared lists' keeps the same rows (those not private), now in order of
-- change, with what says who sees them.
CREATE INDEX shopping_lists_owner_changed ON shopping_lists(company_id, owner_user_id, updated_at);
CREATE INDEX shopping_lists_shared_changed ON shopping_lists(company_id, updated_at, owner_user_id, sharing, unit_id)
  WHERE sharing <> 'private';
DROP INDEX shopping_lists_owner;
DROP INDEX shopping_lists_shared;

-- A list's page says what all its lines come to at today's prices (how
-- many, the total, how many cannot be ordered as they are): one query over
-- every line, which workers keep per list until the list's lines or a
-- price change. Each list counts the changes to its lines, and the
-- 'prices' sequence every change to what a line's price and problems
-- depend on: a product's list price, pack, minimum or withdrawal, a price
-- list's items, the price list a company buys from.
ALTER TABLE shopping_lists ADD COLUMN lines_version INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER shopping_list_lines_version_insert AFTER INSERT ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1 WHERE id = new.list_id;
END;
CREATE TRIGGER shopping_list_lines_version_update AFTER UPDATE ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1 WHERE id IN (old.list_id, new.list_id);
END;
CREATE TRIGGER shopping_list_lines_version_delete AFTER DELETE ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1 WHERE id = old.list_id;
END;

INSERT INTO sequences (name, last_value) VALUES ('prices', 0);
CREATE TRIGGER prices_version_product AFTER UPDATE OF list_price_cents, active, pack_size, min_order_qty ON products BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'prices';
END;
CREATE TRIGGER prices_version_item_insert AFTER INSERT ON price_list_items BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'prices';
END;
CREATE TRIGGER prices_version_item_update AFTER UPDATE ON price_list_items BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'prices';
END;
CREATE TRIGGER prices_version_item_delete AFTER DELETE ON price_list_items BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'prices';
END;
CREATE TRIGGER prices_version_company AFTER UPDATE OF price_list_id ON companies BEGIN
  UPDATE sequences SET last_value = last_value + 1 WHERE name = 'prices';
END;
