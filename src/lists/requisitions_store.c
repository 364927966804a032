#include "lists/requisitions_store.h"

#include <string.h>

#include "base/db.h"
#include "base/permissions.h"

/* ?1 company, ?2 user, ?3 role: sent by the member, to them, or to their role. */
#define REQUISITION_SQL(extra) \
    "SELECT r.id, r.list_name, r.requester_user_id, rq.name, rq.email, COALESCE(r.to_role_id, 0)," \
    "       COALESCE(r.to_user_id, 0), COALESCE(tu.name, ro.name, ''), r.message, r.status, COALESCE(dby.name, '')," \
    "       r.decline_reason, COALESCE(o.number, ''), COALESCE(o.status, ''), " \
    "       (SELECT COUNT(*) FROM requisition_lines x WHERE x.requisition_id = r.id), r.created_at, COALESCE(r.decided_at, 0)" \
    "  FROM requisitions r JOIN users rq ON rq.id = r.requester_user_id" \
    "  LEFT JOIN users tu ON tu.id = r.to_user_id LEFT JOIN roles ro ON ro.id = r.to_role_id" \
    "  LEFT JOIN users dby ON dby.id = r.decided_by_user_id" \
    "  LEFT JOIN orders o ON o.id = r.order_id AND o.company_id = r.company_id" \
    " WHERE r.company_id = ?1" extra \
    "   AND (r.requester_user_id = ?2 OR r.to_user_id = ?2 OR r.to_role_id = ?3)"

static void read_row(sqlite3_stmt *q, struct requisition_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    DB_COPY(r->list_name, q, 1);
    r->requester_user_id = sqlite3_column_int64(q, 2);
    DB_COPY(r->requester, q, 3);
    DB_COPY(r->requester_email, q, 4);
    r->to_role_id = sqlite3_column_int64(q, 5);
    r->to_user_id = sqlite3_column_int64(q, 6);
    DB_COPY(r->to_name, q, 7);
    DB_COPY(r->message, q, 8);
    DB_COPY(r->status, q, 9);
    DB_COPY(r->decided_by, q, 10);
    DB_COPY(r->decline_reason, q, 11);
    DB_COPY(r->order_number, q, 12);
    DB_COPY(r->order_status, q, 13);
    r->line_count = sqlite3_column_int64(q, 14);
    r->created_at = sqlite3_column_int64(q, 15);
    r->decided_at = sqlite3_column_int64(q, 16);
}

static sqlite3_stmt *bind_who(sqlite3_stmt *q, int64_t company_id, int64_t user_id, int64_t role_id)
{
    if (!q) return NULL;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, role_id);
    return q;
}

