/* The "credit" import shape and export (import_credit.h). */
#include "erp/import_credit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "base/civil_date.h"
#include "base/clock.h"
#include "base/money.h"
#include "base/validate.h"
#include "credit/credit.h"

#define NUMBER_MAX 40
#define ACCOUNT_MAX 40
#define TOUCHED_MAX 2000

static const char *const columns[] = { "invoice_number", "customer_account", "issued_on", "due_on", "amount", "paid" };

static int push(struct import_row_error *errs, int max, int n, const char *column, const char *message)
{
    if (!message || n >= max) return n;
    memset(&errs[n], 0, sizeof errs[n]);
    snprintf(errs[n].column, sizeof errs[n].column, "%s", column);
    snprintf(errs[n].message, sizeof errs[n].message, "%s", message);
    return n + 1;
}

static const char *date_problem(const char *text)
{
    struct civil_date d;
    return civil_date_parse(text, &d) == CIVIL_DATE_OK ? NULL : "Enter the date as YYYY-MM-DD.";
}

int import_credit_validate(const char *const f[], struct import_row_error *errs, int max)
{
    int n = 0;
    n = push(errs, max, n, "invoice_number", validate_text(f[CRD_COL_NUMBER], NUMBER_MAX, 1));
    n = push(errs, max, n, "customer_account", validate_text(f[CRD_COL_CUSTOMER], ACCOUNT_MAX, 1));
    const char *issued = date_problem(f[CRD_COL_ISSUED]), *due = date_problem(f[CRD_COL_DUE]);
    n = push(errs, max, n, "issued_on", issued);
    n = push(errs, max, n, "due_on", due);
    if (!issued && !due && strcmp(f[CRD_COL_DUE], f[CRD_COL_ISSUED]) < 0)
        n = push(errs, max, n, "due_on", "The due date is before the issue date.");
    int64_t amount = 0, paid = 0;
    const char *a = money_parse(f[CRD_COL_AMOUNT], MONEY_UNSIGNED, &amount);
    const char *p = f[CRD_COL_PAID][0] ? money_parse(f[CRD_COL_PAID], MONEY_UNSIGNED, &paid) : NULL;
    n = push(errs, max, n, "amount", a);
    n = push(errs, max, n, "paid", p);
    if (!a && !p && paid > amount) n = push(errs, max, n, "paid", "More is paid than the invoice's amount.");
    return n;
}

struct ctx {
    struct actor actor;
    int64_t touched[TOUCHED_MAX];
    int n_touched;
};

static int begin(void **out, const struct actor *actor)
{
    struct ctx *c = calloc(1, sizeof *c);
    if (!c) return -1;
    c->actor = *actor;
    *out = c;
    return 0;
}

static enum import_outcome fail(struct import_row_error *err, const char *column, const char *message)
{
    snprintf(err->column, sizeof err->column, "%s", column);
    snprintf(err->message, sizeof err->message, "%s", message);
    return IMPORT_ERROR;
}

static enum import_outcome upsert(void *vctx, const char *const f[], struct import_row_error *err)
{
    struct ctx *c = vctx;
    if (credit_portal_invoices())
        return fail(err, "", "The portal issues invoices (seller setting credit_invoices_by): set it to \"erp\" to import the ERP's.");
    int64_t company = 0;
    int found = store_credit_company_by_account(f[CRD_COL_CUSTOMER], &company);
    if (found < 0) return fail(err, "", "The database could not be read.");
    if (!found) return fail(err, "customer_account", "No customer has this account number.");
    struct credit_account a;
    int has = store_credit_account(company, &a);
    if (has < 0) return fail(err, "", "The database could not be read.");
    if (!has) return fail(err, "customer_account", "This customer has no credit account.");
    int64_t amount = 0, paid = 0;
    money_parse(f[CRD_COL_AMOUNT], MONEY_UNSIGNED, &amount);
    if (f[CRD_COL_PAID][0]) money_parse(f[CRD_COL_PAID], MONEY_UNSIGNED, &paid);
    struct credit_invoice inv;
    int64_t owner = 0;
    int known = store_credit_invoice_any(f[CRD_COL_NUMBER], &owner, &inv);
    if (known < 0) return fail(err, "", "The database could not be read.");
    int i = 0;
    while (i < c->n_touched && c->touched[i] != company) i++;
    if (i == c->n_touched && c->n_touched < TOUCHED_MAX) c->touched[c->n_touched++] = company;
    int64_t now = clock_now();
    if (known) {
        if (owner != company) return fail(err, "invoice_number", "This invoice number belongs to another customer.");
        if (strcmp(inv.source, "erp") != 0) return fail(err, "invoice_number", "The portal issued this invoice.");
        if (inv.amount == amount && inv.paid == paid && strcmp(inv.issued_on, f[CRD_COL_ISSUED]) == 0
            && strcmp(inv.due_on, f[CRD_COL_DUE]) == 0)
            return IMPORT_UNCHANGED;
        if (store_credit_invoice_update(company, inv.id, amount, paid, f[CRD_COL_ISSUED], f[CRD_COL_DUE], now) != 0)
            return fail(err, "", "The invoice could not be written.");
        return IMPORT_UPDATED;
    }
    struct credit_invoice_new in = { .company_id = company, .number = f[CRD_COL_NUMBER], .source = "erp",
                                     .issued_on = f[CRD_COL_ISSUED], .due_on = f[CRD_COL_DUE], .amount = amount,
                                     .paid = paid };
    if (store_credit_invoice_insert(&in, now, NULL) != 0) return fail(err, "", "The invoice could not be written.");
    return IMPORT_CREATED;
}

/* Each customer's balance follows its invoices: one "ERP sync" row for the
 * difference, none when there is none (a second import of the same file). */
static int end(void *vctx, int write)
{
    struct ctx *c = vctx;
    int ok = 1;
    for (int i = 0; write && ok && i < c->n_touched; i++) {
        int64_t open = 0;
        struct credit_figures f;
        if (store_credit_invoices_open_sum(c->touched[i], &open) != 0 || store_credit_last(c->touched[i], &f) < 0) {
            ok = 0;
            break;
        }
        if (open == f.balance) continue;
        struct credit_entry e = { .kind = CREDIT_ERP_SYNC, .amount = open - f.balance, .note = "Balance from the ERP" };
        ok = credit_ledger_add(&c->actor, c->touched[i], &e, NULL, NULL) == 0
             && audit_record(&c->actor, c->touched[i], "credit.imported", "", NULL, 0) == 0;
    }
    free(c);
    return ok ? 0 : -1;
}

const struct import_shape import_credit_shape = {
    .name = "credit",
    .title = "Invoices and balances (ERP)",
    .columns = columns,
    .column_count = CRD_COL_COUNT,
    .key_columns = 1,
    .validate_row = import_credit_validate,
    .begin = begin,
    .upsert_row = upsert,
    .end = end,
};

static int export_row(void *ctx, const char *number, const char *account, const char *issued_on, const char *due_on,
                      int64_t amount, int64_t paid)
{
    struct csv_out *out = ctx;
    char a[32], p[32];
    money_plain(amount, a, sizeof a);
    money_plain(paid, p, sizeof p);
    const char *const fields[] = { number, account, issued_on, due_on, a, p };
    csv_write_record(out, fields, CRD_COL_COUNT);
    return out->failed ? -1 : 0;
}

int import_credit_export(struct csv_out *out)
{
    csv_write_record(out, columns, CRD_COL_COUNT);
    return store_credit_invoices_export(export_row, out) == 0 && !out->failed ? 0 : -1;
}
