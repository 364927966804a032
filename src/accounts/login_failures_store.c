#include "accounts/login_failures_store.h"

#include "base/db.h"

static const char *kind_name(enum attempt_kind kind)
{
    return kind == ATTEMPT_REGISTER ? "register" : "sign_in";
}

static int count_since(sqlite3_stmt *q, enum attempt_kind kind, const char *key, int64_t since, int *count,
                       int64_t *oldest)
{
    db_bind_text(q, 1, kind_name(kind));
    db_bind_text(q, 2, key);
    sqlite3_bind_int64(q, 3, since);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    *count = sqlite3_column_int(q, 0);
    *oldest = sqlite3_column_int64(q, 1);
    return 0;
}

int store_login_failures_count(enum attempt_kind kind, const char *email, const char *client_ip, int64_t since,
                               struct login_failure_counts *out)
{
    DB_STATEMENT(by_ip, "SELECT COUNT(*), COALESCE(MIN(failed_at), 0) FROM login_failures"
        " WHERE kind = ? AND client_ip = ? AND failed_at > ?");
    DB_STATEMENT(by_email, "SELECT COUNT(*), COALESCE(MIN(failed_at), 0) FROM login_failures"
        " WHERE kind = ? AND email = ? AND failed_at > ?");
    sqlite3_stmt *qe = db_use(&by_email);
    if (!qe || count_since(qe, kind, email, since, &out->by_email, &out->oldest_email) != 0) return -1;
    sqlite3_stmt *qi = db_use(&by_ip);
    if (!qi || count_since(qi, kind, client_ip, since, &out->by_ip, &out->oldest_ip) != 0) return -1;
    return 0;
}

int store_login_failure_record(enum attempt_kind kind, const char *email, const char *client_ip, int64_t now,
                               int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO login_failures (kind, email, client_ip, failed_at) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, kind_name(kind));
    db_bind_text(q, 2, email);
    db_bind_text(q, 3, client_ip);
    sqlite3_bind_int64(q, 4, now);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    if (id) *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_login_failure_forget(int64_t id)
{
    DB_STATEMENT(st, "DELETE FROM login_failures WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return db_step_done(q);
}

int store_login_failures_clear(const char *email)
{
    DB_STATEMENT(st, "DELETE FROM login_failures WHERE kind = 'sign_in' AND email = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    return db_step_done(q);
}
