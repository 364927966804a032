#include "mail/outbox_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_outbox_insert(const struct outbox_new *m)
{
    DB_STATEMENT(st, "INSERT INTO outbox (message_id, template, to_address, to_name, user_id, company_id,"
        " subject, text_body, html_body, status, next_attempt_at, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, m->message_id);
    db_bind_text(q, 2, m->template_name);
    db_bind_text(q, 3, m->to_address);
    db_bind_text(q, 4, m->to_name);
    if (m->user_id) sqlite3_bind_int64(q, 5, m->user_id); else sqlite3_bind_null(q, 5);
    if (m->company_id) sqlite3_bind_int64(q, 6, m->company_id); else sqlite3_bind_null(q, 6);
    db_bind_text(q, 7, m->subject);
    db_bind_text(q, 8, m->text_body);
    db_bind_text(q, 9, m->html_body);
    sqlite3_bind_int64(q, 10, m->now);
    sqlite3_bind_int64(q, 11, m->now);
    return db_step_done(q);
}

int store_notification_enabled(int64_t user_id, const char *type)
{
    DB_STATEMENT(st, "SELECT enabled FROM notification_preferences WHERE user_id = ? AND type = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return 1;
    sqlite3_bind_int64(q, 1, user_id);
    db_bind_text(q, 2, type);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) != 0 : 1;
}

int store_notification_set(int64_t user_id, const char *type, int enabled)
{
    DB_STATEMENT(st, "INSERT INTO notification_preferences (user_id, type, enabled) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id, type) DO UPDATE SET enabled = excluded.enabled");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    db_bind_text(q, 2, type);
    sqlite3_bind_int(q, 3, enabled ? 1 : 0);
    return db_step_done(q);
}

void outbox_message_free(struct outbox_message *m)
{
    free(m->message_id);
    free(m->to_address);
    free(m->to_name);
    free(m->subject);
    free(m->text_body);
    free(m->html_body);
    memset(m, 0, sizeof *m);
}

static char *dup_column(sqlite3_stmt *q, int col)
{
    return strdup(db_column_text(q, col));
}

/* One message, the oldest due: 1 claimed, 0 none due, -1 an error. The
 * batch is one statement per message in one transaction, not "id IN
 * (SELECT ... LIMIT n)": with statistics taken while the outbox was small
 * SQLite reads the whole table for that form, every body included. */
static int claim_one(int64_t now, struct outbox_message *out)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'sending', claimed_at = ?1, attempts = attempts + 1"
        " WHERE id = (SELECT id FROM outbox WHERE status IN ('queued', 'retrying') AND next_attempt_at <= ?1"
        "             ORDER BY next_attempt_at, id LIMIT 1)"
        " RETURNING id, message_id, to_address, to_name, subject, text_body, html_body, attempts, created_at");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(q, 0);
    out->message_id = dup_column(q, 1);
    out->to_address = dup_column(q, 2);
    out->to_name = dup_column(q, 3);
    out->subject = dup_column(q, 4);
    out->text_body = dup_column(q, 5);
    out->html_body = dup_column(q, 6);
    out->attempts = sqlite3_column_int(q, 7);
    out->created_at = sqlite3_column_int64(q, 8);
    /* Finish the statement so the UPDATE is done. */
    while (sqlite3_step(q) == SQLITE_ROW) {}
    sqlite3_reset(q);
    if (!out->message_id || !out->to_address || !out->to_name || !out->subject || !out->text_body || !out->html_body) {
        outbox_message_free(out);
        return -1;
    }
    return 1;
}

int store_outbox_claim(int64_t now, struct outbox_message *out, int max)
{
    if (db_begin() != 0) return -1;
    int n = 0, rc = 0;
    while (n < max && (rc = claim_one(now, &out[n])) == 1) n++;
    if (db_finish(rc >= 0, "claiming mail")) return n;
    for (int i = 0; i < n; i++) outbox_message_free(&out[i]);
    return -1;
}

