/* The seller's settings, key = value rows (settings.h says which). */
#include "base/settings.h"

#include <stdio.h>

#include "base/db.h"

int settings_get(const char *key, const char *fallback, char *out, size_t size)
{
    DB_STATEMENT(st, "SELECT value FROM seller_settings WHERE key = ?");
    sqlite3_stmt *q = db_use(&st);
    snprintf(out, size, "%s", fallback);
    if (!q) return -1;
    db_bind_text(q, 1, key);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) db_copy_text(out, size, q, 0);
    sqlite3_reset(q);   /* an open reader would pin this worker to an old snapshot */
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int settings_set(const char *key, const char *value)
{
    DB_STATEMENT(st, "INSERT INTO seller_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, key);
    db_bind_text(q, 2, value);
    return db_step_done(q);
}
