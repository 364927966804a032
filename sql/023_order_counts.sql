-- How many orders there are by status: per company and member who placed
-- them, per company, and across every company. The order list's total
-- when nothing narrows it but the member and the status (its usual
-- view), and the back office's queues. Counting an index took a step per
-- order (50,000 for a large customer on every page, 1,000,000 for the
-- back office); these are a few rows. company_id 0 is every company;
-- placed_by_user_id 0 the whole company (orders placed by phone or the
-- ERP are counted there only). Kept by triggers on orders, so every
-- writer (checkout, imports, the seed, bulk SQL) keeps it true; tests
-- recount from orders and compare.
CREATE TABLE order_counts (
  company_id        INTEGER NOT NULL,
  placed_by_user_id INTEGER NOT NULL,
  status            TEXT NOT NULL,
  n                 INTEGER NOT NULL,
  PRIMARY KEY (company_id, placed_by_user_id, status)
) WITHOUT ROWID;

-- Each order counts in (0, 0), (company, 0) and (company, placer).
INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
SELECT company_id, placed_by_user_id, status, COUNT(*) FROM (
  SELECT 0 AS company_id, 0 AS placed_by_user_id, status FROM orders
  UNION ALL SELECT company_id, 0, status FROM orders
  UNION ALL SELECT company_id, placed_by_user_id, status FROM orders WHERE placed_by_user_id IS NOT NULL)
 GROUP BY company_id, placed_by_user_id, status;

CREATE TRIGGER order_counts_insert AFTER INSERT ON orders BEGIN
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
    SELECT k.company_id, k.placed_by_user_id, new.status, 1
      FROM (SELECT 0 AS company_id, 0 AS placed_by_user_id UNION ALL SELECT new.company_id, 0
            UNION ALL SELECT new.company_id, new.placed_by_user_id WHERE new.placed_by_user_id IS NOT NULL) k
     WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER order_counts_update AFTER UPDATE OF status, company_id, placed_by_user_id ON orders BEGIN
  UPDATE order_counts SET n = n - 1
   WHERE status = old.status
     AND ((company_id = 0 AND placed_by_user_id = 0)
          OR (company_id = old.company_id AND (placed_by_user_id = 0 OR placed_by_user_id = old.placed_by_user_id)));
  INSERT INTO order_counts (company_id, placed_by_user_id, status, n)
    SELECT k.company_id, k.placed_by_user_id, new.status, 1
      FROM (SELECT 0 AS company_id, 0 AS placed_by_user_id UNION ALL SELECT new.company_id, 0
            UNION ALL SELECT new.company_id, new.placed_by_user_id WHERE new.placed_by_user_id IS NOT NULL) k
     WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER order_counts_delete AFTER DELETE ON orders BEGIN
  UPDATE order_counts SET n = n - 1
   WHERE status = old.status
     AND ((company_id = 0 AND placed_by_user_id = 0)
          OR (company_id = old.company_id AND (placed_by_user_id = 0 OR placed_by_user_id = old.placed_by_user_id)));
END;
