#ifndef BUYERDESK_STORE_APPLICATIONS_H
#define BUYERDESK_STORE_APPLICATIONS_H

#include <stdint.h>

#include "accounts/registration.h"
#include "base/staff_scope.h"

/* 1 when a login with this (normalised) email exists, 0 when not, -1. */
int store_user_email_exists(const char *email, int64_t *user_id, char *name, size_t name_size);

/* Creates the applicant's user (email not verified), the company (status
 * pending), an Administrator membership, the billing address and the
 * application (status unverified). Call inside a transaction. */
int store_registration_create(const struct registration *r, const char *email, const char *password_hash,
                              int64_t now, int64_t *application_id, int64_t *user_id);

/* The email link was followed: the user is verified and the application
 * enters the seller's queue. */
int store_application_verified(int64_t application_id, int64_t now);

struct application {
    int64_t id;
    int64_t user_id;
    int64_t company_id;
    char company_name[256];
    char tax_id[64];
    char existing_account[64];
    char billing_line1[256], billing_line2[256], billing_city[128], billing_region[128];
    char billing_postal[32], billing_country[8];
    char contact_name[160];
    char job_title[160];
    char email[256];
    char phone[64];
    char status[16];
    char decision_reason[1024];
    char info_request[2048];
    char applicant_reply[4096];
    char decided_by[128];
    int64_t created_at, verified_at, decided_at, updated_at;
};

/* Applications the seller sees (never unverified ones). 1 found, 0, -1. */
int store_application_get(int64_t id, struct application *out);
/* Any status, for the applicant's own links. */
int store_application_get_any(int64_t id, struct application *out);

/* Newest first; status "" means every status but unverified. */
int store_applications_list(const char *status, struct application *out, int max);
int store_applications_count(const char *status);

struct application_note {
    char author[128];
    char note[2048];
    int64_t created_at;
};
int store_application_note_add(int64_t application_id, int64_t author_id, const char *note, int64_t now);
int store_application_notes(int64_t application_id, struct application_note *out, int max);

/* Sets status and the text that goes with it (reason, question, reply). */
int store_application_decide(int64_t id, const char *status, const char *reason, int64_t staff_id, int64_t now);
int store_application_ask(int64_t id, const char *question, int64_t now);
int store_application_replied(int64_t id, const char *reply, int64_t now);

/* Approval of a new company: active, account number, terms, manager; a
 * root business unit, and the applicant's membership placed in it. */
struct company_terms {
    const char *erp_account_no;   /* may be "" */
    const char *payment_terms;
    int64_t account_manager_id;   /* 0: none */
};
int store_company_approve(int64_t company_id, int64_t user_id, const struct company_terms *terms);

/* Approval into a company the seller already has: the applicant becomes
 * an administrator there; the pending company and its address go. */
int store_application_join_existing(int64_t application_id, int64_t pending_company_id,
                                    int64_t existing_company_id, int64_t user_id);

/* Rejection: the applicant's membership ends (they cannot sign in). */
int store_membership_deactivate(int64_t company_id, int64_t user_id);

/* The active company with this customer account number: 1, 0, -1. */
int store_company_by_account(const char *erp_account_no, int64_t *company_id, char *name, size_t name_size);

/* The same among the companies the staff scope reaches (an applicant joins
 * an existing customer only of the staff member's): 1, 0, -1. */
int store_bo_company_by_account(const struct staff_scope *scope, const char *erp_account_no, int64_t *company_id,
                                char *name, size_t name_size);

struct staff_member {
    int64_t id;
    char name[128];
    char email[256];
};
int store_staff_list(struct staff_member *out, int max);

#endif
