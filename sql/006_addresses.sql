-- Address books: restrictions, defaults, proposals and their approval,
-- ERP change requests.

ALTER TABLE addresses ADD COLUMN delivery_instructions TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN tax_id TEXT NOT NULL DEFAULT '';   -- tax ID or exemption number of the location
ALTER TABLE addresses ADD COLUMN pending_with TEXT NOT NULL DEFAULT ''
  CHECK (pending_with IN ('', 'company', 'seller'));                 -- who decides while status = 'pending'
ALTER TABLE addresses ADD COLUMN proposed_by INTEGER REFERENCES users(id);
ALTER TABLE addresses ADD COLUMN decided_by INTEGER REFERENCES users(id);
ALTER TABLE addresses ADD COLUMN decided_at INTEGER;
ALTER TABLE addresses ADD COLUMN reject_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN updated_at INTEGER;
UPDATE addresses SET updated_at = created_at;
UPDATE addresses SET pending_with = 'company' WHERE status = 'pending';
-- The ERP's key: one address per ERP address id, across all companies.
CREATE UNIQUE INDEX addresses_erp ON addresses(erp_address_id) WHERE erp_address_id IS NOT NULL;

-- An address with no rows here is for everyone in the company; otherwise
-- only for members of the listed units (and the units below them) and the
-- listed members.
CREATE TABLE address_restrictions (
  id                INTEGER PRIMARY KEY,
  address_id        INTEGER NOT NULL REFERENCES addresses(id),
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  business_unit_id  INTEGER REFERENCES business_units(id),
  user_id           INTEGER REFERENCES users(id),
  CHECK ((business_unit_id IS NULL) <> (user_id IS NULL))
);
CREATE INDEX address_restrictions_address ON address_restrictions(address_id);
INSERT INTO address_restrictions (address_id, company_id, business_unit_id)
  SELECT id, company_id, business_unit_id FROM addresses WHERE business_unit_id IS NOT NULL;

-- A member's own default among the addresses they may use.
CREATE TABLE member_default_addresses (
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  kind        TEXT NOT NULL CHECK (kind IN ('billing', 'shipping')),
  address_id  INTEGER NOT NULL REFERENCES addresses(id),
  PRIMARY KEY (company_id, user_id, kind)
);

-- How a proposed address joins the list: '' follows the seller's default
-- (seller_settings.address_approval_default); 'open' usable at once;
-- 'company' a company administrator approves; 'seller' seller staff approve.
ALTER TABLE companies ADD COLUMN address_approval TEXT NOT NULL DEFAULT ''
  CHECK (address_approval IN ('', 'open', 'company', 'seller'));
INSERT INTO seller_settings (key, value) VALUES ('address_approval_default', 'company');

-- Members ask the seller to change an address that came from the ERP.
CREATE TABLE address_change_requests (
  id          INTEGER PRIMARY KEY,
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  address_id  INTEGER NOT NULL REFERENCES addresses(id),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  message     TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  created_at  INTEGER NOT NULL
);
CREATE INDEX address_change_requests_status ON address_change_requests(status, created_at);
