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
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"

#define MAX_EVENTS 6

struct seed_order {
    int64_t id, company_id, placed_at, placed_by, subtotal;
    char number[32];
    char status[32];
    char channel[16];
    char placer[128];
    char notes[512];
    int canada;
    /* the approval it needed (seed_approval_steps.c ran first): 0 none */
    int waited;
    int64_t decider, decided_at;
    char decider_name[128], decision_comment[1024];
    int first_line, line_count;       /* into the shipped lines */
};

struct seed_line {
    int64_t id, order_id, quantity_shipped;
};

struct company_people {
    int64_t company_id;
    int64_t approver;                 /* a purchasing manager, else an administrator */
    int64_t account_manager;          /* staff; 0: none */
};

enum {
    Q_ORDERS, Q_LINES, Q_PEOPLE, Q_SERVICE, Q_EVENT, Q_SHIPMENT, Q_SHIPMENT_LINE, Q_CANCEL_REASON, Q_COUNT
};

static const char *const sql[Q_COUNT] = {
    [Q_ORDERS] =
        "SELECT o.id, o.company_id, o.placed_at, COALESCE(o.placed_by_user_id, 0), o.subtotal_cents, o.number,"
        "       o.status, o.channel, COALESCE(u.name, ''), o.notes, instr(o.ship_to_text, 'Canada') > 0,"
        "       EXISTS (SELECT 1 FROM approval_steps s WHERE s.order_id = o.id),"
        "       COALESCE(d.user_id, 0), COALESCE(d.decided_at, 0), COALESCE(du.name, ''), COALESCE(d.comment, '')"
        "  FROM orders o LEFT JOIN users u ON u.id = o.placed_by_user_id"
        "  LEFT JOIN approval_step_approvers d ON d.rowid = (SELECT a.rowid FROM approval_step_approvers a"
        "       JOIN approval_steps s ON s.id = a.step_id WHERE s.order_id = o.id AND a.decision <> ''"
        "       ORDER BY a.decided_at DESC, a.rowid DESC LIMIT 1)"
        "  LEFT JOIN users du ON du.id = d.user_id"
        " WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id) ORDER BY o.id",
    [Q_LINES] =
        "SELECT l.id, l.order_id, l.quantity_shipped FROM order_lines l"
        " WHERE l.quantity_shipped > 0 ORDER BY l.order_id, l.line_no",
    [Q_PEOPLE] =
        "SELECT c.id, COALESCE(c.account_manager_id, 0),"
        "       COALESCE((SELECT m.user_id FROM memberships m JOIN roles r ON r.id = m.role_id"
        "                  WHERE m.company_id = c.id AND m.status = 'active'"
        "                    AND r.name IN ('Purchasing manager', 'Administrator')"
        "                  ORDER BY r.name = 'Purchasing manager' DESC, m.id LIMIT 1), 0)"
        "  FROM companies c ORDER BY c.id",
    [Q_SERVICE] =
        "SELECT user_id FROM seller_staff ORDER BY staff_role = 'customer_service' DESC, user_id LIMIT 1",
    [Q_EVENT] =
        "INSERT INTO order_events (order_id, company_id, from_status, to_status, actor_user_id, actor_label, note, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    [Q_SHIPMENT] =
        "INSERT INTO shipments (order_id, company_id, carrier, tracking_number, shipped_at, delivered_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
    [Q_SHIPMENT_LINE] = "INSERT INTO shipment_lines (shipment_id, order_line_id, quantity) VALUES (?, ?, ?)",
    [Q_CANCEL_REASON] = "UPDATE orders SET cancel_reason = ?2 WHERE id = ?1 AND cancel_reason = ''",
};

