-- Account credit (issue #20): one credit account per company that buys on
-- account, an append-only ledger with the running figures after each row,
-- invoices (one per shipment, or the ERP's), payments allocated to
-- invoices, and credit requests.

-- A company without a row here has no credit account: it pays in advance.
CREATE TABLE credit_accounts (
  company_id          INTEGER PRIMARY KEY REFERENCES companies(id),
  currency            TEXT NOT NULL DEFAULT 'USD',
  credit_limit_cents  INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit_cents >= 0),
  -- Payment terms: 'net' N days after the invoice, or 'eom' (end of the
  -- invoice's month) + N days.
  terms_kind          TEXT NOT NULL DEFAULT 'net' CHECK (terms_kind IN ('net', 'eom')),
  terms_days          INTEGER NOT NULL DEFAULT 30 CHECK (terms_days BETWEEN 0 AND 365),
  -- Text of the old payment_terms the structured terms could not express
  -- ("2% 10 Net 30": the discount); terms_unmapped = 1 when nothing could be
  -- read from it (then net 30), listed for staff.
  terms_note          TEXT NOT NULL DEFAULT '',
  terms_unmapped      INTEGER NOT NULL DEFAULT 0,
  on_hold             INTEGER NOT NULL DEFAULT 0,
  hold_reason         TEXT NOT NULL DEFAULT '',
  -- An order over the available credit: '' as the seller's setting
  -- (credit_over_limit), 'refuse' or 'review'.
  over_limit          TEXT NOT NULL DEFAULT '' CHECK (over_limit IN ('', 'refuse', 'review')),
  -- Invoice due reminders, days before the due date (0: none).
  due_reminder_days   INTEGER NOT NULL DEFAULT 7 CHECK (due_reminder_days BETWEEN 0 AND 60),
  -- A temporary increase: the limit to go back to, and the last day of the
  -- increase (YYYY-MM-DD); '' none.
  temporary_until     TEXT NOT NULL DEFAULT '',
  base_limit_cents    INTEGER NOT NULL DEFAULT 0,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
);

-- Invoices: numbered per seller; an ERP invoice is keyed by its number.
CREATE TABLE invoices (
  id            INTEGER PRIMARY KEY,
  company_id    INTEGER NOT NULL REFERENCES companies(id),
  number        TEXT NOT NULL UNIQUE,
  order_id      INTEGER REFERENCES orders(id),
  shipment_id   INTEGER UNIQUE REFERENCES shipments(id),
  source        TEXT NOT NULL DEFAULT 'portal' CHECK (source IN ('portal', 'erp')),
  amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
  paid_cents    INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
  issued_on     TEXT NOT NULL,     -- YYYY-MM-DD
  due_on        TEXT NOT NULL,     -- YYYY-MM-DD
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX invoices_company_issued ON invoices(company_id, issued_on DESC, id DESC);
CREATE INDEX invoices_company_due ON invoices(company_id, due_on) WHERE paid_cents < amount_cents;
CREATE INDEX invoices_order ON invoices(order_id);

-- The ledger: never updated, never deleted. amount_cents is signed; which
-- figure it moves follows from kind (credit/credit.h, credit_apply):
--   reservation, release           -> reserved
--   invoice, payment, credit_note,
--   adjustment, erp_sync           -> balance
--   limit                          -> the limit
-- balance_after, reserved_after and limit_after are the figures after the
-- row, so a page reads the company's last row instead of summing.
CREATE TABLE credit_ledger (
  id              INTEGER PRIMARY KEY,
  company_id      INTEGER NOT NULL REFERENCES companies(id),
  at              INTEGER NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('reservation', 'release', 'invoice', 'payment', 'credit_note',
                                                'adjustment', 'erp_sync', 'limit')),
  amount_cents    INTEGER NOT NULL,
  order_id        INTEGER REFERENCES orders(id),
  invoice_id      INTEGER REFERENCES invoices(id),
  reference       TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  actor_label     TEXT NOT NULL DEFAULT '',
  balance_after   INTEGER NOT NULL,
  reserved_after  INTEGER NOT NULL,
  limit_after     INTEGER NOT NULL
);
CREATE INDEX credit_ledger_company ON credit_ledger(company_id, id);
CREATE INDEX credit_ledger_order ON credit_ledger(order_id, kind) WHERE order_id IS NOT NULL;
CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;

-- Which part of a payment or credit note settled which invoice.
CREATE TABLE credit_allocations (
  ledger_id     INTEGER NOT NULL REFERENCES credit_ledger(id),
  invoice_id    INTEGER NOT NULL REFERENCES invoices(id),
  company_id    INTEGER NOT NULL REFERENCES companies(id),
  amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
  PRIMARY KEY (ledger_id, invoice_id)
);
CREATE INDEX credit_allocations_invoice ON credit_allocations(invoice_id);

-- An order accepted over the available credit without a reservation: it
-- enters "credit review" once its approvals are complete.
ALTER TABLE orders ADD COLUMN credit_review INTEGER NOT NULL DEFAULT 0;

-- Requests for a higher limit; one open request per company.
CREATE TABLE credit_requests (
  id                 INTEGER PRIMARY KEY,
  company_id         INTEGER NOT NULL REFERENCES companies(id),
  requested_by       INTEGER NOT NULL REFERENCES users(id),
  amount_cents       INTEGER NOT NULL CHECK (amount_cents > 0),   -- the limit asked for
  reason             TEXT NOT NULL,
  until              TEXT NOT NULL DEFAULT '',                    -- a temporary increase's last day
  status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'declined')),
  decided_by         INTEGER REFERENCES users(id),
  decided_amount     INTEGER,
  decided_until      TEXT NOT NULL DEFAULT '',
  decision_reason    TEXT NOT NULL DEFAULT '',
  created_at         INTEGER NOT NULL,
  decided_at         INTEGER
);
CREATE UNIQUE INDEX credit_requests_one_open ON credit_requests(company_id) WHERE status = 'open';
CREATE INDEX credit_requests_company ON credit_requests(company_id, created_at DESC);
CREATE INDEX credit_requests_status ON credit_requests(status, created_at);

