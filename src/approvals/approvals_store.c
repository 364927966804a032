/* Approval steps SQL: inbox, decisions, trail, delegation, reminders and
 * the back office's read-only view. Owner: approval inbox. */
#include "approvals/approvals_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* Runs a write and answers how many rows it changed, or -1. */
static int changed(sqlite3_stmt *q)
{
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle());
}

/* Ends a list: the rows written, or -1 when the last step was an error. */
static int list_end(sqlite3_stmt *q, int rc, int n)
{
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

static int count_of(sqlite3_stmt *q)
{
    int rc = sqlite3_step(q);
    int n = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

/* --- The inbox ------------------------------------------------------------------ */

#define INBOX_COLUMNS \
    "SELECT s.id, o.id, o.number, COALESCE(u.name, ''), o.total_cents, o.currency, o.placed_at," \
    "       COALESCE(s.requested_at, o.placed_at), s.level, s.rule_name, s.reason, s.approver_label,"

static void read_inbox_row(sqlite3_stmt *q, struct approval_inbox_row *r)
{
    r->step_id = sqlite3_column_int64(q, 0);
    r->order_id = sqlite3_column_int64(q, 1);
    DB_COPY(r->number, q, 2);
    DB_COPY(r->buyer, q, 3);
    r->total = sqlite3_column_int64(q, 4);
    DB_COPY(r->currency, q, 5);
    r->placed_at = sqlite3_column_int64(q, 6);
    r->requested_at = sqlite3_column_int64(q, 7);
    r->level = sqlite3_column_int(q, 8);
    DB_COPY(r->rule_name, q, 9);
    DB_COPY(r->reason, q, 10);
    DB_COPY(r->approver_label, q, 11);
    DB_COPY(r->via, q, 12);
    DB_COPY(r->on_behalf_of, q, 13);
}

int store_approvals_waiting(int64_t company_id, int64_t user_id, struct approval_inbox_row *out, int max)
{
    DB_STATEMENT(all, INBOX_COLUMNS
        "       '', ''"
        "  FROM approval_steps s"
        "  JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"
        "  LEFT JOIN users u ON u.id = o.placed_by_user_id"
        " WHERE s.company_id = ?1 AND s.status = 'waiting' AND o.status = 'pending_approval'"
        "   AND ?2 = 0"
        " ORDER BY COALESCE(s.requested_at, o.placed_at), s.id LIMIT ?3");
    DB_STATEMENT(mine, INBOX_COLUMNS
        "       a.via, COALESCE(b.name, '')"
        "  FROM approval_step_approvers a"
        "  JOIN approval_steps s ON s.id = a.step_id AND s.company_id = a.company_id"
        "  JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"
        "  LEFT JOIN users u ON u.id = o.placed_by_user_id"
        "  LEFT JOIN users b ON b.id = a.on_behalf_of"
        " WHERE a.company_id = ?1 AND a.user_id = ?2 AND a.decision = ''"
        "   AND s.status = 'waiting' AND o.status = 'pending_approval'"
        "   AND COALESCE(o.placed_by_user_id, 0) <> ?2"
        "   AND NOT EXISTS (SELECT 1 FROM approval_step_approvers c WHERE c.step_id = a.step_id AND c.decision <> ''"
        "                   AND (c.user_id = a.on_behalf_of OR c.on_behalf_of = a.user_id))"
        " ORDER BY COALESCE(s.requested_at, o.placed_at), s.id LIMIT ?3");
    sqlite3_stmt *q = user_id
        ? db_use(&mine)
        : db_use(&all);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        memset(&out[n], 0, sizeof out[n]);
        read_inbox_row(q, &out[n++]);
    }
    return list_end(q, n < max ? rc : SQLITE_DONE, n);
}

int store_approvals_waiting_count(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(all, "SELECT COUNT(*) FROM approval_steps s"
        "  JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"
        " WHERE s.company_id = ?1 AND s.status = 'waiting' AND o.status = 'pending_approval' AND ?2 = 0");
    DB_STATEMENT(mine, "SELECT COUNT(*) FROM approval_step_approvers a"
        "  JOIN approval_steps s ON s.id = a.step_id AND s.company_id = a.company_id"
        "  JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"
        " WHERE a.company_id = ?1 AND a.user_id = ?2 AND a.decision = ''"
        "   AND s.status = 'waiting' AND o.status = 'pending_approval'"
        "   AND COALESCE(o.placed_by_user_id, 0) <> ?2"
        "   AND NOT EXISTS (SELECT 1 FROM approval_step_approvers c WHERE c.step_id = a.step_id AND c.decision <> ''"
        "                   AND (c.user_id = a.on_behalf_of OR c.on_behalf_of = a.user_id))");
    sqlite3_stmt *q = user_id
        ? db_use(&mine)
        : db_use(&all);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    return count_of(q);
}

int store_approvals_decided_by(int64_t company_id, int64_t user_id, struct approval_history_row *out, int max)
{
    DB_STATEMENT(st, "SELECT s.id, o.number, COALESCE(u.name, ''), o.total_cents, o.currency, s.rule_name,"
        "       a.decision, a.comment, a.decided_at, s.status, o.status, a.via, COALESCE(b.name, '')"
        "  FROM approval_step_approvers a"
        "  JOIN approval_steps s ON s.id = a.step_id AND s.company_id = a.company_id"
        "  JOIN orders o ON o.id = s.order_id AND o.company_id = s.company_id"
        "  LEFT JOIN users u ON u.id = o.placed_by_user_id"
        "  LEFT JOIN users b ON b.id = a.on_behalf_of"
        " WHERE a.company_id = ?1 AND a.user_id = ?2 AND a.decision IN ('approved', 'rejected')"
        " ORDER BY a.decided_at DESC, s.id DESC LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct approval_history_row *r = &out[n++];
        memset(r, 0, sizeof *r);
        r->step_id = sqlite3_column_int64(q, 0);
        DB_COPY(r->number, q, 1);
        DB_COPY(r->buyer, q, 2);
        r->total = sqlite3_column_int64(q, 3);
        DB_COPY(r->currency, q, 4);
        DB_COPY(r->rule_name, q, 5);
        DB_COPY(r->decision, q, 6);
        DB_COPY(r->comment, q, 7);
        r->decided_at = sqlite3_column_int64(q, 8);
        DB_COPY(r->step_status, q, 9);
        DB_COPY(r->order_status, q, 10);
        DB_COPY(r->via, q, 11);
        DB_COPY(r->on_behalf_of, q, 12);
    }
    return list_end(q, n < max ? rc : SQLITE_DONE, n);
}

/* --- Deciding -------------------------------------------------------------------------- */

int store_approval_vote(int64_t company_id, int64_t step_id, int64_t user_id, const char *decision,
                        const char *comment, int64_t now)
{
    DB_STATEMENT(st, "UPDATE approval_step_approvers SET decision = ?4, comment = ?5, decided_at = ?6"
        " WHERE step_id = ?1 AND company_id = ?2 AND user_id = ?3 AND decision = ''"
        "   AND EXISTS (SELECT 1 FROM approval_steps s WHERE s.id = ?1 AND s.company_id = ?2 AND s.status = 'waiting')");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, user_id);
    db_bind_text(q, 4, decision);
    db_bind_text(q, 5, comment);
    sqlite3_bind_int64(q, 6, now);
    return changed(q);
}