struct ctx {
    sqlite3_stmt *st[Q_COUNT];
    struct company_people *people;
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

static const struct company_people *people_of(const struct ctx *c, int64_t company_id)
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

static void pick_carrier(struct rng *r, const struct seed_order *o, struct shipment_plan *p)
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

static void plan(const struct ctx *c, const struct seed_order *o, struct story *s)
{
    struct rng r = rng_for(o->number);
    const struct company_people *p = people_of(c, o->company_id);
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
static int64_t at(const struct seed_order *o, int64_t offset, int64_t last, int64_t now)
{
    int64_t room = now - 30 * 60 - o->placed_at;
    if (last <= 0 || last <= room) return o->placed_at + offset;
    if (room <= 0) return o->placed_at + offset / (last / 60 + 1);   /* a minute or so apart */
    return o->placed_at + (int64_t)((double)offset * (double)room / (double)last);
}

/* An approval decision keeps the time its approval steps record; what
 * follows it is squeezed like the rest but never comes before it. */
static int64_t time_of(const struct seed_order *o, const struct story *s, int64_t offset, int64_t last, int64_t now)
{
    if (!s->decided_offset || offset < s->decided_offset) return at(o, offset, last, now);
    int64_t decided = o->placed_at + s->decided_offset;
    if (offset == s->decided_offset) return decided;
    int64_t t = at(o, offset, last, now);
    return t > decided + 60 ? t : decided + 60;
}

/* --- writing -------------------------------------------------------------- */

static int step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int write_story(struct ctx *c, const struct seed_order *o, const struct seed_line *lines, const struct story *s)
{
    int64_t last = 0;
    for (int i = 0; i < s->event_count; i++)
        if (s->events[i].offset > last) last = s->events[i].offset;
    for (int i = 0; i < s->event_count; i++) {
        const struct event *e = &s->events[i];
        int64_t when = time_of(o, s, e->offset, last, c->now);
        sqlite3_stmt *st = c->st[Q_EVENT];
        sqlite3_bind_int64(st, 1, o->id);
        sqlite3_bind_int64(st, 2, o->company_id);
        db_bind_text(st, 3, e->from);
        db_bind_text(st, 4, e->to);
        bind_opt_id(st, 5, e->actor);
        db_bind_text(st, 6, e->actor > 0 ? "" : e->label);
        db_bind_text(st, 7, e->note);
        sqlite3_bind_int64(st, 8, when);
        if (step_done(st) != 0) return -1;
        c->events++;
    }
    for (int k = 0; k < s->ship_count; k++) {
        const struct shipment_plan *p = &s->ships[k];
        sqlite3_stmt *st = c->st[Q_SHIPMENT];
        sqlite3_bind_int64(st, 1, o->id);
        sqlite3_bind_int64(st, 2, o->company_id);
        db_bind_text(st, 3, p->carrier);
        db_bind_text(st, 4, p->tracking);
        sqlite3_bind_int64(st, 5, time_of(o, s, p->offset, last, c->now));
        if (s->delivered_offset) sqlite3_bind_int64(st, 6, time_of(o, s, s->delivered_offset, last, c->now));
        else sqlite3_bind_null(st, 6);
        bind_opt_id(st, 7, c->service);
        if (step_done(st) != 0) return -1;
        int64_t shipment = sqlite3_last_insert_rowid(db_handle());
        c->shipments++;
        for (int i = p->first; i < p->first + p->count; i++) {
            const struct seed_line *l = &lines[o->first_line + i];
            sqlite3_stmt *sl = c->st[Q_SHIPMENT_LINE];
            sqlite3_bind_int64(sl, 1, shipment);
            sqlite3_bind_int64(sl, 2, l->id);
            sqlite3_bind_int64(sl, 3, l->quantity_shipped);
            if (step_done(sl) != 0) return -1;
        }
    }
    if (strcmp(o->status, "cancelled") == 0 && o->notes[0]) {
        sqlite3_stmt *st = c->st[Q_CANCEL_REASON];
        sqlite3_bind_int64(st, 1, o->id);
        db_bind_text(st, 2, o->notes);
        if (step_done(st) != 0) return -1;
    }
    return 0;
}

/* --- loading -------------------------------------------------------------- */

static int load_orders(struct ctx *c, struct seed_order **out, int *count)
{
    sqlite3_stmt *st = c->st[Q_ORDERS];
    int n = 0, cap = 0, rc;
    struct seed_order *orders = NULL;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            struct seed_order *more = realloc(orders, (size_t)cap * sizeof *more);
            if (!more) break;
            orders = more;
        }
        struct seed_order *o = &orders[n++];
        memset(o, 0, sizeof *o);
        o->id = sqlite3_column_int64(st, 0);
        o->company_id = sqlite3_column_int64(st, 1);
        o->placed_at = sqlite3_column_int64(st, 2);
        o->placed_by = sqlite3_column_int64(st, 3);
        o->subtotal = sqlite3_column_int64(st, 4);
        DB_COPY(o->number, st, 5);
        DB_COPY(o->status, st, 6);
        DB_COPY(o->channel, st, 7);
        DB_COPY(o->placer, st, 8);
        DB_COPY(o->notes, st, 9);
        o->canada = sqlite3_column_int(st, 10);
        o->waited = sqlite3_column_int(st, 11);
        o->decider = sqlite3_column_int64(st, 12);
        o->decided_at = sqlite3_column_int64(st, 13);
        DB_COPY(o->decider_name, st, 14);
        DB_COPY(o->decision_comment, st, 15);
    }
    sqlite3_reset(st);
    *out = orders;
    *count = n;
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The shipped lines, ordered like the orders; sets each order's range. */
static int load_lines(struct ctx *c, struct seed_order *orders, int order_count, struct seed_line **out)
{
    sqlite3_stmt *st = c->st[Q_LINES];
    int n = 0, cap = 0, rc, o = 0;
    struct seed_line *lines = NULL;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            struct seed_line *more = realloc(lines, (size_t)cap * sizeof *more);
            if (!more) break;
            lines = more;
        }
        struct seed_line *l = &lines[n];
        l->id = sqlite3_column_int64(st, 0);
        l->order_id = sqlite3_column_int64(st, 1);
        l->quantity_shipped = sqlite3_column_int64(st, 2);
        while (o < order_count && orders[o].id < l->order_id) o++;
        if (o < order_count && orders[o].id == l->order_id) {
            if (orders[o].line_count == 0) orders[o].first_line = n;
            orders[o].line_count++;
        }
        n++;
    }
    sqlite3_reset(st);
    *out = lines;
    return rc == SQLITE_DONE ? 0 : -1;
}

