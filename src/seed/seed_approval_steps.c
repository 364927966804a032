/* Demo approval steps, made the way the portal makes them. Every web order
 * of the demo companies is replayed, oldest first, through
 * approvals_on_submit() as of the moment it was placed: the rules and
 * spending limits as they stand, the buyer's spend up to then, and the
 * out-of-office delegations of that day. What the rules ask for is then
 * decided as the order's status says, with the store functions the
 * approval inbox uses: still waiting for an order pending approval;
 * rejected, with the approver's reason, for a rejected one; approved, level
 * by level, for every order that went on. Nobody is mailed for history.
 * The timelines (seed_shipments.c) follow these decisions.
 *
 * The story it shows (seed_history.c makes those orders hold what the
 * rules catch):
 * - Ben Carter's newest order passes his $1,000 monthly limit by itself: it
 *   waits for his superior, Tamara Washington, who was out of office that
 *   week, so her delegate Priya Natarajan (purchasing@acme.test) is asked
 *   too;
 * - Rosa Alvarez's order holds a restricted pallet jack: it waits for a
 *   Finance manager (finance@acme.test);
 * - Hoa Nguyen's order with a restricted drum of degreaser was rejected by
 *   Frank Osei, with his reason;
 * - earlier orders that went over a limit or held a restricted item show
 *   the approvals they got.
 *
 * A waiting or rejected order that no rule would have stopped is a seeding
 * bug: the seed fails rather than show it. Deterministic; one transaction. */
#include "seed/seed.h"
#include "seed/seed_approvals_store.h"
#include "seed/seed_internal.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approvals_submit.h"
#include "base/db.h"
#include "orders/order_draft.h"
#include "approvals/approvals_store.h"
#include "orders/order_detail_store.h"

#define ORDERS_MAX 256
#define LINES_MAX 64

static const char REJECTION[] =
    "We have these in stock at the Houston warehouse. Please ask Shipping & Receiving for a transfer instead "
    "of buying new.";

/* The order as checkout would have drafted it. */
static int load_draft(const struct seed_replay_order *o, struct order_draft *d, struct order_draft_line *lines)
{
    int n = seed_store_drafted_lines(o->id, lines, LINES_MAX);
    if (n < 0) return -1;
    memset(d, 0, sizeof *d);
    for (int i = 0; i < n; i++) d->total_quantity += lines[i].quantity;
    d->company_id = o->company_id;
    d->buyer_user_id = o->placed_by;
    d->buyer_unit_id = o->unit_id;
    d->lines = lines;
    d->n_lines = n;
    d->distinct_skus = n;   /* one line per product, as the cart makes them */
    d->subtotal = o->subtotal;
    d->shipping = o->shipping;
    d->tax = o->tax;
    d->total = o->total;
    snprintf(d->currency, sizeof d->currency, "%s", o->currency);
    d->now = o->placed_at;
    d->history = 1;
    return 0;
}

/* When the approvers decided: a couple of hours after the order, and always
 * well before now (the newest orders were placed yesterday evening). */
static int64_t decided_at(const struct seed_replay_order *o, int64_t now, int level)
{
    int64_t room = (now - 30 * 60 - o->placed_at) / 4;
    int64_t after = 2 * HOUR * level;
    return o->placed_at + (after < room ? after : room / 2 + level);
}

/* Decides every step of the order, level by level, as the approvers did:
 * the first principal of a step answers for "any", each principal for
 * "all"; a rejection ends it and withdraws the other steps. */
