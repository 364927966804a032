#include "addresses/addresses_admin_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_bo_address_get(const struct staff_scope *scope, int64_t id, struct bo_address *out)
{
    DB_STATEMENT(st, "SELECT a.id, a.company_id, c.name, a.label, a.kind, a.attention, a.line1, a.line2, a.city, a.region,"
        "  a.postal_code, a.country, a.phone, a.delivery_instructions, a.tax_id, COALESCE(a.erp_address_id, ''),"
        "  a.status, a.pending_with, a.reject_reason, COALESCE(a.proposed_by, 0), COALESCE(p.name, ''),"
        "  COALESCE(p.email, ''), COALESCE(a.decided_by, 0), COALESCE(d.name, ''), COALESCE(a.decided_at, 0),"
        "  a.created_at, COALESCE(a.updated_at, a.created_at), a.is_default_billing, a.is_default_shipping"
        " FROM addresses a JOIN companies c ON c.id = a.company_id"
        " LEFT JOIN users p ON p.id = a.proposed_by LEFT JOIN users d ON d.id = a.decided_by"
        " WHERE a.id = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(q, 0);
    out->company_id = sqlite3_column_int64(q, 1);
    DB_COPY(out->company_name, q, 2);
    DB_COPY(out->label, q, 3);
    DB_COPY(out->type, q, 4);
    DB_COPY(out->attention, q, 5);
    DB_COPY(out->line1, q, 6);
    DB_COPY(out->line2, q, 7);
    DB_COPY(out->city, q, 8);
    DB_COPY(out->region, q, 9);
    DB_COPY(out->postal_code, q, 10);
    DB_COPY(out->country, q, 11);
    DB_COPY(out->phone, q, 12);
    DB_COPY(out->delivery_instructions, q, 13);
    DB_COPY(out->tax_id, q, 14);
    DB_COPY(out->erp_address_id, q, 15);
    DB_COPY(out->status, q, 16);
    DB_COPY(out->pending_with, q, 17);
    DB_COPY(out->reject_reason, q, 18);
    out->proposed_by = sqlite3_column_int64(q, 19);
    DB_COPY(out->proposer_name, q, 20);
    DB_COPY(out->proposer_email, q, 21);
    out->decided_by = sqlite3_column_int64(q, 22);
    DB_COPY(out->decider_name, q, 23);
    out->decided_at = sqlite3_column_int64(q, 24);
    out->created_at = sqlite3_column_int64(q, 25);
    out->updated_at = sqlite3_column_int64(q, 26);
    out->is_default_billing = sqlite3_column_int(q, 27);
    out->is_default_shipping = sqlite3_column_int(q, 28);
    return 1;
}

int store_bo_address_list(const struct staff_scope *scope, int waiting, const char *query, int64_t company_filter,
                          int offset, struct bo_address_row *out, int max, int *total)
{
    DB_STATEMENT(st, "SELECT a.id, a.company_id, c.name, a.label, a.kind, a.line1, a.city, a.country,"
        "  COALESCE(a.erp_address_id, ''), a.status, a.pending_with, COALESCE(p.name, ''), a.created_at,"
        "  COUNT(*) OVER ()"
        " FROM addresses a JOIN companies c ON c.id = a.company_id LEFT JOIN users p ON p.id = a.proposed_by"
        " WHERE (?1 = 0 OR (a.status = 'pending' AND a.pending_with = 'seller'))"
        "   AND (?2 IS NULL OR a.company_id = ?2)"
        "   AND (?3 = '' OR instr(lower(a.label), lower(?3)) > 0 OR instr(lower(a.city), lower(?3)) > 0"
        "        OR instr(lower(a.line1), lower(?3)) > 0 OR instr(lower(c.name), lower(?3)) > 0"
        "        OR instr(lower(COALESCE(a.erp_address_id, '')), lower(?3)) > 0)"
        "   AND" STAFF_SCOPE_COMPANY("c")
        " ORDER BY CASE WHEN ?1 = 0 THEN c.name ELSE '' END COLLATE NOCASE,"
        "   CASE WHEN ?1 = 0 THEN a.label ELSE '' END COLLATE NOCASE, a.created_at, a.id"
        " LIMIT ?4 OFFSET ?5");
    /* One query: the page of matches and, from a window over the filtered
     * set, how many there are for the pager. ?2 is left NULL (unbound)
     * without a company filter. */
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, waiting ? 1 : 0);
    if (company_filter > 0) sqlite3_bind_int64(q, 2, company_filter);
    db_bind_text(q, 3, query);
    sqlite3_bind_int(q, 4, max);
    sqlite3_bind_int(q, 5, offset);
    *total = 0;
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct bo_address_row *r = &out[n++];
        memset(r, 0, sizeof *r);
        r->id = sqlite3_column_int64(q, 0);
        r->company_id = sqlite3_column_int64(q, 1);
        DB_COPY(r->company_name, q, 2);
        DB_COPY(r->label, q, 3);
        DB_COPY(r->kind, q, 4);
        DB_COPY(r->line1, q, 5);
        DB_COPY(r->city, q, 6);
        DB_COPY(r->country, q, 7);
        DB_COPY(r->erp_address_id, q, 8);
        DB_COPY(r->status, q, 9);
        DB_COPY(r->pending_with, q, 10);
        DB_COPY(r->proposer_name, q, 11);
        r->created_at = sqlite3_column_int64(q, 12);
        *total = sqlite3_column_int(q, 13);
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_addresses_waiting_count(const struct staff_scope *scope)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM addresses WHERE status = 'pending' AND pending_with = 'seller'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_bo_address_restrictions(const struct staff_scope *scope, int64_t address_id,
                                  struct bo_address_restriction *out, int max)
{
    DB_STATEMENT(st, "SELECT CASE WHEN r.business_unit_id IS NOT NULL THEN 'unit' ELSE 'member' END,"
        "  COALESCE(u.name, m.name, '')"
        " FROM address_restrictions r"
        " LEFT JOIN business_units u ON u.id = r.business_unit_id AND u.company_id = r.company_id"
        " LEFT JOIN users m ON m.id = r.user_id"
        " WHERE r.address_id = ?1 AND" STAFF_SCOPE_COMPANY_ID("r.company_id")
        " ORDER BY r.business_unit_id IS NULL, COALESCE(u.name, m.name, '') COLLATE NOCASE LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, address_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        DB_COPY(out[n].kind, q, 0);
        DB_COPY(out[n].name, q, 1);
        n++;
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_address_update(const struct staff_scope *scope, int64_t id, int64_t version, const struct address_input *f,
                            int64_t now)
{
    DB_STATEMENT(st, "UPDATE addresses SET label = ?1, kind = ?2, attention = ?3, line1 = ?4, line2 = ?5, city = ?6,"
        "  region = ?7, postal_code = ?8, country = ?9, phone = ?10, delivery_instructions = ?11, tax_id = ?12,"
        "  updated_at = ?13"
        " WHERE id = ?14 AND COALESCE(updated_at, created_at) = ?15 AND status <> 'retired'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, f->label);
    db_bind_text(q, 2, f->type);
    db_bind_text(q, 3, f->attention);
    db_bind_text(q, 4, f->line1);
    db_bind_text(q, 5, f->line2);
    db_bind_text(q, 6, f->city);
    db_bind_text(q, 7, f->region);
    db_bind_text(q, 8, f->postal_code);
    db_bind_text(q, 9, f->country);
    db_bind_text(q, 10, f->phone);
    db_bind_text(q, 11, f->delivery_instructions);
    db_bind_text(q, 12, f->tax_id);
    sqlite3_bind_int64(q, 13, now);
    sqlite3_bind_int64(q, 14, id);
    sqlite3_bind_int64(q, 15, version);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_bo_address_decide(const struct staff_scope *scope, int64_t id, const char *status, const char *reason,
                            int64_t staff_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE addresses SET status = ?1, pending_with = '', reject_reason = ?2, decided_by = ?3,"
        "  decided_at = ?4, updated_at = ?4"
        " WHERE id = ?5 AND status = 'pending' AND pending_with = 'seller' AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    /* Only a proposal still waiting for the seller: a second click, or two
     * staff at once, changes nothing the second time. */
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, status);
    db_bind_text(q, 2, reason);
    sqlite3_bind_int64(q, 3, staff_id);
    sqlite3_bind_int64(q, 4, now);
    sqlite3_bind_int64(q, 5, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_bo_company_options(const struct staff_scope *scope, struct bo_company_option *out, int max)
{
    DB_STATEMENT(st, "SELECT c.id, c.name FROM companies c WHERE c.id IN (SELECT company_id FROM addresses)"
        "   AND" STAFF_SCOPE_COMPANY("c") " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        n++;
    }
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

#define REQUEST_COLUMNS \
    "r.id, r.company_id, c.name, r.address_id, a.label, COALESCE(a.erp_address_id, ''), u.name, u.email," \
    " r.message, r.status, r.created_at"
#define REQUEST_FROM \
    " FROM address_change_requests r JOIN companies c ON c.id = r.company_id" \
    " JOIN addresses a ON a.id = r.address_id AND a.company_id = r.company_id JOIN users u ON u.id = r.user_id"

static void read_request(sqlite3_stmt *q, struct bo_change_request *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    r->company_id = sqlite3_column_int64(q, 1);
    DB_COPY(r->company_name, q, 2);
    r->address_id = sqlite3_column_int64(q, 3);
    DB_COPY(r->address_label, q, 4);
    DB_COPY(r->erp_address_id, q, 5);
    DB_COPY(r->requester_name, q, 6);
    DB_COPY(r->requester_email, q, 7);
    DB_COPY(r->message, q, 8);
    DB_COPY(r->status, q, 9);
    r->created_at = sqlite3_column_int64(q, 10);
}

int store_bo_change_requests_open(const struct staff_scope *scope, struct bo_change_request *out, int max)
{
    DB_STATEMENT(st, "SELECT " REQUEST_COLUMNS REQUEST_FROM
        " WHERE r.status = 'open' AND" STAFF_SCOPE_COMPANY("c") " ORDER BY r.created_at, r.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_request(q, &out[n++]);
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_change_requests_open_count(const struct staff_scope *scope)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM address_change_requests WHERE status = 'open'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_bo_change_request_get(const struct staff_scope *scope, int64_t id, struct bo_change_request *out)
{
    DB_STATEMENT(st, "SELECT " REQUEST_COLUMNS REQUEST_FROM " WHERE r.id = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_request(q, out);
    return 1;
}

int store_bo_change_request_done(const struct staff_scope *scope, int64_t id)
{
    DB_STATEMENT(st, "UPDATE address_change_requests SET status = 'done' WHERE id = ?1 AND status = 'open'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}
