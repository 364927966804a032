#ifndef BUYERDESK_STORE_COMPANIES_H
#define BUYERDESK_STORE_COMPANIES_H

#include <stddef.h>
#include <stdint.h>

#include "base/staff_scope.h"

struct company_overview {
    int64_t id;
    char name[256];
    char erp_account_no[64];
    char status[16];
    int active_members;
    int64_t last_order_at;      /* 0 when none */
};

/* Back office (store_bo_*: the companies the staff scope reaches). */

/* The companies with their member count and latest order, by name.
 * Returns rows written (at most max), or -1. */
int store_bo_companies_overview(const struct staff_scope *scope, struct company_overview *out, int max);

/* How many companies have this status. -1 on error. */
int store_bo_companies_count(const struct staff_scope *scope, const char *status);

/* The company's name: 1 found, 0 none or outside the scope, -1 error. */
int store_bo_company_name(const struct staff_scope *scope, int64_t company_id, char *name, size_t size);

struct company_account {
    char payment_terms[64];
    char currency[8];
    int64_t credit_limit_cents;
    char account_manager[128];
    char account_manager_email[256];
};

/* 1 found, 0 not, -1 error. */
int store_company_account(int64_t company_id, struct company_account *out);

struct company_choice {
    int64_t id;
    char name[256];
};

/* The companies scope reaches, by name, for a filter list. Rows
 * written, or -1. */
int store_bo_company_choices(const struct staff_scope *scope, struct company_choice *out, int max);
/* How many companies scope reaches, counting up to max. -1 on error. */
int store_bo_company_count(const struct staff_scope *scope, int max);
/* One of them by id: 1 (out filled), 0 not reached, -1 error. */
int store_bo_company_choice(const struct staff_scope *scope, int64_t id, struct company_choice *out);
/* Those whose name is text (any case) first, then those whose name
 * contains it, by name. Rows written (at most max), or -1. */
int store_bo_company_choices_named(const struct staff_scope *scope, const char *text, struct company_choice *out,
                                   int max);

#endif
