#include "jobs/jobs_store.h"

#include <string.h>

#include "base/db.h"

/* Runs a write and answers how many rows it changed, or -1. */
static int rows_changed(sqlite3_stmt *q)
{
    if (!q || db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle());
}

int store_job_get(const char *name, struct job_state *out)
{
    DB_STATEMENT(st, "SELECT lease_holder, lease_expires_at, next_run_at, last_started_at, last_duration_ms,"
        " last_outcome, last_error FROM jobs WHERE name = ?");
    sqlite3_stmt *q = db_use(&st);
    memset(out, 0, sizeof *out);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        DB_COPY(out->lease_holder, q, 0);
        out->lease_expires_at = sqlite3_column_int64(q, 1);
        out->next_run_at = sqlite3_column_int64(q, 2);
        out->last_started_at = sqlite3_column_int64(q, 3);
        out->last_duration_ms = sqlite3_column_int64(q, 4);
        DB_COPY(out->last_outcome, q, 5);
        DB_COPY(out->last_error, q, 6);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_job_add(const char *name, int64_t next_run_at)
{
    DB_STATEMENT(st, "INSERT INTO jobs (name, next_run_at) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, next_run_at);
    return rows_changed(q);
}

/* One statement decides, so of two runners asking at the same instant
 * exactly one gets it: the row is created, or updated only while the old
 * lease has run out and the job is still due. Plain SQL that PostgreSQL
 * reads the same way (INSERT ... ON CONFLICT ... DO UPDATE ... WHERE). */
int store_job_lease_take(const char *name, const char *holder, int64_t now, int64_t expires_at, int64_t due_by)
{
    DB_STATEMENT(st, "INSERT INTO jobs (name, lease_holder, lease_expires_at, next_run_at) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT (name) DO UPDATE SET lease_holder = excluded.lease_holder,"
        "   lease_expires_at = excluded.lease_expires_at"
        " WHERE jobs.lease_expires_at <= ?4 AND jobs.next_run_at <= ?5");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, holder);
    sqlite3_bind_int64(q, 3, expires_at);
    sqlite3_bind_int64(q, 4, now);
    sqlite3_bind_int64(q, 5, due_by);
    return rows_changed(q);
}

int store_job_lease_renew(const char *name, const char *holder, int64_t expires_at)
{
    DB_STATEMENT(st, "UPDATE jobs SET lease_expires_at = ?3 WHERE name = ?1 AND lease_holder = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, holder);
    sqlite3_bind_int64(q, 3, expires_at);
    return rows_changed(q);
}

int store_job_finish(const char *name, const char *holder, const struct job_outcome *o)
{
    DB_STATEMENT(st, "UPDATE jobs SET lease_holder = '', lease_expires_at = 0, last_started_at = ?3,"
        " last_duration_ms = ?4, last_outcome = ?5, last_error = ?6, next_run_at = ?7"
        " WHERE name = ?1 AND lease_holder = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, holder);
    sqlite3_bind_int64(q, 3, o->started_at);
    sqlite3_bind_int64(q, 4, o->duration_ms);
    db_bind_text(q, 5, o->ok ? "ok" : "error");
    db_bind_text(q, 6, o->error);
    sqlite3_bind_int64(q, 7, o->next_run_at);
    return rows_changed(q);
}

int store_job_reschedule(const char *name, int64_t seen, int64_t next_run_at)
{
    DB_STATEMENT(st, "UPDATE jobs SET next_run_at = ?3 WHERE name = ?1 AND next_run_at = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, seen);
    sqlite3_bind_int64(q, 3, next_run_at);
    return rows_changed(q);
}

int store_job_leases_release(const char *holder)
{
    DB_STATEMENT(st, "UPDATE jobs SET lease_holder = '', lease_expires_at = 0 WHERE lease_holder = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, holder);
    return rows_changed(q);
}
