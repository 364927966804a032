#ifndef BUYERDESK_STORE_ADDRESSES_H
#define BUYERDESK_STORE_ADDRESSES_H

#include <stddef.h>
#include <stdint.h>

#include "addresses/address_rules.h"

/* The address book's SQL. Every function takes the company and touches
 * only its rows: an id of another company is "not found". Functions that
 * write expect the caller's open transaction (db_begin). Lookups return 1
 * found, 0 not found, -1 on a database error unless said otherwise. */

#define ADDRESS_PAGE_SIZE 50
#define ADDRESS_RESTRICTIONS_MAX 200

struct address_row {
    int64_t id;
    ADDRESS_TEXT_MEMBERS
    char erp_address_id[64];            /* "" when not from the ERP */
    char status[16];                    /* active, pending, retired */
    char pending_with[16];              /* '', company, seller */
    int default_billing;                /* the company's defaults */
    int default_shipping;
    int my_default_billing;             /* the asking member's own defaults */
    int my_default_shipping;
    int64_t proposed_by;                /* 0: none */
    char proposer_name[128];
    char reject_reason[ADDRESS_REASON_MAX * 4 + 1];
    char restricted_to[512];            /* unit and member names, "" for everyone */
};

/* THE rule, in SQL: the company's active addresses this member may use
 * (no restriction, or one naming the member, or one naming the member's
 * unit or a unit above it). kind "shipping"/"billing" keeps those of a
 * fitting type ("both" fits either), "" keeps all. Rows written (at most
 * max), by label, or -1. A user who is not an active member of the
 * company may use nothing. Rows to choose from: proposer, reject reason
 * and restricted_to are left empty. */
int store_addresses_usable(int64_t company_id, int64_t user_id, const char *kind, struct address_row *out, int max);

/* The same for two addresses by id (a and b may be one): the usable ones
 * among them, by label. Rows written (at most max) or -1. */
int store_addresses_usable_of(int64_t company_id, int64_t user_id, int64_t a, int64_t b, struct address_row *out,
                              int max);

/* 1 usable, 0 not (other company, retired, pending, restricted, unknown),
 * -1 error. Checkout calls this with whatever id the form sent. */
int store_address_usable(int64_t company_id, int64_t user_id, int64_t address_id);

/* What a member without "manage addresses" may see, in the list and
 * behind /account/addresses/:id: what they may use, and their own
 * proposals while pending or rejected (not once approved: then the
 * restrictions decide, as for everyone). 1, 0, -1. */
int store_address_visible(int64_t company_id, int64_t user_id, int64_t address_id);

struct address_filter {
    int all;               /* 1: every address (managers); 0: store_address_visible's */
    int64_t user_id;       /* the asking member (my defaults, usable, proposals) */
    const char *like;      /* escaped LIKE pattern on label, city, line1; "" all */
    const char *type;      /* "" or billing/shipping/both */
    int64_t unit_id;       /* 0 or restricted to this unit */
    const char *status;    /* "" (active and pending), active, pending, retired */
    int offset;
};

/* One page of the list and the total matching. Rows written or -1. */
int store_address_list(int64_t company_id, const struct address_filter *f, struct address_row *out, int max,
                       int *total);

/* One address of the company (any status), with my_default_* for user_id. */
int store_address_get(int64_t company_id, int64_t user_id, int64_t id, struct address_row *out);

/* The restriction rows of one address. Rows written or -1. */
int store_address_restrictions(int64_t company_id, int64_t address_id, struct address_restriction *out, int max);

/* status active or pending; pending_with '' / company / seller; proposed_by 0: none. */
int store_address_create(int64_t company_id, const struct address_input *v, const char *status,
                         const char *pending_with, int64_t proposed_by, int64_t now, int64_t *id);
/* Only an address not from the ERP and not retired changes: 1, else 0, -1. */
int store_address_update(int64_t company_id, int64_t id, const struct address_input *v, int64_t now);
/* Retires an active or pending address and clears every default pointing at it. 1, 0 (not found
 * or retired already), -1. */
int store_address_retire(int64_t company_id, int64_t id, int64_t now);
/* Replaces the restriction rows. 0 or -1. */
int store_address_set_restrictions(int64_t company_id, int64_t id, const int64_t *units, int n_units,
                                   const int64_t *users, int n_users);
/* Makes id the company's default for kind (billing or shipping). 0 or -1. */
int store_address_set_company_default(int64_t company_id, int64_t id, const char *kind);
int store_address_set_my_default(int64_t company_id, int64_t user_id, const char *kind, int64_t id);
/* Decides a proposal pending with the company: 1 decided, 0 not pending with the company, -1. */
int store_address_decide(int64_t company_id, int64_t id, int approve, int64_t decided_by, const char *reason,
                         int64_t now);
int64_t store_address_change_request_add(int64_t company_id, int64_t address_id, int64_t user_id,
                                         const char *message, int64_t now);

/* companies.address_approval ('' follows the seller default). */
int store_address_approval_get(int64_t company_id, char *out, size_t size);
int store_address_approval_set(int64_t company_id, const char *mode);

struct address_person {
    int64_t user_id;
    char name[128];
    char email[256];
};
/* Active members of the company whose role may manage addresses. */
int store_address_approvers(int64_t company_id, struct address_person *out, int max);
/* Active seller staff admins. */
int store_address_staff_admins(struct address_person *out, int max);
/* One user's name and email (any company member or staff). */
int store_address_person(int64_t user_id, struct address_person *out);

#endif
