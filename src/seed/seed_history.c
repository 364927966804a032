/* The demo order history for seed_demo(): a year of orders for each
 * active demo customer, placed on weekdays and numbered in one sequence
 * the way checkout numbers them. Each order has a placer weighted by how
 * much that member orders, a ship-to near the placer's unit, lines from
 * the placer's usual categories and a status by recency (the newest still
 * waiting for approval or on their way, the older ones delivered). Orders
 * that waited for approval hold what the approval rules catch, so that
 * seed_approval_steps.c can replay them. All money is int64 cents. */
#include "seed/seed.h"
#include "seed/seed_internal.h"

#include "checkout/checkout_rules.h"
#include "base/sequences.h"

#include <stdio.h>
#include <stdlib.h>

/* Order numbers continue from the seller's ERP, which was at this number
 * when the portal went live. */
#define LAST_ERP_ORDER_SEQ 4100
#define FREE_SHIPPING_FROM_CENTS 50000
#define FLAT_SHIPPING_CENTS 2500
#define TAX_RATE_BASIS_POINTS 825  /* 8.25% */

#define MAX_ORDERS 128
#define MAX_LINES 8

/* --- Orders ------------------------------------------------------------- */

struct order_plan {
    int company;
    int index;      /* creation order, to break ties when sorting */
    int rank;       /* 0 = the company's newest order */
    int64_t placed_at;
};

struct line {
    int product;    /* index into s->products */
    int64_t quantity, shipped;
};

/* A weekday during US business hours (13:00-22:59 UTC), the
 * `business_days`-th weekday before today. Counting weekdays rather than
 * calendar days keeps the history the same shape whatever today is: the
 * orders sort the same way, so every order keeps its rank, status, placer
 * and place in the number sequence; only the dates move with the clock. */
static int64_t business_time(struct seed *s, int business_days)
{
    int64_t day = s->now / DAY;
    for (int left = business_days; left > 0;) {
        day--;
        int weekday = (int)((day + 4) % 7);  /* 1970-01-01 was a Thursday; 0 = Sunday */
        if (weekday != 0 && weekday != 6) left--;
    }
    return day * DAY + 13 * HOUR + rng_below(s, 10 * HOUR);
}

/* Recent orders fall in the last week, the next ones in the month before,
 * the rest over the year (5, 22 and 257 weekdays: 7, 30 and 360 days). */
static int64_t plan_time(struct seed *s, const struct company_def *d, int i)
{
    if (i < d->n_recent) return business_time(s, rng_between(s, 1, 5));
    if (i < d->n_recent + d->n_mid) return business_time(s, rng_between(s, 6, 22));
    return business_time(s, rng_between(s, 23, 257));
}

static int compare_plans(const void *pa, const void *pb)
{
    const struct order_plan *a = pa, *b = pb;
    if (a->placed_at != b->placed_at) return a->placed_at < b->placed_at ? -1 : 1;
    return a->index - b->index;
}

/* Plans every order of every company, sorted by time, so that order numbers
 * (one sequence across all customers) increase with placed_at. */
static int plan_orders(struct seed *s, struct order_plan *plans)
{
    int n = 0;
    for (int c = 0; c < COMPANY_COUNT; c++)
        for (int i = 0; i < COMPANIES[c].n_orders; i++, n++) {
            if (n == MAX_ORDERS) return -1;
            plans[n] = (struct order_plan){c, n, 0, plan_time(s, &COMPANIES[c], i)};
        }
    qsort(plans, (size_t)n, sizeof plans[0], compare_plans);
    int seen[COMPANY_COUNT] = {0};
    for (int i = n - 1; i >= 0; i--) plans[i].rank = seen[plans[i].company]++;
    return n;
}

static const char *status_for_rank(const struct company_def *d, int rank)
{
    return rank < d->n_status_ranks ? d->status_by_rank[rank] : "delivered";
}

/* Orders waiting for (or refused) approval were placed by a Buyer: the
 * roles above Buyer approve their own orders. */
static int needs_approval(const char *status)
{
    return is(status, "pending_approval") || is(status, "rejected");
}

/* The rank of the company's newest order awaiting approval, or -1. */
static int newest_pending_rank(const struct company_def *d)
{
    for (int r = 0; r < d->n_status_ranks; r++)
        if (is(d->status_by_rank[r], "pending_approval")) return r;
    return -1;
}

/* Who placed an order, weighted by how much each member orders. The
 * newest order awaiting approval belongs to the demo buyer, so signing in
 * as buyer@acme.test shows one and purchasing@acme.test can approve it;
 * the other orders that waited are other buyers', so the inboxes show more
 * than one person's orders. */
