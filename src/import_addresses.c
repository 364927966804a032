#include "import_addresses.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address_rules.h"
#include "db.h"
#include "form.h"
#include "store/audit.h"
#include "validate.h"

#define ERP_ID_MAX 40
#define ACCOUNT_MAX 40

static const char *const columns[] = {
    "erp_address_id", "customer_account", "label", "type", "attention", "line1", "line2", "city",
    "region", "postal_code", "country", "phone", "delivery_instructions", "tax_id",
};

static void input_of(const char *const f[], struct address_input *in)
{
    in->label = f[ADDR_COL_LABEL];
    in->type = f[ADDR_COL_TYPE];
    in->attention = f[ADDR_COL_ATTENTION];
    in->line1 = f[ADDR_COL_LINE1];
    in->line2 = f[ADDR_COL_LINE2];
    in->city = f[ADDR_COL_CITY];
    in->region = f[ADDR_COL_REGION];
    in->postal_code = f[ADDR_COL_POSTAL];
    in->country = f[ADDR_COL_COUNTRY];
    in->phone = f[ADDR_COL_PHONE];
    in->delivery_instructions = f[ADDR_COL_INSTRUCTIONS];
    in->tax_id = f[ADDR_COL_TAX_ID];
}

static int push(struct import_row_error *errs, int max, int n, const char *column, const char *message)
{
    if (!message || n >= max) return n;
    memset(&errs[n], 0, sizeof errs[n]);
    snprintf(errs[n].column, sizeof errs[n].column, "%s", column);
    snprintf(errs[n].message, sizeof errs[n].message, "%s", message);
    return n + 1;
}

int import_addresses_validate(const char *const f[], struct import_row_error *errs, int max)
{
    int n = 0;
    if (!f[ADDR_COL_ERP_ID][0]) return 0;   /* the portal's own: skipped */
    n = push(errs, max, n, "erp_address_id", validate_text(f[ADDR_COL_ERP_ID], ERP_ID_MAX, 1));
    n = push(errs, max, n, "customer_account", validate_text(f[ADDR_COL_CUSTOMER], ACCOUNT_MAX, 1));
    struct address_input in;
    input_of(f, &in);
    struct form_errors fe = { 0 };
    address_validate(&in, &fe);
    for (int i = 0; i < fe.count; i++) {
        const char *field = fe.items[i].field, *message = fe.items[i].message;
        if (strcmp(field, "country") == 0)
            message = f[ADDR_COL_COUNTRY][0] ? "Use a two-letter country code the portal knows, such as US or CA."
                                             : "Give the two-letter country code, such as US.";
        else if (strcmp(field, "type") == 0)
            message = "Use billing, shipping or both.";
        n = push(errs, max, n, field, message);
    }
    return n;
}

/* --- the database side -------------------------------------------------- */

struct touched {
    int64_t company_id;
    long created, updated;
};

struct run {
    struct audit_actor actor;
    char actor_name[128];
    char actor_kind[16];
    struct touched *companies;
    size_t count, cap;
};

static int begin(void **ctx, const struct audit_actor *actor)
{
    struct run *r = calloc(1, sizeof *r);
    if (!r) return -1;
    snprintf(r->actor_name, sizeof r->actor_name, "%s", actor->name);
    snprintf(r->actor_kind, sizeof r->actor_kind, "%s", actor->kind);
    r->actor.user_id = actor->user_id;
    r->actor.name = r->actor_name;
    r->actor.kind = r->actor_kind;
    *ctx = r;
    return 0;
}

static int count_touch(struct run *r, int64_t company_id, int created)
{
    size_t i = 0;
    while (i < r->count && r->companies[i].company_id != company_id) i++;
    if (i == r->count) {
        if (r->count == r->cap) {
            size_t cap = r->cap ? r->cap * 2 : 8;
            struct touched *t = realloc(r->companies, cap * sizeof *t);
            if (!t) return -1;
            r->companies = t;
            r->cap = cap;
        }
        r->companies[r->count++] = (struct touched){ company_id, 0, 0 };
    }
    if (created) r->companies[i].created++;
    else r->companies[i].updated++;
    return 0;
}

static enum import_outcome db_failed(struct import_row_error *err)
{
    snprintf(err->column, sizeof err->column, "%s", "");
    snprintf(err->message, sizeof err->message, "The database failed on this row: %s.", sqlite3_errmsg(db_handle()));
    return IMPORT_ERROR;
}

/* Binds the 12 address values from ?first on. */
static void bind_values(sqlite3_stmt *q, int first, const char *const f[])
{
    for (int c = ADDR_COL_LABEL; c < ADDR_COL_COUNT; c++) db_bind_text(q, first + c - ADDR_COL_LABEL, f[c]);
}

static enum import_outcome upsert(void *ctx, const char *const f[], struct import_row_error *err)
{
    struct run *run = ctx;
    if (!f[ADDR_COL_ERP_ID][0]) return IMPORT_SKIPPED;
    static sqlite3_stmt *company_st, *find_st, *insert_st, *update_st;

    sqlite3_stmt *q = db_prepared(&company_st, "SELECT id FROM companies WHERE erp_account_no = ?");
    if (!q) return db_failed(err);
    db_bind_text(q, 1, f[ADDR_COL_CUSTOMER]);
    int rc = sqlite3_step(q);
    int64_t company_id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_failed(err);
    if (!company_id) {
        snprintf(err->column, sizeof err->column, "customer_account");
        snprintf(err->message, sizeof err->message, "No customer has the account number %.60s.", f[ADDR_COL_CUSTOMER]);
        return IMPORT_ERROR;
    }

