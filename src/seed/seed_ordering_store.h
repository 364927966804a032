#ifndef BUYERDESK_SEED_ORDERING_STORE_H
#define BUYERDESK_SEED_ORDERING_STORE_H

/* The SQL behind the seller's demo ordering set-up: price lists
 * (seed_prices.c), shipping methods, tax rates and the PO rule
 * (seed_ordering.c), and the products the demo carts pick
 * (seed_carts.c). Writes expect the caller's transaction and return 0 or
 * -1; look-ups return 1 found, 0 not found, -1 on a database error.
 * Private to src/seed/. */

#include <stdint.h>

/* --- Price lists ----------------------------------------------------------- */

struct seed_list_price {
    int64_t product_id, list_cents;
};

/* The active products in SKU order: how many were written to out (at most
 * max), or -1. */
int seed_store_active_products(struct seed_list_price *out, int max);

int seed_store_price_list(const char *name, int64_t created_at, int64_t *id_out);
int seed_store_price(int64_t price_list_id, int64_t product_id, int64_t min_qty, int64_t unit_price_cents);
/* Gives the company with this name the price list: 0 when exactly one
 * company has it now, -1 otherwise. */
int seed_store_price_list_assign(int64_t price_list_id, const char *list_name, const char *company_name);

/* --- Shipping, tax, PO numbers ---------------------------------------------- */

/* An active shipping method. */
int seed_store_shipping_method(const char *name, const char *description, const char *kind, int64_t flat_cents,
                               int sort_order, int64_t created_at, int64_t *id_out);
int seed_store_weight_band(int64_t method_id, int64_t up_to_grams, int64_t cents);
int seed_store_tax_rate(const char *country, const char *region, int64_t rate_bp, const char *label);
/* The company with this name requires a PO number: 0 when exactly one
 * company was changed, -1 otherwise. */
int seed_store_po_number_required(const char *company_name);

/* --- Products for the demo carts -------------------------------------------- */

struct seed_cart_product {
    int64_t id, pack_size, min_order_qty;
};

/* The member with this e-mail in the company with this name. */
int seed_store_member(const char *email, const char *company_name, int64_t *company_id, int64_t *user_id);

/* The active product at `offset` (0: the first) in SKU order that is sold
 * one by one and has a contract price from 1 in the company's price list;
 * or (plain) that is not in that list at all and has no minimum quantity. */
int seed_store_contract_product(int64_t company_id, int offset, struct seed_cart_product *out);
int seed_store_plain_product(int64_t company_id, int offset, struct seed_cart_product *out);
/* The first active product, in SKU order, sold in packs of pack_size and
 * not in the company's price list. */
int seed_store_pack_product(int64_t company_id, int64_t pack_size, struct seed_cart_product *out);

#endif
