#ifndef BUYERDESK_STORE_CART_H
#define BUYERDESK_STORE_CART_H

#include <stdint.h>

#include "catalog/pricing.h"

/* The cart: one per member per company, kept across sessions (cart_items).
 * Every function takes the company and the user and touches only their
 * rows. Writes expect the caller's open transaction (db_begin). */

#define CART_MAX_LINES 500

struct cart_line {
    int64_t product_id;
    char sku[64];
    char name[256];
    char unit[32];
    int64_t category_id;
    int64_t pack_size;
    int64_t min_order_qty;
    int64_t weight_grams;       /* per unit */
    int64_t list_price;         /* public list price, minor units */
    int active;                 /* 0: the product was withdrawn since */
    int64_t quantity;
    int64_t added_price;        /* unit price when added / last changed */
    int64_t added_at;
    /* Filled by store_cart_lines from today's price list: */
    int64_t unit_price;
    enum price_source source;
    int64_t line_total;         /* quantity * unit_price; -1 when it overflows */
};

/* The cart's lines in the order they were added, priced at today's prices:
 * the company's price list with its quantity breaks, or the public price
 * when the company has none or use_list_prices is 1 (applicants). One
 * query for lines and breaks together. Returns the number of lines (at
 * most max) or -1. */
int store_cart_lines(int64_t company_id, int64_t user_id, int use_list_prices, struct cart_line *out, int max);

/* Number of lines and of units in the cart (for the navigation badge). */
int store_cart_count(int64_t company_id, int64_t user_id, int64_t *lines, int64_t *units);

/* Today's unit price of one product for qty (contract or public), as the
 * cart would show it. 1 found, 0 no such product, -1 error. */
int store_cart_quote(int64_t company_id, int use_list_prices, int64_t product_id, int64_t qty,
                     struct price_quote *out);

/* Adds qty of a product (summing with a line already there) and records
 * the unit price seen now. 0 or -1. */
int store_cart_add(int64_t company_id, int64_t user_id, int64_t product_id, int64_t qty, int64_t unit_price,
                   int64_t now);

/* Sets a line's quantity and the unit price seen now. 1 changed, 0 no such
 * line, -1 error. */
int store_cart_set(int64_t company_id, int64_t user_id, int64_t product_id, int64_t qty, int64_t unit_price,
                   int64_t now);

/* 1 removed, 0 no such line, -1 error. */
int store_cart_remove(int64_t company_id, int64_t user_id, int64_t product_id);

/* Empties the cart (also after an order is placed). 0 or -1. */
int store_cart_clear(int64_t company_id, int64_t user_id);

/* A requisition put in the member's cart (cart_fill of its lines): the
 * order placed from the cart claims it. 0 or -1. */
int store_cart_link_requisition(int64_t company_id, int64_t user_id, int64_t requisition_id);
/* The order just placed from the cart: it records who requested it (the
 * first requisition in the cart) and the requisitions name it. 0 or -1. */
int store_cart_claim_requisitions(int64_t company_id, int64_t user_id, int64_t order_id);

/* Quantity of one product in the cart (0 when none), or -1. */
int64_t store_cart_quantity(int64_t company_id, int64_t user_id, int64_t product_id);

/* --- looking products up for the cart (added by cart) ----------------- */

#define CART_LOOKUP_MAX 500      /* SKUs per store_cart_products call */
#define CART_MAX_BREAKS 32

/* A product as the cart needs it to add or check a line. */
struct cart_product {
    int64_t id;
    char sku[64];
    char name[256];
    char unit[32];
    int64_t pack_size;
    int64_t min_order_qty;
    int64_t list_price;          /* public list price, minor units */
    int active;
    int64_t in_cart;             /* quantity already in this member's cart (0: none) */
    size_t n_breaks;             /* the company's price-list rows (none for list prices) */
    struct price_break breaks[CART_MAX_BREAKS];
};

/* Up to CART_LOOKUP_MAX products by SKU in one query, active or not, each
 * with the quantity already in the member's cart and its quantity breaks
 * in the company's price list (none when use_list_prices is 1). exact 1:
 * the SKU as stored (forms); 0: ASCII case ignored (what people type).
 * Returns how many were found (in no particular order) or -1. */
int store_cart_products(int64_t company_id, int64_t user_id, int use_list_prices, int exact,
                        const char *const *skus, int n, struct cart_product *out, int max);

/* The unit price of p for qty from its breaks (pure convenience). */
void store_cart_product_quote(const struct cart_product *p, int64_t qty, struct price_quote *out);

#endif
