-- How many orders a company has, by status, in all and per member who
-- placed them: the order list's total when nothing narrows it but the
-- member and the status (its usual view). Counting the list's index took
-- a step per order (50,000 for a large customer, on every page); this is
-- a few rows. placed_by_user_id 0 is the whole company (orders placed by
-- phone or the ERP are counted there only). Kept by triggers on orders,
-- so every writer (checkout, imports, the seed, bulk SQL) keeps it true;
-- tests recount from orders and compare.
CREATE TABLE order_counts (
  company_id        INTEGER NOT NULL,
  placed_by_user_id INTEGER NOT NULL,
  status            TEXT NOT NULL,
  n                 INTEGER NOT NULL,
  PRIMARY KEY (company_id, placed_by_user_id, status)
) WITHOUT ROWID;

INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
SELECT company_id, 0, status, COUNT(*) FROM orders GROUP BY company_id, status;
INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
SELECT company_id, placed_by_user_id, status, COUNT(*) FROM orders
 WHERE placed_by_user_id IS NOT NULL GROUP BY company_id, placed_by_user_id, status;

CREATE TRIGGER order_counts_insert AFTER INSERT ON orders BEGIN
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n) VALUES (new.company_id, 0, new.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
    SELECT new.company_id, new.placed_by_user_id, new.status, 1 WHERE new.placed_by_user_id IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER order_counts_update AFTER UPDATE OF status, company_id, placed_by_user_id ON orders BEGIN
  UPDATE order_counts SET n = n - 1
   WHERE company_id = old.company_id AND status = old.status
     AND (placed_by_user_id = 0 OR placed_by_user_id = old.placed_by_user_id);
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n) VALUES (new.company_id, 0, new.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
    SELECT new.company_id, new.placed_by_user_id, new.status, 1 WHERE new.placed_by_user_id IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER order_counts_delete AFTER DELETE ON orders BEGIN
  UPDATE order_counts SET n = n - 1
   WHERE company_id = old.company_id AND status = old.status
     AND (placed_by_user_id = 0 OR placed_by_user_id = old.placed_by_user_id);
END;
