/* Credit requests' SQL (credit_requests_store.h). */
#include "credit/credit_requests_store.h"

#include "base/db.h"
#include "base/staff_scope_store.h"

#define REQUEST_COLUMNS "r.id, r.company_id, r.requested_by, r.amount_cents, COALESCE(r.decided_amount, 0), r.created_at," \
    " COALESCE(r.decided_at, 0), c.name, COALESCE(u.name, ''), COALESCE(u.email, ''), r.reason, r.until, r.status," \
    " r.decided_until, r.decision_reason, COALESCE(d.name, ''), COALESCE(a.credit_limit_cents, 0), c.currency"
#define REQUEST_FROM " FROM credit_requests r JOIN companies c ON c.id = r.company_id" \
    " LEFT JOIN users u ON u.id = r.requested_by LEFT JOIN users d ON d.id = r.decided_by" \
    " LEFT JOIN credit_accounts a ON a.company_id = r.company_id"

static void read_request(sqlite3_stmt *q, struct credit_request *r)
{
    r->id = sqlite3_column_int64(q, 0);
    r->company_id = sqlite3_column_int64(q, 1);
    r->requested_by = sqlite3_column_int64(q, 2);
    r->amount = sqlite3_column_int64(q, 3);
    r->decided_amount = sqlite3_column_int64(q, 4);
    r->created_at = sqlite3_column_int64(q, 5);
    r->decided_at = sqlite3_column_int64(q, 6);
    DB_COPY(r->company_name, q, 7);
    DB_COPY(r->requester_name, q, 8);
    DB_COPY(r->requester_email, q, 9);
    DB_COPY(r->reason, q, 10);
    DB_COPY(r->until, q, 11);
    DB_COPY(r->status, q, 12);
    DB_COPY(r->decided_until, q, 13);
    DB_COPY(r->decision_reason, q, 14);
    DB_COPY(r->decider_name, q, 15);
    r->current_limit = sqlite3_column_int64(q, 16);
    DB_COPY(r->currency, q, 17);
}

static int read_requests(sqlite3_stmt *q, struct credit_request *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_request(q, &out[n++]);
    return db_list_end(q, rc, n);
}

int store_credit_requests(int64_t company_id, struct credit_request *out, int max)
{
    DB_STATEMENT(st, "SELECT " REQUEST_COLUMNS REQUEST_FROM " WHERE r.company_id = ?1 ORDER BY r.created_at DESC, r.id DESC LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    return read_requests(q, out, max);
}

int store_credit_request_open(int64_t company_id, int64_t *id)
{
    DB_STATEMENT(st, "SELECT id FROM credit_requests WHERE company_id = ?1 AND status = 'open'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_request_insert(int64_t company_id, int64_t user_id, int64_t amount, const char *reason,
                                const char *until, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO credit_requests (company_id, requested_by, amount_cents, reason, until, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, amount);
    db_bind_text(q, 4, reason);
    db_bind_text(q, 5, until);
    sqlite3_bind_int64(q, 6, now);
    if (db_step_done(q) != 0) return -1;
    if (id) *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_bo_credit_requests(const struct staff_scope *scope, struct credit_request *out, int max)
{
    DB_STATEMENT(st, "SELECT " REQUEST_COLUMNS REQUEST_FROM " WHERE" STAFF_SCOPE_COMPANY("c")
        " ORDER BY r.status <> 'open', r.created_at DESC, r.id DESC LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    return read_requests(q, out, max);
}

int store_bo_credit_request(const struct staff_scope *scope, int64_t id, struct credit_request *out)
{
    DB_STATEMENT(st, "SELECT " REQUEST_COLUMNS REQUEST_FROM " WHERE r.id = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_request(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_bo_credit_request_decide(const struct staff_scope *scope, int64_t id, const char *status, int64_t user_id,
                                   int64_t amount, const char *until, const char *reason, int64_t now)
{
    DB_STATEMENT(st, "UPDATE credit_requests SET status = ?2, decided_by = ?3, decided_amount = ?4, decided_until = ?5,"
        " decision_reason = ?6, decided_at = ?7 WHERE id = ?1 AND status = 'open'"
        " AND company_id IN (SELECT c.id FROM companies c WHERE" STAFF_SCOPE_COMPANY("c") ")");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    db_bind_text(q, 2, status);
    sqlite3_bind_int64(q, 3, user_id);
    sqlite3_bind_int64(q, 4, amount);
    db_bind_text(q, 5, until);
    db_bind_text(q, 6, reason);
    sqlite3_bind_int64(q, 7, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}
