#include "lists/list_reorders.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "addresses/addresses_store.h"
#include "base/actor.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "checkout/checkout.h"
#include "checkout/checkout_rules.h"
#include "lists/lists.h"
#include "mail/mail.h"

#define DUE_MAX 500
#define MISSED_MAX 60
#define ADMINS_MAX 50
#define DAY 86400

int list_schedule_check(const struct list_schedule_row *s, char *msg, size_t size)
{
    if (schedule_check(&s->when, msg, size) != 0) return -1;
    if (strcmp(s->action, "place") != 0 && strcmp(s->action, "cart") != 0) {
        snprintf(msg, size, "Choose whether the order is placed or put in your cart.");
        return -1;
    }
    if (!checkout_payment_bit(s->payment_method)) {
        snprintf(msg, size, "Choose a payment method.");
        return -1;
    }
    return 0;
}

int list_schedule_set(const struct actor *who, const struct list_row *list, struct list_schedule_row *s, char *msg,
                      size_t size)
{
    if (list->owner_user_id != who->user_id) return LIST_NOT_ALLOWED;
    s->list_id = list->id;
    s->company_id = who->company_id;
    if (list_schedule_check(s, msg, size) != 0) return LIST_BAD_INPUT;
    if (s->when.start_day < clock_now() / DAY) {
        snprintf(msg, size, "The start date must be today or later.");
        return LIST_BAD_INPUT;
    }
    if (s->ship_to_address_id > 0) {
        int usable = store_address_usable(who->company_id, who->user_id, s->ship_to_address_id);
        if (usable < 0) return -1;
        if (usable == 0) {
            snprintf(msg, size, "Choose one of the delivery addresses you may use.");
            return LIST_BAD_INPUT;
        }
    }
    s->handled_day = s->when.start_day - 1;
    s->next_day = schedule_next(&s->when, s->when.start_day);
    if (s->next_day == SCHEDULE_NONE) {
        snprintf(msg, size, "The schedule has no date between its start and its end.");
        return LIST_BAD_INPUT;
    }
    return store_list_schedule_save(s, clock_now()) == 0 ? 0 : -1;
}

/* --- the list's lines as checkout's lines ------------------------------------ */

struct lines_ctx {
    int64_t list_id;
};

static int list_lines_for_checkout(const struct actor *who, const void *ctx, struct cart_line *out, int max)
{
    static struct list_line lines[LIST_LINES_MAX];
    const struct lines_ctx *c = ctx;
    int n = store_list_lines(who->company_id, c->list_id, 0, lines, LIST_LINES_MAX);
    if (n < 0) return -1;
    if (n > max) n = max;
    for (int i = 0; i < n; i++) {
        const struct list_line *l = &lines[i];
        struct cart_line *o = &out[i];
        memset(o, 0, sizeof *o);
        o->product_id = l->product_id;
        snprintf(o->sku, sizeof o->sku, "%s", l->sku);
        snprintf(o->name, sizeof o->name, "%s", l->name);
        snprintf(o->unit, sizeof o->unit, "%s", l->unit);
        o->category_id = l->category_id;
        o->pack_size = l->pack_size;
        o->min_order_qty = l->min_order_qty;
        o->weight_grams = l->weight_grams;
        o->list_price = l->list_price;
        o->active = l->active;
        o->quantity = l->quantity;
        o->added_price = l->unit_price;
        o->unit_price = l->unit_price;
        o->source = l->source;
        o->line_total = l->line_total;
    }
    return n;
}

/* --- mail -------------------------------------------------------------------- */

static int mail_owner(const char *type, const struct list_schedule_row *s, const struct list_owner *to, int64_t day,
                      const char *number, const char *reason)
{
    char date[32], path[64], err[256];
    format_date(day * DAY, date, sizeof date);
    snprintf(path, sizeof path, "/account/lists/%" PRId64, s->list_id);
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "LIST_NAME", s->list_name);
    tpl_set(v, "LIST_PATH", path);
    tpl_set(v, "DUE_DATE", date);
    if (number && number[0]) tpl_set(tpl_add_section(v, "ORDER"), "NUMBER", number);
    if (reason && reason[0]) tpl_set(v, "REASON", reason);
    if (to->name[0]) tpl_set(v, "OWNER_NAME", to->name);
    struct mail_recipient r = { to->email, to->name, to->user_id, s->company_id };
    enum mail_result m = mail_enqueue(type, &r, v, err, sizeof err);
    tpl_dict_free(v);
    if (m == MAIL_ERROR) fprintf(stderr, "list-reorders: %s to %s not queued: %s\n", type, to->email, err);
    return m == MAIL_ERROR ? -1 : 0;
}

