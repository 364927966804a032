#ifndef BUYERDESK_STORE_ACCOUNTS_H
#define BUYERDESK_STORE_ACCOUNTS_H

#include <stdint.h>

#include "base/staff_scope.h"

/* The built-in Administrator role (sql/002_builtin_roles.sql). */
#define ROLE_ADMINISTRATOR_ID 1

/* SQL for the company information page, change requests, seller-created
 * accounts and accepting an invitation. Functions that write expect the
 * caller's open transaction (db_begin). Lookups return 1 found, 0 not
 * found, -1 on a database error unless said otherwise. */

/* --- What the seller has on file about a company ----------------------- */

struct company_file {
    char name[256];
    char tax_id[64];
    char erp_account_no[64];
    char payment_terms[64];
    char price_list_name[128];
    char manager_name[128];     /* "" when the company has no account manager */
    char manager_email[256];
    char manager_phone[64];
};

int store_company_file(int64_t company_id, struct company_file *out);

struct person {
    int64_t user_id;
    char name[128];
    char email[256];
};

/* Active members of the company holding the built-in Administrator role,
 * by name. Returns rows written (at most max), or -1. */
int store_company_admins(int64_t company_id, struct person *out, int max);

/* --- Change requests ------------------------------------------------------ */

#define CHANGE_REQUEST_MAX_CHARS 2000
#define CHANGE_REQUEST_MAX_BYTES (CHANGE_REQUEST_MAX_CHARS * 4 + 1)

struct change_request {
    int64_t created_at;
    char author[128];
    char message[CHANGE_REQUEST_MAX_BYTES];
    char status[8];             /* open, done */
};

/* The company's change requests, newest first. Rows written, or -1. */
int store_change_requests_list(int64_t company_id, struct change_request *out, int max);

/* Returns the new request's id, or -1. */
int64_t store_change_request_add(int64_t company_id, int64_t user_id, const char *message, int64_t now);

/* Open requests of the companies the staff scope reaches, oldest first,
 * for the back office. */
struct open_change_request {
    int64_t id;
    int64_t created_at;
    char company[256];
    char author[128];
    char message[CHANGE_REQUEST_MAX_BYTES];
};
int store_bo_company_change_requests_open(const struct staff_scope *scope, struct open_change_request *out, int max);

/* Marks a request done. 1 when it was open, 0 when not (or unknown, or of
 * a company outside the scope), -1. */
int store_bo_company_change_request_done(const struct staff_scope *scope, int64_t id);

/* Who hears about a company's change request: its account manager, or when
 * it has none (or that login is disabled), every active seller staff admin.
 * Returns rows written, or -1. */
int store_change_request_recipients(int64_t company_id, struct person *out, int max);

/* --- Seller-created accounts ----------------------------------------------- */

struct staff_option {
    int64_t user_id;
    char name[128];
    char staff_role[32];
};

/* Active seller staff, by name (the account manager choices). Rows written,
 * or -1. */
int store_staff_options(struct staff_option *out, int max);

/* 1 when user_id is active seller staff, 0 when not, -1 on error. */
int store_staff_is_active(int64_t user_id);

/* 1 when another company already has this ERP customer account number
 * (compared without regard to case), 0 when free, -1 on error. */
int store_erp_account_taken(const char *erp_account_no);

/* 1 when a login with this (lower-case) email exists, 0 when not, -1. */
int store_user_email_taken(const char *email);

struct new_company {
    const char *name;
    const char *erp_account_no;     /* "" stores NULL: no ERP account yet */
    const char *tax_id;
    const char *payment_terms;
    int64_t account_manager_id;     /* 0: none */
};

/* An active company and its root business unit (kind 'company', same
 * name). Sets *company_id and *root_unit_id. 0 or -1. */
int store_company_create(const struct new_company *c, int64_t now, int64_t *company_id, int64_t *root_unit_id);

/* A login that cannot sign in until the person chooses a password: the hash
 * "!" never verifies and the email is not verified yet. 0 or -1. */
int store_user_create_invited(const char *email, const char *name, int64_t now, int64_t *user_id);

int store_membership_create(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id, int64_t now);

/* --- Accepting an invitation ---------------------------------------------- */

struct invitation_view {
    char user_name[128];
    char email[256];
    char company_name[256];
};

/* The invited (active) user and the company they were invited to. */
int store_invitation_view(int64_t user_id, int64_t company_id, struct invitation_view *out);

/* Sets the password and marks the email verified (the invitation reached
 * it). 0 or -1. */
int store_user_accept_invitation(int64_t user_id, const char *password_hash, int64_t now);

/* 1 when the user is an active member of this company and the company is
 * active (so they may be signed straight in), 0 when not, -1. */
int store_member_can_sign_in(int64_t user_id, int64_t company_id);

#endif
