#include "web/sessions_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

int store_session_create(const struct new_session *s)
{
    DB_STATEMENT(st, "INSERT INTO sessions (token_hash, user_id, realm, company_id, created_at, last_seen_at,"
        " expires_at, user_agent, client_ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_blob(q, 1, s->token_digest, AUTH_DIGEST_BYTES, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, s->user_id);
    db_bind_text(q, 3, s->realm == REALM_STAFF ? "staff" : "member");
    if (s->company_id) sqlite3_bind_int64(q, 4, s->company_id);
    else sqlite3_bind_null(q, 4);
    sqlite3_bind_int64(q, 5, s->now);
    sqlite3_bind_int64(q, 6, s->now);
    sqlite3_bind_int64(q, 7, s->expires_at);
    db_bind_text(q, 8, s->user_agent);
    db_bind_text(q, 9, s->client_ip);
    return db_step_done(q);
}

int store_session_load(const uint8_t *token_digest, int64_t now, int64_t idle_seconds,
                       struct session_info *out, int64_t *last_seen_at)
{
    DB_STATEMENT(st, "SELECT s.id, s.user_id, s.realm, COALESCE(s.company_id, s.viewing_company_id, 0), s.last_seen_at,"
        "       u.name, u.email, COALESCE(c.name, ''), COALESCE(r.name, ss.staff_role), COALESCE(r.permissions, 0),"
        "       COALESCE(c.status = 'pending', 0), s.viewing_company_id IS NOT NULL,"
        "       (SELECT COUNT(*) FROM memberships m2 JOIN companies c2 ON c2.id = m2.company_id"
        "         WHERE m2.user_id = s.user_id AND m2.status = 'active' AND c2.status IN ('active', 'pending'))"
        "  FROM sessions s"
        "  JOIN users u ON u.id = s.user_id AND u.status = 'active'"
        "  LEFT JOIN memberships m ON m.user_id = s.user_id AND m.company_id = s.company_id"
        "  LEFT JOIN roles r ON r.id = m.role_id"
        "  LEFT JOIN companies c ON c.id = COALESCE(s.company_id, s.viewing_company_id)"
        "  LEFT JOIN seller_staff ss ON ss.user_id = s.user_id"
        " WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?"
        "   AND ((s.realm = 'staff' AND ss.user_id IS NOT NULL)"
        "     OR (s.realm = 'member' AND m.status = 'active' AND c.status IN ('active', 'pending')))");
    /* Members: their membership, role and company. Staff: their staff
     * role, and the company they are viewing as a customer, if any. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_blob(q, 1, token_digest, AUTH_DIGEST_BYTES, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, now - idle_seconds);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    out->id = sqlite3_column_int64(q, 0);
    out->user_id = sqlite3_column_int64(q, 1);
    out->realm = strcmp(db_column_text(q, 2), "staff") == 0 ? REALM_STAFF : REALM_MEMBER;
    out->company_id = sqlite3_column_int64(q, 3);
    *last_seen_at = sqlite3_column_int64(q, 4);
    DB_COPY(out->user_name, q, 5);
    DB_COPY(out->email, q, 6);
    DB_COPY(out->company_name, q, 7);
    DB_COPY(out->role_name, q, 8);
    out->permissions = out->realm == REALM_MEMBER ? (unsigned)sqlite3_column_int64(q, 9) : 0;
    out->applicant = sqlite3_column_int(q, 10);
    out->viewing_as_customer = out->realm == REALM_STAFF && sqlite3_column_int(q, 11);
    out->membership_count = out->realm == REALM_MEMBER ? sqlite3_column_int(q, 12) : 0;
    memcpy(out->token_digest, token_digest, AUTH_DIGEST_BYTES);
    return 1;
}

int store_session_set_company(int64_t session_id, int64_t company_id)
{
    DB_STATEMENT(st, "UPDATE sessions SET company_id = ? WHERE id = ? AND realm = 'member'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, session_id);
    return db_step_done(q);
}

int store_session_set_viewing(int64_t session_id, int64_t company_id)
{
    DB_STATEMENT(st, "UPDATE sessions SET viewing_company_id = NULLIF(?, 0) WHERE id = ? AND realm = 'staff'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, session_id);
    return db_step_done(q);
}

int store_memberships_of_user(int64_t user_id, struct user_membership *out, int max)
{
    DB_STATEMENT(st, "SELECT c.id, c.name, r.name, c.status = 'pending' FROM memberships m"
        "  JOIN companies c ON c.id = m.company_id JOIN roles r ON r.id = m.role_id"
        " WHERE m.user_id = ? AND m.status = 'active' AND c.status IN ('active', 'pending')"
        " ORDER BY c.name LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        out[n].company_id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].company_name, q, 1);
        DB_COPY(out[n].role_name, q, 2);
        out[n].pending = sqlite3_column_int(q, 3);
        n++;
    }
    return n;
}

int store_session_touch(int64_t session_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE sessions SET last_seen_at = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, session_id);
    return db_step_done(q);
}

int store_session_delete(const uint8_t *token_digest)
{
    DB_STATEMENT(st, "DELETE FROM sessions WHERE token_hash = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_blob(q, 1, token_digest, AUTH_DIGEST_BYTES, SQLITE_STATIC);
    return db_step_done(q);
}

int store_sessions_delete_for_user(int64_t user_id, int64_t keep_id)
{
    DB_STATEMENT(st, "DELETE FROM sessions WHERE user_id = ? AND id <> ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, keep_id);
    return db_step_done(q);
}
