-- Numbers that must never restart or repeat, one row per sequence. Order
-- numbers are SO-<year placed>-<sequence>: the year follows the order, the
-- sequence carries on across years (SO-2026-004199, then SO-2027-004200),
-- so a number is never handed out twice even when the year changes or a
-- clock is set back. Taken with UPDATE ... RETURNING inside the caller's
-- write transaction, so two checkouts at once get two numbers.
CREATE TABLE sequences (
  name        TEXT PRIMARY KEY,
  last_value  INTEGER NOT NULL CHECK (last_value >= 0)
);

-- Carries on from the highest sequence already used on this database.
INSERT INTO sequences (name, last_value)
SELECT 'order_number', COALESCE(MAX(CAST(substr(number, 9) AS INTEGER)), 0)
  FROM orders WHERE number LIKE 'SO-____-______%';
