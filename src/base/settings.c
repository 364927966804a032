#include "base/settings.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

static const char *const pre_approval_names[] = {
    [PRE_APPROVAL_BROWSE] = "browse",
    [PRE_APPROVAL_CART] = "cart",
    [PRE_APPROVAL_NONE] = "none",
};

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
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

int settings_pre_approval_parse(const char *name, enum pre_approval_access *out)
{
    for (size_t i = 0; i < sizeof pre_approval_names / sizeof pre_approval_names[0]; i++) {
        if (strcmp(name, pre_approval_names[i]) == 0) {
            *out = (enum pre_approval_access)i;
            return 0;
        }
    }
    return -1;
}

const char *settings_pre_approval_name(enum pre_approval_access access)
{
    return pre_approval_names[access];
}

enum pre_approval_access settings_pre_approval(void)
{
    char value[32];
    enum pre_approval_access access = PRE_APPROVAL_BROWSE;
    settings_get("pre_approval_access", "browse", value, sizeof value);
    settings_pre_approval_parse(value, &access);
    return access;
}
