-- The jobs runner (src/jobs/): one row per periodic job, written by its
-- first run. The row is the job's lease and its last run.
--
-- Lease: a runner takes it in one statement (INSERT ... ON CONFLICT DO
-- UPDATE ... WHERE lease_expires_at <= now), so two runners, even of two
-- `serve` processes on this database, never run the same job at once. The
-- end of a run clears it; a runner killed mid-run keeps it until
-- lease_expires_at, then any runner takes it and the job runs again.
-- Times are the portal clock's Unix seconds (src/base/clock.h).
CREATE TABLE jobs (
  name              TEXT PRIMARY KEY,               -- as declared in main.c
  lease_holder      TEXT NOT NULL DEFAULT '',       -- host:pid of the run in progress; '' none
  lease_expires_at  INTEGER NOT NULL DEFAULT 0,     -- free from then on, held or not
  next_run_at       INTEGER NOT NULL DEFAULT 0,     -- one interval after the last run started
  last_started_at   INTEGER NOT NULL DEFAULT 0,     -- 0: never ran to its end
  last_duration_ms  INTEGER NOT NULL DEFAULT 0,
  last_outcome      TEXT NOT NULL DEFAULT ''
                    CHECK (last_outcome IN ('', 'ok', 'error')),
  last_error        TEXT NOT NULL DEFAULT ''
);
