-- Team management: invitations, the audit log, staff "view as customer".

CREATE TABLE invitations (
  id                INTEGER PRIMARY KEY,
  company_id        INTEGER NOT NULL REFERENCES companies(id),
  email             TEXT NOT NULL,
  name              TEXT NOT NULL DEFAULT '',
  role_id           INTEGER NOT NULL REFERENCES roles(id),
  business_unit_id  INTEGER REFERENCES business_units(id),
  invited_by        INTEGER NOT NULL REFERENCES users(id),
  status            TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'accepted', 'revoked')),
  created_at        INTEGER NOT NULL,
  expires_at        INTEGER NOT NULL,
  accepted_at       INTEGER
);
CREATE INDEX invitations_company ON invitations(company_id, status);
CREATE INDEX invitations_email ON invitations(email);

-- Who changed what, when, with the values before and after. The portal
-- only ever inserts here; the triggers make that a rule of the database.
CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY,
  company_id     INTEGER REFERENCES companies(id),
  actor_user_id  INTEGER REFERENCES users(id),
  actor_name     TEXT NOT NULL,
  actor_kind     TEXT NOT NULL CHECK (actor_kind IN ('member', 'staff', 'system')),
  action         TEXT NOT NULL,              -- e.g. member.invited
  subject        TEXT NOT NULL,              -- readable: "Ben Carter"
  created_at     INTEGER NOT NULL
);
CREATE TABLE audit_log_changes (
  id         INTEGER PRIMARY KEY,
  audit_id   INTEGER NOT NULL REFERENCES audit_log(id),
  field      TEXT NOT NULL,
  before     TEXT NOT NULL DEFAULT '',
  after      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_changes_entry ON audit_log_changes(audit_id);
CREATE INDEX audit_log_company ON audit_log(company_id, created_at DESC);
CREATE INDEX audit_log_created ON audit_log(created_at DESC);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END;
CREATE TRIGGER audit_log_changes_no_update BEFORE UPDATE ON audit_log_changes
BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END;
CREATE TRIGGER audit_log_changes_no_delete BEFORE DELETE ON audit_log_changes
BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END;

-- A staff session looking at one company's My Account pages, read-only.
ALTER TABLE sessions ADD COLUMN viewing_company_id INTEGER REFERENCES companies(id);

ALTER TABLE roles ADD COLUMN description TEXT NOT NULL DEFAULT '';
UPDATE roles SET description = 'Everything, including the team, roles, units and approval rules.' WHERE id = 1;
UPDATE roles SET description = 'Orders for the whole company, approves orders, manages shared lists.' WHERE id = 2;
UPDATE roles SET description = 'Sees all orders and credit, approves orders, requests credit changes.' WHERE id = 3;
UPDATE roles SET description = 'Places orders and sees their own.' WHERE id = 4;
UPDATE roles SET description = 'Looks at orders of their unit; cannot order.' WHERE id = 5;

CREATE INDEX memberships_company ON memberships(company_id, status);
