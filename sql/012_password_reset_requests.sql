-- "Forgot your password?" requests waiting for the mailer. The web
-- request only records the address it was given, the same work for every
-- address, so neither its answer nor its timing tells whether an account
-- exists; the mailer then looks the address up, applies the hourly limit,
-- issues the link and queues its mail, and deletes the request, all in
-- one transaction.
CREATE TABLE password_reset_requests (
  id            INTEGER PRIMARY KEY,
  email         TEXT NOT NULL,
  requested_at  INTEGER NOT NULL
);
