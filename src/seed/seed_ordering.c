/* Demo shipping methods, tax rates and payment methods: "Standard ground"
 * by weight up to 5,000 kg, "Express (2 days)" by weight up to 2,500 kg and
 * at every weight at least what Standard costs, "Will call (pick up)" free;
 * sales tax for the regions of the demo addresses; on account and bank
 * transfer enabled; Acme requires a PO number on every order. One
 * transaction; deterministic. */
#include "seed/seed.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "base/db.h"

struct demo_band { int64_t up_to_grams, cents; };

struct demo_method {
    const char *name, *description, *kind;
    int64_t flat_cents;
    int sort_order;
    const struct demo_band *bands;   /* weight methods: ascending, 0-terminated */
};

/* Express is dearer than Standard in every band (a test checks it at every
 * weight), and Standard takes the heaviest order a demo buyer could build
 * from a pallet of the heaviest items; above that the page asks for a
 * freight quote. */
static const struct demo_band STANDARD_BANDS[] = {
    { 10000, 1200 }, { 50000, 2900 }, { 250000, 8900 }, { 1000000, 24000 }, { 2500000, 52000 }, { 5000000, 95000 }, { 0, 0 },
};
static const struct demo_band EXPRESS_BANDS[] = {
    { 10000, 4500 }, { 50000, 7900 }, { 250000, 18900 }, { 1000000, 48000 }, { 2500000, 115000 }, { 0, 0 },
};

static const struct demo_method METHODS[] = {
    { "Standard ground", "3 to 5 business days. Priced by weight, up to 5,000 kg.", "weight", 0, 10, STANDARD_BANDS },
    { "Express (2 days)", "Delivered within 2 business days. Priced by weight, up to 2,500 kg.", "weight", 0, 20, EXPRESS_BANDS },
    { "Will call (pick up)", "Collect the order at our Chicago warehouse, 1450 W Fulton St.", "flat", 0, 30, NULL },
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
        int64_t id = sqlite3_last_insert_rowid(db_handle());
        for (const struct demo_band *b = m->bands; b && b->up_to_grams; b++) {
            sqlite3_bind_int64(st[Q_BAND], 1, id);
            sqlite3_bind_int64(st[Q_BAND], 2, b->up_to_grams);
            sqlite3_bind_int64(st[Q_BAND], 3, b->cents);
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
