-- Shopping lists, order templates, scheduled reorders and requisitions
-- (issue 21). Every row carries company_id; every query filters by it.

-- A member's list. sharing: private (the owner only), company (every member
-- reads it), unit (members of unit_id and the units below read it),
-- editable (every member reads it; members who may manage shared lists
-- edit it too). Shared lists are the team's order templates.
CREATE TABLE shopping_lists (
  id             INTEGER PRIMARY KEY,
  company_id     INTEGER NOT NULL REFERENCES companies(id),
  owner_user_id  INTEGER NOT NULL REFERENCES users(id),
  name           TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  sharing        TEXT NOT NULL DEFAULT 'private'
                 CHECK (sharing IN ('private', 'company', 'unit', 'editable')),
  unit_id        INTEGER REFERENCES business_units(id),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  CHECK ((sharing = 'unit') = (unit_id IS NOT NULL))
);
CREATE INDEX shopping_lists_owner ON shopping_lists(company_id, owner_user_id);
CREATE INDEX shopping_lists_shared ON shopping_lists(company_id, sharing) WHERE sharing <> 'private';

-- A list's lines in the order the member keeps them (position).
CREATE TABLE shopping_list_lines (
  id          INTEGER PRIMARY KEY,
  list_id     INTEGER NOT NULL REFERENCES shopping_lists(id),
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  product_id  INTEGER NOT NULL REFERENCES products(id),
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  note        TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL,
  UNIQUE (list_id, product_id)
);
CREATE INDEX shopping_list_lines_list ON shopping_list_lines(list_id, position);
