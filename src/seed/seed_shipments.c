/* Demo shipments, tracking and status timelines for the seeded orders.
 *
 * Every seeded order gets its timeline in order_events, from how it was
 * placed (web, phone, ERP) through approval, processing, shipping and
 * delivery as far as its status says; shipped, partially shipped and
 * delivered orders get shipments (UPS, FedEx, LTL freight; Purolator or
 * Canada Post to Canada) whose lines add up to order_lines.quantity_shipped.
 * Some fully shipped orders went out in two shipments. Cancelled orders
 * keep their note as the cancellation reason.
 *
 * Deterministic: every choice comes from a hash of the order number; times
 * are offsets from placed_at (so they move with clock_now() like the orders),
 * squeezed to end before now for recent orders. One transaction. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "seed/seed_shipments_store.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"
#include "orders/order_detail_store.h"
#include "base/staff_scope.h"
#include "orders/orders_admin_store.h"

#define MAX_EVENTS 6

struct ctx {
    struct seed_company_people *people;
    int people_count;
    int64_t service;                  /* the customer-service staff member */
    int64_t now;
    int events, shipments;
};

/* splitmix64 over the order number: the same choices on every seed. */
static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

struct rng {
    uint64_t state;
};

static struct rng rng_for(const char *number)
{
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = number; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    return (struct rng){ h };
}

static int64_t between(struct rng *r, int64_t lo, int64_t hi)
{
    r->state = mix(r->state);
    return lo + (int64_t)(r->state % (uint64_t)(hi - lo + 1));
}

static const struct seed_company_people *people_of(const struct ctx *c, int64_t company_id)
{
    for (int i = 0; i < c->people_count; i++)
        if (c->people[i].company_id == company_id) return &c->people[i];
    return NULL;
}

/* --- planning one order's story ---------------------------------------- */

struct event {
    const char *from, *to;
    int64_t actor;
    const char *label;
    char note[256];
    int64_t offset;                   /* seconds after placed_at */
};

struct shipment_plan {
    const char *carrier;
    char tracking[40];
    int first, count;                 /* lines of the order, into its shipped lines */
    int64_t offset;
};

struct story {
    struct event events[MAX_EVENTS];
    int event_count;
    struct shipment_plan ships[2];
    int ship_count;
    int64_t delivered_offset;         /* 0: not delivered */
    int64_t decided_offset;           /* the approval decision the steps record; 0: none */
};

static struct event *add_event(struct story *s, const char *from, const char *to, int64_t actor, const char *label,
                               int64_t offset)
{
    struct event *e = &s->events[s->event_count++];
    *e = (struct event){ from, to, actor, label, "", offset };
    return e;
}