int store_outbox_reclaim(int64_t now, int64_t older_than)
{
    /* INDEXED BY: runs on every pass of the mailer, and statistics taken
     * while the outbox was small (ANALYZE on a young database) make SQLite
     * prefer reading the whole table, every message body included. */
    DB_STATEMENT(st, "UPDATE outbox INDEXED BY outbox_due SET status = 'retrying', next_attempt_at = ?, claimed_at = NULL,"
        " last_error = 'delivery was interrupted; trying again'"
        " WHERE status = 'sending' AND claimed_at < ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, now - older_than);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle());
}

int store_outbox_unclaim(int64_t id)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = CASE WHEN attempts > 1 THEN 'retrying' ELSE 'queued' END,"
        " attempts = attempts - 1, claimed_at = NULL WHERE id = ? AND status = 'sending'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return db_step_done(q);
}

int store_outbox_has_work(int64_t now, int64_t older_than)
{
    DB_STATEMENT(st, "SELECT 1 WHERE EXISTS (SELECT 1 FROM outbox INDEXED BY outbox_due"
        "                      WHERE status IN ('queued', 'retrying') AND next_attempt_at <= ?1)"
        " OR EXISTS (SELECT 1 FROM outbox INDEXED BY outbox_due WHERE status = 'sending' AND claimed_at < ?2)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, now - older_than);
    return db_step_exists(q);
}

int store_outbox_mark_sent(int64_t id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'sent', sent_at = ?, claimed_at = NULL, last_error = '' WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, id);
    return db_step_done(q);
}

int store_outbox_mark_retry(int64_t id, int64_t next_attempt_at, const char *error)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'retrying', next_attempt_at = ?, claimed_at = NULL, last_error = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, next_attempt_at);
    db_bind_text(q, 2, error);
    sqlite3_bind_int64(q, 3, id);
    return db_step_done(q);
}

int store_outbox_mark_failed(int64_t id, const char *error)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'failed', claimed_at = NULL, last_error = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, error);
    sqlite3_bind_int64(q, 2, id);
    return db_step_done(q);
}

int store_bo_outbox_retry_now(const struct staff_scope *scope, int64_t id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = ?1"
        " WHERE id = ?2 AND status IN ('failed', 'retrying') AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, id);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) == 1;
}

static void read_row(sqlite3_stmt *q, struct outbox_row *r)
{
    r->id = sqlite3_column_int64(q, 0);
    DB_COPY(r->to_address, q, 1);
    DB_COPY(r->to_name, q, 2);
    DB_COPY(r->subject, q, 3);
    DB_COPY(r->template_name, q, 4);
    DB_COPY(r->status, q, 5);
    r->attempts = sqlite3_column_int(q, 6);
    DB_COPY(r->last_error, q, 7);
    r->created_at = sqlite3_column_int64(q, 8);
    r->sent_at = sqlite3_column_int64(q, 9);
    r->next_attempt_at = sqlite3_column_int64(q, 10);
}

#define ROW_COLUMNS "id, to_address, to_name, subject, template, status, attempts, last_error," \
                    " created_at, COALESCE(sent_at, 0), next_attempt_at"

int store_bo_outbox_list(const struct staff_scope *scope, const char *status, int offset, struct outbox_row *out,
                         int max)
{
    DB_STATEMENT(st, "SELECT " ROW_COLUMNS " FROM outbox WHERE (?1 = '' OR status = ?1) AND" STAFF_SCOPE_COMPANY_ID("company_id")
        " ORDER BY created_at DESC, id DESC LIMIT ?2 OFFSET ?3");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, status);
    sqlite3_bind_int(q, 2, max);
    sqlite3_bind_int(q, 3, offset);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_row(q, &out[n++]);
    return n;
}

int store_bo_outbox_count(const struct staff_scope *scope, const char *status)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM outbox WHERE (?1 = '' OR status = ?1) AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, status);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_bo_outbox_get(const struct staff_scope *scope, int64_t id, struct outbox_row *row,
                        struct outbox_message *bodies)
{
    DB_STATEMENT(st, "SELECT " ROW_COLUMNS ", message_id, text_body, html_body FROM outbox"
        " WHERE id = ?1 AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_row(q, row);
    memset(bodies, 0, sizeof *bodies);
    bodies->id = row->id;
    bodies->message_id = dup_column(q, 11);
    bodies->text_body = dup_column(q, 12);
    bodies->html_body = dup_column(q, 13);
    return 1;
}
