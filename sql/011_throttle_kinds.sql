-- The sign-in throttle's table now counts two kinds of attempt:
--   'sign_in'   a password tried at sign-in (or as the current password on
--               the profile page), counted BEFORE the slow hash is checked
--               so parallel requests cannot slip past the limit, and
--               cleared when the password was right;
--   'register'  an application for an account (POST /register), which
--               costs a password hash too; throttled per client address.
ALTER TABLE login_failures ADD COLUMN kind TEXT NOT NULL DEFAULT 'sign_in'
  CHECK (kind IN ('sign_in', 'register'));
DROP INDEX login_failures_email;
DROP INDEX login_failures_ip;
CREATE INDEX login_failures_kind_email ON login_failures(kind, email, failed_at);
CREATE INDEX login_failures_kind_ip ON login_failures(kind, client_ip, failed_at);
