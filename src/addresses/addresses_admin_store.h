#ifndef BUYERDESK_BACKOFFICE_ADDRESSES_H
#define BUYERDESK_BACKOFFICE_ADDRESSES_H

#include <stdint.h>

#include "addresses/address_rules.h"
#include "base/staff_scope.h"

/* Seller staff's view of the addresses of the companies they work on: the
 * queue of proposals waiting for the seller, search across companies,
 * edits, decisions and the members' requests to change addresses that came
 * from the ERP. Staff are not bound to one company, so these queries take
 * the address's own id, and the staff scope (base/staff_scope.h): an
 * address or request of a company outside it is not found, not listed,
 * not changed. Member pages use addresses/addresses_store.h, scoped to the
 * member's company. */

/* An address with everything the back-office page shows. */
struct bo_address {
    int64_t id;
    int64_t company_id;
    char company_name[256];
    ADDRESS_TEXT_MEMBERS
    char erp_address_id[64];
    char status[16];
    char pending_with[16];
    char reject_reason[2008];
    int64_t proposed_by;
    char proposer_name[128];
    char proposer_email[256];
    int64_t decided_by;
    char decider_name[128];
    int64_t decided_at;
    int64_t created_at;
    int64_t updated_at;
    int is_default_billing, is_default_shipping;
};

/* 1 found, 0 no such address (in the scope), -1 on error. */
int store_bo_address_get(const struct staff_scope *scope, int64_t id, struct bo_address *out);

/* One row of the lists. */
struct bo_address_row {
    int64_t id;
    int64_t company_id;
    char company_name[256];
    char label[328];
    char kind[16];
    char line1[808];
    char city[408];
    char country[8];
    char erp_address_id[64];
    char status[16];
    char pending_with[16];
    char proposer_name[128];
    int64_t created_at;
};

/* The addresses of every company in the scope, or only company_filter's
 * when it is > 0. waiting: only proposals the seller decides (pending with
 * 'seller'), oldest first; else every address, by company and label.
 * query ("" for none) matches label, city, first line, company name or
 * ERP id. One query; *total is the number of matches. Returns rows
 * written or -1. */
int store_bo_address_list(const struct staff_scope *scope, int waiting, const char *query, int64_t company_filter,
                          int offset, struct bo_address_row *out, int max, int *total);
int store_bo_addresses_waiting_count(const struct staff_scope *scope);

/* Who may use the address: units and members named in its restrictions. */
struct bo_address_restriction {
    char kind[8];          /* "unit" or "member" */
    char name[256];
};
int store_bo_address_restrictions(const struct staff_scope *scope, int64_t address_id,
                                  struct bo_address_restriction *out, int max);

/* Updates the address (f: checked and kept, address_read) if it still has version (its updated_at). 0 done,
 * 1 changed meanwhile (or gone, or outside the scope), -1 on error. */
int store_bo_address_update(const struct staff_scope *scope, int64_t id, int64_t version, const struct address_input *f,
                            int64_t now);

/* Decides a proposal pending with the seller: status "active" (approve) or
 * "retired" (reject, with reason). 0 done, 1 not pending with the seller
 * any more (or outside the scope), -1 on error. */
int store_bo_address_decide(const struct staff_scope *scope, int64_t id, const char *status, const char *reason,
                            int64_t staff_id, int64_t now);

/* Companies for the filter. */
struct bo_company_option {
    int64_t id;
    char name[256];
};
int store_bo_company_options(const struct staff_scope *scope, struct bo_company_option *out, int max);

/* Members' open requests to change an ERP address, oldest first. */
struct bo_change_request {
    int64_t id;
    int64_t company_id;
    char company_name[256];
    int64_t address_id;
    char address_label[328];
    char erp_address_id[64];
    char requester_name[128];
    char requester_email[256];
    char message[4008];
    char status[8];
    int64_t created_at;
};
int store_bo_change_requests_open(const struct staff_scope *scope, struct bo_change_request *out, int max);
int store_bo_change_requests_open_count(const struct staff_scope *scope);
/* 1 found (any status), 0 none (in the scope), -1 error. */
int store_bo_change_request_get(const struct staff_scope *scope, int64_t id, struct bo_change_request *out);
/* 0 marked done, 1 was not open any more (or is outside the scope), -1 on error. */
int store_bo_change_request_done(const struct staff_scope *scope, int64_t id);

#endif