static int load_people(struct ctx *c)
{
    sqlite3_stmt *st = c->st[Q_SERVICE];
    if (sqlite3_step(st) == SQLITE_ROW) c->service = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    st = c->st[Q_PEOPLE];
    int cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (c->people_count == cap) {
            cap = cap ? cap * 2 : 16;
            struct company_people *more = realloc(c->people, (size_t)cap * sizeof *more);
            if (!more) break;
            c->people = more;
        }
        struct company_people *p = &c->people[c->people_count++];
        p->company_id = sqlite3_column_int64(st, 0);
        p->account_manager = sqlite3_column_int64(st, 1);
        p->approver = sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int run(struct ctx *c)
{
    struct seed_order *orders = NULL;
    struct seed_line *lines = NULL;
    int n = 0, rc = 0;
    if (load_people(c) != 0 || load_orders(c, &orders, &n) != 0 || load_lines(c, orders, n, &lines) != 0) rc = -1;
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
    int rc = 0;
    for (int i = 0; i < Q_COUNT && rc == 0; i++)
        if (sqlite3_prepare_v2(db_handle(), sql[i], -1, &c.st[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
            rc = -1;
        }
    if (rc == 0 && db_begin() != 0) rc = -1;
    else if (rc == 0) {
        rc = run(&c);
        if (rc != 0) {
            fprintf(stderr, "seed-demo: shipments rolled back: %s\n", sqlite3_errmsg(db_handle()));
            db_rollback();
        } else if (db_commit() != 0) {
            rc = -1;
        }
    }
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(c.st[i]);
    free(c.people);
    if (rc == 0)
        fprintf(stderr, "seed-demo: %d order events, %d shipments\n", c.events, c.shipments);
    return rc;
}
