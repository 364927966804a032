/* Demo approval steps for the seeded orders of Acme Industrial Supply, so
 * the inboxes of purchasing@acme.test and finance@acme.test show something
 * on the first visit (no mail is sent while seeding):
 *
 * - the demo buyer's newest order waiting for approval (Ben Carter) went
 *   over his monthly spending limit: it waits for his superior, Tamara
 *   Washington, who was out of office when it arrived, so it went to her
 *   delegate Priya Natarajan (purchasing@acme.test) too; a level-2 step
 *   for a restricted item (a Finance manager) is queued behind it;
 * - every other Acme order waiting for approval contains a restricted
 *   item and waits for a Finance manager (finance@acme.test);
 * - history: a recent larger order approved by Priya under an earlier
 *   rule, and Acme's rejected order, rejected by Frank Osei with a comment.
 *
 * Steps are snapshots: rule names and reasons are written as checkout
 * would have written them at the time. Deterministic; one transaction. */
#include "seed.h"
#include "clock.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "format.h"

#define DAY 86400
#define PENDING_MAX 20

struct seed_order {
    int64_t id;
    char number[32];
    int64_t total;
    char currency[8];
    int64_t placed_at;
    int64_t placed_by;
    char sku[64];          /* its most expensive line */
    char name[256];
};

struct acme {
    int64_t company;
    int64_t ben, tamara, priya, frank;
};

/* The id a query finds for one key, 0 when none, -1 on error. */
static int64_t id_of(sqlite3_stmt **slot, const char *sql, const char *key)
{
    sqlite3_stmt *q = db_prepared(slot, sql);
    if (!q) return -1;
    db_bind_text(q, 1, key);
    int rc = sqlite3_step(q);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : rc == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(q);
    return id;
}

static int64_t user(const char *email)
{
    static sqlite3_stmt *st;
    return id_of(&st, "SELECT id FROM users WHERE email = ?", email);
}

static int64_t company(const char *name)
{
    static sqlite3_stmt *st;
    return id_of(&st, "SELECT id FROM companies WHERE name = ?", name);
}

/* Orders of the company in a status, newest first (or the newest one of
 * at least min_total, placed by someone other than not_by). */
static int orders_in(int64_t company, const char *status, int64_t min_total, int64_t not_by, struct seed_order *out,
                     int max)
{
    static sqlite3_stmt *st, *line_st;
    sqlite3_stmt *q = db_prepared(&st,
        "SELECT id, number, total_cents, currency, placed_at, COALESCE(placed_by_user_id, 0) FROM orders"
        " WHERE company_id = ?1 AND (status = ?2 OR (?2 = 'done' AND status IN ('processing', 'partially_shipped',"
        " 'shipped', 'delivered'))) AND total_cents >= ?3 AND placed_by_user_id IS NOT NULL"
        " AND placed_by_user_id <> ?4 ORDER BY placed_at DESC, id DESC LIMIT ?5");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company);
    db_bind_text(q, 2, status);
    sqlite3_bind_int64(q, 3, min_total);
    sqlite3_bind_int64(q, 4, not_by);
    sqlite3_bind_int(q, 5, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct seed_order *o = &out[n++];
        memset(o, 0, sizeof *o);
        o->id = sqlite3_column_int64(q, 0);
        snprintf(o->number, sizeof o->number, "%s", db_column_text(q, 1));
        o->total = sqlite3_column_int64(q, 2);
        snprintf(o->currency, sizeof o->currency, "%s", db_column_text(q, 3));
        o->placed_at = sqlite3_column_int64(q, 4);
        o->placed_by = sqlite3_column_int64(q, 5);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return -1;
    for (int i = 0; i < n; i++) {
        q = db_prepared(&line_st,
            "SELECT sku, name FROM order_lines WHERE order_id = ? ORDER BY line_total_cents DESC, line_no LIMIT 1");
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, out[i].id);
        if (sqlite3_step(q) == SQLITE_ROW) {
            snprintf(out[i].sku, sizeof out[i].sku, "%s", db_column_text(q, 0));
            snprintf(out[i].name, sizeof out[i].name, "%s", db_column_text(q, 1));
        }
        sqlite3_reset(q);
    }
    return n;
}

