#include "team/units_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

int store_units_of_company(int64_t company_id, struct unit_row *out, int max)
{
    DB_STATEMENT(st, "SELECT b.id, COALESCE(b.parent_id, 0), b.name, b.kind, COALESCE(b.manager_user_id, 0),"
        "       COALESCE(u.name, ''),"
        "       (SELECT COUNT(*) FROM memberships m WHERE m.company_id = b.company_id"
        "          AND m.business_unit_id = b.id AND m.status = 'active'),"
        "       (SELECT COUNT(*) FROM memberships m WHERE m.company_id = b.company_id"
        "          AND m.business_unit_id = b.id AND m.status <> 'active'),"
        "       (SELECT COUNT(*) FROM addresses a WHERE a.company_id = b.company_id AND a.business_unit_id = b.id)"
        "  FROM business_units b LEFT JOIN users u ON u.id = b.manager_user_id"
        " WHERE b.company_id = ?"
        " ORDER BY b.name COLLATE NOCASE, b.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct unit_row *r = &out[n++];
        r->id = sqlite3_column_int64(q, 0);
        r->parent_id = sqlite3_column_int64(q, 1);
        DB_COPY(r->name, q, 2);
        DB_COPY(r->kind, q, 3);
        r->manager_user_id = sqlite3_column_int64(q, 4);
        DB_COPY(r->manager_name, q, 5);
        r->members = sqlite3_column_int(q, 6);
        r->inactive_members = sqlite3_column_int(q, 7);
        r->addresses = sqlite3_column_int(q, 8);
    }
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

int store_unit_create(int64_t company_id, int64_t parent_id, const char *name, const char *kind,
                      int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO business_units (company_id, parent_id, name, kind, created_at)"
        " SELECT ?1, id, ?3, ?4, ?5 FROM business_units WHERE id = ?2 AND company_id = ?1");
    /* The parent must be a unit of the same company. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, parent_id);
    db_bind_text(q, 3, name);
    db_bind_text(q, 4, kind);
    sqlite3_bind_int64(q, 5, now);
    if (db_step_done(q) != 0 || sqlite3_changes(db_handle()) != 1) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_unit_update(int64_t company_id, int64_t id, const char *name, const char *kind, int64_t manager_user_id)
{
    DB_STATEMENT(st, "UPDATE business_units SET name = ?3, kind = ?4, manager_user_id = NULLIF(?5, 0)"
        " WHERE id = ?2 AND company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    db_bind_text(q, 3, name);
    db_bind_text(q, 4, kind);
    sqlite3_bind_int64(q, 5, manager_user_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_unit_move(int64_t company_id, int64_t id, int64_t parent_id)
{
    DB_STATEMENT(st, "UPDATE business_units SET parent_id = ?3"
        " WHERE id = ?2 AND company_id = ?1 AND parent_id IS NOT NULL"
        "   AND EXISTS (SELECT 1 FROM business_units p WHERE p.id = ?3 AND p.company_id = ?1)");
    /* Never the root; the new parent must be of the same company. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    sqlite3_bind_int64(q, 3, parent_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_unit_usage(int64_t company_id, int64_t id, struct unit_usage *out)
{
    DB_STATEMENT(st, "SELECT (SELECT COUNT(*) FROM business_units WHERE company_id = ?1 AND parent_id = ?2),"
        "       (SELECT COUNT(*) FROM memberships WHERE company_id = ?1 AND business_unit_id = ?2),"
        "       (SELECT COUNT(*) FROM addresses WHERE company_id = ?1 AND business_unit_id = ?2),"
        "       (SELECT COUNT(*) FROM invitations WHERE company_id = ?1 AND business_unit_id = ?2"
        "          AND status = 'pending'),"
        "       (SELECT COUNT(*) FROM orders WHERE company_id = ?1 AND business_unit_id = ?2)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->children = sqlite3_column_int(q, 0);
        out->members = sqlite3_column_int(q, 1);
        out->addresses = sqlite3_column_int(q, 2);
        out->invitations = sqlite3_column_int(q, 3);
        out->orders = sqlite3_column_int(q, 4);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_unit_delete(int64_t company_id, int64_t id)
{
    DB_STATEMENT(delete_st, "DELETE FROM business_units WHERE id = ?2 AND company_id = ?1 AND parent_id IS NOT NULL");
    DB_STATEMENT(forget_st, "UPDATE invitations SET business_unit_id = NULL"
        " WHERE company_id = ?1 AND business_unit_id = ?2 AND status <> 'pending'");
    sqlite3_stmt *q = db_use(&forget_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    if (db_step_done(q) != 0) return -1;
    q = db_use(&delete_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_unit_member_choices(int64_t company_id, struct unit_member *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id"
        " WHERE m.company_id = ? AND m.status = 'active' AND u.status = 'active'"
        " ORDER BY u.name COLLATE NOCASE, u.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].email, q, 2);
        n++;
    }
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}
