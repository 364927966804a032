#ifndef BUYERDESK_SEED_APPROVALS_STORE_H
#define BUYERDESK_SEED_APPROVALS_STORE_H

/* The SQL behind seed_demo_approval_steps() (seed_approval_steps.c): the
 * seeded web orders to replay through the approval rules, each with its
 * lines as checkout would have drafted them, and the demo buyer's newest
 * order awaiting approval. Reads only; the steps themselves are written
 * with the approvals area's store functions. Private to src/seed/. */

#include <stdint.h>

struct order_draft_line;   /* orders/order_draft.h */

struct seed_replay_order {
    int64_t id, company_id, placed_by, unit_id, placed_at;
    int64_t subtotal, shipping, tax, total;
    char number[32], status[32], currency[8];
};

/* The web orders placed by a member (not offline), oldest first: how many
 * were written to out (at most max), or -1. */
int seed_store_web_orders(struct seed_replay_order *out, int max);

/* The order's lines in line order, with the product each is (0 and empty
 * when the SKU is no longer in the catalog): how many (at most max), or -1. */
int seed_store_drafted_lines(int64_t order_id, struct order_draft_line *out, int max);

/* The newest order awaiting approval placed by the user with this e-mail:
 * 1 (its company and placed_at set), 0 none, -1 on error. */
int seed_store_newest_waiting_order(const char *email, int64_t *company_id, int64_t *placed_at);

#endif
