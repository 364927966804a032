#ifndef BUYERDESK_QUANTITY_RULES_H
#define BUYERDESK_QUANTITY_RULES_H

#include <stddef.h>
#include <stdint.h>

/* What quantity of a product may be ordered: at least the minimum order
 * quantity, in whole packs, at most CART_QTY_MAX. Pure; the cart, quick
 * order, checkout and reorder all ask here. */

#define CART_QTY_MAX 1000000

enum cart_qty_problem {
    CART_QTY_OK = 0,
    CART_QTY_INVALID,          /* not a whole number from 1 to CART_QTY_MAX */
    CART_QTY_BELOW_MIN,        /* under the minimum order quantity */
    CART_QTY_NOT_PACK,         /* not a multiple of the pack size */
};

/* Parses a quantity as typed: optional spaces around, digits only (no
 * sign, no decimals, no thousands separators), 1..CART_QTY_MAX. 0 with
 * *out set, or -1. */
int cart_quantity_parse(const char *text, int64_t *out);

enum cart_qty_problem cart_quantity_check(int64_t qty, int64_t pack_size, int64_t min_order_qty);

/* A sentence for the line, e.g. "Order at least 10 each." or "Order in
 * packs of 12 (12, 24, 36 ...)." ("" for CART_QTY_OK). */
void cart_quantity_message(enum cart_qty_problem problem, int64_t pack_size, int64_t min_order_qty,
                           const char *unit, char *out, size_t size);

/* The smallest valid quantity at or above qty (for suggestions and for
 * "add" buttons that start at the minimum): a multiple of the pack size
 * that is at least the minimum. */
int64_t cart_quantity_round_up(int64_t qty, int64_t pack_size, int64_t min_order_qty);

/* What keeps a cart line from being ordered now: the product was withdrawn
 * (active 0), or its quantity no longer fits the pack size or minimum
 * (the seller changed them after it was added). Writes a sentence for the
 * line and returns 1; returns 0 (out "") when the line may be ordered. */
int cart_line_problem(int active, int64_t qty, int64_t pack_size, int64_t min_order_qty, const char *unit,
                      char *out, size_t size);

#endif
