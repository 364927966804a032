/* Named counters; see sequences.h. */
#include "base/sequences.h"

#include "base/db.h"

int store_sequence_next(const char *name, int64_t *value)
{
    DB_STATEMENT(st, "UPDATE sequences SET last_value = last_value + 1 WHERE name = ? RETURNING last_value");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *value = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_sequence_skip_to(const char *name, int64_t last)
{
    DB_STATEMENT(st, "UPDATE sequences SET last_value = CASE WHEN last_value < ?2 THEN ?2 ELSE last_value END WHERE name = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, last);
    int rc = sqlite3_step(q);
    int changed = sqlite3_changes(db_handle());
    sqlite3_reset(q);
    return rc == SQLITE_DONE && changed == 1 ? 0 : -1;
}