/* --- one schedule -------------------------------------------------------------- */

/* Records the day's outcome, the days missed before it, and moves the
 * schedule on, in the caller's transaction. 1 recorded, 0 the day had a
 * row already, -1. */
static int record(const struct list_schedule_row *s, int64_t due, const int64_t *missed, int n_missed,
                  const char *outcome, const char *number, const char *reason, int64_t now)
{
    int r = store_list_run_record(s->company_id, s->list_id, due, outcome, number, reason, now);
    if (r < 0) return -1;
    for (int i = 0; i < n_missed && i < MISSED_MAX; i++)
        if (store_list_run_record(s->company_id, s->list_id, missed[i], "missed", "",
                                  "Nothing ran on this day; only the latest missed day was ordered.", now) < 0)
            return -1;
    if (store_list_schedule_advance(s->company_id, s->list_id, due, schedule_next(&s->when, due + 1), now) != 0) return -1;
    return r;
}

static int pause_for_owner(const struct list_schedule_row *s, const struct list_owner *owner, int64_t now)
{
    static struct list_owner admins[ADMINS_MAX];
    char reason[400];
    snprintf(reason, sizeof reason, "%s is no longer an active member, so nothing is ordered until the list has another owner.",
             owner->name);
    if (db_begin() != 0) return -1;
    int ok = store_list_schedule_pause(s->company_id, s->list_id, reason, now) == 0;
    int n = ok ? store_list_company_admins(s->company_id, admins, ADMINS_MAX) : -1;
    ok = n >= 0;
    for (int i = 0; ok && i < n; i++)
        ok = mail_owner("list_schedule_paused", s, &admins[i], s->next_day, NULL, reason) == 0;
    return db_finish(ok, "list schedule pause") ? 1 : -1;
}

/* The reason a placement did not go through, as one sentence. */
static void failure_reason(enum checkout_place_result r, const struct checkout *c, const char *refusal, char *out,
                           size_t size)
{
    if (refusal[0]) snprintf(out, size, "%s", refusal);
    else if (r == SUBMIT_CART && c->cart_problem[0]) snprintf(out, size, "%s", c->cart_problem);
    else if (r == SUBMIT_INVALID && c->errors.count) snprintf(out, size, "%s", c->errors.items[0].message);
    else snprintf(out, size, "The order could not be placed.");
}