-- Existing companies with a limit above zero get a credit account. "Net N"
-- maps to net N; "2% 10 Net 30" to net 30 with the text kept as a note;
-- anything else to net 30, flagged unmapped with its text kept.
INSERT INTO credit_accounts (company_id, currency, credit_limit_cents, terms_kind, terms_days, terms_note,
                             terms_unmapped, created_at, updated_at)
SELECT c.id, c.currency, c.credit_limit_cents, 'net',
       CASE WHEN lower(trim(c.payment_terms)) LIKE 'net %'
                 AND trim(substr(trim(c.payment_terms), 5)) = CAST(CAST(trim(substr(trim(c.payment_terms), 5)) AS INTEGER) AS TEXT)
                 AND CAST(trim(substr(trim(c.payment_terms), 5)) AS INTEGER) BETWEEN 0 AND 365
              THEN CAST(trim(substr(trim(c.payment_terms), 5)) AS INTEGER)
            WHEN lower(c.payment_terms) LIKE '% net 30' THEN 30
            WHEN lower(c.payment_terms) LIKE '% net 45' THEN 45
            WHEN lower(c.payment_terms) LIKE '% net 60' THEN 60
            ELSE 30 END,
       CASE WHEN lower(trim(c.payment_terms)) LIKE 'net %'
                 AND trim(substr(trim(c.payment_terms), 5)) = CAST(CAST(trim(substr(trim(c.payment_terms), 5)) AS INTEGER) AS TEXT)
              THEN '' ELSE c.payment_terms END,
       CASE WHEN lower(trim(c.payment_terms)) LIKE 'net %'
                 AND trim(substr(trim(c.payment_terms), 5)) = CAST(CAST(trim(substr(trim(c.payment_terms), 5)) AS INTEGER) AS TEXT)
              THEN 0
            WHEN lower(c.payment_terms) LIKE '% net 30' OR lower(c.payment_terms) LIKE '% net 45'
                 OR lower(c.payment_terms) LIKE '% net 60' THEN 0
            ELSE 1 END,
       c.created_at, c.created_at
  FROM companies c WHERE c.credit_limit_cents > 0;

-- Their opening ledger row: the limit, then a reservation for each open
-- on-account order not shipped yet.
INSERT INTO credit_ledger (company_id, at, kind, amount_cents, note, actor_label, balance_after, reserved_after, limit_after)
SELECT a.company_id, a.created_at, 'limit', a.credit_limit_cents, 'Opening credit limit', 'Migration', 0, 0,
       a.credit_limit_cents
  FROM credit_accounts a ORDER BY a.company_id;
INSERT INTO credit_ledger (company_id, at, kind, amount_cents, order_id, reference, note, actor_label,
                           balance_after, reserved_after, limit_after)
SELECT o.company_id, o.placed_at, 'reservation', o.total_cents, o.id, o.number, 'Open order at the migration',
       'Migration', 0,
       SUM(o.total_cents) OVER (PARTITION BY o.company_id ORDER BY o.placed_at, o.id ROWS UNBOUNDED PRECEDING),
       a.credit_limit_cents
  FROM orders o JOIN credit_accounts a ON a.company_id = o.company_id
 WHERE o.payment_method = 'on_account' AND o.status IN ('pending_approval', 'approved', 'processing')
 ORDER BY o.company_id, o.placed_at, o.id;

-- The chart reads the last row at or before each month's end.
CREATE INDEX credit_ledger_company_at ON credit_ledger(company_id, at, id);

-- Invoice numbers: INV-<year>-<sequence>, one sequence that never repeats.
INSERT INTO sequences (name, last_value) VALUES ('invoice_number', 0);