static void pick_carrier(struct rng *r, const struct seed_story_order *o, struct shipment_plan *p)
{
    int64_t roll = between(r, 0, 99);
    if (o->subtotal >= 150000) {   /* pallets: freight */
        p->carrier = "LTL freight";
        snprintf(p->tracking, sizeof p->tracking, "PRO %09lld", (long long)between(r, 100000000, 999999999));
    } else if (o->canada) {
        p->carrier = roll < 60 ? "Purolator" : "Canada Post";
        if (roll < 60)
            snprintf(p->tracking, sizeof p->tracking, "3350%08lld", (long long)between(r, 0, 99999999));
        else
            snprintf(p->tracking, sizeof p->tracking, "7023%06lld%06lld", (long long)between(r, 0, 999999),
                     (long long)between(r, 0, 999999));
    } else if (roll < 55) {
        static const char alnum[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        char pkg[9];
        for (int i = 0; i < 8; i++) pkg[i] = alnum[between(r, 0, (int64_t)sizeof alnum - 2)];
        pkg[8] = '\0';
        p->carrier = "UPS";
        snprintf(p->tracking, sizeof p->tracking, "1Z8V7A42%02lld%s", (long long)between(r, 1, 3), pkg);
    } else {
        p->carrier = "FedEx";
        snprintf(p->tracking, sizeof p->tracking, "7%05lld%06lld", (long long)between(r, 0, 99999),
                 (long long)between(r, 0, 999999));
    }
}

static void plan(const struct ctx *c, const struct seed_story_order *o, struct story *s)
{
    struct rng r = rng_for(o->number);
    const struct seed_company_people *p = people_of(c, o->company_id);
    int64_t approver = p ? p->approver : 0;
    int64_t manager = p && p->account_manager ? p->account_manager : c->service;
    memset(s, 0, sizeof *s);

    /* how it came in: waiting for approval when the rules asked for one */
    const char *status = o->status;
    int waits = o->waited || strcmp(status, "pending_approval") == 0 || strcmp(status, "rejected") == 0;
    const char *first = waits ? "pending_approval" : "approved";
    struct event *e;
    if (strcmp(o->channel, "erp") == 0) {
        e = add_event(s, "", first, 0, "Customer's ERP", 0);
        snprintf(e->note, sizeof e->note, "Received by EDI");
    } else if (strcmp(o->channel, "phone") == 0) {
        e = add_event(s, "", first, manager, "", 0);
        snprintf(e->note, sizeof e->note, "Phoned in by %.100s", o->placer);
    } else {
        e = add_event(s, "", first, o->placed_by, "", 0);
        snprintf(e->note, sizeof e->note, "Placed on the web");
    }
    int64_t t = 0;
    if (strcmp(status, "pending_approval") == 0) return;
    /* The approval decision, when and by whom the approval steps say, with
     * the note the inbox writes. */
    if (waits && o->decider) {
        int rejected = strcmp(status, "rejected") == 0;
        e = add_event(s, "pending_approval", rejected ? "rejected" : "approved", o->decider, "Approver",
                      t = s->decided_offset = o->decided_at - o->placed_at);
        if (rejected) snprintf(e->note, sizeof e->note, "Rejected by %.100s: %.140s", o->decider_name, o->decision_comment);
        else snprintf(e->note, sizeof e->note, "All approvals given");
    } else if (waits) {
        e = add_event(s, "pending_approval", strcmp(status, "rejected") == 0 ? "rejected" : "approved", approver,
                      "Approver", t += between(&r, 1 * HOUR, 20 * HOUR));
    }
    if (strcmp(status, "rejected") == 0 || strcmp(status, "approved") == 0) return;
    if (strcmp(status, "cancelled") == 0) {
        e = add_event(s, "approved", "cancelled", manager, "Seller", t += between(&r, 1 * HOUR, 30 * HOUR));
        snprintf(e->note, sizeof e->note, "%.250s", o->notes);
        return;
    }
    add_event(s, "approved", "processing", c->service, "Seller", t += between(&r, 1 * HOUR, 18 * HOUR));
    if (strcmp(status, "processing") == 0) return;

    int partial = strcmp(status, "partially_shipped") == 0;
    if (o->line_count == 0) return;   /* nothing went out: no story to tell */
    int split = !partial && o->line_count >= 2 && between(&r, 0, 2) == 0;
    int64_t ship1 = t += between(&r, 20 * HOUR, 3 * DAY);
    pick_carrier(&r, o, &s->ships[0]);
    s->ships[0].first = 0;
    s->ships[0].count = split ? (int)between(&r, 1, o->line_count - 1) : o->line_count;
    s->ships[0].offset = ship1;
    s->ship_count = 1;
    if (partial) {
        add_event(s, "processing", "partially_shipped", c->service, "Seller", ship1);
        return;
    }
    if (split) {
        add_event(s, "processing", "partially_shipped", c->service, "Seller", ship1);
        int64_t ship2 = t += between(&r, 2 * DAY, 6 * DAY);
        s->ships[1] = s->ships[0];
        pick_carrier(&r, o, &s->ships[1]);
        s->ships[1].first = s->ships[0].count;
        s->ships[1].count = o->line_count - s->ships[0].count;
        s->ships[1].offset = ship2;
        s->ship_count = 2;
        add_event(s, "partially_shipped", "shipped", c->service, "Seller", ship2);
    } else {
        add_event(s, "processing", "shipped", c->service, "Seller", ship1);
    }
    if (strcmp(status, "delivered") != 0) return;
    s->delivered_offset = t += between(&r, 1 * DAY, 4 * DAY);
    add_event(s, "shipped", "delivered", c->service, "Seller", s->delivered_offset);
}

/* Recent orders: squeeze the story so it ends before now. */
static int64_t at(const struct seed_story_order *o, int64_t offset, int64_t last, int64_t now)
{
    int64_t room = now - 30 * 60 - o->placed_at;
    if (last <= 0 || last <= room) return o->placed_at + offset;
    if (room <= 0) return o->placed_at + offset / (last / 60 + 1);   /* a minute or so apart */
    return o->placed_at + (int64_t)((double)offset * (double)room / (double)last);
}

/* An approval decision keeps the time its approval steps record; what
 * follows it is squeezed like the rest but never comes before it. */
static int64_t time_of(const struct seed_story_order *o, const struct story *s, int64_t offset, int64_t last, int64_t now)
{
    if (!s->decided_offset || offset < s->decided_offset) return at(o, offset, last, now);
    int64_t decided = o->placed_at + s->decided_offset;
    if (offset == s->decided_offset) return decided;
    int64_t t = at(o, offset, last, now);
    return t > decided + 60 ? t : decided + 60;
}

/* --- writing -------------------------------------------------------------- */

static int write_story(struct ctx *c, const struct seed_story_order *o, const struct seed_shipped_line *lines,
                       const struct story *s)
{
    int64_t last = 0;
    for (int i = 0; i < s->event_count; i++)
        if (s->events[i].offset > last) last = s->events[i].offset;
    for (int i = 0; i < s->event_count; i++) {
        const struct event *e = &s->events[i];
        if (store_order_event_add(o->id, o->company_id, e->from, e->to, e->actor, e->actor > 0 ? "" : e->label,
                                  e->note, time_of(o, s, e->offset, last, c->now)) != 0)
            return -1;
        c->events++;
    }
    /* The seller's staff shipped them: every company is theirs. */
    const struct staff_scope seller = staff_scope_all();
    for (int k = 0; k < s->ship_count; k++) {
        const struct shipment_plan *p = &s->ships[k];
        int64_t shipment;
        if (store_bo_shipment_add(&seller, o->id, o->company_id, p->carrier, p->tracking,
                                  time_of(o, s, p->offset, last, c->now), c->service, &shipment) != 0)
            return -1;
        c->shipments++;
        for (int i = p->first; i < p->first + p->count; i++) {
            const struct seed_shipped_line *l = &lines[o->first_line + i];
            if (seed_store_shipment_line(shipment, l->id, l->quantity_shipped) != 0) return -1;
        }
    }
    if (s->delivered_offset
        && store_bo_shipments_delivered(&seller, o->id, time_of(o, s, s->delivered_offset, last, c->now)) < 0)
        return -1;
    if (strcmp(o->status, "cancelled") == 0 && o->notes[0] && seed_store_cancel_reason(o->id, o->notes) != 0)
        return -1;
    return 0;
}

/* --- loading -------------------------------------------------------------- */

/* Each order's range of the shipped lines (both are in order id order). */
static void find_lines(struct seed_story_order *orders, int order_count, const struct seed_shipped_line *lines,
                       int line_count)
{
    for (int n = 0, o = 0; n < line_count; n++) {
        while (o < order_count && orders[o].id < lines[n].order_id) o++;
        if (o < order_count && orders[o].id == lines[n].order_id) {
            if (orders[o].line_count == 0) orders[o].first_line = n;
            orders[o].line_count++;
        }
    }
}

static int run(struct ctx *c)
{
    struct seed_story_order *orders = NULL;
    struct seed_shipped_line *lines = NULL;
    int n = 0, line_count = 0, rc = 0;
    if (seed_store_service_staff(&c->service) < 0 || seed_store_company_people(&c->people, &c->people_count) != 0
        || seed_store_untold_orders(&orders, &n) != 0 || seed_store_shipped_lines(&lines, &line_count) != 0)
        rc = -1;
    else
        find_lines(orders, n, lines, line_count);
    for (int i = 0; rc == 0 && i < n; i++) {
        struct story s;
        plan(c, &orders[i], &s);
        rc = write_story(c, &orders[i], lines, &s);
    }
    free(orders);
    free(lines);
    return rc;
}

int seed_demo_shipments(void)
{
    struct ctx c = { .now = clock_now() };
    int ok = db_begin() == 0 && db_finish(run(&c) == 0, "seed-demo: shipments");
    free(c.people);
    if (!ok) return -1;
    fprintf(stderr, "seed-demo: %d order events, %d shipments\n", c.events, c.shipments);
    return 0;
}
