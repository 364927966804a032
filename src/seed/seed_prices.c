/* Demo price lists: "Acme contract 2026" (contract prices 5-15% under list
 * on about 60 products, quantity breaks from 10 and from 100 on 15 of
 * them) for Acme Industrial Supply, and "Contractor tier B" (about 30
 * products) for Borealis Builders. Deterministic: products are picked by
 * their place in SKU order; prices are integer cents. One transaction. */
#include "seed/seed.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "base/db.h"

#define MAX_PICK 1024

struct pick {
    int64_t id;
    int64_t list_cents;
};

enum { Q_PRODUCTS, Q_LIST, Q_ITEM, Q_ASSIGN, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_PRODUCTS] = "SELECT id, list_price_cents FROM products WHERE active = 1 ORDER BY sku",
    [Q_LIST] = "INSERT INTO price_lists (name, currency, created_at) VALUES (?, 'USD', ?)",
    [Q_ITEM] = "INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents) VALUES (?, ?, ?, ?)",
    [Q_ASSIGN] = "UPDATE companies SET price_list_id = ?, price_list_name = ? WHERE name = ?",
};

/* cents less percent% (rounded to the cent, integer arithmetic). */
static int64_t less(int64_t cents, int64_t percent)
{
    return (cents * (100 - percent) + 50) / 100;
}

static int item(sqlite3_stmt *st, int64_t list, int64_t product, int64_t min_qty, int64_t cents)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, list);
    sqlite3_bind_int64(st, 2, product);
    sqlite3_bind_int64(st, 3, min_qty);
    sqlite3_bind_int64(st, 4, cents);
    return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

static int new_list(sqlite3_stmt *st, const char *name, int64_t now, int64_t *id)
{
    sqlite3_reset(st);
    db_bind_text(st, 1, name);
    sqlite3_bind_int64(st, 2, now);
    if (sqlite3_step(st) != SQLITE_DONE) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

static int assign(sqlite3_stmt *st, int64_t list, const char *list_name, const char *company)
{
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, list);
    db_bind_text(st, 2, list_name);
    db_bind_text(st, 3, company);
    return sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

static int load(sqlite3_stmt **st, int *count, int *breaks)
{
    static struct pick products[MAX_PICK];
    int n = 0, rc;
    while ((rc = sqlite3_step(st[Q_PRODUCTS])) == SQLITE_ROW && n < MAX_PICK) {
        products[n].id = sqlite3_column_int64(st[Q_PRODUCTS], 0);
        products[n].list_cents = sqlite3_column_int64(st[Q_PRODUCTS], 1);
        n++;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(st[Q_PRODUCTS]);
    if (n < 60) {
        fprintf(stderr, "seed-demo: only %d active products, no demo price lists\n", n);
        return -1;
    }
    int64_t now = clock_now(), acme, borealis;
    if (new_list(st[Q_LIST], "Acme contract 2026", now, &acme) != 0) return -1;
    if (new_list(st[Q_LIST], "Contractor tier B", now, &borealis) != 0) return -1;
    int step = n / 60, picked = 0;
    for (int i = 0; i < n && picked < 60; i += step, picked++) {
        const struct pick *p = &products[i];
        int64_t off = 5 + (picked * 7) % 11;            /* 5..15 % */
        if (item(st[Q_ITEM], acme, p->id, 1, less(p->list_cents, off)) != 0) return -1;
        (*count)++;
        if (picked % 4 == 1) {                          /* 15 products with breaks */
            if (item(st[Q_ITEM], acme, p->id, 10, less(p->list_cents, off + 3)) != 0) return -1;
            if (item(st[Q_ITEM], acme, p->id, 100, less(p->list_cents, off + 6)) != 0) return -1;
            (*count) += 2;
            (*breaks)++;
        }
    }
    int bstep = n / 30, bpicked = 0;
    for (int i = step / 2 + 1; i < n && bpicked < 30; i += bstep, bpicked++) {
        const struct pick *p = &products[i];
        int64_t off = 4 + (bpicked * 5) % 7;            /* 4..10 % */
        if (item(st[Q_ITEM], borealis, p->id, 1, less(p->list_cents, off)) != 0) return -1;
        (*count)++;
    }
    if (assign(st[Q_ASSIGN], acme, "Acme contract 2026", "Acme Industrial Supply") != 0) return -1;
    if (assign(st[Q_ASSIGN], borealis, "Contractor tier B", "Borealis Builders") != 0) return -1;
    return 0;
}

int seed_demo_prices(void)
{
    sqlite3_stmt *st[Q_COUNT] = { 0 };
    int rc = 0, count = 0, breaks = 0;
    for (int i = 0; i < Q_COUNT && rc == 0; i++)
        if (sqlite3_prepare_v2(db_handle(), sql[i], -1, &st[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
            rc = -1;
        }
    if (rc == 0 && db_begin() != 0) rc = -1;
    else if (rc == 0) {
        rc = load(st, &count, &breaks);
        if (rc != 0) fprintf(stderr, "seed-demo: price lists rolled back: %s\n", sqlite3_errmsg(db_handle()));
        if (rc == 0 && db_commit() != 0) rc = -1;
        if (rc != 0) db_rollback();
    }
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(st[i]);
    if (rc == 0) fprintf(stderr, "seed-demo: 2 price lists, %d prices (%d products with quantity breaks)\n", count, breaks);
    return rc;
}
