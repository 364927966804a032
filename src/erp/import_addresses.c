#include "erp/import_addresses.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "addresses/address_rules.h"
#include "base/db.h"
#include "web/form.h"
#include "audit/audit_store.h"
#include "erp/erp_addresses_store.h"
#include "base/validate.h"

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
    struct actor actor;
    struct touched *companies;
    size_t count, cap;
};

static int begin(void **ctx, const struct actor *actor)
{
    struct run *r = calloc(1, sizeof *r);
    if (!r) return -1;
    r->actor = *actor;
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
    snprintf(err->message, sizeof err->message, "The database failed on this row: %s.", db_error());
    return IMPORT_ERROR;
}

static enum import_outcome upsert(void *ctx, const char *const f[], struct import_row_error *err)
{
    struct run *run = ctx;
    if (!f[ADDR_COL_ERP_ID][0]) return IMPORT_SKIPPED;
    const char *const *values = &f[ADDR_COL_LABEL];   /* the 12 address values, in store order */

    int64_t company_id = 0;
    int found = store_company_by_erp_account(f[ADDR_COL_CUSTOMER], &company_id);
    if (found < 0) return db_failed(err);
    if (!found) {
        snprintf(err->column, sizeof err->column, "customer_account");
        snprintf(err->message, sizeof err->message, "No customer has the account number %.60s.", f[ADDR_COL_CUSTOMER]);
        return IMPORT_ERROR;
    }
    struct erp_address_match match;
    if (store_erp_address_find(f[ADDR_COL_ERP_ID], values, &match) != 0) return db_failed(err);
    if (match.id && match.company_id != company_id) {
        snprintf(err->column, sizeof err->column, "erp_address_id");
        snprintf(err->message, sizeof err->message,
                 "%.40s belongs to another customer (%.40s); an address never moves between customers.",
                 f[ADDR_COL_ERP_ID], match.company_account[0] ? match.company_account : "no account number");
        return IMPORT_ERROR;
    }
    if (match.id && match.same) return IMPORT_UNCHANGED;
    int64_t now = clock_now();
    int rc = match.id ? store_erp_address_update(match.id, values, now)
                      : store_erp_address_insert(f[ADDR_COL_ERP_ID], company_id, values, now);
    if (rc != 0 || count_touch(run, company_id, match.id == 0) != 0) return db_failed(err);
    return match.id ? IMPORT_UPDATED : IMPORT_CREATED;
}

static int end(void *ctx, int write)
{
    struct run *r = ctx;
    int rc = 0;
    if (!r) return 0;
    int64_t now = clock_now();
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

static int export_row(void *ctx, const char *const fields[], int count)
{
    struct csv_out *out = ctx;
    csv_write_record(out, fields, count);
    return out->failed;
}

int import_addresses_export(struct csv_out *out)
{
    csv_write_record(out, columns, ADDR_COL_COUNT);
    return store_erp_addresses_export(export_row, out) == 0 && !out->failed ? 0 : -1;
}
