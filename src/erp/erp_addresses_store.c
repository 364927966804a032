#include "erp/erp_addresses_store.h"

#include <stdio.h>

#include "base/db.h"

int store_company_by_erp_account(const char *account, int64_t *company_id)
{
    DB_STATEMENT(st, "SELECT id FROM companies WHERE erp_account_no = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, account);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *company_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static void bind_values(sqlite3_stmt *q, int first, const char *const values[ERP_ADDRESS_VALUES])
{
    for (int i = 0; i < ERP_ADDRESS_VALUES; i++) db_bind_text(q, first + i, values[i]);
}

int store_erp_address_find(const char *erp_id, const char *const values[ERP_ADDRESS_VALUES],
                           struct erp_address_match *out)
{
    DB_STATEMENT(st, "SELECT a.id, a.company_id, COALESCE(c.erp_account_no, ''),"
        " a.status = 'active' AND a.label IS ?2 AND a.kind IS ?3 AND a.attention IS ?4 AND a.line1 IS ?5"
        " AND a.line2 IS ?6 AND a.city IS ?7 AND a.region IS ?8 AND a.postal_code IS ?9 AND a.country IS ?10"
        " AND a.phone IS ?11 AND a.delivery_instructions IS ?12 AND a.tax_id IS ?13"
        " FROM addresses a JOIN companies c ON c.id = a.company_id WHERE a.erp_address_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, erp_id);
    bind_values(q, 2, values);
    int rc = sqlite3_step(q);
    *out = (struct erp_address_match){ 0 };
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(q, 0);
        out->company_id = sqlite3_column_int64(q, 1);
        DB_COPY(out->company_account, q, 2);
        out->same = sqlite3_column_int(q, 3);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int store_erp_address_update(int64_t id, const char *const values[ERP_ADDRESS_VALUES], int64_t now)
{
    DB_STATEMENT(st, "UPDATE addresses SET label = ?2, kind = ?3, attention = ?4, line1 = ?5, line2 = ?6, city = ?7,"
        " region = ?8, postal_code = ?9, country = ?10, phone = ?11, delivery_instructions = ?12, tax_id = ?13,"
        " status = 'active', pending_with = '', reject_reason = '', updated_at = ?14 WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    bind_values(q, 2, values);
    sqlite3_bind_int64(q, 14, now);
    return db_step_done(q);
}

int store_erp_address_insert(const char *erp_id, int64_t company_id,
                             const char *const values[ERP_ADDRESS_VALUES], int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO addresses (erp_address_id, label, kind, attention, line1, line2, city, region, postal_code,"
        " country, phone, delivery_instructions, tax_id, updated_at, company_id, status, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'active', ?14)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, erp_id);
    bind_values(q, 2, values);
    sqlite3_bind_int64(q, 14, now);
    sqlite3_bind_int64(q, 15, company_id);
    return db_step_done(q);
}

int store_erp_addresses_export(int (*row)(void *ctx, const char *const fields[], int count), void *ctx)
{
    DB_STATEMENT(st, "SELECT COALESCE(a.erp_address_id, ''), COALESCE(c.erp_account_no, ''), a.label, a.kind, a.attention,"
        " a.line1, a.line2, a.city, a.region, a.postal_code, a.country, a.phone, a.delivery_instructions, a.tax_id"
        " FROM addresses a JOIN companies c ON c.id = a.company_id WHERE a.status = 'active'"
        " ORDER BY c.erp_account_no IS NULL, c.erp_account_no, c.name, a.erp_address_id IS NULL, a.erp_address_id, a.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    enum { COUNT = ERP_ADDRESS_VALUES + 2 };
    int rc, stop = 0;
    while (!stop && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *f[COUNT];
        for (int c = 0; c < COUNT; c++) f[c] = db_column_text(q, c);
        stop = row(ctx, f, COUNT);
    }
    sqlite3_reset(q);
    return !stop && rc == SQLITE_DONE ? 0 : -1;
}
