/* Demo shipping methods, tax rates and payment methods: "Standard ground"
 * by weight up to 5,000 kg, "Express (2 days)" by weight up to 2,500 kg and
 * at every weight at least what Standard costs, "Will call (pick up)" free;
 * sales tax for the regions of the demo addresses; on account and bank
 * transfer enabled; Acme requires a PO number on every order. One
 * transaction; deterministic. */
#include "seed/seed.h"
#include "seed/seed_ordering_store.h"
#include "base/clock.h"

#include <stdint.h>
#include <stdio.h>

#include "base/db.h"
#include "base/settings.h"

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

static int load(void)
{
    int64_t now = clock_now();
    for (size_t i = 0; i < sizeof METHODS / sizeof METHODS[0]; i++) {
        const struct demo_method *m = &METHODS[i];
        int64_t id;
        if (seed_store_shipping_method(m->name, m->description, m->kind, m->flat_cents, m->sort_order, now, &id) != 0)
            return -1;
        for (const struct demo_band *b = m->bands; b && b->up_to_grams; b++)
            if (seed_store_weight_band(id, b->up_to_grams, b->cents) != 0) return -1;
    }
    for (size_t i = 0; i < sizeof RATES / sizeof RATES[0]; i++)
        if (seed_store_tax_rate(RATES[i].country, RATES[i].region, RATES[i].rate_bp, RATES[i].label) != 0) return -1;
    if (settings_set("payment_methods", "on_account,bank_transfer") != 0) return -1;
    return seed_store_po_number_required("Acme Industrial Supply");
}

int seed_demo_ordering(void)
{
    if (db_begin() != 0) return -1;
    if (!db_finish(load() == 0, "seed-demo: shipping and tax")) return -1;
    fprintf(stderr, "seed-demo: %d shipping methods, %d tax rates, payment on account and by bank transfer\n",
            (int)(sizeof METHODS / sizeof METHODS[0]), (int)(sizeof RATES / sizeof RATES[0]));
    return 0;
}
