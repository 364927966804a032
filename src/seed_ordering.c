/* Demo shipping methods, tax rates and payment methods: "Standard ground"
 * by weight (up to 10 kg $12.00, 50 kg $29.00, 250 kg $89.00, 1,000 kg
 * $240.00), "Express (2 days)" flat $45.00, "Will call (pick up)" free;
 * sales tax for the regions of the demo addresses; on account and bank
 * transfer enabled; Acme requires a PO number on every order. One
 * transaction; deterministic. */
#include "seed.h"
#include "clock.h"

#include <stdint.h>
#include <stdio.h>

#include "db.h"

struct demo_method {
    const char *name, *description, *kind;
    int64_t flat_cents;
    int sort_order;
};

static const struct demo_method METHODS[] = {
    { "Standard ground", "3 to 5 business days. Priced by the order's weight.", "weight", 0, 10 },
    { "Express (2 days)", "Delivered within 2 business days, any weight.", "flat", 4500, 20 },
    { "Will call (pick up)", "Collect the order at our Chicago warehouse, 1450 W Fulton St.", "flat", 0, 30 },
};

static const struct { int64_t up_to_grams, cents; } STANDARD_BANDS[] = {
    { 10000, 1200 }, { 50000, 2900 }, { 250000, 8900 }, { 1000000, 24000 },
};

static const struct { const char *country, *region, *label; int64_t rate_bp; } RATES[] = {
    { "US", "IL", "IL", 825 },
    { "US", "IN", "IN", 700 },
    { "US", "OH", "OH", 575 },
    { "US", "TX", "TX", 625 },
    { "US", "WA", "WA", 650 },
    { "US", "WI", "WI", 550 },
    { "CA", "", "GST", 500 },
    { "CA", "AB", "AB GST", 500 },
};

enum { Q_METHOD, Q_BAND, Q_RATE, Q_SETTING, Q_PO, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_METHOD] = "INSERT INTO shipping_methods (name, description, kind, flat_cents, active, sort_order, created_at)"
                 " VALUES (?, ?, ?, ?, 1, ?, ?)",
    [Q_BAND] = "INSERT INTO shipping_weight_bands (method_id, up_to_grams, cents) VALUES (?, ?, ?)",
    [Q_RATE] = "INSERT INTO tax_rates (country, region, rate_bp, label) VALUES (?, ?, ?, ?)",
    [Q_SETTING] = "INSERT INTO seller_settings (key, value) VALUES ('payment_methods', 'on_account,bank_transfer')"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    [Q_PO] = "UPDATE companies SET po_number_required = 1 WHERE name = 'Acme Industrial Supply'",
};

static int step(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int load(sqlite3_stmt **st)
{
    int64_t now = clock_now();
    for (size_t i = 0; i < sizeof METHODS / sizeof METHODS[0]; i++) {
        const struct demo_method *m = &METHODS[i];
        db_bind_text(st[Q_METHOD], 1, m->name);
        db_bind_text(st[Q_METHOD], 2, m->description);
        db_bind_text(st[Q_METHOD], 3, m->kind);
        sqlite3_bind_int64(st[Q_METHOD], 4, m->flat_cents);
        sqlite3_bind_int(st[Q_METHOD], 5, m->sort_order);
        sqlite3_bind_int64(st[Q_METHOD], 6, now);
        if (step(st[Q_METHOD]) != 0) return -1;
        if (i != 0) continue;
        int64_t id = sqlite3_last_insert_rowid(db_handle());
        for (size_t b = 0; b < sizeof STANDARD_BANDS / sizeof STANDARD_BANDS[0]; b++) {
            sqlite3_bind_int64(st[Q_BAND], 1, id);
            sqlite3_bind_int64(st[Q_BAND], 2, STANDARD_BANDS[b].up_to_grams);
            sqlite3_bind_int64(st[Q_BAND], 3, STANDARD_BANDS[b].cents);
            if (step(st[Q_BAND]) != 0) return -1;
        }
    }
    for (size_t i = 0; i < sizeof RATES / sizeof RATES[0]; i++) {
        db_bind_text(st[Q_RATE], 1, RATES[i].country);
        db_bind_text(st[Q_RATE], 2, RATES[i].region);
        sqlite3_bind_int64(st[Q_RATE], 3, RATES[i].rate_bp);
        db_bind_text(st[Q_RATE], 4, RATES[i].label);
        if (step(st[Q_RATE]) != 0) return -1;
    }
    if (step(st[Q_SETTING]) != 0) return -1;
    if (step(st[Q_PO]) != 0 || sqlite3_changes(db_handle()) != 1) return -1;
    return 0;
}

int seed_demo_ordering(void)
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
        if (rc != 0) fprintf(stderr, "seed-demo: shipping and tax rolled back: %s\n", sqlite3_errmsg(db_handle()));
        if (rc == 0 && db_commit() != 0) rc = -1;
        if (rc != 0) db_rollback();
    }
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(st[i]);
    if (rc == 0)
        fprintf(stderr, "seed-demo: %d shipping methods, %d tax rates, payment on account and by bank transfer\n",
                (int)(sizeof METHODS / sizeof METHODS[0]), (int)(sizeof RATES / sizeof RATES[0]));
    return rc;
}
