-- Core tables: who can sign in, to which company, and their sessions.
-- Times are Unix seconds (INTEGER); money is integer minor units.

CREATE TABLE users (
  id               INTEGER PRIMARY KEY,
  email            TEXT NOT NULL UNIQUE,      -- stored lower-case
  password_hash    TEXT NOT NULL,
  name             TEXT NOT NULL,
  job_title        TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'disabled')),
  created_at       INTEGER NOT NULL,
  last_sign_in_at  INTEGER
);

-- A user with a row here is seller staff and signs in to the back office.
CREATE TABLE seller_staff (
  user_id     INTEGER PRIMARY KEY REFERENCES users(id),
  staff_role  TEXT NOT NULL
              CHECK (staff_role IN ('admin', 'account_manager', 'customer_service')),
  created_at  INTEGER NOT NULL
);

CREATE TABLE companies (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  erp_account_no    TEXT UNIQUE,
  tax_id            TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('pending', 'active', 'blocked')),
  payment_terms     TEXT NOT NULL DEFAULT 'Net 30',
  currency          TEXT NOT NULL DEFAULT 'USD',
  credit_limit_cents INTEGER NOT NULL DEFAULT 0,
  account_manager_id INTEGER REFERENCES users(id),
  created_at        INTEGER NOT NULL
);

-- Permissions are a bitmask; see src/permissions.h for the bits.
-- Built-in roles have company_id NULL and are shared by every company.
CREATE TABLE roles (
  id           INTEGER PRIMARY KEY,
  company_id   INTEGER REFERENCES companies(id),
  name         TEXT NOT NULL,
  permissions  INTEGER NOT NULL,
  builtin      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (company_id, name)
);

CREATE TABLE business_units (
  id                     INTEGER PRIMARY KEY,
  company_id             INTEGER NOT NULL REFERENCES companies(id),
  parent_id              INTEGER REFERENCES business_units(id),
  name                   TEXT NOT NULL,
  kind                   TEXT NOT NULL DEFAULT 'department'
                         CHECK (kind IN ('company', 'division', 'branch', 'department')),
  manager_user_id        INTEGER REFERENCES users(id),
  created_at             INTEGER NOT NULL
);
CREATE INDEX business_units_company ON business_units(company_id, parent_id);

CREATE TABLE memberships (
  id                INTEGER PRIMARY KEY,
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  user_id           INTEGER NOT NULL REFERENCES users(id),
  role_id           INTEGER NOT NULL REFERENCES roles(id),
  business_unit_id  INTEGER REFERENCES business_units(id),
  status            TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'deactivated')),
  created_at        INTEGER NOT NULL,
  UNIQUE (company_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

-- Only the BLAKE2b hash of the session token is stored.
-- realm separates back-office sessions from customer sessions.
CREATE TABLE sessions (
  id            INTEGER PRIMARY KEY,
  token_hash    BLOB NOT NULL UNIQUE,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  realm         TEXT NOT NULL CHECK (realm IN ('member', 'staff')),
  company_id    INTEGER REFERENCES companies(id),
  created_at    INTEGER NOT NULL,
  last_seen_at  INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL,
  user_agent    TEXT NOT NULL DEFAULT '',
  client_ip     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed sign-ins, for throttling by account and by client address.
CREATE TABLE login_failures (
  id          INTEGER PRIMARY KEY,
  email       TEXT NOT NULL,
  client_ip   TEXT NOT NULL,
  failed_at   INTEGER NOT NULL
);
CREATE INDEX login_failures_email ON login_failures(email, failed_at);
CREATE INDEX login_failures_ip ON login_failures(client_ip, failed_at);

-- Catalog ---------------------------------------------------------------

CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES categories(id),
  name       TEXT NOT NULL,
  slug       TEXT NOT NULL UNIQUE
);

CREATE TABLE products (
  id                INTEGER PRIMARY KEY,
  sku               TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  category_id       INTEGER NOT NULL REFERENCES categories(id),
  unit_of_measure   TEXT NOT NULL DEFAULT 'each',
  pack_size         INTEGER NOT NULL DEFAULT 1 CHECK (pack_size >= 1),
  min_order_qty     INTEGER NOT NULL DEFAULT 1 CHECK (min_order_qty >= 1),
  list_price_cents  INTEGER NOT NULL CHECK (list_price_cents >= 0),
  weight_grams      INTEGER NOT NULL DEFAULT 0,
  active            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_category ON products(category_id);

-- Addresses -------------------------------------------------------------

CREATE TABLE addresses (
  id               INTEGER PRIMARY KEY,
  company_id       INTEGER NOT NULL REFERENCES companies(id),
  label            TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('billing', 'shipping', 'both')),
  attention        TEXT NOT NULL DEFAULT '',
  line1            TEXT NOT NULL,
  line2            TEXT NOT NULL DEFAULT '',
  city             TEXT NOT NULL,
  region           TEXT NOT NULL DEFAULT '',
  postal_code      TEXT NOT NULL DEFAULT '',
  country          TEXT NOT NULL DEFAULT 'US',
  phone            TEXT NOT NULL DEFAULT '',
  business_unit_id INTEGER REFERENCES business_units(id),
  erp_address_id   TEXT,
  is_default_billing  INTEGER NOT NULL DEFAULT 0,
  is_default_shipping INTEGER NOT NULL DEFAULT 0,
  status           TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'pending', 'retired')),
  created_at       INTEGER NOT NULL
);
CREATE INDEX addresses_company ON addresses(company_id, status);

-- Orders ----------------------------------------------------------------

CREATE TABLE orders (
  id                INTEGER PRIMARY KEY,
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  number            TEXT NOT NULL UNIQUE,
  placed_by_user_id INTEGER REFERENCES users(id),
  business_unit_id  INTEGER REFERENCES business_units(id),
  status            TEXT NOT NULL,
  channel           TEXT NOT NULL DEFAULT 'web'
                    CHECK (channel IN ('web', 'phone', 'erp')),
  po_number         TEXT NOT NULL DEFAULT '',
  currency          TEXT NOT NULL DEFAULT 'USD',
  subtotal_cents    INTEGER NOT NULL,
  shipping_cents    INTEGER NOT NULL DEFAULT 0,
  tax_cents         INTEGER NOT NULL DEFAULT 0,
  total_cents       INTEGER NOT NULL,
  ship_to_label     TEXT NOT NULL DEFAULT '',
  ship_to_text      TEXT NOT NULL DEFAULT '',
  bill_to_text      TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  placed_at         INTEGER NOT NULL
);
CREATE INDEX orders_company_placed ON orders(company_id, placed_at DESC);
CREATE INDEX orders_company_buyer ON orders(company_id, placed_by_user_id, placed_at DESC);

CREATE TABLE order_lines (
  id                INTEGER PRIMARY KEY,
  order_id          INTEGER NOT NULL REFERENCES orders(id),
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  line_no           INTEGER NOT NULL,
  sku               TEXT NOT NULL,
  name              TEXT NOT NULL,
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  quantity_shipped  INTEGER NOT NULL DEFAULT 0,
  unit_price_cents  INTEGER NOT NULL,
  line_total_cents  INTEGER NOT NULL,
  UNIQUE (order_id, line_no)
);
