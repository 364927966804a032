#include "team/team_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "team/unit_tree.h"

/* 1 when the last statement changed a row, 0 when none, -1 on error. */
static int step_changed(sqlite3_stmt *q)
{
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

static void bind_id_or_null(sqlite3_stmt *q, int idx, int64_t id)
{
    if (id) sqlite3_bind_int64(q, idx, id);
    else sqlite3_bind_null(q, idx);
}

/* --- What can be chosen ------------------------------------------------------ */

int store_team_roles(int64_t company_id, struct team_option *out, int max)
{
    DB_STATEMENT(st, "SELECT id, name, permissions FROM roles WHERE company_id IS NULL OR company_id = ?"
        " ORDER BY company_id IS NOT NULL, CASE WHEN company_id IS NULL THEN id END, name COLLATE NOCASE, id"
        " LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        out[n].permissions = (unsigned)sqlite3_column_int64(q, 2);
        out[n].depth = 0;
        n++;
    }
    return n;
}

int store_team_role_permissions(int64_t company_id, int64_t role_id, unsigned *permissions)
{
    DB_STATEMENT(st, "SELECT permissions FROM roles WHERE id = ? AND (company_id IS NULL OR company_id = ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, role_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *permissions = (unsigned)sqlite3_column_int64(q, 0);
    return 1;
}

/* The company's units as read (by name), before they are put in tree
 * order; a company has a few dozen, the limit is far above any. */
#define UNITS_READ_MAX 2000
static struct unit_node unit_nodes[UNITS_READ_MAX];
static char unit_names[UNITS_READ_MAX][TEAM_NAME_MAX];
static int unit_order[UNITS_READ_MAX], unit_depth[UNITS_READ_MAX];

int store_team_units(int64_t company_id, struct team_option *out, int max)
{
    DB_STATEMENT(st, "SELECT id, COALESCE(parent_id, 0), name FROM business_units WHERE company_id = ?1"
        " ORDER BY name COLLATE NOCASE, id");
    /* Tree order, each unit followed by the units below it, siblings by
     * name (unit_tree_depth_order over the rows by name). A recursive
     * query sorting every unit's path of names did the same at ten times
     * the cost, and the page showing a list offers these units on every
     * view. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc;
    while (n < UNITS_READ_MAX && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        unit_nodes[n].id = sqlite3_column_int64(q, 0);
        unit_nodes[n].parent_id = sqlite3_column_int64(q, 1);
        DB_COPY(unit_names[n], q, 2);
        n++;
    }
    sqlite3_reset(q);
    if (n < UNITS_READ_MAX && rc != SQLITE_DONE) return -1;
    n = unit_tree_depth_order(unit_nodes, n, unit_order, unit_depth);
    int shown = n < max ? n : max;
    for (int i = 0; i < shown; i++) {
        int k = unit_order[i];
        out[i].id = unit_nodes[k].id;
        memcpy(out[i].name, unit_names[k], sizeof out[i].name);
        out[i].depth = unit_depth[i];
        out[i].permissions = 0;
    }
    return shown;
}

/* --- Members ---------------------------------------------------------------- */

int store_team_list(int64_t company_id, const struct team_filter *f, struct team_row *out, int max, int *total)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email, m.role_id, r.name, COALESCE(b.name, ''), m.status = 'active',"
        "       COALESCE(u.last_sign_in_at, 0), COUNT(*) OVER ()"
        "  FROM memberships m"
        "  JOIN users u ON u.id = m.user_id"
        "  JOIN roles r ON r.id = m.role_id"
        "  LEFT JOIN business_units b ON b.id = m.business_unit_id"
        " WHERE m.company_id = ?1"
        "   AND (?2 = 0 OR m.business_unit_id = ?2)"
        "   AND (?3 = 0 OR m.role_id = ?3)"
        "   AND (?4 = '' OR m.status = ?4)"
        "   AND (?5 = '' OR u.name LIKE ?5 ESCAPE '\\' OR u.email LIKE ?5 ESCAPE '\\')"
        " ORDER BY u.name COLLATE NOCASE, u.id"
        " LIMIT ?6 OFFSET ?7");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, f->unit_id);
    sqlite3_bind_int64(q, 3, f->role_id);
    db_bind_text(q, 4, f->status ? f->status : "");
    db_bind_text(q, 5, f->like ? f->like : "");
    sqlite3_bind_int(q, 6, max);
    sqlite3_bind_int(q, 7, f->offset);
    int n = 0, rc = SQLITE_DONE;
    *total = 0;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct team_row *r = &out[n++];
        r->user_id = sqlite3_column_int64(q, 0);
        DB_COPY(r->name, q, 1);
        DB_COPY(r->email, q, 2);
        r->role_id = sqlite3_column_int64(q, 3);
        DB_COPY(r->role, q, 4);
        DB_COPY(r->unit, q, 5);
        r->active = sqlite3_column_int(q, 6);
        r->last_sign_in_at = sqlite3_column_int64(q, 7);
        *total = sqlite3_column_int(q, 8);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    return n;
}

