/* Demo carts: buyer@acme.test has three lines (one at Acme's contract
 * price, one sold in packs, and one whose price went up since it was added,
 * so the cart shows its "price changed" notice); purchasing@acme.test has
 * one line. Deterministic: products are picked by SKU order; runs after
 * seed_demo_prices. One transaction. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "catalog/quantity_rules.h"
#include "base/db.h"
#include "cart/cart_store.h"

enum { Q_MEMBER, Q_CONTRACT, Q_PLAIN, Q_PACK, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_MEMBER] = "SELECT m.company_id, u.id FROM users u JOIN memberships m ON m.user_id = u.id"
                 " JOIN companies c ON c.id = m.company_id WHERE u.email = ? AND c.name = ?",
    /* a product of the company's price list, contract price from 1 */
    [Q_CONTRACT] = "SELECT p.id, p.pack_size, p.min_order_qty FROM products p"
                   " JOIN companies c ON c.id = ?1"
                   " JOIN price_list_items i ON i.price_list_id = c.price_list_id AND i.product_id = p.id AND i.min_qty = 1"
                   " WHERE p.active = 1 AND p.pack_size = 1 ORDER BY p.sku LIMIT 1 OFFSET ?2",
    /* a product sold one by one, not in the company's list */
    [Q_PLAIN] = "SELECT p.id, p.pack_size, p.min_order_qty FROM products p JOIN companies c ON c.id = ?1"
                " WHERE p.active = 1 AND p.pack_size = 1 AND p.min_order_qty = 1 AND NOT EXISTS"
                " (SELECT 1 FROM price_list_items i WHERE i.price_list_id = c.price_list_id AND i.product_id = p.id)"
                " ORDER BY p.sku LIMIT 1 OFFSET ?2",
    /* a product sold in packs of pack_size, not in the company's list */
    [Q_PACK] = "SELECT p.id, p.pack_size, p.min_order_qty FROM products p JOIN companies c ON c.id = ?1"
               " WHERE p.active = 1 AND p.pack_size = ?2 AND NOT EXISTS"
               " (SELECT 1 FROM price_list_items i WHERE i.price_list_id = c.price_list_id AND i.product_id = p.id)"
               " ORDER BY p.sku LIMIT 1",
};

static int member(sqlite3_stmt *st, const char *email, const char *company, int64_t *company_id, int64_t *user_id)
{
    sqlite3_reset(st);
    db_bind_text(st, 1, email);
    db_bind_text(st, 2, company);
    if (sqlite3_step(st) != SQLITE_ROW) return -1;
    *company_id = sqlite3_column_int64(st, 0);
    *user_id = sqlite3_column_int64(st, 1);
    return 0;
}

/* The first row of a product query: id and a valid quantity of about `want`. */
static int product(sqlite3_stmt *st, int64_t company_id, int64_t arg, int64_t want, int64_t *id, int64_t *qty)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, company_id);
    sqlite3_bind_int64(st, 2, arg);
    if (sqlite3_step(st) != SQLITE_ROW) return -1;
    *id = sqlite3_column_int64(st, 0);
    *qty = cart_quantity_round_up(want, sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2));
    return 0;
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

static int load(sqlite3_stmt **st)
{
    int64_t now = clock_now(), acme, buyer, acme2, purchasing, id, qty;
    if (member(st[Q_MEMBER], "buyer@acme.test", "Acme Industrial Supply", &acme, &buyer) != 0) return -1;
    if (member(st[Q_MEMBER], "purchasing@acme.test", "Acme Industrial Supply", &acme2, &purchasing) != 0) return -1;
    if (product(st[Q_CONTRACT], acme, 0, 6, &id, &qty) != 0 || line(acme, buyer, id, qty, 0, now - 3 * DAY) != 0)
        return -1;
    if (product(st[Q_PACK], acme, 12, 24, &id, &qty) != 0 || line(acme, buyer, id, qty, 0, now - 2 * DAY) != 0)
        return -1;
    if (product(st[Q_PLAIN], acme, 3, 4, &id, &qty) != 0 || line(acme, buyer, id, qty, 12, now - 2 * DAY + 600) != 0)
        return -1;
    if (product(st[Q_CONTRACT], acme2, 5, 10, &id, &qty) != 0
        || line(acme2, purchasing, id, qty, 0, now - 1 * DAY) != 0)
        return -1;
    return 0;
}

int seed_demo_carts(void)
{
    sqlite3_stmt *st[Q_COUNT] = { 0 };
    int rc = 0;
    for (int i = 0; i < Q_COUNT && rc == 0; i++)
        if (sqlite3_prepare_v2(db_handle(), sql[i], -1, &st[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
            rc = -1;
        }
    if (rc == 0 && db_begin() != 0) rc = -1;
    else if (rc == 0) {
        rc = load(st);
        if (rc != 0) {
            fprintf(stderr, "seed-demo: carts rolled back: %s\n", sqlite3_errmsg(db_handle()));
            db_rollback();
        } else if (db_commit() != 0) {
            rc = -1;
        }
    }
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(st[i]);
    if (rc == 0) fprintf(stderr, "seed-demo: carts for buyer@acme.test (3 lines) and purchasing@acme.test (1)\n");
    return rc;
}
