#ifndef BUYERDESK_CREDIT_CREDIT_STORE_H
#define BUYERDESK_CREDIT_CREDIT_STORE_H

/* Account credit's SQL (sql/018_credit.sql): credit accounts, the
 * append-only ledger, invoices, allocations (credit requests:
 * credit_requests_store.h). Every function on customer data takes the
 * company; staff functions take a staff_scope. */

#include <stddef.h>
#include <stdint.h>

#include "base/staff_scope.h"
#include "credit/credit_rules.h"

struct credit_account {
    int64_t company_id;
    char currency[8];
    int64_t limit;
    char terms_kind[8];
    int terms_days;
    char terms_note[200];
    int terms_unmapped;
    int on_hold;
    char hold_reason[600];
    char over_limit[8];          /* "", "refuse", "review" */
    int due_reminder_days;
    char temporary_until[16];    /* YYYY-MM-DD or "" */
    int64_t base_limit;
};

/* 1 found, 0 none (no credit account), -1 error. */
int store_credit_account(int64_t company_id, struct credit_account *out);
int store_credit_account_create(const struct credit_account *a, int64_t now);
/* Limit, terms, hold, over_limit, reminder days, temporary fields. 1 or -1. */
int store_credit_account_update(const struct credit_account *a, int64_t now);

/* The figures after the company's last ledger row: 1, 0 no row (all 0), -1. */
int store_credit_last(int64_t company_id, struct credit_figures *out);

struct credit_ledger_new {
    int64_t company_id;
    int64_t at;
    const char *kind;
    int64_t amount;
    int64_t order_id;      /* 0 none */
    int64_t invoice_id;    /* 0 none */
    const char *reference;
    const char *note;
    const char *actor_label;
    struct credit_figures after;
};
int store_credit_ledger_insert(const struct credit_ledger_new *row, int64_t *id);

struct credit_ledger_row {
    int64_t id, at, amount, order_id, invoice_id;
    char kind[16];
    char reference[64];
    char note[600];
    char actor_label[128];
    struct credit_figures after;
};
/* The company's rows from id > after_id, oldest first (CSV, statement, the
 * recompute test). Returns rows written or -1. */
int store_credit_ledger_rows(int64_t company_id, int64_t after_id, struct credit_ledger_row *out, int max);
/* The newest rows first, at most max. */
int store_credit_ledger_recent(int64_t company_id, struct credit_ledger_row *out, int max);
/* The figures after the last row at or before `at`: 1, 0 none, -1. */
int store_credit_figures_at(int64_t company_id, int64_t at, struct credit_figures *out);

/* What credit needs of an order. */
struct credit_order {
    int64_t id, total, shipping, tax_rate_bp;
    char number[40];
    char payment_method[32];
    char status[32];
    int credit_review;
};
int store_credit_order(int64_t company_id, int64_t order_id, struct credit_order *out);   /* 1/0/-1 */
int store_credit_order_flag_review(int64_t company_id, int64_t order_id, int review);
/* The order's reservation not yet released (sum of its reservation and
 * release rows). 0 or -1. */
int store_credit_order_reserved(int64_t company_id, int64_t order_id, int64_t *left);
/* Shipments of the order without an invoice, shipped at or before
 * `until`, oldest first. Rows or -1. */
int store_credit_uninvoiced_shipments(int64_t company_id, int64_t order_id, int64_t until, int64_t *ids,
                                      int64_t *shipped_at, int max);
/* Value of a shipment's lines (quantity x unit price). 0 or -1. */
int store_credit_shipment_value(int64_t shipment_id, int64_t *value);
/* Invoiced so far for an order, and how many invoices. 0 or -1. */
int store_credit_order_invoiced(int64_t company_id, int64_t order_id, int64_t *sum, int *count);
/* Units ordered and shipped of an order. 0 or -1. */
int store_credit_order_units(int64_t order_id, int64_t *ordered, int64_t *shipped);

struct credit_invoice_new {
    int64_t company_id, order_id, shipment_id;   /* 0 none */
    const char *number, *source, *issued_on, *due_on;
    int64_t amount, paid;
};
int store_credit_invoice_insert(const struct credit_invoice_new *in, int64_t now, int64_t *id);

struct credit_invoice {
    int64_t id, order_id, shipment_id, amount, paid;
    char number[40];
    char order_number[40];
    char source[8];
    char issued_on[16];
    char due_on[16];
};
/* One invoice of the company by number: 1/0/-1. */
int store_credit_invoice_by_number(int64_t company_id, const char *number, struct credit_invoice *out);
/* One invoice of the company by id: 1/0/-1. */
int store_credit_invoice_get(int64_t company_id, int64_t id, struct credit_invoice *out);
/* Invoices still open (paid < amount), oldest due first. Rows or -1. */
int store_credit_open_invoices(int64_t company_id, struct credit_invoice *out, int max);

