/* Demo price lists: "Acme contract 2026" (contract prices 5-15% under list
 * on about 60 products, quantity breaks from 10 and from 100 on 15 of
 * them) for Acme Industrial Supply, and "Contractor tier B" (about 30
 * products) for Borealis Builders. Deterministic: products are picked by
 * their place in SKU order; prices are integer cents. One transaction. */
#include "seed/seed.h"
#include "seed/seed_ordering_store.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "base/db.h"

#define MAX_PICK 1024

/* cents less percent% (rounded to the cent, integer arithmetic). */
static int64_t less(int64_t cents, int64_t percent)
{
    return (cents * (100 - percent) + 50) / 100;
}

static int load(int *count, int *breaks)
{
    static struct seed_list_price products[MAX_PICK];
    int n = seed_store_active_products(products, MAX_PICK);
    if (n < 0) return -1;
    if (n < 60) {
        fprintf(stderr, "seed-demo: only %d active products, no demo price lists\n", n);
        return -1;
    }
    int64_t now = clock_now(), acme, borealis;
    if (seed_store_price_list("Acme contract 2026", now, &acme) != 0) return -1;
    if (seed_store_price_list("Contractor tier B", now, &borealis) != 0) return -1;
    int step = n / 60, picked = 0;
    for (int i = 0; i < n && picked < 60; i += step, picked++) {
        const struct seed_list_price *p = &products[i];
        int64_t off = 5 + (picked * 7) % 11;            /* 5..15 % */
        if (seed_store_price(acme, p->product_id, 1, less(p->list_cents, off)) != 0) return -1;
        (*count)++;
        if (picked % 4 == 1) {                          /* 15 products with breaks */
            if (seed_store_price(acme, p->product_id, 10, less(p->list_cents, off + 3)) != 0) return -1;
            if (seed_store_price(acme, p->product_id, 100, less(p->list_cents, off + 6)) != 0) return -1;
            (*count) += 2;
            (*breaks)++;
        }
    }
    int bstep = n / 30, bpicked = 0;
    for (int i = step / 2 + 1; i < n && bpicked < 30; i += bstep, bpicked++) {
        const struct seed_list_price *p = &products[i];
        int64_t off = 4 + (bpicked * 5) % 7;            /* 4..10 % */
        if (seed_store_price(borealis, p->product_id, 1, less(p->list_cents, off)) != 0) return -1;
        (*count)++;
    }
    if (seed_store_price_list_assign(acme, "Acme contract 2026", "Acme Industrial Supply") != 0) return -1;
    if (seed_store_price_list_assign(borealis, "Contractor tier B", "Borealis Builders") != 0) return -1;
    return 0;
}

int seed_demo_prices(void)
{
    int count = 0, breaks = 0;
    if (db_begin() != 0) return -1;
    if (!db_finish(load(&count, &breaks) == 0, "seed-demo: price lists")) return -1;
    fprintf(stderr, "seed-demo: 2 price lists, %d prices (%d products with quantity breaks)\n", count, breaks);
    return 0;
}
