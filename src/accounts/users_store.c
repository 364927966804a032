#include "accounts/users_store.h"

#include <stdio.h>

#include "base/db.h"

int store_user_credentials(const char *email, struct user_credentials *out)
{
    DB_STATEMENT(st, "SELECT u.id, u.password_hash, u.status = 'active', ss.user_id IS NOT NULL, u.email_verified_at IS NOT NULL"
        "  FROM users u LEFT JOIN seller_staff ss ON ss.user_id = u.id WHERE u.email = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    out->id = sqlite3_column_int64(q, 0);
    DB_COPY(out->password_hash, q, 1);
    out->active = sqlite3_column_int(q, 2);
    out->is_staff = sqlite3_column_int(q, 3);
    out->email_verified = sqlite3_column_int(q, 4);
    return 1;
}

int store_user_set_password_hash(int64_t user_id, const char *hash)
{
    DB_STATEMENT(st, "UPDATE users SET password_hash = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, hash);
    sqlite3_bind_int64(q, 2, user_id);
    return db_step_done(q);
}

int store_user_signed_in(int64_t user_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE users SET last_sign_in_at = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, user_id);
    return db_step_done(q);
}

int64_t store_member_default_company(int64_t user_id, int include_pending, int *pending)
{
    DB_STATEMENT(st, "SELECT m.company_id, c.status = 'pending' FROM memberships m JOIN companies c ON c.id = m.company_id"
        " WHERE m.user_id = ? AND m.status = 'active'"
        "   AND (c.status = 'active' OR (? AND c.status = 'pending'))"
        " ORDER BY c.status = 'active' DESC, m.id LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    *pending = 0;
    if (!q) return 0;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int(q, 2, include_pending);
    if (sqlite3_step(q) != SQLITE_ROW) return 0;
    *pending = sqlite3_column_int(q, 1);
    return sqlite3_column_int64(q, 0);
}

int store_member_company_blocked(int64_t user_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM memberships m JOIN companies c ON c.id = m.company_id"
        " WHERE m.user_id = ? AND m.status = 'active' AND c.status = 'blocked' LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    return db_step_exists(q);
}
