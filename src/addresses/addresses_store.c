#include "addresses/addresses_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/permissions.h"

/* Every query binds ?1 = company, ?2 = asking user. */
#define CHOICE_COLUMNS \
    "a.id, a.label, a.kind, a.attention, a.line1, a.line2, a.city, a.region, a.postal_code, a.country," \
    " a.phone, a.delivery_instructions, a.tax_id, COALESCE(a.erp_address_id, ''), a.status, a.pending_with," \
    " a.is_default_billing, a.is_default_shipping," \
    " EXISTS (SELECT 1 FROM member_default_addresses d WHERE d.company_id = a.company_id AND d.user_id = ?2" \
    "         AND d.kind = 'billing' AND d.address_id = a.id)," \
    " EXISTS (SELECT 1 FROM member_default_addresses d WHERE d.company_id = a.company_id AND d.user_id = ?2" \
    "         AND d.kind = 'shipping' AND d.address_id = a.id),"
/* Addresses offered as a choice (checkout, a schedule's ship-to) need no
 * proposer, reason or restriction names: those subqueries were a third of
 * the query that checkout runs three times per order. */
#define CHOICE_ROW_COLUMNS CHOICE_COLUMNS " 0, '', '', ''"
#define ROW_COLUMNS CHOICE_COLUMNS \
    " COALESCE(a.proposed_by, 0), COALESCE((SELECT name FROM users WHERE id = a.proposed_by), '')," \
    " a.reject_reason," \
    " COALESCE((SELECT group_concat(COALESCE(b.name, u.name), ', ') FROM address_restrictions r" \
    "           LEFT JOIN business_units b ON b.id = r.business_unit_id" \
    "           LEFT JOIN users u ON u.id = r.user_id WHERE r.address_id = a.id), '')"

/* The member's unit and every unit above it (portable recursive CTE;
 * UNION, not UNION ALL, so a cycle in bad data ends). */
#define ANCESTORS_CTE \
    "WITH RECURSIVE anc(id) AS (" \
    "  SELECT business_unit_id FROM memberships" \
    "   WHERE company_id = ?1 AND user_id = ?2 AND status = 'active' AND business_unit_id IS NOT NULL" \
    "  UNION" \
    "  SELECT b.parent_id FROM business_units b JOIN anc ON b.id = anc.id" \
    "   WHERE b.parent_id IS NOT NULL AND b.company_id = ?1) "

/* Which addresses may this member use (see address_usable in address_rules.h). */
#define USABLE_WHERE \
    "(a.status = 'active'" \
    " AND EXISTS (SELECT 1 FROM memberships m WHERE m.company_id = ?1 AND m.user_id = ?2 AND m.status = 'active')" \
    " AND (NOT EXISTS (SELECT 1 FROM address_restrictions r WHERE r.address_id = a.id)" \
    "      OR EXISTS (SELECT 1 FROM address_restrictions r WHERE r.address_id = a.id" \
    "                 AND (r.user_id = ?2 OR r.business_unit_id IN (SELECT id FROM anc)))))"

/* A member's own proposal stays in their view while it is one: waiting
 * for a decision, or rejected (with the reason they are mailed a link
 * to). Once approved it is an address like any other: they see it only
 * while they may use it (an administrator may restrict it later). */
#define OWN_PROPOSAL_WHERE \
    "(a.proposed_by = ?2 AND (a.status = 'pending' OR (a.status = 'retired' AND a.reject_reason <> '')))"

/* What a member without "manage addresses" may see: THE rule for using
 * (USABLE_WHERE) and their own proposals; nothing else. */
#define VISIBLE_WHERE "(" USABLE_WHERE " OR " OWN_PROPOSAL_WHERE ")"

/* Every member is written (no memset: a row is 8 KB, and checkout reads
 * the usable ones three times per order). */
static void read_row(sqlite3_stmt *q, struct address_row *r)
{
    r->id = sqlite3_column_int64(q, 0);
    DB_COPY(r->label, q, 1);
    DB_COPY(r->type, q, 2);
    DB_COPY(r->attention, q, 3);
    DB_COPY(r->line1, q, 4);
    DB_COPY(r->line2, q, 5);
    DB_COPY(r->city, q, 6);
    DB_COPY(r->region, q, 7);
    DB_COPY(r->postal_code, q, 8);
    DB_COPY(r->country, q, 9);
    DB_COPY(r->phone, q, 10);
    DB_COPY(r->delivery_instructions, q, 11);
    DB_COPY(r->tax_id, q, 12);
    DB_COPY(r->erp_address_id, q, 13);
    DB_COPY(r->status, q, 14);
    DB_COPY(r->pending_with, q, 15);
    r->default_billing = sqlite3_column_int(q, 16);
    r->default_shipping = sqlite3_column_int(q, 17);
    r->my_default_billing = sqlite3_column_int(q, 18);
    r->my_default_shipping = sqlite3_column_int(q, 19);
    r->proposed_by = sqlite3_column_int64(q, 20);
    DB_COPY(r->proposer_name, q, 21);
    DB_COPY(r->reject_reason, q, 22);
    DB_COPY(r->restricted_to, q, 23);
}

