#ifndef BUYERDESK_SEED_SEED_CREDIT_STORE_H
#define BUYERDESK_SEED_SEED_CREDIT_STORE_H

/* What the demo's credit history replays (seed_credit.c): the companies
 * with a credit limit, their orders and shipments in time order. Private to
 * src/seed/. */

#include <stddef.h>
#include <stdint.h>

struct seed_credit_company {
    int64_t id, limit, created_at;
    char name[200];
    char payment_terms[64];
    char currency[8];
    char status[16];
};
int seed_store_credit_companies(struct seed_credit_company *out, int max);

/* One thing that happened to an order, for the replay: placed (kind 0),
 * a shipment (kind 1, last = the order's last shipment of a shipped or
 * delivered order), ended (kind 2: rejected or cancelled). */
struct seed_credit_event {
    int64_t at, order_id;
    int kind;
    int last;
    char status[24];
};
/* The company's events sorted by time. Rows or -1. */
int seed_store_credit_events(int64_t company_id, struct seed_credit_event *out, int max);

/* A member by email: company, user, name and role permissions. 1/0/-1. */
int seed_store_credit_member(const char *email, int64_t *company_id, int64_t *user_id, char *name, size_t size,
                             unsigned *permissions);

#endif