static int may_place(const struct company_def *d, int i, int buyers_only)
{
    if (!buyers_only) return 1;
    return d->members[i].role_id == ROLE_BUYER && i != d->demo_buyer;
}

static int pick_placer(struct seed *s, const struct company_def *d, int rank, int buyers_only)
{
    if (d->demo_buyer != NONE_IDX && rank == newest_pending_rank(d)) return d->demo_buyer;
    int total = 0;
    for (int i = 0; i < d->n_members; i++)
        if (may_place(d, i, buyers_only)) total += d->members[i].order_weight;
    if (total == 0) return -1;
    int r = rng_below(s, total);
    for (int i = 0; i < d->n_members; i++) {
        if (!may_place(d, i, buyers_only)) continue;
        if (r < d->members[i].order_weight) return i;
        r -= d->members[i].order_weight;
    }
    return -1;
}

static const char *pick_channel(struct seed *s)
{
    int r = rng_below(s, 100);
    return r < 78 ? "web" : r < 90 ? "phone" : "erp";
}

static int is_active_ship_to(const struct address_def *a)
{
    return is(a->status, "active") && !is(a->kind, "billing");
}

/* Whether address a can receive an order for unit u (NONE_IDX: any unit). */
static int ships_to_unit(const struct address_def *a, int u)
{
    return is_active_ship_to(a) && (u == NONE_IDX || a->unit == u);
}

/* A random active ship-to of unit u, or NULL when it has none. */
static const struct address_def *random_ship_to(struct seed *s, const struct company_def *d, int u)
{
    int matches = 0;
    for (int i = 0; i < d->n_addresses; i++)
        if (ships_to_unit(&d->addresses[i], u)) matches++;
    if (matches == 0) return NULL;
    int pick = rng_below(s, matches);
    for (int i = 0; i < d->n_addresses; i++)
        if (ships_to_unit(&d->addresses[i], u) && pick-- == 0) return &d->addresses[i];
    return NULL;
}

/* The ship-to nearest the given unit in the unit tree: an address of the
 * unit itself, else of its parent, and so on; a random one when a unit has
 * several (Houston has a plant and an overflow warehouse). NONE_IDX means
 * people who buy for every site (purchasing), so any address will do. */
static const struct address_def *ship_to_for_unit(struct seed *s, const struct company_def *d, int unit)
{
    if (unit == NONE_IDX) return random_ship_to(s, d, NONE_IDX);
    for (int u = unit; u != NONE_IDX; u = d->units[u].parent) {
        const struct address_def *a = random_ship_to(s, d, u);
        if (a) return a;
    }
    for (int i = 0; i < d->n_addresses; i++)
        if (d->addresses[i].default_shipping) return &d->addresses[i];
    return NULL;
}

static const struct address_def *default_billing(const struct company_def *d)
{
    for (int i = 0; i < d->n_addresses; i++)
        if (d->addresses[i].default_billing) return &d->addresses[i];
    return NULL;
}

static const char *country_name(const char *code)
{
    if (is(code, "US")) return "United States";
    if (is(code, "CA")) return "Canada";
    return code;
}

/* The address block as printed on the order, one line per row. */
static void format_address(char *out, size_t size, const char *company, const struct address_def *a)
{
    struct text t = {out, size, 0};
    out[0] = '\0';
    text_add(&t, "%s\n", company);
    if (a->attention[0]) text_add(&t, "Attn: %s\n", a->attention);
    text_add(&t, "%s\n", a->line1);
    if (a->line2[0]) text_add(&t, "%s\n", a->line2);
    text_add(&t, "%s, %s %s\n%s", a->city, a->region, a->postal, country_name(a->country));
}

/* 1-8 lines, mostly 2-5, like real replenishment orders. */
static int line_count(struct seed *s)
{
    static const int weights[MAX_LINES] = {10, 18, 20, 16, 12, 10, 7, 7};
    int r = rng_below(s, 100);
    for (int i = 0; i < MAX_LINES; i++) {
        if (r < weights[i]) return i + 1;
        r -= weights[i];
    }
    return 1;
}

static int in_order(const struct line *lines, int n, int product)
{
    for (int i = 0; i < n; i++)
        if (lines[i].product == product) return 1;
    return 0;
}

/* An active product not yet on the order, from the buyer's usual
 * categories most of the time. */