static int decide(const struct seed_replay_order *o, const char *outcome, int64_t now)
{
    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    static struct approval_approver who[APPROVAL_APPROVERS_MAX];
    for (int level = 1; level <= 2 * APPROVAL_ORDER_STEPS_MAX; level++) {
        int n = store_approval_order_steps(o->company_id, o->id, steps, APPROVAL_ORDER_STEPS_MAX);
        if (n < 0) return -1;
        int64_t at = decided_at(o, now, level);
        int waiting = 0, next = 0;
        for (int i = 0; i < n; i++) {
            if (strcmp(steps[i].status, "queued") == 0 && (!next || steps[i].level < next)) next = steps[i].level;
            if (strcmp(steps[i].status, "waiting") != 0) continue;
            waiting++;
            int m = store_approval_step_approvers(steps[i].id, who, APPROVAL_APPROVERS_MAX);
            if (m <= 0) return -1;
            int all = strcmp(steps[i].mode, "all") == 0;
            for (int a = 0; a < m && (all || a == 0); a++) {
                if (strcmp(who[a].via, "delegate") == 0) continue;
                const char *comment = strcmp(outcome, "rejected") == 0 ? REJECTION : "";
                if (store_approval_vote(o->company_id, steps[i].id, who[a].user_id, outcome, comment, at) != 1) return -1;
            }
            if (store_approval_step_close(steps[i].id, steps[i].version, outcome, at) != 1) return -1;
            if (strcmp(outcome, "rejected") == 0) return store_order_cancel_open_steps(o->id, at) < 0 ? -1 : 0;
        }
        if (!waiting && !next) return 0;
        if (!waiting && store_approval_open_level(o->id, next, at) < 0) return -1;
    }
    return 0;
}

/* Tamara Washington was out of office the week of Ben Carter's newest
 * order waiting for approval, with Priya Natarajan deciding for her; she is
 * back now. Set with the store function the out-of-office page uses. */
static int seed_away(int64_t now)
{
    int64_t company = 0, placed_at = 0, tamara = 0, priya = 0;
    int found = seed_store_newest_waiting_order("buyer@acme.test", &company, &placed_at);
    if (found < 0 || seed_store_user_id("t.washington@acme.test", &tamara) < 0
        || seed_store_user_id("purchasing@acme.test", &priya) < 0)
        return -1;
    if (!found || !tamara || !priya) return 0;   /* not the usual demo */
    int64_t from = (placed_at / DAY - 2) * DAY, to = (placed_at / DAY + 1) * DAY;
    if (to > now - 60) to = now - 60;
    return store_delegation_set(company, tamara, priya, from, to);
}

static int replay(int64_t now, int *asked, int *waiting)
{
    static struct seed_replay_order orders[ORDERS_MAX];
    static struct order_draft_line lines[LINES_MAX];
    struct order_draft draft;
    char refusal[256];
    int n = seed_store_web_orders(orders, ORDERS_MAX);
    if (n < 0 || seed_away(now) != 0) return -1;
    for (int i = 0; i < n; i++) {
        const struct seed_replay_order *o = &orders[i];
        if (load_draft(o, &draft, lines) != 0) return -1;
        enum approvals_outcome r = approvals_on_submit(&draft, o->id, o->number, refusal, sizeof refusal);
        int stopped = strcmp(o->status, "pending_approval") == 0 || strcmp(o->status, "rejected") == 0;
        if (r == APPROVALS_ERROR || r == APPROVALS_REFUSED) return -1;
        if (r == APPROVALS_NONE && stopped) {
            fprintf(stderr, "seed-demo: %s is %s, but no approval rule asks for it\n", o->number, o->status);
            return -1;
        }
        if (r == APPROVALS_NONE) continue;
        (*asked)++;
        if (strcmp(o->status, "pending_approval") == 0) (*waiting)++;
        else if (decide(o, strcmp(o->status, "rejected") == 0 ? "rejected" : "approved", now) != 0) return -1;
    }
    return 0;
}

int seed_demo_approval_steps(void)
{
    int asked = 0, waiting = 0;
    if (db_begin() != 0) return -1;
    if (!db_finish(replay(clock_now(), &asked, &waiting) == 0, "seed-demo: approval steps")) return -1;
    fprintf(stderr, "seed-demo: %d orders needed approval, %d wait for it\n", asked, waiting);
    return 0;
}
