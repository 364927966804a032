#ifndef BUYERDESK_CART_FILL_H
#define BUYERDESK_CART_FILL_H

/* Putting lines of something else into a member's cart at today's prices:
 * an order's lines ("Order again"), a shopping list's, a requisition's.
 * Lines that cannot be ordered now (withdrawn, no longer in the catalog, a
 * quantity that breaks the pack size or minimum, a full cart) are not
 * dropped silently: each is counted and named in the result's reasons. */

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"

struct cart_fill_item {
    int64_t product_id;          /* 0: no such product any more */
    const char *sku;
    const char *unit;
    int active;                  /* 0: withdrawn from the catalog */
    int64_t quantity;
    int64_t pack_size;
    int64_t min_order_qty;
};

struct cart_fill_result {
    int added;                   /* lines put in the cart */
    int refused;                 /* lines that could not be */
    char reasons[400];           /* "GEN-1 is no longer sold; GEN-2 ...", and "; and N more" */
};

/* Why an item cannot go into a cart now ("" when it can): "is no longer
 * sold", "cannot be ordered as 5 each: Order in packs of 12 ...". */
void cart_fill_problem(const struct cart_fill_item *item, char *out, size_t size);

/* Adds the items to who's cart (who: a member or a job acting for one),
 * each summed with a line already there, in the caller's transaction.
 * use_list_prices: 1 for applicants (public prices). 0, or -1 on a
 * database error (roll back). */
int cart_fill(const struct actor *who, int use_list_prices, const struct cart_fill_item *items, int n,
              struct cart_fill_result *r);

/* Ends a message about the fill that begins in out ("3 lines from
 * SO-2026-000123 added to your cart"): "; 2 could not be: <reasons>." when
 * some were refused, else `done` (" at today's prices."). Cut to fit. */
void cart_fill_message_end(const struct cart_fill_result *r, const char *done, char *out, size_t size);

#endif