static int pick_product(struct seed *s, unsigned focus, const struct line *lines, int n)
{
    int want_focus = focus != 0 && rng_below(s, 100) < 75;
    for (int tries = 0; tries < 1000; tries++) {
        int p = rng_below(s, s->n_products);
        const struct product *pr = &s->products[p];
        if (!pr->active || in_order(lines, n, p)) continue;
        if (want_focus && !(focus & FOCUS(pr->top))) continue;
        return p;
    }
    for (int p = 0; p < s->n_products; p++)
        if (s->products[p].active && !in_order(lines, n, p)) return p;
    return -1;
}

/* Whole packs, at least the minimum, fewer of the expensive things. */
static int64_t pick_quantity(struct seed *s, const struct product *p)
{
    int64_t packs_min = (p->min_qty + p->pack - 1) / p->pack;
    int64_t pack_price = p->price_cents * p->pack;
    int extra = pack_price >= 20000 ? 1 : pack_price >= 5000 ? 3 : pack_price >= 1000 ? 5 : 11;
    return (packs_min + rng_between(s, 0, extra)) * p->pack;
}

/* Shipped quantities follow the status. A partial shipment has the first
 * line complete, the last line still open (so the status is visibly true)
 * and whole packs shipped in between. */
static void set_shipped(struct seed *s, const char *status, struct line *lines, int n)
{
    int all = is(status, "delivered") || is(status, "shipped");
    int partial = is(status, "partially_shipped");
    for (int i = 0; i < n; i++) {
        struct line *l = &lines[i];
        int64_t pack = s->products[l->product].pack;
        if (all) l->shipped = l->quantity;
        else if (!partial) l->shipped = 0;
        else if (i == 0) l->shipped = l->quantity;
        else if (i == n - 1) l->shipped = 0;
        else if (rng_below(s, 2) == 0) l->shipped = l->quantity;
        else l->shipped = rng_below(s, (int)(l->quantity / pack)) * pack;
    }
}

static int pick_lines(struct seed *s, unsigned focus, const char *status, struct line *lines)
{
    int n = line_count(s);
    if (is(status, "partially_shipped") && n < 3) n = 3;
    for (int i = 0; i < n; i++) {
        lines[i].product = pick_product(s, focus, lines, i);
        if (lines[i].product < 0) return -1;
        lines[i].quantity = pick_quantity(s, &s->products[lines[i].product]);
    }
    set_shipped(s, status, lines, n);
    return n;
}

static int product_index(const struct seed *s, const char *sku)
{
    for (int i = 0; i < s->n_products; i++)
        if (is(s->products[i].sku, sku)) return i;
    return -1;
}

/* An order that waited for approval holds what the approval rules catch,
 * so that replaying it through them (seed_approval_steps.c) gives the
 * steps it shows: the demo buyer's newest one passes his monthly limit by
 * itself (two platform trucks); the others hold a restricted item. Adds
 * lines[n] unless the order has that product already; returns the new line
 * count, -1 when the catalog lacks it. No random draw, so the rest of the
 * history stays as it was. */
static int add_approval_reason(struct seed *s, const struct company_def *d, int rank, int placer,
                               struct line *lines, int n)
{
    int over_limit = placer == d->demo_buyer && rank == newest_pending_rank(d);
    const char *sku = over_limit ? SEED_PLATFORM_TRUCK
                    : is(status_for_rank(d, rank), "rejected") ? SEED_RESTRICTED_DRUM : SEED_RESTRICTED_JACK;
    int p = product_index(s, sku);
    if (p < 0) return -1;
    if (in_order(lines, n, p)) return n;
    lines[n] = (struct line){ .product = p, .quantity = over_limit ? 2 : 1, .shipped = 0 };
    return n + 1;
}

static struct seed_totals order_totals(const struct seed *s, const struct line *lines, int n)
{
    struct seed_totals t = {0, 0, 0, 0};
    for (int i = 0; i < n; i++) t.subtotal += lines[i].quantity * s->products[lines[i].product].price_cents;
    t.shipping = t.subtotal >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
    t.tax = (t.subtotal * TAX_RATE_BASIS_POINTS + 5000) / 10000;  /* half up */
    t.total = t.subtotal + t.shipping + t.tax;
    return t;
}

static const char *order_note(struct seed *s, const struct company_def *d, const char *status,
                              const char *channel)
{
    if (is(status, "rejected")) return "";   /* the approver's reason is in the approval trail */
    if (is(status, "cancelled")) return "Cancelled at the customer's request: duplicate of a phone order.";
    if (is(status, "partially_shipped") && rng_below(s, 2) == 0)
        return "Backordered items will ship as soon as they arrive from the manufacturer.";
    if (is(channel, "erp")) return "Received by EDI from the customer's ERP.";
    if (rng_below(s, 100) < 30) return d->notes[rng_below(s, d->n_notes)];
    if (is(channel, "phone")) return "Phoned in to customer service.";
    return "";
}