static int64_t insert_step(const struct acme *a, const struct seed_order *o, int level, const char *rule,
                           const char *reason, const char *label, const char *note, const char *status,
                           int64_t requested_at, int64_t decided_at)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "INSERT INTO approval_steps (order_id, company_id, level, rule_id, rule_name, reason, approver_label, mode,"
        " note, status, requested_at, decided_at)"
        " VALUES (?1, ?2, ?3, (SELECT id FROM approval_rules WHERE company_id = ?2 AND name = ?4), ?4, ?5, ?6, 'any',"
        " ?7, ?8, ?9, ?10)");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, o->id);
    sqlite3_bind_int64(q, 2, a->company);
    sqlite3_bind_int(q, 3, level);
    db_bind_text(q, 4, rule);
    db_bind_text(q, 5, reason);
    db_bind_text(q, 6, label);
    db_bind_text(q, 7, note);
    db_bind_text(q, 8, status);
    if (requested_at) sqlite3_bind_int64(q, 9, requested_at);
    else sqlite3_bind_null(q, 9);
    if (decided_at) sqlite3_bind_int64(q, 10, decided_at);
    else sqlite3_bind_null(q, 10);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(db_handle()) : -1;
}

static int insert_approver(int64_t step, const struct acme *a, int64_t user_id, const char *via, int64_t on_behalf,
                           const char *decision, const char *comment, int64_t decided_at)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "INSERT INTO approval_step_approvers (step_id, company_id, user_id, via, on_behalf_of, decision, comment,"
        " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step);
    sqlite3_bind_int64(q, 2, a->company);
    sqlite3_bind_int64(q, 3, user_id);
    db_bind_text(q, 4, via);
    if (on_behalf) sqlite3_bind_int64(q, 5, on_behalf);
    else sqlite3_bind_null(q, 5);
    db_bind_text(q, 6, decision);
    db_bind_text(q, 7, comment);
    if (decided_at) sqlite3_bind_int64(q, 8, decided_at);
    else sqlite3_bind_null(q, 8);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The buyer's spend from `from` up to and including the order. */
static int64_t spend_since(const struct acme *a, const struct seed_order *o, int64_t from)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "SELECT COALESCE(SUM(total_cents), 0) FROM orders WHERE company_id = ? AND placed_by_user_id = ?"
        " AND placed_at >= ? AND placed_at <= ? AND status NOT IN ('rejected', 'cancelled')");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, a->company);
    sqlite3_bind_int64(q, 2, o->placed_by);
    sqlite3_bind_int64(q, 3, from);
    sqlite3_bind_int64(q, 4, o->placed_at);
    int64_t sum = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_reset(q);
    return sum;
}

/* Start of the UTC calendar month holding t. */
static int64_t month_start(int64_t t)
{
    int64_t day = t / DAY;
    int64_t mday = 0;
    char iso[16];
    format_iso_date(t, iso, sizeof iso);   /* YYYY-MM-DD */
    mday = (iso[8] - '0') * 10 + (iso[9] - '0');
    return (day - (mday - 1)) * DAY;
}

static int64_t limit_of(const struct acme *a, int64_t user_id)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st, "SELECT amount_cents FROM spending_limits WHERE company_id = ? AND user_id = ?");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, a->company);
    sqlite3_bind_int64(q, 2, user_id);
    int64_t amount = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 100000;
    sqlite3_reset(q);
    return amount;
}

static int delegate(const struct acme *a, int64_t from_user, int64_t to_user, int64_t starts_at, int64_t ends_at)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "INSERT OR REPLACE INTO approval_delegations (company_id, user_id, delegate_user_id, starts_at, ends_at)"
        " VALUES (?, ?, ?, ?, ?)");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, a->company);
    sqlite3_bind_int64(q, 2, from_user);
    sqlite3_bind_int64(q, 3, to_user);
    sqlite3_bind_int64(q, 4, starts_at);
    sqlite3_bind_int64(q, 5, ends_at);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void restricted_reason(const struct seed_order *o, char *out, size_t size)
{
    snprintf(out, size, "the order contains %s (%s)", o->sku, o->name);
}

/* Ben's newest order: over his monthly limit, to his superior (and her
 * delegate), with a restricted item queued for level 2. */