static int read_rows(sqlite3_stmt *q, struct address_row *out, int max)
{
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (n < max) read_row(q, &out[n++]);
    return rc == SQLITE_DONE ? n : -1;
}

int store_addresses_usable(int64_t company_id, int64_t user_id, const char *kind, struct address_row *out, int max)
{
    DB_STATEMENT(st, ANCESTORS_CTE "SELECT " CHOICE_ROW_COLUMNS " FROM addresses a WHERE a.company_id = ?1 AND " USABLE_WHERE
        " AND (?3 = '' OR a.kind = ?3 OR a.kind = 'both')"
        " ORDER BY a.label COLLATE NOCASE, a.id LIMIT ?4");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    db_bind_text(q, 3, kind ? kind : "");
    sqlite3_bind_int(q, 4, max);
    return read_rows(q, out, max);
}

int store_addresses_usable_of(int64_t company_id, int64_t user_id, int64_t a, int64_t b, struct address_row *out,
                              int max)
{
    DB_STATEMENT(st, ANCESTORS_CTE "SELECT " CHOICE_ROW_COLUMNS " FROM addresses a WHERE a.company_id = ?1"
        " AND a.id IN (?3, ?4) AND " USABLE_WHERE " ORDER BY a.label COLLATE NOCASE, a.id LIMIT ?5");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, a);
    sqlite3_bind_int64(q, 4, b);
    sqlite3_bind_int(q, 5, max);
    return read_rows(q, out, max);
}

static int address_matches(sqlite3_stmt *q, int64_t company_id, int64_t user_id, int64_t address_id)
{
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, address_id);
    return db_step_exists(q);
}

int store_address_usable(int64_t company_id, int64_t user_id, int64_t address_id)
{
    DB_STATEMENT(st, ANCESTORS_CTE "SELECT 1 FROM addresses a WHERE a.company_id = ?1 AND a.id = ?3 AND " USABLE_WHERE);
    return address_matches(db_use(&st),
        company_id, user_id, address_id);
}

int store_address_visible(int64_t company_id, int64_t user_id, int64_t address_id)
{
    DB_STATEMENT(st, ANCESTORS_CTE "SELECT 1 FROM addresses a WHERE a.company_id = ?1 AND a.id = ?3 AND " VISIBLE_WHERE);
    return address_matches(db_use(&st),
        company_id, user_id, address_id);
}

#define LIST_WHERE \
    " FROM addresses a WHERE a.company_id = ?1" \
    " AND (?3 = 1 OR " VISIBLE_WHERE ")" \
    " AND (?4 = '' OR a.label LIKE ?4 ESCAPE '\\' OR a.city LIKE ?4 ESCAPE '\\' OR a.line1 LIKE ?4 ESCAPE '\\')" \
    " AND (?5 = '' OR a.kind = ?5)" \
    " AND (?6 = 0 OR EXISTS (SELECT 1 FROM address_restrictions r WHERE r.address_id = a.id AND r.business_unit_id = ?6))" \
    " AND ((?7 = '' AND a.status IN ('active', 'pending')) OR a.status = ?7)"

static void bind_filter(sqlite3_stmt *q, int64_t company_id, const struct address_filter *f)
{
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, f->user_id);
    sqlite3_bind_int(q, 3, f->all ? 1 : 0);
    db_bind_text(q, 4, f->like ? f->like : "");
    db_bind_text(q, 5, f->type ? f->type : "");
    sqlite3_bind_int64(q, 6, f->unit_id);
    db_bind_text(q, 7, f->status ? f->status : "");
}

