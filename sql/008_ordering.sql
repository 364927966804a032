-- Cart, checkout and the order lifecycle (issues 7 and 8).

-- One cart per member per company, kept across sessions. added_price is
-- the unit price the member saw when the line was added (or last
-- acknowledged), so the cart can point out a price that changed since.
CREATE TABLE cart_items (
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  user_id           INTEGER NOT NULL REFERENCES users(id),
  product_id        INTEGER NOT NULL REFERENCES products(id),
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  added_price_cents INTEGER NOT NULL CHECK (added_price_cents >= 0),
  added_at          INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  PRIMARY KEY (company_id, user_id, product_id)
);

-- Quick order finds SKUs typed in any letter case through this index.
CREATE INDEX products_sku_nocase ON products(sku COLLATE NOCASE);

-- Staff-configured shipping methods: a flat rate, or by weight bands
-- (the band with the smallest up_to_grams not below the order's weight;
-- heavier than every band = the method is not offered).
CREATE TABLE shipping_methods (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  description  TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL CHECK (kind IN ('flat', 'weight')),
  flat_cents   INTEGER NOT NULL DEFAULT 0 CHECK (flat_cents >= 0),
  active       INTEGER NOT NULL DEFAULT 1,
  sort_order   INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL
);
CREATE TABLE shipping_weight_bands (
  method_id    INTEGER NOT NULL REFERENCES shipping_methods(id),
  up_to_grams  INTEGER NOT NULL CHECK (up_to_grams > 0),
  cents        INTEGER NOT NULL CHECK (cents >= 0),
  PRIMARY KEY (method_id, up_to_grams)
);

-- Tax: a rate per region (region '' = the whole country), in basis points
-- (825 = 8.25 %); an address may carry its own rate, which wins.
CREATE TABLE tax_rates (
  id        INTEGER PRIMARY KEY,
  country   TEXT NOT NULL,
  region    TEXT NOT NULL DEFAULT '',
  rate_bp   INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
  label     TEXT NOT NULL,
  UNIQUE (country, region)
);
ALTER TABLE addresses ADD COLUMN tax_rate_bp INTEGER CHECK (tax_rate_bp BETWEEN 0 AND 10000);

-- Per company: whether a purchase order number is required at checkout.
ALTER TABLE companies ADD COLUMN po_number_required INTEGER NOT NULL DEFAULT 0;
-- Payment methods the seller enables are in seller_settings
-- ('payment_methods', comma-separated codes: on_account, bank_transfer, card_on_file).

-- What checkout records beyond 001's columns.
ALTER TABLE orders ADD COLUMN ship_to_address_id INTEGER REFERENCES addresses(id);
ALTER TABLE orders ADD COLUMN bill_to_address_id INTEGER REFERENCES addresses(id);
ALTER TABLE orders ADD COLUMN bill_to_label TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN shipping_method TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN tax_label TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN payment_method TEXT NOT NULL DEFAULT 'on_account';
ALTER TABLE orders ADD COLUMN requested_delivery_date TEXT NOT NULL DEFAULT '';   -- YYYY-MM-DD or ''
-- The checkout form's one-time key: a second submit of the same form finds
-- the order the first one made instead of making another.
ALTER TABLE orders ADD COLUMN submit_key TEXT;
CREATE UNIQUE INDEX orders_submit_key ON orders(submit_key) WHERE submit_key IS NOT NULL;
-- Offline orders keep the ERP's own number (import is keyed by it).
ALTER TABLE orders ADD COLUMN erp_order_no TEXT;
CREATE UNIQUE INDEX orders_erp_order_no ON orders(erp_order_no) WHERE erp_order_no IS NOT NULL;
-- 1 while the order waits for its proposed ship-to address to be approved.
ALTER TABLE orders ADD COLUMN waiting_for_address INTEGER NOT NULL DEFAULT 0;
CREATE INDEX orders_waiting_for_address ON orders(company_id, ship_to_address_id) WHERE waiting_for_address = 1;
ALTER TABLE orders ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN updated_at INTEGER;
CREATE INDEX orders_placed ON orders(placed_at DESC);
-- Back-office order list: every company's orders of one status, newest
-- first, and the counts by status (dashboard, list header).
CREATE INDEX orders_status_placed ON orders(status, placed_at DESC);
-- Back-office "PO number starts with" across companies: LIKE 'x%' uses
-- an index in the NOCASE collation (LIKE is case-insensitive).
CREATE INDEX orders_po_number ON orders(po_number COLLATE NOCASE);
CREATE INDEX orders_company_status ON orders(company_id, status, placed_at DESC);
CREATE INDEX orders_company_unit ON orders(company_id, business_unit_id, placed_at DESC);
-- Order history (/account/orders): sorting by total walks this index in
-- order, so a page (and a deep page, by keyset) reads 26 rows, not the
-- whole company.
CREATE INDEX orders_company_total ON orders(company_id, total_cents);
-- "PO number contains": matched in this index alone, without reading rows.
CREATE INDEX orders_company_po ON orders(company_id, po_number);
-- The "placed by" filter in a unit's scope offers only people with an
-- order in that unit's subtree: one index probe per person.
CREATE INDEX orders_company_buyer_unit ON orders(company_id, placed_by_user_id, business_unit_id);

ALTER TABLE order_lines ADD COLUMN product_id INTEGER REFERENCES products(id);
ALTER TABLE order_lines ADD COLUMN unit TEXT NOT NULL DEFAULT 'each';
ALTER TABLE order_lines ADD COLUMN price_source TEXT NOT NULL DEFAULT 'list';   -- list | contract
CREATE INDEX order_lines_company_sku ON order_lines(company_id, sku, order_id);

-- The status timeline: one row per move, who made it and why.
CREATE TABLE order_events (
  id             INTEGER PRIMARY KEY,
  order_id       INTEGER NOT NULL REFERENCES orders(id),
  company_id     INTEGER NOT NULL REFERENCES companies(id),
  from_status    TEXT NOT NULL DEFAULT '',
  to_status      TEXT NOT NULL,
  actor_user_id  INTEGER REFERENCES users(id),
  actor_label    TEXT NOT NULL DEFAULT '',    -- shown when there is no user: "ERP import", "Seller"
  note           TEXT NOT NULL DEFAULT '',
  at             INTEGER NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, at);

-- Shipments: a carrier, a tracking number, and which lines in what quantity.
CREATE TABLE shipments (
  id               INTEGER PRIMARY KEY,
  order_id         INTEGER NOT NULL REFERENCES orders(id),
  company_id       INTEGER NOT NULL REFERENCES companies(id),
  carrier          TEXT NOT NULL,
  tracking_number  TEXT NOT NULL DEFAULT '',
  shipped_at       INTEGER NOT NULL,
  delivered_at     INTEGER,
  created_by       INTEGER REFERENCES users(id)
);
CREATE INDEX shipments_order ON shipments(order_id, shipped_at);
CREATE TABLE shipment_lines (
  shipment_id    INTEGER NOT NULL REFERENCES shipments(id),
  order_line_id  INTEGER NOT NULL REFERENCES order_lines(id),
  quantity       INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (shipment_id, order_line_id)
);