/* The invoice list: status "" every, "open" (unpaid, any due), "paid",
 * "overdue" (unpaid, due before today); newest issued first, from offset.
 * Rows or -1; *total the count matching. */
int store_credit_invoices(int64_t company_id, const char *status, const char *today, int offset,
                          struct credit_invoice *out, int max, int *total);

/* Adds amount to an invoice's paid (never above its amount). 1, 0 not
 * possible, -1. */
int store_credit_invoice_pay(int64_t company_id, int64_t invoice_id, int64_t amount, int64_t now);
int store_credit_allocation_insert(int64_t ledger_id, int64_t invoice_id, int64_t company_id, int64_t amount);
/* The lines of an order shipped in one shipment (for the invoice page). */
struct credit_invoice_line {
    char sku[64];
    char name[256];
    int64_t quantity, unit_price, total;
};
int store_credit_shipment_lines(int64_t company_id, int64_t shipment_id, struct credit_invoice_line *out, int max);

/* Accounts whose temporary increase ended before `today`: ids. Rows or -1. */
int store_credit_temporary_ended(const char *today, int64_t *company_ids, int max);

/* Staff: exposure of every company with a credit account in scope. */
struct credit_exposure {
    int64_t company_id;
    char company_name[200];
    char currency[8];
    int on_hold;
    int terms_unmapped;
    struct credit_figures figures;
    int64_t overdue;
    char terms_note[200];
};
/* Sorted by overdue, then utilisation, highest first. Rows or -1. */
int store_bo_credit_exposure(const struct staff_scope *scope, const char *today, struct credit_exposure *out, int max);
/* The company's currency: 1, 0 no such company, -1. */
int store_credit_company_currency(int64_t company_id, char *out, size_t size);
/* 1 the company is in scope (name copied), 0 not, -1. */
int store_bo_credit_company(const struct staff_scope *scope, int64_t company_id, char *name, size_t size);

/* 1 a payment with this reference is in the company's ledger, 0 not, -1. */
int store_credit_payment_known(int64_t company_id, const char *reference);

/* Staff: orders in credit review in scope, oldest first. */
struct credit_review_order {
    int64_t id, company_id, total, placed_at;
    char number[40];
    char company_name[200];
    char currency[8];
};
int store_bo_credit_review_orders(const struct staff_scope *scope, struct credit_review_order *out, int max);

/* Open invoices of every company for the reminder job: overdue ones
 * (due before today) not mailed as overdue yet, or due from today to
 * `until` not reminded yet; with their company's reminder days. */
struct credit_remind_invoice {
    int64_t id, company_id, amount, paid;
    int reminder_days;
    char number[40];
    char due_on[16];
    char currency[8];
};
int store_credit_invoices_to_remind(const char *today, const char *until, struct credit_remind_invoice *out, int max);
/* Marks one as reminded (overdue 0) or mailed as overdue (1). 0 or -1. */
int store_credit_invoice_mark(int64_t id, int overdue);

/* ERP imports and exports (erp/import_credit.c). */
/* The company with this ERP account number: 1 (id set), 0, -1. */
int store_credit_company_by_account(const char *account, int64_t *company_id);
/* An invoice by number, any company: 1 (out and its company set), 0, -1. */
int store_credit_invoice_any(const char *number, int64_t *company_id, struct credit_invoice *out);
/* An ERP invoice updated in place. 0 or -1. */
int store_credit_invoice_update(int64_t company_id, int64_t id, int64_t amount, int64_t paid, const char *issued_on,
                                const char *due_on, int64_t now);
/* What the company's invoices have open (amount - paid). 0 or -1. */
int store_credit_invoices_open_sum(int64_t company_id, int64_t *sum);
/* Every invoice with its customer's ERP account, by number: row(ctx, ...)
 * for each; 0, or -1 (a database error or row() said stop). */
int store_credit_invoices_export(int (*row)(void *ctx, const char *number, const char *account, const char *issued_on,
                                            const char *due_on, int64_t amount, int64_t paid),
                                 void *ctx);

/* Members of the company who may see credit (their role has the bit). */
struct credit_person {
    int64_t user_id;
    char name[128];
    char email[256];
};
int store_credit_viewers(int64_t company_id, unsigned bit, struct credit_person *out, int max);
/* The company's account manager, else every staff administrator. */
int store_credit_staff_contacts(int64_t company_id, struct credit_person *out, int max);

#endif