int store_address_list(int64_t company_id, const struct address_filter *f, struct address_row *out, int max,
                       int *total)
{
    DB_STATEMENT(list_st, ANCESTORS_CTE "SELECT " ROW_COLUMNS LIST_WHERE
        " ORDER BY a.status = 'pending' DESC, a.label COLLATE NOCASE, a.id LIMIT ?8 OFFSET ?9");
    DB_STATEMENT(count_st, ANCESTORS_CTE "SELECT COUNT(*)" LIST_WHERE);
    sqlite3_stmt *q = db_use(&count_st);
    if (!q) return -1;
    bind_filter(q, company_id, f);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    *total = sqlite3_column_int(q, 0);
    sqlite3_reset(q);

    q = db_use(&list_st);
    if (!q) return -1;
    bind_filter(q, company_id, f);
    sqlite3_bind_int(q, 8, max);
    sqlite3_bind_int(q, 9, f->offset);
    return read_rows(q, out, max);
}

int store_address_get(int64_t company_id, int64_t user_id, int64_t id, struct address_row *out)
{
    DB_STATEMENT(st, "SELECT " ROW_COLUMNS " FROM addresses a WHERE a.company_id = ?1 AND a.id = ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_row(q, out);
    return 1;
}

int store_address_restrictions(int64_t company_id, int64_t address_id, struct address_restriction *out, int max)
{
    DB_STATEMENT(st, "SELECT COALESCE(business_unit_id, 0), COALESCE(user_id, 0) FROM address_restrictions"
        " WHERE company_id = ?1 AND address_id = ?2 ORDER BY id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, address_id);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (n < max) {
            out[n].unit_id = sqlite3_column_int64(q, 0);
            out[n].user_id = sqlite3_column_int64(q, 1);
            n++;
        }
    return rc == SQLITE_DONE ? n : -1;
}

static void bind_values(sqlite3_stmt *q, int first, const struct address_input *v)
{
    const char *values[] = { v->label, v->type, v->attention, v->line1, v->line2, v->city, v->region,
                             v->postal_code, v->country, v->phone, v->delivery_instructions, v->tax_id };
    for (int i = 0; i < 12; i++) db_bind_text(q, first + i, values[i] ? values[i] : "");
}

int store_address_create(int64_t company_id, const struct address_input *v, const char *status,
                         const char *pending_with, int64_t proposed_by, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city, region, postal_code,"
        " country, phone, delivery_instructions, tax_id, status, pending_with, proposed_by, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, NULLIF(?16, 0), ?17, ?17)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    bind_values(q, 2, v);
    db_bind_text(q, 14, status);
    db_bind_text(q, 15, pending_with);
    sqlite3_bind_int64(q, 16, proposed_by);
    sqlite3_bind_int64(q, 17, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_address_update(int64_t company_id, int64_t id, const struct address_input *v, int64_t now)
{
    DB_STATEMENT(st, "UPDATE addresses SET label = ?3, kind = ?4, attention = ?5, line1 = ?6, line2 = ?7, city = ?8,"
        " region = ?9, postal_code = ?10, country = ?11, phone = ?12, delivery_instructions = ?13, tax_id = ?14,"
        " updated_at = ?15"
        " WHERE company_id = ?1 AND id = ?2 AND erp_address_id IS NULL AND status <> 'retired'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    bind_values(q, 3, v);
    sqlite3_bind_int64(q, 15, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_address_retire(int64_t company_id, int64_t id, int64_t now)
{
    DB_STATEMENT(defaults_st, "DELETE FROM member_default_addresses WHERE company_id = ?1 AND address_id = ?2");
    DB_STATEMENT(st, "UPDATE addresses SET status = 'retired', pending_with = '', is_default_billing = 0,"
        " is_default_shipping = 0, updated_at = ?3"
        " WHERE company_id = ?1 AND id = ?2 AND status <> 'retired'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    sqlite3_bind_int64(q, 3, now);
    if (db_step_done(q) != 0) return -1;
    if (sqlite3_changes(db_handle()) == 0) return 0;
    q = db_use(&defaults_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    return db_step_done(q) == 0 ? 1 : -1;
}

int store_address_set_restrictions(int64_t company_id, int64_t id, const int64_t *units, int n_units,
                                   const int64_t *users, int n_users)
{
    DB_STATEMENT(user_st, "INSERT INTO address_restrictions (address_id, company_id, user_id) VALUES (?2, ?1, ?3)");
    DB_STATEMENT(unit_st, "INSERT INTO address_restrictions (address_id, company_id, business_unit_id) VALUES (?2, ?1, ?3)");
    DB_STATEMENT(del_st, "DELETE FROM address_restrictions WHERE company_id = ?1 AND address_id = ?2");
    sqlite3_stmt *q = db_use(&del_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    if (db_step_done(q) != 0) return -1;
    for (int i = 0; i < n_units; i++) {
        q = db_use(&unit_st);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, company_id);
        sqlite3_bind_int64(q, 2, id);
        sqlite3_bind_int64(q, 3, units[i]);
        if (db_step_done(q) != 0) return -1;
    }
    for (int i = 0; i < n_users; i++) {
        q = db_use(&user_st);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, company_id);
        sqlite3_bind_int64(q, 2, id);
        sqlite3_bind_int64(q, 3, users[i]);
        if (db_step_done(q) != 0) return -1;
    }
    return 0;
}

int store_address_set_company_default(int64_t company_id, int64_t id, const char *kind)
{
    DB_STATEMENT(shipping_st, "UPDATE addresses SET is_default_shipping = (id = ?2)"
        " WHERE company_id = ?1 AND (is_default_shipping <> 0 OR id = ?2)");
    DB_STATEMENT(billing_st, "UPDATE addresses SET is_default_billing = (id = ?2)"
        " WHERE company_id = ?1 AND (is_default_billing <> 0 OR id = ?2)");
    sqlite3_stmt *q = strcmp(kind, "billing") == 0
        ? db_use(&billing_st)
        : db_use(&shipping_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    return db_step_done(q);
}

int store_address_set_my_default(int64_t company_id, int64_t user_id, const char *kind, int64_t id)
{
    DB_STATEMENT(st, "INSERT INTO member_default_addresses (company_id, user_id, kind, address_id) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT (company_id, user_id, kind) DO UPDATE SET address_id = excluded.address_id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    db_bind_text(q, 3, kind);
    sqlite3_bind_int64(q, 4, id);
    return db_step_done(q);
}

int store_address_decide(int64_t company_id, int64_t id, int approve, int64_t decided_by, const char *reason,
                         int64_t now)
{
    DB_STATEMENT(st, "UPDATE addresses SET status = CASE WHEN ?3 THEN 'active' ELSE 'retired' END, pending_with = '',"
        " decided_by = ?4, decided_at = ?5, reject_reason = ?6, updated_at = ?5"
        " WHERE company_id = ?1 AND id = ?2 AND status = 'pending' AND pending_with = 'company'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, id);
    sqlite3_bind_int(q, 3, approve ? 1 : 0);
    sqlite3_bind_int64(q, 4, decided_by);
    sqlite3_bind_int64(q, 5, now);
    db_bind_text(q, 6, approve ? "" : reason);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int64_t store_address_change_request_add(int64_t company_id, int64_t address_id, int64_t user_id,
                                         const char *message, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO address_change_requests (company_id, address_id, user_id, message, created_at)"
        " VALUES (?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, address_id);
    sqlite3_bind_int64(q, 3, user_id);
    db_bind_text(q, 4, message);
    sqlite3_bind_int64(q, 5, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_last_insert_rowid(db_handle());
}

int store_address_approval_get(int64_t company_id, char *out, size_t size)
{
    DB_STATEMENT(st, "SELECT address_approval FROM companies WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    db_copy_text(out, size, q, 0);
    return 1;
}

int store_address_approval_set(int64_t company_id, const char *mode)
{
    DB_STATEMENT(st, "UPDATE companies SET address_approval = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, mode);
    sqlite3_bind_int64(q, 2, company_id);
    return db_step_done(q);
}

static int read_people(sqlite3_stmt *q, struct address_person *out, int max)
{
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (n < max) {
            out[n].user_id = sqlite3_column_int64(q, 0);
            DB_COPY(out[n].name, q, 1);
            DB_COPY(out[n].email, q, 2);
            n++;
        }
    return rc == SQLITE_DONE ? n : -1;
}

int store_address_approvers(int64_t company_id, struct address_person *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id"
        " JOIN roles r ON r.id = m.role_id"
        " WHERE m.company_id = ?1 AND m.status = 'active' AND u.status = 'active' AND (r.permissions & ?2) <> 0"
        " ORDER BY u.name, u.id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, PERM_MANAGE_ADDRESSES);
    sqlite3_bind_int(q, 3, max);
    return read_people(q, out, max);
}

int store_address_staff_admins(struct address_person *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM seller_staff s JOIN users u ON u.id = s.user_id"
        " WHERE s.staff_role = 'admin' AND u.status = 'active' ORDER BY u.name, u.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    return read_people(q, out, max);
}

int store_address_person(int64_t user_id, struct address_person *out)
{
    DB_STATEMENT(st, "SELECT id, name, email FROM users WHERE id = ?1 AND status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    int n = read_people(q, out, 1);
    return n < 0 ? -1 : n;
}
