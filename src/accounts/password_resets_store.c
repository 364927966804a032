#include "accounts/password_resets_store.h"

#include <stdio.h>

#include "base/db.h"

int store_password_reset_request_add(const char *email, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO password_reset_requests (email, requested_at) VALUES (?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    sqlite3_bind_int64(q, 2, now);
    return db_step_done(q);
}

int store_password_reset_request_next(int64_t *id, char *email, size_t email_size)
{
    DB_STATEMENT(st, "SELECT id, email FROM password_reset_requests ORDER BY id LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *id = sqlite3_column_int64(q, 0);
    db_copy_text(email, email_size, q, 1);
    sqlite3_reset(q);
    return 1;
}

int store_password_reset_request_remove(int64_t id)
{
    DB_STATEMENT(st, "DELETE FROM password_reset_requests WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return db_step_done(q);
}