int store_approval_step_close(int64_t step_id, int64_t version, const char *status, int64_t now)
{
    DB_STATEMENT(st, "UPDATE approval_steps SET status = ?3, decided_at = ?4, version = version + 1"
        " WHERE id = ?1 AND version = ?2 AND status = 'waiting'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, version);
    db_bind_text(q, 3, status);
    sqlite3_bind_int64(q, 4, now);
    return changed(q);
}

int store_approval_open_level(int64_t order_id, int level, int64_t now)
{
    DB_STATEMENT(delegates_st, "INSERT OR IGNORE INTO approval_step_approvers (step_id, company_id, user_id, via, on_behalf_of)"
        " SELECT a.step_id, a.company_id, d.delegate_user_id, 'delegate', a.user_id"
        "   FROM approval_steps s"
        "   JOIN orders o ON o.id = s.order_id"
        "   JOIN approval_step_approvers a ON a.step_id = s.id"
        "   JOIN approval_delegations d ON d.company_id = a.company_id AND d.user_id = a.user_id"
        "    AND d.starts_at <= ?3 AND d.ends_at > ?3"
        "   JOIN memberships m ON m.company_id = d.company_id AND m.user_id = d.delegate_user_id AND m.status = 'active'"
        "  WHERE s.order_id = ?1 AND s.level = ?2 AND s.status = 'waiting' AND a.on_behalf_of IS NULL"
        "    AND a.decision = '' AND d.delegate_user_id <> COALESCE(o.placed_by_user_id, 0)");
    DB_STATEMENT(open_st, "UPDATE approval_steps SET status = 'waiting', requested_at = ?3, version = version + 1"
        " WHERE order_id = ?1 AND level = ?2 AND status = 'queued'");
    sqlite3_stmt *q = db_use(&open_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int(q, 2, level);
    sqlite3_bind_int64(q, 3, now);
    int opened = changed(q);
    if (opened <= 0) return opened;
    /* Steps arriving while an approver is out of office go to their
     * delegate too (as at submit); never to the buyer. */
    q = db_use(&delegates_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int(q, 2, level);
    sqlite3_bind_int64(q, 3, now);
    return db_step_done(q) == 0 ? opened : -1;
}

/* --- Out of office --------------------------------------------------------------------------- */

int store_delegation_get(int64_t company_id, int64_t user_id, struct approval_delegation *out)
{
    DB_STATEMENT(st, "SELECT d.delegate_user_id, u.name, d.starts_at, d.ends_at FROM approval_delegations d"
        "  JOIN users u ON u.id = d.delegate_user_id WHERE d.company_id = ?1 AND d.user_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->delegate_user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out->delegate_name, q, 1);
        out->starts_at = sqlite3_column_int64(q, 2);
        out->ends_at = sqlite3_column_int64(q, 3);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_delegation_set(int64_t company_id, int64_t user_id, int64_t delegate_user_id, int64_t starts_at,
                         int64_t ends_at)
{
    DB_STATEMENT(st, "INSERT INTO approval_delegations (company_id, user_id, delegate_user_id, starts_at, ends_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (company_id, user_id) DO UPDATE SET"
        " delegate_user_id = excluded.delegate_user_id, starts_at = excluded.starts_at, ends_at = excluded.ends_at");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, delegate_user_id);
    sqlite3_bind_int64(q, 4, starts_at);
    sqlite3_bind_int64(q, 5, ends_at);
    return db_step_done(q);
}

int store_delegation_clear(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "DELETE FROM approval_delegations WHERE company_id = ?1 AND user_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    return changed(q);
}

int store_inbox_member_get(int64_t company_id, int64_t user_id, struct unit_member *out)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id"
        " WHERE m.company_id = ?1 AND m.user_id = ?2 AND m.status = 'active' AND u.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out->name, q, 1);
        DB_COPY(out->email, q, 2);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* --- Reminders ---------------------------------------------------------------------------------- */

int store_approval_due_steps(int64_t now, struct approval_due_step *out, int max)
{
    DB_STATEMENT(st, "SELECT s.id, s.company_id, c.name, o.id, o.number, o.total_cents, o.currency,"
        "       COALESCE(o.placed_by_user_id, 0), COALESCE(u.name, ''), s.rule_name, s.reason,"
        "       s.requested_at, COALESCE(s.reminded_at, 0), c.approval_reminder_days, c.approval_escalate"
        "  FROM companies c"
        "  JOIN approval_steps s ON s.company_id = c.id AND s.status = 'waiting'"
        "   AND s.requested_at <= ?1 - c.approval_reminder_days * 86400"
        "  JOIN orders o ON o.id = s.order_id AND o.status = 'pending_approval'"
        "  LEFT JOIN users u ON u.id = o.placed_by_user_id"
        " WHERE c.approval_reminder_days > 0"
        "   AND (s.reminded_at IS NULL OR s.reminded_at <= ?1 - c.approval_reminder_days * 86400)"
        " ORDER BY c.id, s.requested_at, s.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct approval_due_step *d = &out[n++];
        memset(d, 0, sizeof *d);
        d->step_id = sqlite3_column_int64(q, 0);
        d->company_id = sqlite3_column_int64(q, 1);
        DB_COPY(d->company_name, q, 2);
        d->order_id = sqlite3_column_int64(q, 3);
        DB_COPY(d->number, q, 4);
        d->total = sqlite3_column_int64(q, 5);
        DB_COPY(d->currency, q, 6);
        d->buyer_user_id = sqlite3_column_int64(q, 7);
        DB_COPY(d->buyer, q, 8);
        DB_COPY(d->rule_name, q, 9);
        DB_COPY(d->reason, q, 10);
        d->requested_at = sqlite3_column_int64(q, 11);
        d->reminded_at = sqlite3_column_int64(q, 12);
        d->days = sqlite3_column_int(q, 13);
        d->escalate = sqlite3_column_int(q, 14);
    }
    return list_end(q, n < max ? rc : SQLITE_DONE, n);
}

int store_approval_mark_reminded(int64_t step_id, int64_t since, int64_t now)
{
    DB_STATEMENT(st, "UPDATE approval_steps SET reminded_at = ?3"
        " WHERE id = ?1 AND status = 'waiting' AND (reminded_at IS NULL OR reminded_at <= ?2)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, since);
    sqlite3_bind_int64(q, 3, now);
    return changed(q);
}

int store_inbox_units(int64_t company_id, struct approval_unit *out, int max)
{
    DB_STATEMENT(st, "SELECT b.id, COALESCE(b.parent_id, 0), COALESCE(m.user_id, 0) FROM business_units b"
        "  LEFT JOIN memberships m ON m.company_id = b.company_id AND m.user_id = b.manager_user_id"
        "   AND m.status = 'active'"
        " WHERE b.company_id = ?1 ORDER BY b.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        out[n].parent_id = sqlite3_column_int64(q, 1);
        out[n].manager_user_id = sqlite3_column_int64(q, 2);
        n++;
    }
    return list_end(q, n < max ? rc : SQLITE_DONE, n);
}

int store_approval_add_approver(int64_t step_id, int64_t company_id, int64_t user_id, const char *via,
                                int64_t on_behalf_of)
{
    DB_STATEMENT(st, "INSERT INTO approval_step_approvers (step_id, company_id, user_id, via, on_behalf_of)"
        " VALUES (?1, ?2, ?3, ?4, ?5)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, user_id);
    db_bind_text(q, 4, via);
    if (on_behalf_of) sqlite3_bind_int64(q, 5, on_behalf_of);
    else sqlite3_bind_null(q, 5);
    return db_step_done(q);
}

/* --- Back office ------------------------------------------------------------------------------------ */

int store_approval_company_waiting_orders(int64_t company_id, struct approval_waiting_order *out, int max)
{
    DB_STATEMENT(st, "SELECT o.id, o.number, COALESCE(u.name, ''), o.total_cents, o.currency, o.placed_at FROM orders o"
        "  LEFT JOIN users u ON u.id = o.placed_by_user_id"
        " WHERE o.company_id = ?1 AND o.status = 'pending_approval' ORDER BY o.placed_at, o.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct approval_waiting_order *o = &out[n++];
        o->order_id = sqlite3_column_int64(q, 0);
        DB_COPY(o->number, q, 1);
        DB_COPY(o->buyer, q, 2);
        o->total = sqlite3_column_int64(q, 3);
        DB_COPY(o->currency, q, 4);
        o->placed_at = sqlite3_column_int64(q, 5);
    }
    return list_end(q, n < max ? rc : SQLITE_DONE, n);
}
