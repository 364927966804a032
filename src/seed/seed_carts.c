/* Demo carts: buyer@acme.test has three lines (one at Acme's contract
 * price, one sold in packs, and one whose price went up since it was added,
 * so the cart shows its "price changed" notice); purchasing@acme.test has
 * one line. Deterministic: products are picked by SKU order; runs after
 * seed_demo_prices. One transaction. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "seed/seed_ordering_store.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "catalog/quantity_rules.h"
#include "base/db.h"
#include "cart/cart_store.h"

/* A valid quantity of product p, about `want`. */
static int64_t quantity(const struct seed_cart_product *p, int64_t want)
{
    return cart_quantity_round_up(want, p->pack_size, p->min_order_qty);
}

/* A line at today's price, or at today's price less `cheaper_pct` percent
 * (the price the member saw before it went up). */
static int line(int64_t company_id, int64_t user_id, int64_t product_id, int64_t qty, int cheaper_pct, int64_t at)
{
    struct price_quote q;
    if (store_cart_quote(company_id, 0, product_id, qty, &q) != 1) return -1;
    int64_t seen = q.unit_price * (100 - cheaper_pct) / 100;
    return store_cart_add(company_id, user_id, product_id, qty, seen, at);
}

static int load(void)
{
    int64_t now = clock_now(), acme, buyer, acme2, purchasing;
    struct seed_cart_product p;
    if (seed_store_member("buyer@acme.test", "Acme Industrial Supply", &acme, &buyer) != 1) return -1;
    if (seed_store_member("purchasing@acme.test", "Acme Industrial Supply", &acme2, &purchasing) != 1) return -1;
    if (seed_store_contract_product(acme, 0, &p) != 1
        || line(acme, buyer, p.id, quantity(&p, 6), 0, now - 3 * DAY) != 0)
        return -1;
    if (seed_store_pack_product(acme, 12, &p) != 1
        || line(acme, buyer, p.id, quantity(&p, 24), 0, now - 2 * DAY) != 0)
        return -1;
    if (seed_store_plain_product(acme, 3, &p) != 1
        || line(acme, buyer, p.id, quantity(&p, 4), 12, now - 2 * DAY + 600) != 0)
        return -1;
    if (seed_store_contract_product(acme2, 5, &p) != 1
        || line(acme2, purchasing, p.id, quantity(&p, 10), 0, now - 1 * DAY) != 0)
        return -1;
    return 0;
}

int seed_demo_carts(void)
{
    if (db_begin() != 0) return -1;
    if (!db_finish(load() == 0, "seed-demo: carts")) return -1;
    fprintf(stderr, "seed-demo: carts for buyer@acme.test (3 lines) and purchasing@acme.test (1)\n");
    return 0;
}