/* Customers' PO numbers climb over time; some web orders have none. */
static void order_po(struct seed *s, const char *channel, int *po_next, char *out, size_t size)
{
    *po_next += rng_between(s, 3, 40);
    if (is(channel, "web") && rng_below(s, 100) < 15) out[0] = '\0';
    else snprintf(out, size, "PO-%d", *po_next);
}

static int insert_order(struct seed *s, int64_t company_id, const struct seed_order_row *o, int64_t *id)
{
    if (seed_store_order(company_id, o, id) != 0) return -1;
    s->n.orders++;
    return 0;
}

static int insert_lines(struct seed *s, int64_t order_id, int64_t company_id, const struct line *lines, int n)
{
    for (int i = 0; i < n; i++) {
        const struct product *p = &s->products[lines[i].product];
        const struct seed_line_row l = { i + 1, p->sku, p->name, lines[i].quantity, lines[i].shipped,
                                         p->price_cents, lines[i].quantity * p->price_cents };
        if (seed_store_order_line(order_id, company_id, &l) != 0) return -1;
        s->n.lines++;
    }
    return 0;
}

static int seed_one_order(struct seed *s, const struct order_plan *plan, int *po_next)
{
    const struct company_def *d = &COMPANIES[plan->company];
    const struct company_ids *ids = &s->companies[plan->company];
    struct seed_order_row o = {0};
    o.status = status_for_rank(d, plan->rank);
    o.placed_at = plan->placed_at;

    int placer = pick_placer(s, d, plan->rank, needs_approval(o.status));
    const struct address_def *ship = placer < 0 ? NULL : ship_to_for_unit(s, d, d->members[placer].ship_unit);
    const struct address_def *bill = default_billing(d);
    if (!ship || !bill) {
        fprintf(stderr, "seed-demo: %s has no one to place orders or no address\n", d->name);
        return -1;
    }
    /* ERP orders arrive by EDI with no portal user behind them, but still
     * belong to the unit they are for. */
    o.channel = needs_approval(o.status) ? "web" : pick_channel(s);
    o.placed_by = is(o.channel, "erp") ? 0 : ids->user_ids[placer];
    o.unit_id = ids->unit_ids[d->members[placer].unit];

    struct line lines[MAX_LINES + 1];
    int n = pick_lines(s, d->members[placer].focus, o.status, lines);
    if (n < 0) return -1;
    if (needs_approval(o.status)) n = add_approval_reason(s, d, plan->rank, placer, lines, n);
    if (n < 0) return -1;
    o.t = order_totals(s, lines, n);

    /* Numbered the way checkout numbers them. */
    char number[32], po[16], ship_text[512], bill_text[512];
    int64_t seq;
    if (store_sequence_next(SEQUENCE_ORDER_NUMBER, &seq) != 0
        || checkout_order_number_at(o.placed_at, seq, number, sizeof number) != 0) {
        fprintf(stderr, "seed-demo: no order number\n");
        return -1;
    }
    order_po(s, o.channel, po_next, po, sizeof po);
    format_address(ship_text, sizeof ship_text, d->name, ship);
    format_address(bill_text, sizeof bill_text, d->name, bill);
    o.number = number;
    o.po = po;
    o.ship_label = ship->label;
    o.ship_text = ship_text;
    o.bill_text = bill_text;
    o.notes = order_note(s, d, o.status, o.channel);

    int64_t order_id;
    if (insert_order(s, ids->id, &o, &order_id) != 0) return -1;
    return insert_lines(s, order_id, ids->id, lines, n);
}

int seed_orders(struct seed *s)
{
    struct order_plan plans[MAX_ORDERS];
    int n = plan_orders(s, plans);
    if (n < 0) {
        fprintf(stderr, "seed-demo: more than %d orders planned\n", MAX_ORDERS);
        return -1;
    }
    int po_next[COMPANY_COUNT];
    for (int c = 0; c < COMPANY_COUNT; c++) po_next[c] = COMPANIES[c].po_start;
    if (store_sequence_skip_to(SEQUENCE_ORDER_NUMBER, LAST_ERP_ORDER_SEQ) != 0) return -1;
    for (int i = 0; i < n; i++)
        if (seed_one_order(s, &plans[i], &po_next[plans[i].company]) != 0) return -1;
    return 0;
}