int store_requisitions_for(int64_t company_id, int64_t user_id, int64_t role_id, struct requisition_row *out, int max)
{
    DB_STATEMENT(st, REQUISITION_SQL("") " ORDER BY r.status <> 'open', r.created_at DESC, r.id DESC LIMIT ?4");
    sqlite3_stmt *q = bind_who(db_use(&st), company_id, user_id, role_id);
    if (!q) return -1;
    sqlite3_bind_int(q, 4, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_row(q, &out[n++]);
    return db_list_end(q, rc, n);
}

int store_requisition_get(int64_t company_id, int64_t user_id, int64_t role_id, int64_t id, struct requisition_row *out)
{
    DB_STATEMENT(st, REQUISITION_SQL(" AND r.id = ?4"));
    sqlite3_stmt *q = bind_who(db_use(&st), company_id, user_id, role_id);
    if (!q) return -1;
    sqlite3_bind_int64(q, 4, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_row(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_requisitions_waiting(int64_t company_id, int64_t user_id, int64_t role_id)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM requisitions WHERE company_id = ?1 AND status = 'open'"
        " AND (to_user_id = ?2 OR to_role_id = ?3)");
    sqlite3_stmt *q = bind_who(db_use(&st), company_id, user_id, role_id);
    if (!q) return -1;
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

int store_requisition_open_same(int64_t company_id, const char *list_name, int64_t requester, int64_t to_role_id,
                                int64_t to_user_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM requisitions WHERE company_id = ?1 AND requester_user_id = ?2 AND status = 'open'"
        " AND list_name = ?3 AND to_role_id IS ?4 AND to_user_id IS ?5 LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, requester);
    db_bind_text(q, 3, list_name);
    if (to_role_id > 0) sqlite3_bind_int64(q, 4, to_role_id); else sqlite3_bind_null(q, 4);
    if (to_user_id > 0) sqlite3_bind_int64(q, 5, to_user_id); else sqlite3_bind_null(q, 5);
    return db_step_exists(q);
}

int store_requisition_create(int64_t company_id, int64_t list_id, const char *list_name, int64_t requester,
                             int64_t to_role_id, int64_t to_user_id, const char *message, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO requisitions (company_id, list_name, requester_user_id, to_role_id, to_user_id, message,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    DB_STATEMENT(lines, "INSERT INTO requisition_lines (requisition_id, company_id, product_id, quantity, note, position)"
        " SELECT ?1, company_id, product_id, quantity, note, position FROM shopping_list_lines"
        "  WHERE list_id = ?2 AND company_id = ?3 ORDER BY position, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, list_name);
    sqlite3_bind_int64(q, 3, requester);
    if (to_role_id > 0) sqlite3_bind_int64(q, 4, to_role_id); else sqlite3_bind_null(q, 4);
    if (to_user_id > 0) sqlite3_bind_int64(q, 5, to_user_id); else sqlite3_bind_null(q, 5);
    db_bind_text(q, 6, message);
    sqlite3_bind_int64(q, 7, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    q = db_use(&lines);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, *id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, company_id);
    return db_step_done(q);
}

int store_requisition_decide(int64_t company_id, int64_t id, const char *status, int64_t decided_by,
                             const char *reason, int64_t now)
{
    DB_STATEMENT(st, "UPDATE requisitions SET status = ?, decided_by_user_id = ?, decline_reason = ?, decided_at = ?"
        " WHERE id = ? AND company_id = ? AND status = 'open'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, status);
    sqlite3_bind_int64(q, 2, decided_by);
    db_bind_text(q, 3, reason ? reason : "");
    sqlite3_bind_int64(q, 4, now);
    sqlite3_bind_int64(q, 5, id);
    sqlite3_bind_int64(q, 6, company_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_requisition_lines(int64_t company_id, int64_t id, struct list_line *out, int max)
{
    DB_STATEMENT(st, "SELECT x.id, p.id, p.sku, p.name, p.unit_of_measure, p.pack_size, p.min_order_qty,"
        "       p.list_price_cents, p.active, x.quantity, x.note, x.position"
        "  FROM requisition_lines x JOIN products p ON p.id = x.product_id"
        " WHERE x.requisition_id = ? AND x.company_id = ? ORDER BY x.position, x.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, company_id);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct list_line *l = &out[n++];
        memset(l, 0, sizeof *l);
        l->id = sqlite3_column_int64(q, 0);
        l->product_id = sqlite3_column_int64(q, 1);
        DB_COPY(l->sku, q, 2);
        DB_COPY(l->name, q, 3);
        DB_COPY(l->unit, q, 4);
        l->pack_size = sqlite3_column_int64(q, 5);
        l->min_order_qty = sqlite3_column_int64(q, 6);
        l->list_price = sqlite3_column_int64(q, 7);
        l->active = sqlite3_column_int(q, 8);
        l->quantity = sqlite3_column_int64(q, 9);
        DB_COPY(l->note, q, 10);
        l->position = sqlite3_column_int64(q, 11);
    }
    return db_list_end(q, rc, n);
}

int store_requisition_member_role(int64_t company_id, int64_t user_id, int64_t *role_id)
{
    DB_STATEMENT(st, "SELECT role_id FROM memberships WHERE company_id = ? AND user_id = ? AND status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *role_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static int read_choices(sqlite3_stmt *q, struct requisition_choice *out, int max)
{
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].email, q, 2);
        n++;
    }
    return db_list_end(q, rc, n);
}

#define ORDERING_MEMBERS_SQL \
    "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id" \
    " WHERE m.company_id = ?1 AND m.status = 'active' AND u.status = 'active' AND (r.permissions & ?2) <> 0"

int store_requisition_roles(int64_t company_id, struct requisition_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT id, name, '' FROM roles WHERE (company_id IS NULL OR company_id = ?1) AND (permissions & ?2) <> 0"
        " ORDER BY company_id IS NOT NULL, name COLLATE NOCASE");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, PERM_PLACE_ORDERS);
    return read_choices(q, out, max);
}

int store_requisition_recipients(int64_t company_id, int64_t role_id, int64_t user_id, struct requisition_choice *out,
                                 int max)
{
    DB_STATEMENT(st, ORDERING_MEMBERS_SQL " AND (m.role_id = ?3 OR m.user_id = ?4) ORDER BY u.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, PERM_PLACE_ORDERS);
    sqlite3_bind_int64(q, 3, role_id);
    sqlite3_bind_int64(q, 4, user_id);
    return read_choices(q, out, max);
}
