-- Scheduled reorders (issue 21): a list may carry one schedule; the jobs
-- runner's list-reorders job places the list's order for its owner (or
-- fills their cart) on each run day. Days are UTC days since 1970-01-01.

CREATE TABLE list_schedules (
  list_id             INTEGER PRIMARY KEY REFERENCES shopping_lists(id),
  company_id          INTEGER NOT NULL REFERENCES companies(id),
  kind                TEXT NOT NULL CHECK (kind IN ('days', 'weeks', 'months')),
  every               INTEGER NOT NULL CHECK (every >= 1),
  weekday             INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6),   -- Monday 0
  month_day           INTEGER NOT NULL DEFAULT 1 CHECK (month_day BETWEEN 1 AND 31),
  start_day           INTEGER NOT NULL,
  end_day             INTEGER,                                  -- NULL: no end
  action              TEXT NOT NULL DEFAULT 'place' CHECK (action IN ('place', 'cart')),
  ship_to_address_id  INTEGER REFERENCES addresses(id),         -- NULL: the owner's default
  po_pattern          TEXT NOT NULL DEFAULT '',
  payment_method      TEXT NOT NULL DEFAULT 'on_account',
  status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  paused_reason       TEXT NOT NULL DEFAULT '',
  handled_day         INTEGER,                                  -- the latest run day dealt with
  next_day            INTEGER,                                  -- NULL: the schedule has ended
  updated_at          INTEGER NOT NULL
);
CREATE INDEX list_schedules_due ON list_schedules(status, next_day);

-- One row per list and run day, whatever happened: the order placed, the
-- cart filled, why it failed, or that the day was missed while nothing
-- ran. UNIQUE (list_id, due_day) is the claim that makes a day run once.
CREATE TABLE list_runs (
  id            INTEGER PRIMARY KEY,
  company_id    INTEGER NOT NULL REFERENCES companies(id),
  list_id       INTEGER NOT NULL REFERENCES shopping_lists(id),
  due_day       INTEGER NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('placed', 'cart', 'failed', 'missed', 'paused')),
  order_number  TEXT NOT NULL DEFAULT '',
  reason        TEXT NOT NULL DEFAULT '',
  ran_at        INTEGER NOT NULL,
  UNIQUE (list_id, due_day)
);
