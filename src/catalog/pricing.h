#ifndef BUYERDESK_PRICING_H
#define BUYERDESK_PRICING_H

#include <stddef.h>
#include <stdint.h>

/* Contract pricing, pure. A company's price list holds, per product, rows
 * (min_qty, unit price) = quantity breaks. The price that applies to a
 * quantity is the row with the largest min_qty not above the quantity;
 * without such a row (no list, no row for the product, or the quantity is
 * below the first break) the public list price applies. */

enum price_source { PRICE_PUBLIC = 0, PRICE_CONTRACT = 1 };

struct price_break {
    int64_t min_qty;
    int64_t unit_price;   /* minor units */
};

struct price_quote {
    int64_t unit_price;
    enum price_source source;
};

/* The unit price for `qty` (>= 1) given the public list price and the
 * product's rows of the company's list (any order; n may be 0, rows NULL).
 * Returns 0, or -1 for a quantity below 1 or negative prices (out untouched). */
int price_for_qty(int64_t list_price, const struct price_break *rows, size_t n, int64_t qty,
                  struct price_quote *out);

/* qty * unit into *total. Returns 0, or -1 when a value is negative or the
 * product does not fit an int64 (the total is then refused). */
int price_line_total(int64_t qty, int64_t unit_price, int64_t *total);

/* A line at today's prices: the price for qty (the public list price when
 * no break applies or the figures are not valid) and qty * that price into
 * *line_total (-1 when it overflows). What the cart and shopping lists
 * show on every line. */
void price_line_today(int64_t list_price, const struct price_break *rows, size_t n, int64_t qty,
                      struct price_quote *out, int64_t *line_total);

#endif
