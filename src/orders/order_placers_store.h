#ifndef BUYERDESK_STORE_ORDER_PLACERS_H
#define BUYERDESK_STORE_ORDER_PLACERS_H

/* The people who placed orders in a company, for the member's order
 * list: its "placed by" select, or the field for a name or email where
 * they are too many to list. Owner: orders. */

#include <stdint.h>

/* The people who placed orders in the company (within unit_id's subtree
 * when unit_id > 0), by name, for the "placed by" filter. */
struct order_placer_option {
    int64_t id;
    char name[128];
    char email[256];
};
/* The people who placed an order in the company (in unit_id's subtree
 * when > 0), by name, at most max. Count or -1. */
int store_order_placers(int64_t company_id, int64_t unit_id, struct order_placer_option *out, int max);
/* How many of them, counting up to max. -1 on error. */
int store_order_placer_count(int64_t company_id, int64_t unit_id, int max);
/* One of them: 1 (out filled), 0 not one of them, -1 error. */
int store_order_placer(int64_t company_id, int64_t unit_id, int64_t user_id, struct order_placer_option *out);
/* Those whose email is text (any case) first, then whose name is text,
 * then whose name contains it. Count (at most max) or -1. */
int store_order_placers_matching(int64_t company_id, int64_t unit_id, const char *text,
                                 struct order_placer_option *out, int max);

#endif
