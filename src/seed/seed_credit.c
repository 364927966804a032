/* Demo credit: every company with a credit limit gets a credit account
 * opened when it became a customer, and its history is replayed day by day
 * through the credit functions the portal itself uses (credit/credit.h):
 * each order reserves credit when placed, each shipment becomes an invoice
 * (releasing its part of the reservation), rejected and cancelled orders
 * release theirs, and invoices are paid, most on time, some late. Acme
 * keeps one invoice overdue and has a credit note; Borealis is left near
 * its limit (so its checkout shows the refusal); Ridgeline is on credit
 * hold; Acme's finance manager has an open request for more credit.
 * Deterministic: choices come from invoice ids; days from the clock.
 * One transaction. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "seed/seed_credit_store.h"

#include <stdio.h>
#include <string.h>

#include "base/actor.h"
#include "base/clock.h"
#include "base/db.h"
#include "credit/credit.h"

#define COMPANIES_MAX 16
#define EVENTS_MAX 4096
#define OPEN_MAX 500

static struct seed_credit_event events[EVENTS_MAX];
static struct credit_invoice open_invoices[OPEN_MAX];

static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}


static int apply_event(const struct actor *who, int64_t company_id, const struct seed_credit_event *e)
{
    switch (e->kind) {
    case 0:
        return credit_order_moved(who, company_id, e->order_id, "draft", "pending_approval", e->at);
    case 1:
        return credit_order_moved(who, company_id, e->order_id, "processing", e->last ? "shipped" : "partially_shipped",
                                  e->at);
    default:
        return credit_order_moved(who, company_id, e->order_id, "pending_approval", e->status, e->at);
    }
}

struct history {
    int64_t company_id;
    int keep_overdue;        /* leave one invoice due 31-60 days ago unpaid */
    int64_t overdue_id;
    int64_t credit_note_day; /* 0 none */
    int64_t today;
};

/* The payments (and the credit note) of one day. */
static int pay_day(const struct actor *who, struct history *h, int64_t day)
{
    int n = store_credit_open_invoices(h->company_id, open_invoices, OPEN_MAX);
    if (n < 0) return -1;
    int64_t at = day * 86400 + 15 * 3600;
    if (day == h->credit_note_day && n > 0) {
        int64_t amount = (open_invoices[0].amount - open_invoices[0].paid) / 10;
        if (amount > 0 && credit_note_issue(who, h->company_id, amount, open_invoices[0].id,
                                            "Goods damaged in transit, returned", at) != 0)
            return -1;
        n = store_credit_open_invoices(h->company_id, open_invoices, OPEN_MAX);
        if (n < 0) return -1;
    }
    for (int i = 0; i < n; i++) {
        const struct credit_invoice *inv = &open_invoices[i];
        int64_t due = credit_day_parse(inv->due_on);
        if (h->keep_overdue && (h->overdue_id == inv->id
                                || (!h->overdue_id && due >= h->today - 60 && due <= h->today - 31))) {
            h->overdue_id = inv->id;
            continue;
        }
        uint64_t r = mix((uint64_t)inv->id);
        int64_t paid_on = r % 5 == 0 ? due + 6 + (int64_t)(r / 5 % 15) : due - (int64_t)(r / 5 % 6);
        if (paid_on != day) continue;
        char reference[64];
        snprintf(reference, sizeof reference, "Wire %s", inv->number);
        if (credit_payment_record(who, h->company_id, inv->amount - inv->paid, inv->id, reference, at) != 0) return -1;
    }
    return 0;
}

static int replay(const struct actor *who, const struct seed_credit_company *co, int64_t now)
{
    struct credit_terms terms;
    int mapped = credit_terms_parse(co->payment_terms, &terms);
    if (credit_account_open(who, co->id, co->currency, co->limit, &terms, mapped == 1 ? "" : co->payment_terms,
                            co->created_at) != 0)
        return -1;
    int n = seed_store_credit_events(co->id, events, EVENTS_MAX);
    if (n < 0) return -1;
    struct history h = { .company_id = co->id, .today = now / 86400 };
    int acme = strcmp(co->name, "Acme Industrial Supply") == 0;
    h.keep_overdue = acme;
    h.credit_note_day = acme ? h.today - 150 : 0;
    int e = 0;
    for (int64_t day = co->created_at / 86400; day <= h.today; day++) {
        int64_t end = (day + 1) * 86400;
        for (; e < n && events[e].at < end; e++)
            if (apply_event(who, co->id, &events[e]) != 0) return -1;
        if (pay_day(who, &h, day) != 0) return -1;
    }
    for (; e < n; e++)
        if (apply_event(who, co->id, &events[e]) != 0) return -1;

    if (strcmp(co->name, "Borealis Builders") == 0) {
        /* Reviewed last month to what it owes and has on order, plus a little. */
        struct credit_figures f;
        if (store_credit_last(co->id, &f) < 0) return -1;
        int64_t limit = (f.balance + f.reserved + 150000) / 100000 * 100000;
        if (limit < 100000) limit = 100000;
        if (credit_limit_set(who, co->id, limit, "Annual credit review", now - 30 * 86400) != 0) return -1;
    }
    if (strcmp(co->status, "blocked") == 0
        && credit_hold_set(who, co->id, 1, "Former customer: the account is under review before new orders on account", now - 60 * 86400) < 0)
        return -1;
    return 0;
}

static int run(void)
{
    static struct seed_credit_company companies[COMPANIES_MAX];
    int n = seed_store_credit_companies(companies, COMPANIES_MAX);
    if (n < 0) return -1;
    struct actor who = actor_system("Accounts receivable");
    int64_t now = clock_now();
    for (int i = 0; i < n; i++)
        if (replay(&who, &companies[i], now) != 0) {
            fprintf(stderr, "seed-demo: credit history of %s failed\n", companies[i].name);
            return -1;
        }
    /* Acme's finance manager has asked for more credit for the season. */
    int64_t company = 0, user = 0;
    char name[128];
    unsigned permissions = 0;
    if (seed_store_credit_member("finance@acme.test", &company, &user, name, sizeof name, &permissions) != 1) return -1;
    struct actor rosa = actor_member(user, company, permissions, name);
    int64_t request = 0;
    char why[200];
    if (credit_request_create(&rosa, company, 7500000,
                              "Our spring maintenance season starts next month: orders for three plants at once "
                              "will take us past the current limit for about eight weeks.",
                              "", &request, why, sizeof why) != 0) {
        fprintf(stderr, "seed-demo: credit request refused: %s\n", why);
        return -1;
    }
    fprintf(stderr, "seed-demo: credit accounts for %d companies, an open credit request\n", n);
    return 0;
}

int seed_demo_credit(void)
{
    return db_begin() == 0 && db_finish(run() == 0, "seed-demo: credit") ? 0 : -1;
}