static int run_one(const struct list_schedule_row *s, int64_t now)
{
    static struct checkout c;
    int64_t today = now / DAY, due, missed[MISSED_MAX];
    int n_missed = 0;
    struct list_owner owner;
    int found = store_list_owner(s->company_id, s->owner_user_id, &owner);
    if (found < 0) return -1;
    if (found == 0 || !owner.active) {
        if (found == 0) snprintf(owner.name, sizeof owner.name, "The list's owner");
        return pause_for_owner(s, &owner, now);
    }
    schedule_due(&s->when, s->handled_day, today, &due, missed, MISSED_MAX, &n_missed);
    if (due == SCHEDULE_NONE) {   /* nothing due after all: put the next day right */
        int64_t from = s->handled_day == SCHEDULE_NONE ? s->when.start_day : s->handled_day + 1;
        if (db_begin() != 0) return -1;
        int ok = store_list_schedule_advance(s->company_id, s->list_id, s->handled_day,
                                             schedule_next(&s->when, from > today ? from : today + 1), now) == 0;
        return db_finish(ok, "list schedule") ? 0 : -1;
    }
    struct actor who = actor_job_for_member(owner.user_id, s->company_id, owner.permissions, "Scheduled reorder");
    char reason[400] = "", number[64] = "", refusal[400] = "";

    if (strcmp(s->action, "cart") == 0) {
        static struct list_line lines[LIST_LINES_MAX];
        struct cart_fill_result fill;
        if (db_begin() != 0) return -1;
        int r = record(s, due, missed, n_missed, "cart", "", "", now);
        int n = r == 1 ? store_list_lines(s->company_id, s->list_id, 0, lines, LIST_LINES_MAX) : 0;
        int ok = r >= 0 && n >= 0;
        if (ok && r == 1) ok = list_to_cart(&who, 0, lines, n, NULL, 0, &fill) == 0
                             && mail_owner("list_reorder_cart", s, &owner, due, NULL, fill.refused ? fill.reasons : "") == 0;
        return db_finish(ok, "list reorder to cart") ? 1 : -1;
    }

    /* place: the owner's default addresses and the first shipping method offered */
    struct lines_ctx ctx = { s->list_id };
    memset(&c, 0, sizeof c);
    c.lines_from = list_lines_for_checkout;
    c.lines_ctx = &ctx;
    if (checkout_load(&who, &c) != 0) return -1;
    char ship[24] = "", bill[24] = "", method[24] = "", po[CHECKOUT_PO_MAX * 4 + 1], key[64];
    /* the schedule's ship-to, else the owner's default, else their first address */
    int ship_idx = c.default_ship >= 0 ? c.default_ship : c.n_ship > 0 ? 0 : -1;
    int bill_idx = c.default_bill >= 0 ? c.default_bill : c.n_bill > 0 ? 0 : -1;
    if (s->ship_to_address_id > 0) snprintf(ship, sizeof ship, "%" PRId64, s->ship_to_address_id);
    else if (ship_idx >= 0) snprintf(ship, sizeof ship, "%" PRId64, c.ship[ship_idx]->id);
    if (bill_idx >= 0) snprintf(bill, sizeof bill, "%" PRId64, c.bill[bill_idx]->id);
    for (int i = 0; i < c.n_methods && !method[0]; i++)
        if (c.method_offered[i]) snprintf(method, sizeof method, "%" PRId64, c.methods[i].id);
    if (schedule_po_expand(s->po_pattern, due, s->list_id, po, sizeof po) != 0) po[0] = '\0';
    snprintf(key, sizeof key, "list-%" PRId64 "-%" PRId64, s->list_id, due);
    struct checkout_input in = { .ship_to = ship, .bill_to = bill, .shipping_method = method, .po_number = po,
                                 .delivery_date = "", .notes = "", .payment_method = s->payment_method };
    struct checkout_place_options opt = { .submit_key = key, .reviewed_total = -1 };
    enum checkout_place_result r = checkout_place(&who, &in, &c, &opt, number, sizeof number, refusal, sizeof refusal);
    if (r == SUBMIT_ERROR) return -1;   /* nothing placed: tried again on the next pass */
    int placed = r == SUBMIT_PLACED || r == SUBMIT_EXISTING;
    if (!placed) failure_reason(r, &c, refusal, reason, sizeof reason);
    if (db_begin() != 0) return -1;
    int rec = record(s, due, missed, n_missed, placed ? "placed" : "failed", number, reason, now);
    int ok = rec >= 0;
    if (ok && rec == 1 && !placed) ok = mail_owner("list_reorder_failed", s, &owner, due, NULL, reason) == 0;
    return db_finish(ok, "list reorder") ? 1 : -1;
}

int list_reorders_run(int64_t now)
{
    static struct list_schedule_row due[DUE_MAX];
    int n = store_job_list_schedules_due(now / DAY, due, DUE_MAX);
    if (n < 0) return -1;
    int handled = 0, failed = 0;
    for (int i = 0; i < n; i++) {
        int r = run_one(&due[i], now);
        db_release();
        if (r < 0) {
            failed++;
            fprintf(stderr, "list-reorders: list %" PRId64 " failed; tried again on the next pass\n", due[i].list_id);
        } else {
            handled++;
        }
    }
    return failed && handled == 0 ? -1 : handled;
}
