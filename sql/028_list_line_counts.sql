-- A list's number of lines, kept on the list by the triggers that already
-- count the changes to its lines (027): the lists page and the dashboard's
-- card showed it for every list by counting its lines, and a 500-line
-- list cost as much as the rest of the card.
ALTER TABLE shopping_lists ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0;
UPDATE shopping_lists SET line_count = (SELECT COUNT(*) FROM shopping_list_lines x WHERE x.list_id = shopping_lists.id);

DROP TRIGGER shopping_list_lines_version_insert;
DROP TRIGGER shopping_list_lines_version_update;
DROP TRIGGER shopping_list_lines_version_delete;
CREATE TRIGGER shopping_list_lines_version_insert AFTER INSERT ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1, line_count = line_count + 1 WHERE id = new.list_id;
END;
CREATE TRIGGER shopping_list_lines_version_update AFTER UPDATE ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1,
         line_count = line_count + (id = new.list_id) - (id = old.list_id)
   WHERE id IN (old.list_id, new.list_id);
END;
CREATE TRIGGER shopping_list_lines_version_delete AFTER DELETE ON shopping_list_lines BEGIN
  UPDATE shopping_lists SET lines_version = lines_version + 1, line_count = line_count - 1 WHERE id = old.list_id;
END;
