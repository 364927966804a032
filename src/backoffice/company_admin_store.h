#ifndef BUYERDESK_COMPANY_ADMIN_H
#define BUYERDESK_COMPANY_ADMIN_H

/* Seller staff looking after customer companies: the searchable list, one
 * company's record with its members and units, assigning an
 * administrator, blocking and unblocking; and the activity log filtered
 * by kind of action. The store_bo_* functions reach the companies of the
 * staff scope only (base/staff_scope.h); members and units are read for a
 * company whose record came through it. */

#include <stddef.h>
#include <stdint.h>

#include "audit/audit_store.h"
#include "base/staff_scope.h"

#define COMPANY_ADMINISTRATOR_ROLE 1

struct company_row {
    int64_t id;
    char name[256];
    char erp_account_no[64];
    char status[16];
    int active_members;
    int administrators;          /* active members with the Administrator role */
    char account_manager[128];
    int64_t last_order_at;       /* 0 when none */
};

/* One page of companies by name. query "" matches all, else a part of the
 * name or the account number; status "" any, else active|pending|blocked.
 * One query; *total is the number matching (when any row came back, else
 * 0). Returns rows written, or -1. */
int store_bo_company_search(const struct staff_scope *scope, const char *query, const char *status, int offset,
                            struct company_row *out, int max, int *total);

struct company_record {
    int64_t id;
    char name[256];
    char erp_account_no[64];
    char tax_id[64];
    char status[16];
    char payment_terms[64];
    char currency[8];
    int64_t credit_limit_cents;   /* the credit account's limit; -1: no credit account (paid in advance) */
    char account_manager[128];
    int64_t created_at;
    int64_t application_id;      /* pending companies: their verified application, or 0 */
};

/* 1 found, 0 not (or outside the scope), -1 error. */
int store_bo_company_record(const struct staff_scope *scope, int64_t company_id, struct company_record *out);

struct company_member {
    int64_t membership_id;
    int64_t user_id;
    char name[128];
    char email[256];
    int64_t role_id;
    char role[128];
    char unit[256];
    char status[16];             /* active | deactivated (or the user is disabled) */
    int64_t last_sign_in_at;     /* 0: never */
};

/* The company's members by name. Rows written (at most max), or -1. */
int store_company_members(int64_t company_id, struct company_member *out, int max);

struct company_unit {
    int64_t id;
    char name[256];
    char kind[16];
    int depth;                   /* 0 for a top unit */
};

/* The company's units in tree order (each after its parent, siblings by
 * name), with their depth. Rows written, or -1. */
int store_company_units(int64_t company_id, struct company_unit *out, int max);

/* Makes the active member membership_id of company_id an Administrator.
 * Fills the previous role name and the member's name. Inside the caller's
 * transaction. Returns 0 done, 1 not an active member of that company (or
 * the company is outside the scope), 2 already an Administrator, -1 error. */
int store_bo_company_assign_admin(const struct staff_scope *scope, int64_t company_id, int64_t membership_id,
                                  char *old_role, size_t old_role_size, char *member_name, size_t name_size);

/* active -> blocked, ending every session of the company; blocked ->
 * active. Inside the caller's transaction. Returns 0 done, 1 the company
 * was not in the expected status (or is outside the scope), -1 error. */
int store_bo_company_block(const struct staff_scope *scope, int64_t company_id);
int store_bo_company_unblock(const struct staff_scope *scope, int64_t company_id);

#endif
