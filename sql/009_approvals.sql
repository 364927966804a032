-- Purchase-order approval workflows (issue 9). The buying company defines
-- the rules; checkout snapshots the steps an order needs, so editing or
-- deleting a rule later never changes orders already waiting.

CREATE TABLE approval_rules (
  id             INTEGER PRIMARY KEY,
  company_id     INTEGER NOT NULL REFERENCES companies(id),
  name           TEXT NOT NULL,
  active         INTEGER NOT NULL DEFAULT 1,
  combine        TEXT NOT NULL DEFAULT 'all' CHECK (combine IN ('all', 'any')),   -- AND / OR of conditions
  level          INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 5),
  applies_to     TEXT NOT NULL DEFAULT 'everyone'
                 CHECK (applies_to IN ('everyone', 'roles', 'units', 'members')),
  approver_kind  TEXT NOT NULL CHECK (approver_kind IN ('role', 'members', 'superior')),
  approver_mode  TEXT NOT NULL DEFAULT 'any' CHECK (approver_mode IN ('any', 'all')),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  UNIQUE (company_id, name)
);

-- kind / op / values:
--   order_total, shipping_cost (minor units), distinct_skus, total_quantity:
--       op gt|ge|lt|le|between, amount (and amount2 for between, inclusive)
--   contains_sku: sku;  contains_category: category_id (and its subcategories)
--   period_spend: the buyer's spend in the period including this order
--       exceeds amount; period month|quarter|year|rolling (period_days)
CREATE TABLE approval_rule_conditions (
  id           INTEGER PRIMARY KEY,
  rule_id      INTEGER NOT NULL REFERENCES approval_rules(id),
  company_id   INTEGER NOT NULL REFERENCES companies(id),
  kind         TEXT NOT NULL CHECK (kind IN ('order_total', 'distinct_skus', 'total_quantity', 'shipping_cost',
                                             'contains_sku', 'contains_category', 'period_spend')),
  op           TEXT NOT NULL DEFAULT '' CHECK (op IN ('', 'gt', 'ge', 'lt', 'le', 'between')),
  amount       INTEGER NOT NULL DEFAULT 0,
  amount2      INTEGER NOT NULL DEFAULT 0,
  sku          TEXT NOT NULL DEFAULT '',
  category_id  INTEGER REFERENCES categories(id),
  period       TEXT NOT NULL DEFAULT '' CHECK (period IN ('', 'month', 'quarter', 'year', 'rolling')),
  period_days  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approval_rule_conditions_rule ON approval_rule_conditions(rule_id);

-- Whom a rule applies to (applies_to roles / units / members) and who
-- approves (approver_kind role / members): rows of (kind, ref_id).
CREATE TABLE approval_rule_targets (
  rule_id     INTEGER NOT NULL REFERENCES approval_rules(id),
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  kind        TEXT NOT NULL CHECK (kind IN ('role', 'unit', 'member')),
  ref_id      INTEGER NOT NULL,
  PRIMARY KEY (rule_id, kind, ref_id)
);
CREATE TABLE approval_rule_approvers (
  rule_id     INTEGER NOT NULL REFERENCES approval_rules(id),
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  kind        TEXT NOT NULL CHECK (kind IN ('role', 'member')),
  ref_id      INTEGER NOT NULL,
  PRIMARY KEY (rule_id, kind, ref_id)
);

-- Per-member spending limits: an amount per period; going over needs the
-- superior's approval, or is refused (companies.spending_limit_action).
CREATE TABLE spending_limits (
  company_id    INTEGER NOT NULL REFERENCES companies(id),
  user_id       INTEGER NOT NULL REFERENCES users(id),
  amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
  period        TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'year', 'rolling')),
  period_days   INTEGER NOT NULL DEFAULT 0,
  updated_at    INTEGER NOT NULL,
  PRIMARY KEY (company_id, user_id)
);
ALTER TABLE companies ADD COLUMN spending_limit_action TEXT NOT NULL DEFAULT 'approval'
  CHECK (spending_limit_action IN ('approval', 'refuse'));
-- Reminders: a step waiting longer than this many days (0 = never) sends a
-- reminder; with escalate = 1 it also goes to the approver's superior.
ALTER TABLE companies ADD COLUMN approval_reminder_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE companies ADD COLUMN approval_escalate INTEGER NOT NULL DEFAULT 0;

-- Out of office: steps arriving in [starts_at, ends_at) also go to the delegate.
CREATE TABLE approval_delegations (
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  user_id           INTEGER NOT NULL REFERENCES users(id),
  delegate_user_id  INTEGER NOT NULL REFERENCES users(id),
  starts_at         INTEGER NOT NULL,
  ends_at           INTEGER NOT NULL,
  PRIMARY KEY (company_id, user_id)
);

-- The steps an order needs, snapshotted at submit. status: 'waiting' (its
-- level is active and it needs a decision), 'queued' (a later level, not
-- yet requested), 'approved', 'rejected', 'cancelled' (order cancelled or
-- rejected by another step). version guards concurrent decisions.
CREATE TABLE approval_steps (
  id             INTEGER PRIMARY KEY,
  order_id       INTEGER NOT NULL REFERENCES orders(id),
  company_id     INTEGER NOT NULL REFERENCES companies(id),
  level          INTEGER NOT NULL DEFAULT 1,
  rule_id        INTEGER,                    -- no FK: the rule may be deleted later
  rule_name      TEXT NOT NULL,
  reason         TEXT NOT NULL,              -- "Order total $12,000.00 is at least $10,000.00"
  approver_label TEXT NOT NULL,              -- "a Purchasing manager", "Dana Kowalski (superior)"
  mode           TEXT NOT NULL DEFAULT 'any' CHECK (mode IN ('any', 'all')),
  note           TEXT NOT NULL DEFAULT '',   -- e.g. why it went to the next superior
  status         TEXT NOT NULL DEFAULT 'waiting'
                 CHECK (status IN ('waiting', 'queued', 'approved', 'rejected', 'cancelled')),
  requested_at   INTEGER,                    -- when it became 'waiting'
  decided_at     INTEGER,
  reminded_at    INTEGER,
  version        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approval_steps_order ON approval_steps(order_id, level);
CREATE INDEX approval_steps_company_status ON approval_steps(company_id, status, requested_at);

-- Who may decide a step, resolved at submit. via: role, member, superior,
-- administrator (fallback), delegate (on_behalf_of = the absent approver),
-- escalation. decision '' until this approver acts (mode 'all' needs each).
CREATE TABLE approval_step_approvers (
  step_id        INTEGER NOT NULL REFERENCES approval_steps(id),
  company_id     INTEGER NOT NULL REFERENCES companies(id),
  user_id        INTEGER NOT NULL REFERENCES users(id),
  via            TEXT NOT NULL DEFAULT 'role'
                 CHECK (via IN ('role', 'member', 'superior', 'administrator', 'delegate', 'escalation')),
  on_behalf_of   INTEGER REFERENCES users(id),
  decision       TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'approved', 'rejected')),
  comment        TEXT NOT NULL DEFAULT '',
  decided_at     INTEGER,
  PRIMARY KEY (step_id, user_id)
);
CREATE INDEX approval_step_approvers_user ON approval_step_approvers(company_id, user_id, decision);
