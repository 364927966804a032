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

-- Requisitions: a member who may not order sends a list's lines to the
-- people who may (a role, or one named member) with a message. The lines
-- are copied: the requisition says what was asked for even when the list
-- changes later. A recipient puts them in their cart (converted) or
-- declines with a reason; the order placed from that cart records who
-- requested it, and the requisition names the order so the requester can
-- follow its status.
CREATE TABLE requisitions (
  id                  INTEGER PRIMARY KEY,
  company_id          INTEGER NOT NULL REFERENCES companies(id),
  list_name           TEXT NOT NULL,
  requester_user_id   INTEGER NOT NULL REFERENCES users(id),
  to_role_id          INTEGER REFERENCES roles(id),
  to_user_id          INTEGER REFERENCES users(id),
  message             TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'converted', 'declined')),
  decided_by_user_id  INTEGER REFERENCES users(id),
  decline_reason      TEXT NOT NULL DEFAULT '',
  order_id            INTEGER REFERENCES orders(id),
  created_at          INTEGER NOT NULL,
  decided_at          INTEGER,
  CHECK ((to_role_id IS NULL) <> (to_user_id IS NULL))
);
CREATE INDEX requisitions_requester ON requisitions(company_id, requester_user_id, created_at);
CREATE INDEX requisitions_to_user ON requisitions(company_id, to_user_id, status);
CREATE INDEX requisitions_to_role ON requisitions(company_id, to_role_id, status);

CREATE TABLE requisition_lines (
  id              INTEGER PRIMARY KEY,
  requisition_id  INTEGER NOT NULL REFERENCES requisitions(id),
  company_id      INTEGER NOT NULL REFERENCES companies(id),
  product_id      INTEGER NOT NULL REFERENCES products(id),
  quantity        INTEGER NOT NULL CHECK (quantity > 0),
  note            TEXT NOT NULL DEFAULT '',
  position        INTEGER NOT NULL
);
CREATE INDEX requisition_lines_requisition ON requisition_lines(requisition_id, position);

-- Requisitions put in a member's cart and not ordered yet: the order placed
-- from that cart claims them (checkout_place), emptying the cart drops them.
CREATE TABLE cart_requisitions (
  company_id      INTEGER NOT NULL REFERENCES companies(id),
  user_id         INTEGER NOT NULL REFERENCES users(id),
  requisition_id  INTEGER NOT NULL REFERENCES requisitions(id),
  PRIMARY KEY (company_id, user_id, requisition_id)
) WITHOUT ROWID;

ALTER TABLE orders ADD COLUMN requested_by_user_id INTEGER REFERENCES users(id);
