#ifndef BUYERDESK_SEED_ACCOUNTS_STORE_H
#define BUYERDESK_SEED_ACCOUNTS_STORE_H

/* The SQL behind seed_demo_accounts() (seed_accounts.c): an application
 * made by a member the core seed created, notes on it, a company change
 * request, a membership at a company's root unit, and the address book's
 * restrictions and proposals for the addresses seed_demo() wrote. People
 * and companies are named by e-mail and name, as the demo data knows them;
 * a name that matches nothing writes nothing. The caller holds the
 * transaction. Each 0 or -1. Private to src/seed/. */

#include <stdint.h>

/* The billing address an application was made with. */
struct seed_billing {
    const char *line1, *city, *region, *postal, *country;
};

/* A new application from the member with this e-mail, for the company
 * they belong to, with that company's name and tax id and the member's
 * contact details. */
int seed_store_member_application(const char *email, const struct seed_billing *billing, int64_t created_at,
                                  int64_t verified_at);

/* A staff note by author_email on the application made from applicant_email. */
int seed_store_application_note(const char *applicant_email, const char *author_email, const char *note,
                                int64_t created_at);

/* A change request from the member with this e-mail, for their company. */
int seed_store_change_request(const char *email, const char *message, int64_t created_at);

/* An active membership of the user with this e-mail in the company's root unit. */
int seed_store_root_membership(const char *company_name, const char *email, int64_t role_id, int64_t created_at);

/* Restricts every address that belongs to a business unit other than a
 * company's root (the root's addresses serve everyone) to that unit,
 * unless it has its restrictions already. */
int seed_store_address_restrictions(void);

/* The company's pending addresses, as proposed by proposer_email and now
 * waiting for the company. */
int seed_store_pending_addresses_proposed(const char *company_name, const char *proposer_email, int64_t at);

#endif
