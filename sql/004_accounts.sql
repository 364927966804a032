-- Accounts: applications for a new customer account, one-time tokens for
-- mailed links, seller-wide settings and company change requests.

-- A verified application waits for the seller. The applicant's user,
-- company (status 'pending') and membership exist from registration on, so
-- the pre-approval policy can let them sign in before approval.
CREATE TABLE applications (
  id               INTEGER PRIMARY KEY,
  user_id          INTEGER NOT NULL REFERENCES users(id),
  company_id       INTEGER NOT NULL REFERENCES companies(id),
  company_name     TEXT NOT NULL,
  tax_id           TEXT NOT NULL,
  existing_account TEXT NOT NULL DEFAULT '',   -- what the applicant typed
  billing_line1    TEXT NOT NULL,
  billing_line2    TEXT NOT NULL DEFAULT '',
  billing_city     TEXT NOT NULL,
  billing_region   TEXT NOT NULL DEFAULT '',
  billing_postal   TEXT NOT NULL DEFAULT '',
  billing_country  TEXT NOT NULL,
  contact_name     TEXT NOT NULL,
  job_title        TEXT NOT NULL DEFAULT '',
  email            TEXT NOT NULL,
  phone            TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'unverified'
                   CHECK (status IN ('unverified', 'new', 'info_requested', 'approved', 'rejected')),
  decision_reason  TEXT NOT NULL DEFAULT '',   -- rejection reason, shown to the applicant
  info_request     TEXT NOT NULL DEFAULT '',   -- the seller's latest question
  applicant_reply  TEXT NOT NULL DEFAULT '',
  decided_by       INTEGER REFERENCES users(id),
  created_at       INTEGER NOT NULL,
  verified_at      INTEGER,
  decided_at       INTEGER,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX applications_status ON applications(status, created_at);
CREATE INDEX applications_user ON applications(user_id);

CREATE TABLE application_notes (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER NOT NULL REFERENCES applications(id),
  author_id       INTEGER NOT NULL REFERENCES users(id),
  note            TEXT NOT NULL,
  created_at      INTEGER NOT NULL
);
CREATE INDEX application_notes_app ON application_notes(application_id, created_at);

-- Single-use links (verification, password reset, invitation, email change,
-- answering the seller). Only the token's hash is stored.
CREATE TABLE one_time_tokens (
  id          INTEGER PRIMARY KEY,
  token_hash  BLOB NOT NULL UNIQUE,
  purpose     TEXT NOT NULL,
  user_id     INTEGER REFERENCES users(id),
  ref_id      INTEGER,               -- e.g. the application
  data        TEXT NOT NULL DEFAULT '',   -- e.g. the new email address
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  used_at     INTEGER
);
CREATE INDEX one_time_tokens_user ON one_time_tokens(user_id, purpose);

CREATE TABLE seller_settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
INSERT INTO seller_settings (key, value) VALUES ('pre_approval_access', 'browse');

CREATE TABLE company_change_requests (
  id          INTEGER PRIMARY KEY,
  company_id  INTEGER NOT NULL REFERENCES companies(id),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  message     TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  created_at  INTEGER NOT NULL
);
CREATE INDEX company_change_requests_company ON company_change_requests(company_id, created_at);

ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
UPDATE users SET email_verified_at = created_at;
ALTER TABLE companies ADD COLUMN price_list_name TEXT NOT NULL DEFAULT '';