    /* Is it there, with the same values, active? */
    q = db_prepared(&find_st,
        "SELECT a.id, a.company_id, COALESCE(c.erp_account_no, ''),"
        " a.status = 'active' AND a.label IS ?2 AND a.kind IS ?3 AND a.attention IS ?4 AND a.line1 IS ?5"
        " AND a.line2 IS ?6 AND a.city IS ?7 AND a.region IS ?8 AND a.postal_code IS ?9 AND a.country IS ?10"
        " AND a.phone IS ?11 AND a.delivery_instructions IS ?12 AND a.tax_id IS ?13"
        " FROM addresses a JOIN companies c ON c.id = a.company_id WHERE a.erp_address_id = ?1");
    if (!q) return db_failed(err);
    db_bind_text(q, 1, f[ADDR_COL_ERP_ID]);
    bind_values(q, 2, f);
    rc = sqlite3_step(q);
    int64_t id = 0, owner = 0;
    int same = 0;
    char owner_account[64] = "";
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(q, 0);
        owner = sqlite3_column_int64(q, 1);
        snprintf(owner_account, sizeof owner_account, "%s", db_column_text(q, 2));
        same = sqlite3_column_int(q, 3);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_failed(err);

    int64_t now = db_now();
    if (id && owner != company_id) {
        snprintf(err->column, sizeof err->column, "erp_address_id");
        snprintf(err->message, sizeof err->message,
                 "%.40s belongs to another customer (%.40s); an address never moves between customers.",
                 f[ADDR_COL_ERP_ID], owner_account[0] ? owner_account : "no account number");
        return IMPORT_ERROR;
    }
    if (id && same) return IMPORT_UNCHANGED;
    if (id) {
        q = db_prepared(&update_st,
            "UPDATE addresses SET label = ?2, kind = ?3, attention = ?4, line1 = ?5, line2 = ?6, city = ?7,"
            " region = ?8, postal_code = ?9, country = ?10, phone = ?11, delivery_instructions = ?12, tax_id = ?13,"
            " status = 'active', pending_with = '', reject_reason = '', updated_at = ?14 WHERE id = ?1");
        if (!q) return db_failed(err);
        sqlite3_bind_int64(q, 1, id);
    } else {
        q = db_prepared(&insert_st,
            "INSERT INTO addresses (erp_address_id, label, kind, attention, line1, line2, city, region, postal_code,"
            " country, phone, delivery_instructions, tax_id, updated_at, company_id, status, created_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'active', ?14)");
        if (!q) return db_failed(err);
        db_bind_text(q, 1, f[ADDR_COL_ERP_ID]);
        sqlite3_bind_int64(q, 15, company_id);
    }
    bind_values(q, 2, f);
    sqlite3_bind_int64(q, 14, now);
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return db_failed(err);
    if (count_touch(run, company_id, id == 0) != 0) return db_failed(err);
    return id ? IMPORT_UPDATED : IMPORT_CREATED;
}

static int end(void *ctx, int write)
{
    struct run *r = ctx;
    int rc = 0;
    if (!r) return 0;
    int64_t now = db_now();
    for (size_t i = 0; write && rc == 0 && i < r->count; i++) {
        long n = r->companies[i].created + r->companies[i].updated;
        char subject[64], created[24], updated[24];
        snprintf(subject, sizeof subject, "%ld address%s", n, n == 1 ? "" : "es");
        snprintf(created, sizeof created, "%ld", r->companies[i].created);
        snprintf(updated, sizeof updated, "%ld", r->companies[i].updated);
        struct audit_change changes[] = { { "Created", "", created }, { "Updated", "", updated } };
        rc = store_audit_insert(r->companies[i].company_id, &r->actor, "address.imported", subject, changes, 2, now);
    }
    free(r->companies);
    free(r);
    return rc;
}

const struct import_shape import_addresses_shape = {
    .name = "addresses",
    .title = "Addresses",
    .columns = columns,
    .column_count = ADDR_COL_COUNT,
    .validate_row = import_addresses_validate,
    .begin = begin,
    .upsert_row = upsert,
    .end = end,
};

int import_addresses_export(struct csv_out *out)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "SELECT COALESCE(a.erp_address_id, ''), COALESCE(c.erp_account_no, ''), a.label, a.kind, a.attention,"
        " a.line1, a.line2, a.city, a.region, a.postal_code, a.country, a.phone, a.delivery_instructions, a.tax_id"
        " FROM addresses a JOIN companies c ON c.id = a.company_id WHERE a.status = 'active'"
        " ORDER BY c.erp_account_no IS NULL, c.erp_account_no, c.name, a.erp_address_id IS NULL, a.erp_address_id, a.id");
    if (!q) return -1;
    csv_write_record(out, columns, ADDR_COL_COUNT);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *f[ADDR_COL_COUNT];
        for (int c = 0; c < ADDR_COL_COUNT; c++) f[c] = db_column_text(q, c);
        csv_write_record(out, f, ADDR_COL_COUNT);
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE && !out->failed ? 0 : -1;
}