static int seed_limit_order(const struct acme *a, const struct seed_order *o, int64_t now)
{
    char amount[48], total[48], reason[512], restricted[512];
    int64_t limit = limit_of(a, a->ben);
    int64_t spend = spend_since(a, o, month_start(o->placed_at));
    const char *period = "this month";
    if (limit < 0 || spend < 0) return -1;
    if (spend <= limit) {   /* early in a month: the rolling view shows why */
        spend = spend_since(a, o, o->placed_at - 30 * DAY);
        period = "in the last 30 days";
    }
    format_money(limit, o->currency, amount, sizeof amount);
    format_money(spend, o->currency, total, sizeof total);
    snprintf(reason, sizeof reason, "the buyer's spending limit of %s per month is exceeded: %s %s with this order",
             amount, total, period);
    int64_t away_from = (o->placed_at / DAY - 3) * DAY;
    int64_t away_to = (o->placed_at / DAY + 2) * DAY;
    if (away_to > now - 60) away_to = now - 60;
    if (delegate(a, a->tamara, a->priya, away_from, away_to) != 0) return -1;
    int64_t step = insert_step(a, o, 1, "Spending limit", reason, "Tamara Washington (superior)", "", "waiting",
                               o->placed_at, 0);
    if (step < 0 || insert_approver(step, a, a->tamara, "superior", 0, "", "", 0) != 0
        || insert_approver(step, a, a->priya, "delegate", a->tamara, "", "", 0) != 0)
        return -1;
    restricted_reason(o, restricted, sizeof restricted);
    step = insert_step(a, o, 2, "Restricted items", restricted, "a Finance manager", "", "queued", 0, 0);
    return step < 0 ? -1 : insert_approver(step, a, a->frank, "role", 0, "", "", 0);
}

static int seed_restricted_order(const struct acme *a, const struct seed_order *o)
{
    char reason[512];
    restricted_reason(o, reason, sizeof reason);
    int64_t step = insert_step(a, o, 1, "Restricted items", reason, "a Finance manager", "", "waiting", o->placed_at, 0);
    return step < 0 ? -1 : insert_approver(step, a, a->frank, "role", 0, "", "", 0);
}

static int seed_history(const struct acme *a)
{
    struct seed_order o;
    char reason[512], total[48];
    /* Approved by Priya under an earlier rule (since replaced). */
    int n = orders_in(a->company, "done", 100000, a->priya, &o, 1);
    if (n < 0) return -1;
    if (n == 1) {
        format_money(o.total, o.currency, total, sizeof total);
        snprintf(reason, sizeof reason, "the order total %s is over $1,000.00", total);
        int64_t at = o.placed_at + 5 * 3600;
        int64_t step = insert_step(a, &o, 1, "Orders over $1,000", reason, "a Purchasing manager", "", "approved",
                                   o.placed_at, at);
        if (step < 0 || insert_approver(step, a, a->priya, "role", 0, "approved",
                                        "Fine: planned maintenance, within the quarter's budget.", at) != 0)
            return -1;
    }
    /* Rejected by Frank, with the reason the buyer saw. */
    n = orders_in(a->company, "rejected", 0, 0, &o, 1);
    if (n < 0) return -1;
    if (n == 1) {
        restricted_reason(&o, reason, sizeof reason);
        int64_t at = o.placed_at + DAY;
        int64_t step = insert_step(a, &o, 1, "Restricted items", reason, "a Finance manager", "", "rejected",
                                   o.placed_at, at);
        if (step < 0 || insert_approver(step, a, a->frank, "role", 0, "rejected",
                                        "We have these in stock at the Houston warehouse. Please ask Shipping & "
                                        "Receiving for a transfer instead of buying new.", at) != 0)
            return -1;
    }
    return 0;
}

int seed_demo_approval_steps(void)
{
    struct acme a = {
        .company = company("Acme Industrial Supply"),
        .ben = user("buyer@acme.test"), .tamara = user("t.washington@acme.test"),
        .priya = user("purchasing@acme.test"), .frank = user("finance@acme.test"),
    };
    if (a.company < 0 || a.ben < 0 || a.tamara < 0 || a.priya < 0 || a.frank < 0) return -1;
    if (!a.company || !a.ben || !a.tamara || !a.priya || !a.frank) return 0;   /* not the usual demo */
    struct seed_order pending[PENDING_MAX];
    int64_t now = clock_now();
    if (db_begin() != 0) return -1;
    int n = orders_in(a.company, "pending_approval", 0, 0, pending, PENDING_MAX);
    int ok = n >= 0, limit_done = 0, steps = 0;
    for (int i = 0; ok && i < n; i++) {
        if (pending[i].placed_by == a.ben && !limit_done) {
            ok = seed_limit_order(&a, &pending[i], now) == 0;
            limit_done = 1;
        } else {
            ok = seed_restricted_order(&a, &pending[i]) == 0;
        }
        steps++;
    }
    ok = ok && seed_history(&a) == 0;
    if (!ok || db_commit() != 0) {
        fprintf(stderr, "seed-demo: approval steps failed: %s\n", sqlite3_errmsg(db_handle()));
        db_rollback();
        return -1;
    }
    fprintf(stderr, "seed-demo: approval steps for %d order%s waiting for approval\n", steps, steps == 1 ? "" : "s");
    return 0;
}
