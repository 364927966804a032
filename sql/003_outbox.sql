-- The mail outbox: a message is written here in the same transaction as the
-- change that causes it, already rendered, and the mailer delivers it.
CREATE TABLE outbox (
  id               INTEGER PRIMARY KEY,
  message_id       TEXT NOT NULL UNIQUE,       -- stable across retries: receivers de-duplicate
  template         TEXT NOT NULL,
  to_address       TEXT NOT NULL,
  to_name          TEXT NOT NULL DEFAULT '',
  user_id          INTEGER REFERENCES users(id),
  company_id       INTEGER REFERENCES companies(id),
  subject          TEXT NOT NULL,
  text_body        TEXT NOT NULL,
  html_body        TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'sending', 'sent', 'retrying', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  claimed_at       INTEGER,
  last_error       TEXT NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,
  sent_at          INTEGER
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_created ON outbox(created_at DESC);

-- Members' choices for optional notifications; no row means "on".
CREATE TABLE notification_preferences (
  user_id   INTEGER NOT NULL REFERENCES users(id),
  type      TEXT NOT NULL,
  enabled   INTEGER NOT NULL,
  PRIMARY KEY (user_id, type)
);
