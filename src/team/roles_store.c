#include "team/roles_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* ?1 is the company in both queries below. */
#define ROLE_COLUMNS \
    "r.id, r.builtin, r.name, r.description, r.permissions," \
    " (SELECT COUNT(*) FROM memberships m WHERE m.company_id = ?1 AND m.role_id = r.id AND m.status = 'active')," \
    " (SELECT COUNT(*) FROM memberships m WHERE m.company_id = ?1 AND m.role_id = r.id AND m.status <> 'active')," \
    " (SELECT COUNT(*) FROM invitations i WHERE i.company_id = ?1 AND i.role_id = r.id AND i.status = 'pending')"

static void read_role(sqlite3_stmt *q, struct role_row *r)
{
    r->id = sqlite3_column_int64(q, 0);
    r->builtin = sqlite3_column_int(q, 1) != 0;
    DB_COPY(r->name, q, 2);
    DB_COPY(r->description, q, 3);
    r->permissions = (unsigned)sqlite3_column_int64(q, 4);
    r->members = sqlite3_column_int(q, 5);
    r->inactive_members = sqlite3_column_int(q, 6);
    r->invitations = sqlite3_column_int(q, 7);
}

int store_roles_list(int64_t company_id, struct role_row *out, int max)
{
    DB_STATEMENT(st, "SELECT " ROLE_COLUMNS " FROM roles r"
        " WHERE r.company_id IS NULL OR r.company_id = ?1"
        " ORDER BY r.builtin DESC, CASE WHEN r.builtin THEN r.id END, r.name COLLATE NOCASE, r.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_role(q, &out[n++]);
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

int store_role_get(int64_t company_id, int64_t id, struct role_row *out)
{
    DB_STATEMENT(st, "SELECT " ROLE_COLUMNS " FROM roles r"
        " WHERE r.id = ?2 AND (r.company_id IS NULL OR r.company_id = ?1)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_role(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_role_name_taken(int64_t company_id, const char *name, int64_t except_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM roles WHERE (company_id IS NULL OR company_id = ?1) AND id <> ?3"
        " AND name = ?2 COLLATE NOCASE LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, name);
    sqlite3_bind_int64(q, 3, except_id);
    return db_step_exists(q);
}

int store_role_create(int64_t company_id, const char *name, const char *description, unsigned permissions,
                      int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO roles (company_id, name, description, permissions, builtin) VALUES (?, ?, ?, ?, 0)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, name);
    db_bind_text(q, 3, description);
    sqlite3_bind_int64(q, 4, permissions);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_role_update(int64_t company_id, int64_t id, const char *name, const char *description,
                      unsigned permissions)
{
    DB_STATEMENT(st, "UPDATE roles SET name = ?3, description = ?4, permissions = ?5"
        " WHERE id = ?2 AND company_id = ?1 AND builtin = 0");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    db_bind_text(q, 3, name);
    db_bind_text(q, 4, description);
    sqlite3_bind_int64(q, 5, permissions);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_role_delete(int64_t company_id, int64_t id, int64_t fallback_role_id)
{
    DB_STATEMENT(delete_st, "DELETE FROM roles WHERE id = ?2 AND company_id = ?1 AND builtin = 0");
    DB_STATEMENT(repoint_st, "UPDATE invitations SET role_id = ?3"
        " WHERE company_id = ?1 AND role_id = ?2 AND status <> 'pending'"
        "   AND EXISTS (SELECT 1 FROM roles WHERE id = ?2 AND company_id = ?1 AND builtin = 0)");
    sqlite3_stmt *q = db_use(&repoint_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    sqlite3_bind_int64(q, 3, fallback_role_id);
    if (db_step_done(q) != 0) return -1;
    q = db_use(&delete_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}
