#include "accounts/profile_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/sessions_store.h"

static void copy_text(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src);
}

int store_profile_get(int64_t user_id, struct profile *out)
{
    DB_STATEMENT(st, "SELECT id, email, name, job_title, phone, password_hash, status = 'active' FROM users WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    out->id = sqlite3_column_int64(q, 0);
    copy_text(out->email, sizeof out->email, db_column_text(q, 1));
    copy_text(out->name, sizeof out->name, db_column_text(q, 2));
    copy_text(out->job_title, sizeof out->job_title, db_column_text(q, 3));
    copy_text(out->phone, sizeof out->phone, db_column_text(q, 4));
    copy_text(out->password_hash, sizeof out->password_hash, db_column_text(q, 5));
    out->active = sqlite3_column_int(q, 6);
    sqlite3_reset(q);   /* do not hold a read snapshot until the next call */
    return 1;
}

int store_profile_update_details(int64_t user_id, const char *name, const char *job_title, const char *phone)
{
    DB_STATEMENT(st, "UPDATE users SET name = ?, job_title = ?, phone = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, job_title);
    db_bind_text(q, 3, phone);
    sqlite3_bind_int64(q, 4, user_id);
    return sqlite3_step(q) == SQLITE_DONE && sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

int store_profile_mark_email_verified(int64_t user_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE users SET email_verified_at = ? WHERE id = ? AND email_verified_at IS NULL");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, user_id);
    return db_step_done(q);
}

int store_profile_set_email(int64_t user_id, const char *email, int64_t now)
{
    DB_STATEMENT(st, "UPDATE users SET email = ?, email_verified_at = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, user_id);
    int rc = sqlite3_step(q);
    /* users.email is UNIQUE: the last word on a race for one address. */
    if (rc == SQLITE_CONSTRAINT) return 1;
    return rc == SQLITE_DONE && sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

int store_profile_email_taken(const char *email, int64_t except_user_id)
{
    DB_STATEMENT(st, "SELECT EXISTS (SELECT 1 FROM users WHERE email = ? AND id <> ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    sqlite3_bind_int64(q, 2, except_user_id);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    int taken = sqlite3_column_int(q, 0);
    sqlite3_reset(q);
    return taken;
}

int store_profile_tokens_issued_since(int64_t user_id, const char *purpose, int64_t since)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM one_time_tokens WHERE user_id = ? AND purpose = ? AND created_at >= ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    db_bind_text(q, 2, purpose);
    sqlite3_bind_int64(q, 3, since);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    int n = sqlite3_column_int(q, 0);
    sqlite3_reset(q);
    return n;
}

int store_profile_pending_email(int64_t user_id, int64_t now, char *email, size_t size, int64_t *expires_at)
{
    DB_STATEMENT(st, "SELECT data, expires_at FROM one_time_tokens"
        " WHERE user_id = ? AND purpose = 'email_change' AND used_at IS NULL AND expires_at > ?"
        " ORDER BY id DESC LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, now);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    copy_text(email, size, db_column_text(q, 0));
    *expires_at = sqlite3_column_int64(q, 1);
    sqlite3_reset(q);
    return 1;
}

int store_profile_sessions(int64_t user_id, int64_t now, int64_t idle_seconds,
                           struct profile_session *rows, int max)
{
    DB_STATEMENT(st, "SELECT id, realm, user_agent, client_ip, created_at, last_seen_at FROM sessions"
        " WHERE user_id = ? AND expires_at > ? AND last_seen_at > ?"
        " ORDER BY last_seen_at DESC, id DESC LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, now - idle_seconds);
    sqlite3_bind_int(q, 4, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct profile_session *r = &rows[n++];
        r->id = sqlite3_column_int64(q, 0);
        copy_text(r->realm, sizeof r->realm, db_column_text(q, 1));
        copy_text(r->user_agent, sizeof r->user_agent, db_column_text(q, 2));
        copy_text(r->client_ip, sizeof r->client_ip, db_column_text(q, 3));
        r->created_at = sqlite3_column_int64(q, 4);
        r->last_seen_at = sqlite3_column_int64(q, 5);
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_profile_end_other_sessions(int64_t user_id, int64_t keep_id)
{
    if (store_sessions_delete_for_user(user_id, keep_id) != 0) return -1;
    return sqlite3_changes(db_handle());
}
