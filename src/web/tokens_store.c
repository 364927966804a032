#include "web/tokens.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

int token_revoke_all(const char *purpose, int64_t user_id)
{
    DB_STATEMENT(st, "UPDATE one_time_tokens SET used_at = ? WHERE purpose = ? AND user_id = ? AND used_at IS NULL");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, clock_now());
    db_bind_text(q, 2, purpose);
    sqlite3_bind_int64(q, 3, user_id);
    return db_step_done(q);
}

int token_issue(const char *purpose, int64_t user_id, int64_t ref_id, const char *data,
                int64_t ttl_seconds, char text[AUTH_TOKEN_TEXT])
{
    if (user_id && token_revoke_all(purpose, user_id) != 0) return -1;
    DB_STATEMENT(st, "INSERT INTO one_time_tokens (token_hash, purpose, user_id, ref_id, data, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    uint8_t digest[AUTH_DIGEST_BYTES];
    auth_token_new(text, digest);
    int64_t now = clock_now();
    sqlite3_bind_blob(q, 1, digest, sizeof digest, SQLITE_TRANSIENT);
    db_bind_text(q, 2, purpose);
    if (user_id) sqlite3_bind_int64(q, 3, user_id); else sqlite3_bind_null(q, 3);
    if (ref_id) sqlite3_bind_int64(q, 4, ref_id); else sqlite3_bind_null(q, 4);
    db_bind_text(q, 5, data ? data : "");
    sqlite3_bind_int64(q, 6, now);
    sqlite3_bind_int64(q, 7, now + ttl_seconds);
    return db_step_done(q);
}

static void read_info(sqlite3_stmt *q, struct token_info *out)
{
    out->id = sqlite3_column_int64(q, 0);
    out->user_id = sqlite3_column_int64(q, 1);
    out->ref_id = sqlite3_column_int64(q, 2);
    DB_COPY(out->data, q, 3);
}

enum token_state token_check(const char *purpose, const char *text, struct token_info *out)
{
    uint8_t digest[AUTH_DIGEST_BYTES];
    if (auth_token_digest(text, digest) != 0) return TOKEN_UNKNOWN;
    DB_STATEMENT(st, "SELECT id, COALESCE(user_id, 0), COALESCE(ref_id, 0), data, expires_at, used_at IS NOT NULL"
        " FROM one_time_tokens WHERE token_hash = ? AND purpose = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return TOKEN_ERROR;
    sqlite3_bind_blob(q, 1, digest, sizeof digest, SQLITE_TRANSIENT);
    db_bind_text(q, 2, purpose);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return TOKEN_UNKNOWN;
    if (rc != SQLITE_ROW) return TOKEN_ERROR;
    if (sqlite3_column_int(q, 5)) return TOKEN_USED;
    if (sqlite3_column_int64(q, 4) <= clock_now()) return TOKEN_EXPIRED;
    read_info(q, out);
    return TOKEN_VALID;
}

enum token_state token_consume(const char *purpose, const char *text, struct token_info *out)
{
    enum token_state state = token_check(purpose, text, out);
    if (state != TOKEN_VALID) return state;
    DB_STATEMENT(st, "UPDATE one_time_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?");
    /* The WHERE makes the use atomic: a second request finds used_at set. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return TOKEN_ERROR;
    int64_t now = clock_now();
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, out->id);
    sqlite3_bind_int64(q, 3, now);
    if (sqlite3_step(q) != SQLITE_DONE) return TOKEN_ERROR;
    return sqlite3_changes(db_handle()) == 1 ? TOKEN_VALID : TOKEN_USED;
}

const char *token_state_message(enum token_state state)
{
    switch (state) {
    case TOKEN_EXPIRED: return "This link has expired. Ask for a new one.";
    case TOKEN_USED: return "This link has already been used. Ask for a new one if you still need it.";
    case TOKEN_ERROR: return "Something went wrong while checking this link. Please try again.";
    default: return "This link is not valid. Check that you copied all of it, or ask for a new one.";
    }
}
