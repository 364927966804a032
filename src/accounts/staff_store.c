#include "accounts/staff_store.h"

#include "base/db.h"

int store_staff_insert(const char *email, const char *password_hash, const char *name, const char *role, int64_t now)
{
    DB_STATEMENT(user_st, "INSERT INTO users (email, password_hash, name, created_at, email_verified_at)"
        " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT DO NOTHING");
    DB_STATEMENT(staff_st, "INSERT INTO seller_staff (user_id, staff_role, created_at) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&user_st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, password_hash);
    db_bind_text(q, 3, name);
    sqlite3_bind_int64(q, 4, now);
    if (db_step_done(q) != 0) return -1;
    if (sqlite3_changes(db_handle()) == 0) return STAFF_STORE_TAKEN;
    int64_t user_id = sqlite3_last_insert_rowid(db_handle());
    q = db_use(&staff_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    db_bind_text(q, 2, role);
    sqlite3_bind_int64(q, 3, now);
    return db_step_done(q);
}