int store_team_member(int64_t company_id, int64_t user_id, struct team_member *out)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email, u.job_title, u.phone, m.role_id, r.name,"
        "       COALESCE(m.business_unit_id, 0), COALESCE(b.name, ''), m.status = 'active', m.created_at,"
        "       COALESCE(u.last_sign_in_at, 0)"
        "  FROM memberships m"
        "  JOIN users u ON u.id = m.user_id"
        "  JOIN roles r ON r.id = m.role_id"
        "  LEFT JOIN business_units b ON b.id = m.business_unit_id"
        " WHERE m.company_id = ? AND m.user_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    out->user_id = sqlite3_column_int64(q, 0);
    DB_COPY(out->name, q, 1);
    DB_COPY(out->email, q, 2);
    DB_COPY(out->job_title, q, 3);
    DB_COPY(out->phone, q, 4);
    out->role_id = sqlite3_column_int64(q, 5);
    DB_COPY(out->role, q, 6);
    out->unit_id = sqlite3_column_int64(q, 7);
    DB_COPY(out->unit, q, 8);
    out->active = sqlite3_column_int(q, 9);
    out->joined_at = sqlite3_column_int64(q, 10);
    out->last_sign_in_at = sqlite3_column_int64(q, 11);
    return 1;
}

int store_team_admin_count(int64_t company_id)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM memberships WHERE company_id = ? AND role_id = 1 AND status = 'active'");
    /* The built-in Administrator role only (see team_rules.h). */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_team_member_set(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id)
{
    DB_STATEMENT(st, "UPDATE memberships SET role_id = ?, business_unit_id = ? WHERE company_id = ? AND user_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, role_id);
    bind_id_or_null(q, 2, unit_id);
    sqlite3_bind_int64(q, 3, company_id);
    sqlite3_bind_int64(q, 4, user_id);
    return step_changed(q) == 1 ? 0 : -1;
}

int store_team_member_set_status(int64_t company_id, int64_t user_id, const char *from, const char *to)
{
    DB_STATEMENT(st, "UPDATE memberships SET status = ? WHERE company_id = ? AND user_id = ? AND status = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, to);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, user_id);
    db_bind_text(q, 4, from);
    return step_changed(q);
}

int store_team_member_delete(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "DELETE FROM memberships WHERE company_id = ? AND user_id = ?");
    DB_STATEMENT(managers_st, "UPDATE business_units SET manager_user_id = NULL WHERE company_id = ? AND manager_user_id = ?");
    /* Someone who left manages nothing here any more: approval routing
     * walks up to the next manager instead. */
    sqlite3_stmt *q = db_use(&managers_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    return step_changed(q) == 1 ? 0 : -1;
}

int store_team_end_sessions(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "DELETE FROM sessions WHERE user_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, company_id);
    return db_step_done(q);
}

/* --- Invitations ---------------------------------------------------------- */

/* "Sent" is the newest link's time: a resend counts as sending again. */
#define INVITATION_SELECT \
    "SELECT i.id, i.company_id, c.name, c.status, i.email, i.name, i.role_id, r.name," \
    "       COALESCE(i.business_unit_id, 0), COALESCE(b.name, ''), COALESCE(u.name, ''), i.status," \
    "       COALESCE((SELECT MAX(t.created_at) FROM one_time_tokens t" \
    "                  WHERE t.purpose = '" TOKEN_TEAM_INVITATION "' AND t.ref_id = i.id), i.created_at)," \
    "       i.expires_at" \
    "  FROM invitations i" \
    "  JOIN companies c ON c.id = i.company_id" \
    "  JOIN roles r ON r.id = i.role_id" \
    "  LEFT JOIN business_units b ON b.id = i.business_unit_id" \
    "  LEFT JOIN users u ON u.id = i.invited_by"

static void read_invitation(sqlite3_stmt *q, struct team_invitation *out)
{
    out->id = sqlite3_column_int64(q, 0);
    out->company_id = sqlite3_column_int64(q, 1);
    DB_COPY(out->company, q, 2);
    DB_COPY(out->company_status, q, 3);
    DB_COPY(out->email, q, 4);
    DB_COPY(out->name, q, 5);
    out->role_id = sqlite3_column_int64(q, 6);
    DB_COPY(out->role, q, 7);
    out->unit_id = sqlite3_column_int64(q, 8);
    DB_COPY(out->unit, q, 9);
    DB_COPY(out->invited_by, q, 10);
    DB_COPY(out->status, q, 11);
    out->sent_at = sqlite3_column_int64(q, 12);
    out->expires_at = sqlite3_column_int64(q, 13);
}

static int one_invitation(sqlite3_stmt *q, struct team_invitation *out)
{
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_invitation(q, out);
    return 1;
}

int store_team_invitations_pending(int64_t company_id, struct team_invitation *out, int max)
{
    DB_STATEMENT(st, INVITATION_SELECT
        " WHERE i.company_id = ? AND i.status = 'pending' ORDER BY i.created_at DESC, i.id DESC LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_invitation(q, &out[n++]);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    return n;
}

int store_team_invitation(int64_t company_id, int64_t id, struct team_invitation *out)
{
    DB_STATEMENT(st, INVITATION_SELECT " WHERE i.company_id = ? AND i.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    return one_invitation(q, out);
}

int store_team_invitation_any(int64_t id, struct team_invitation *out)
{
    DB_STATEMENT(st, INVITATION_SELECT " WHERE i.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return one_invitation(q, out);
}

int store_team_email_state(int64_t company_id, const char *email)
{
    DB_STATEMENT(st, "SELECT CASE"
        "  WHEN EXISTS (SELECT 1 FROM seller_staff s JOIN users u ON u.id = s.user_id WHERE u.email = ?2) THEN 4"
        "  WHEN EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id"
        "                WHERE m.company_id = ?1 AND u.email = ?2 AND m.status = 'active') THEN 1"
        "  WHEN EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id"
        "                WHERE m.company_id = ?1 AND u.email = ?2) THEN 2"
        "  WHEN EXISTS (SELECT 1 FROM invitations WHERE company_id = ?1 AND email = ?2 AND status = 'pending') THEN 3"
        "  ELSE 0 END");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, email);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int64_t store_team_invitation_create(const struct new_invitation *inv)
{
    DB_STATEMENT(st, "INSERT INTO invitations (company_id, email, name, role_id, business_unit_id, invited_by, status,"
        " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, inv->company_id);
    db_bind_text(q, 2, inv->email);
    db_bind_text(q, 3, inv->name);
    sqlite3_bind_int64(q, 4, inv->role_id);
    bind_id_or_null(q, 5, inv->unit_id);
    sqlite3_bind_int64(q, 6, inv->invited_by);
    sqlite3_bind_int64(q, 7, inv->now);
    sqlite3_bind_int64(q, 8, inv->expires_at);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_last_insert_rowid(db_handle());
}

int store_team_invitation_tokens_revoke(int64_t invitation_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE one_time_tokens SET used_at = ?"
        " WHERE purpose = '" TOKEN_TEAM_INVITATION "' AND ref_id = ? AND used_at IS NULL");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, invitation_id);
    return db_step_done(q);
}

int store_team_invitation_renew(int64_t company_id, int64_t id, int64_t expires_at)
{
    DB_STATEMENT(st, "UPDATE invitations SET expires_at = ? WHERE company_id = ? AND id = ? AND status = 'pending'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, expires_at);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, id);
    return step_changed(q);
}

int store_team_invitation_revoke(int64_t company_id, int64_t id)
{
    DB_STATEMENT(st, "UPDATE invitations SET status = 'revoked' WHERE company_id = ? AND id = ? AND status = 'pending'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    return step_changed(q);
}

int store_team_invitation_accept(int64_t id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE invitations SET status = 'accepted', accepted_at = ?1"
        " WHERE id = ?2 AND status = 'pending' AND expires_at > ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, id);
    return step_changed(q);
}

/* --- Joining ----------------------------------------------------------------- */

int store_team_login(const char *email, struct team_login *out)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.status = 'active', EXISTS (SELECT 1 FROM seller_staff s WHERE s.user_id = u.id)"
        "  FROM users u WHERE u.email = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    out->user_id = sqlite3_column_int64(q, 0);
    DB_COPY(out->name, q, 1);
    out->active = sqlite3_column_int(q, 2);
    out->staff = sqlite3_column_int(q, 3);
    return 1;
}

int store_team_user_create(const char *email, const char *name, const char *password_hash, int64_t now,
                           int64_t *user_id)
{
    DB_STATEMENT(st, "INSERT INTO users (email, password_hash, name, created_at, email_verified_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    /* The invitation reached this address: it is verified. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, password_hash);
    db_bind_text(q, 3, name);
    sqlite3_bind_int64(q, 4, now);
    if (db_step_done(q) != 0) return -1;
    *user_id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_team_membership_join(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)"
        " VALUES (?, ?, ?, ?, 'active', ?)"
        " ON CONFLICT (company_id, user_id) DO NOTHING");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, role_id);
    bind_id_or_null(q, 4, unit_id);
    sqlite3_bind_int64(q, 5, now);
    return step_changed(q);
}
