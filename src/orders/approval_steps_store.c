/* An order's approval steps and their approvers, read as the order pages,
 * the approval inbox and the reminders see them. The approvals area writes
 * them (approvals/approvals_store.h); reading them here lets an order page
 * show its trail without the order area depending on approvals. */
#include "orders/approval_steps_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* --- Steps and approvers ------------------------------------------------------------- */

#define STEP_COLUMNS \
    "SELECT s.id, s.order_id, s.company_id, s.level, s.rule_name, s.reason, s.approver_label, s.mode, s.note," \
    "       s.status, COALESCE(s.requested_at, 0), COALESCE(s.decided_at, 0), COALESCE(s.reminded_at, 0)," \
    "       s.version, o.number, o.status, COALESCE(o.placed_by_user_id, 0)" \
    "  FROM approval_steps s JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"

static void read_step(sqlite3_stmt *q, struct approval_step *s)
{
    memset(s, 0, sizeof *s);
    s->id = sqlite3_column_int64(q, 0);
    s->order_id = sqlite3_column_int64(q, 1);
    s->company_id = sqlite3_column_int64(q, 2);
    s->level = sqlite3_column_int(q, 3);
    DB_COPY(s->rule_name, q, 4);
    DB_COPY(s->reason, q, 5);
    DB_COPY(s->approver_label, q, 6);
    DB_COPY(s->mode, q, 7);
    DB_COPY(s->note, q, 8);
    DB_COPY(s->status, q, 9);
    s->requested_at = sqlite3_column_int64(q, 10);
    s->decided_at = sqlite3_column_int64(q, 11);
    s->reminded_at = sqlite3_column_int64(q, 12);
    s->version = sqlite3_column_int64(q, 13);
    DB_COPY(s->order_number, q, 14);
    DB_COPY(s->order_status, q, 15);
    s->placed_by_user_id = sqlite3_column_int64(q, 16);
}

int store_approval_step_get(int64_t company_id, int64_t step_id, struct approval_step *out)
{
    DB_STATEMENT(st, STEP_COLUMNS " WHERE s.id = ?1 AND s.company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_step(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_approval_order_steps(int64_t company_id, int64_t order_id, struct approval_step *out, int max)
{
    DB_STATEMENT(st, STEP_COLUMNS
        " WHERE s.order_id = ?1 AND s.company_id = ?2 ORDER BY s.level, s.id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_step(q, &out[n++]);
    return db_list_end(q, n < max ? rc : SQLITE_DONE, n);
}

#define APPROVER_COLUMNS \
    "SELECT a.step_id, a.user_id, u.name, u.email, a.via, COALESCE(a.on_behalf_of, 0), COALESCE(b.name, '')," \
    "       a.decision, a.comment, COALESCE(a.decided_at, 0), COALESCE(m.business_unit_id, 0)" \
    "  FROM approval_step_approvers a JOIN users u ON u.id = a.user_id" \
    "  LEFT JOIN users b ON b.id = a.on_behalf_of" \
    "  LEFT JOIN memberships m ON m.company_id = a.company_id AND m.user_id = a.user_id"

static int read_approvers(sqlite3_stmt *q, struct approval_approver *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct approval_approver *a = &out[n++];
        memset(a, 0, sizeof *a);
        a->step_id = sqlite3_column_int64(q, 0);
        a->user_id = sqlite3_column_int64(q, 1);
        DB_COPY(a->name, q, 2);
        DB_COPY(a->email, q, 3);
        DB_COPY(a->via, q, 4);
        a->on_behalf_of = sqlite3_column_int64(q, 5);
        DB_COPY(a->on_behalf_name, q, 6);
        DB_COPY(a->decision, q, 7);
        DB_COPY(a->comment, q, 8);
        a->decided_at = sqlite3_column_int64(q, 9);
        a->unit_id = sqlite3_column_int64(q, 10);
    }
    return db_list_end(q, n < max ? rc : SQLITE_DONE, n);
}

int store_approval_step_approvers(int64_t step_id, struct approval_approver *out, int max)
{
    DB_STATEMENT(st, APPROVER_COLUMNS
        " WHERE a.step_id = ?1 ORDER BY a.on_behalf_of IS NOT NULL, u.name, a.user_id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int(q, 2, max);
    return read_approvers(q, out, max);
}

int store_approval_order_approvers(int64_t order_id, struct approval_approver *out, int max)
{
    DB_STATEMENT(st, APPROVER_COLUMNS
        "  JOIN approval_steps s ON s.id = a.step_id"
        " WHERE s.order_id = ?1 ORDER BY s.level, s.id, a.on_behalf_of IS NOT NULL, u.name, a.user_id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int(q, 2, max);
    return read_approvers(q, out, max);
}

int store_approval_company_waiting_steps(int64_t company_id, struct approval_step *out, int max)
{
    DB_STATEMENT(st, STEP_COLUMNS
        " WHERE s.company_id = ?1 AND s.status = 'waiting' AND o.status = 'pending_approval'"
        " ORDER BY s.order_id, s.level, s.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_step(q, &out[n++]);
    return db_list_end(q, n < max ? rc : SQLITE_DONE, n);
}
