#include "backoffice/company_admin_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_bo_company_search(const struct staff_scope *scope, const char *query, const char *status, int offset,
                            struct company_row *out, int max, int *total)
{
    DB_STATEMENT(st, "SELECT c.id, c.name, COALESCE(c.erp_account_no, ''), c.status,"
        "  (SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id"
        "    WHERE m.company_id = c.id AND m.status = 'active' AND u.status = 'active'),"
        "  (SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id"
        "    WHERE m.company_id = c.id AND m.status = 'active' AND u.status = 'active' AND m.role_id = 1),"
        "  COALESCE(am.name, ''),"
        "  (SELECT COALESCE(MAX(o.placed_at), 0) FROM orders o WHERE o.company_id = c.id),"
        "  COUNT(*) OVER ()"
        "  FROM companies c LEFT JOIN users am ON am.id = c.account_manager_id"
        " WHERE (?1 = '' OR instr(lower(c.name), lower(?1)) > 0"
        "        OR instr(lower(COALESCE(c.erp_account_no, '')), lower(?1)) > 0)"
        "   AND (?2 = '' OR c.status = ?2) AND" STAFF_SCOPE_COMPANY("c")
        " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?3 OFFSET ?4");
    /* One query: correlated aggregates per company, and the number of
     * matches for the pager from a window over the filtered set. */
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, query);
    db_bind_text(q, 2, status);
    sqlite3_bind_int(q, 3, max);
    sqlite3_bind_int(q, 4, offset);
    *total = 0;
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct company_row *c = &out[n++];
        memset(c, 0, sizeof *c);
        c->id = sqlite3_column_int64(q, 0);
        DB_COPY(c->name, q, 1);
        DB_COPY(c->erp_account_no, q, 2);
        DB_COPY(c->status, q, 3);
        c->active_members = sqlite3_column_int(q, 4);
        c->administrators = sqlite3_column_int(q, 5);
        DB_COPY(c->account_manager, q, 6);
        c->last_order_at = sqlite3_column_int64(q, 7);
        *total = sqlite3_column_int(q, 8);
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_company_record(const struct staff_scope *scope, int64_t company_id, struct company_record *out)
{
    DB_STATEMENT(st, "SELECT c.id, c.name, COALESCE(c.erp_account_no, ''), c.tax_id, c.status, c.payment_terms, c.currency,"
        "       COALESCE((SELECT k.credit_limit_cents FROM credit_accounts k WHERE k.company_id = c.id), -1),"
        "       COALESCE(am.name, ''), c.created_at,"
        "       COALESCE((SELECT a.id FROM applications a WHERE a.company_id = c.id AND a.status <> 'unverified'"
        "                  ORDER BY a.id DESC LIMIT 1), 0)"
        "  FROM companies c LEFT JOIN users am ON am.id = c.account_manager_id"
        " WHERE c.id = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(q, 0);
    DB_COPY(out->name, q, 1);
    DB_COPY(out->erp_account_no, q, 2);
    DB_COPY(out->tax_id, q, 3);
    DB_COPY(out->status, q, 4);
    DB_COPY(out->payment_terms, q, 5);
    DB_COPY(out->currency, q, 6);
    out->credit_limit_cents = sqlite3_column_int64(q, 7);
    DB_COPY(out->account_manager, q, 8);
    out->created_at = sqlite3_column_int64(q, 9);
    out->application_id = sqlite3_column_int64(q, 10);
    return 1;
}

int store_company_members(int64_t company_id, struct company_member *out, int max)
{
    DB_STATEMENT(st, "SELECT m.id, u.id, u.name, u.email, m.role_id, r.name, COALESCE(b.name, ''),"
        "       CASE WHEN u.status <> 'active' THEN 'disabled' ELSE m.status END, COALESCE(u.last_sign_in_at, 0)"
        "  FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id"
        "  LEFT JOIN business_units b ON b.id = m.business_unit_id"
        " WHERE m.company_id = ?"
        " ORDER BY m.status = 'active' DESC, u.name COLLATE NOCASE, m.id LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct company_member *m = &out[n++];
        memset(m, 0, sizeof *m);
        m->membership_id = sqlite3_column_int64(q, 0);
        m->user_id = sqlite3_column_int64(q, 1);
        DB_COPY(m->name, q, 2);
        DB_COPY(m->email, q, 3);
        m->role_id = sqlite3_column_int64(q, 4);
        DB_COPY(m->role, q, 5);
        DB_COPY(m->unit, q, 6);
        DB_COPY(m->status, q, 7);
        m->last_sign_in_at = sqlite3_column_int64(q, 8);
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_company_units(int64_t company_id, struct company_unit *out, int max)
{
    DB_STATEMENT(st, "WITH RECURSIVE tree(id, name, kind, depth, path) AS ("
        "  SELECT id, name, kind, 0, lower(name) || char(1) || printf('%012d', id) || char(1)"
        "    FROM business_units WHERE company_id = ?1 AND parent_id IS NULL"
        "  UNION ALL"
        "  SELECT b.id, b.name, b.kind, t.depth + 1,"
        "         t.path || lower(b.name) || char(1) || printf('%012d', b.id) || char(1)"
        "    FROM business_units b JOIN tree t ON b.parent_id = t.id"
        "   WHERE b.company_id = ?1 AND t.depth < 32)"
        " SELECT id, name, kind, depth FROM tree ORDER BY path LIMIT ?2");
    /* The sort key is the chain of names from the top; char(1) sorts a
     * unit's children before its next sibling, the id keeps equal names
     * apart. The depth limit guards against a cycle in bad data. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct company_unit *u = &out[n++];
        u->id = sqlite3_column_int64(q, 0);
        DB_COPY(u->name, q, 1);
        DB_COPY(u->kind, q, 2);
        u->depth = sqlite3_column_int(q, 3);
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_company_assign_admin(const struct staff_scope *scope, int64_t company_id, int64_t membership_id,
                                  char *old_role, size_t old_role_size, char *member_name, size_t name_size)
{
    DB_STATEMENT(update_st, "UPDATE memberships SET role_id = ? WHERE id = ? AND company_id = ?");
    DB_STATEMENT(find_st, "SELECT m.role_id, r.name, u.name FROM memberships m JOIN roles r ON r.id = m.role_id"
        "  JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id"
        " WHERE m.id = ?1 AND m.company_id = ?2 AND m.status = 'active' AND u.status = 'active'"
        "   AND" STAFF_SCOPE_COMPANY("c"));
    /* The member is found only in a company of the scope; the update
     * below changes that member, in the same transaction. */
    sqlite3_stmt *q = db_use(&find_st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, membership_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 1;
    if (rc != SQLITE_ROW) return -1;
    int64_t role_id = sqlite3_column_int64(q, 0);
    db_copy_text(old_role, old_role_size, q, 1);
    db_copy_text(member_name, name_size, q, 2);
    sqlite3_reset(q);
    if (role_id == COMPANY_ADMINISTRATOR_ROLE) return 2;
    q = db_use(&update_st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, COMPANY_ADMINISTRATOR_ROLE);
    sqlite3_bind_int64(q, 2, membership_id);
    sqlite3_bind_int64(q, 3, company_id);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

static int set_status(sqlite3_stmt *q, const struct staff_scope *scope, int64_t company_id)
{
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_bo_company_block(const struct staff_scope *scope, int64_t company_id)
{
    DB_STATEMENT(sessions_st, "DELETE FROM sessions WHERE company_id = ?");
    DB_STATEMENT(status_st, "UPDATE companies SET status = 'blocked' WHERE id = ?1 AND status = 'active'"
        " AND" STAFF_SCOPE_COMPANY("companies"));
    int rc = set_status(db_use(&status_st), scope, company_id);
    if (rc != 0) return rc;
    /* Everyone signed in to the company is signed out at once; the
     * session loader refuses a blocked company from now on anyway. */
    sqlite3_stmt *q = db_use(&sessions_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return db_step_done(q);
}

int store_bo_company_unblock(const struct staff_scope *scope, int64_t company_id)
{
    DB_STATEMENT(st, "UPDATE companies SET status = 'active' WHERE id = ?1 AND status = 'blocked'"
        " AND" STAFF_SCOPE_COMPANY("companies"));
    return set_status(db_use(&st), scope, company_id);
}
