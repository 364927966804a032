/* Demo shopping lists (issue 21), made through the lists area's own
 * functions and the jobs runner's scheduled reorders, replayed on their
 * days (clock_replay_begin), so the demo is what the program produces:
 *   - d.kowalski@acme.test (a buyer at the Chicago Plant's maintenance
 *     department, without a spending limit, so his orders leave the
 *     demo's approval story alone) keeps "Weekly janitorial", ordered every
 *     Monday by the list-reorders job: its first run, four Mondays ago,
 *     failed (a product on the list had been withdrawn; Derek took the
 *     line out), the three since placed orders through Acme's approval
 *     rules; the next run is the coming Monday;
 *   - purchasing@acme.test keeps the "New site kit" template, shared with
 *     the Operations unit and the units below it (the plants' buyers);
 *   - t.washington@acme.test, a viewer, has sent "Line 3 restock" to the
 *     purchasing manager as a requisition, still open.
 * Runs after the order history, approvals and carts, with the mail
 * templates loaded (the runs and the requisition mail as they would). */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "seed/seed_ordering_store.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/db.h"
#include "cart/cart_store.h"
#include "lists/list_reorders.h"
#include "lists/list_schedules_store.h"
#include "lists/lists.h"
#include "lists/requisitions.h"
#include "team/team_store.h"

struct seed_line {
    const char *sku;
    int64_t quantity;
    const char *note;
};

/* The member as the lists area acts for them. */
static int member_actor(const char *email, struct actor *a)
{
    int64_t company = 0, user = 0;
    struct list_owner o;
    if (seed_store_member(email, "Acme Industrial Supply", &company, &user) != 1) return -1;
    if (store_list_owner(company, user, &o) != 1) return -1;
    *a = actor_member(user, company, o.permissions, o.name);
    return 0;
}

/* A list of the actor's with these lines (products by SKU), in one
 * transaction at the clock's time; its id in *id. */
static int make_list(const struct actor *a, const char *name, const char *description, const struct seed_line *lines,
                     int n, int64_t *id)
{
    static struct cart_product products[32];
    static struct list_new_line nl[32];
    const char *skus[32];
    for (int i = 0; i < n; i++) skus[i] = lines[i].sku;
    if (db_begin() != 0) return -1;
    int found = store_cart_products(a->company_id, a->user_id, 0, 1, skus, n, products, 32);
    int ok = found == n;
    for (int i = 0; ok && i < n; i++)
        for (int k = 0; k < found; k++)
            if (strcmp(products[k].sku, lines[i].sku) == 0)
                nl[i] = (struct list_new_line){ products[k].id, lines[i].quantity, lines[i].note };
    char msg[200] = "";
    ok = ok && list_create(a, name, description, nl, n, id, msg, sizeof msg) == 0;
    if (!ok) fprintf(stderr, "seed-demo: the list %s could not be made %s\n", name, msg);
    return db_finish(ok, "seed-demo: list") ? 0 : -1;
}

static int load_list(const struct actor *a, int64_t id, struct list_row *l)
{
    return store_list_get(a->company_id, a->user_id, id, l) == 1 ? 0 : -1;
}

static int weekly_janitorial(const struct actor *derek, int64_t today)
{
    static const struct seed_line lines[] = {
        { "JAN-MFT-0100", 4, "" },
        { "JAN-JRT-0100", 2, "" },
        { "JAN-HDL-0102", 3, "" },
        { "JAN-DSC-0100", 1, "" },
        { "JAN-HCN-0100", 6, "for the wash station" },
        { "JAN-FLC-0100", 1, "" },
        { "MHD-SWR-0100", 1, "pallet wrap for the dock" },   /* withdrawn since: the first run fails */
    };
    /* the most recent Monday before today, and three before it */
    int64_t last = today - 1 - schedule_weekday(today - 1), start = last - 21, id = 0;
    struct list_row l;
    clock_replay_begin((start - 3) * DAY + 15 * 3600);
    int rc = make_list(derek, "Weekly janitorial", "Restocks the Chicago Plant's cleaning closet every week.", lines,
                       (int)(sizeof lines / sizeof lines[0]), &id);
    if (rc == 0) rc = load_list(derek, id, &l);
    struct list_schedule_row s;
    memset(&s, 0, sizeof s);
    s.when = (struct schedule){ SCHEDULE_WEEKS, 1, schedule_weekday(start), 1, start, SCHEDULE_NO_END };
    snprintf(s.action, sizeof s.action, "place");
    snprintf(s.po_pattern, sizeof s.po_pattern, "JAN-{YYYY}{MM}{DD}");
    /* by bank transfer: the credit ledger is replayed before these past
     * Mondays are (seed.c), and orders on account placed now with past
     * dates would add ledger rows out of date order, which the program
     * itself never does */
    snprintf(s.payment_method, sizeof s.payment_method, "bank_transfer");
    char msg[300] = "";
    if (rc == 0 && db_begin() == 0)
        rc = db_finish(list_schedule_set(derek, &l, &s, msg, sizeof msg) == 0, "seed-demo: schedule") ? 0 : -1;
    /* four runs, one a week, by the jobs runner at six in the morning */
    for (int week = 0; rc == 0 && week < 4; week++) {
        clock_replay_begin((start + 7 * week) * DAY + 6 * 3600);
        if (list_reorders_run(clock_now()) != 1) rc = -1;
        if (week == 0 && rc == 0) {
            /* Derek reads the failure mail and takes the withdrawn line out */
            static struct list_line current[LIST_LINES_MAX];
            clock_replay_begin((start + 1) * DAY + 10 * 3600);
            int n = store_list_lines(derek->company_id, id, 0, current, LIST_LINES_MAX);
            rc = n > 0 && db_begin() == 0 ? 0 : -1;
            int ok = rc == 0;
            for (int i = 0; ok && i < n; i++)
                if (!current[i].active) ok = store_list_line_remove(derek->company_id, id, current[i].id) == 1;
            if (rc == 0) rc = db_finish(ok, "seed-demo: list line") ? 0 : -1;
        }
    }
    clock_replay_end();
    return rc;
}

static int new_site_kit(const struct actor *pm, int64_t today)
{
    static const struct seed_line lines[] = {
        { "SAF-HVV-0101", 10, "one per person, size L" },
        { "SAF-LWG-0101", 10, "" },
        { "SAF-NDG-0102", 4, "" },
        { "SAF-EPL-0100", 2, "" },
        { "SAF-FSH-0100", 2, "for the grinding station" },
        { "MHD-SBN-0120", 24, "" },
        { "MHD-WSU-0101", 3, "" },
        { "JAN-HDL-0104", 2, "" },
    };
    static struct team_option units[100];
    int64_t id = 0, operations = 0;
    struct list_row l;
    clock_replay_begin((today - 12) * DAY + 11 * 3600);
    int rc = make_list(pm, "New site kit", "Everything a new site needs in its first week: safety gear, storage and "
                       "liners. Order it from here for each new site.", lines, (int)(sizeof lines / sizeof lines[0]), &id);
    int n = rc == 0 ? store_team_units(pm->company_id, units, 100) : -1;
    for (int i = 0; i < n; i++)
        if (strcmp(units[i].name, "Operations") == 0) operations = units[i].id;
    char msg[200] = "";
    if (rc == 0 && operations && load_list(pm, id, &l) == 0 && db_begin() == 0)
        rc = db_finish(list_share(pm, &l, LIST_UNIT, operations, msg, sizeof msg) == 0, "seed-demo: share") ? 0 : -1;
    else
        rc = -1;
    clock_replay_end();
    return rc;
}

static int open_requisition(const struct actor *viewer, const struct actor *pm, int64_t today)
{
    static const struct seed_line lines[] = {
        { "SAF-CRG-0101", 2, "line 3, second shift" },
        { "SAF-EPC-0100", 1, "" },
        { "JAN-WRG-0101", 1, "" },
    };
    int64_t id = 0, rid = 0;
    struct list_row l;
    char to[32], msg[200] = "";
    clock_replay_begin((today - 1) * DAY + 14 * 3600);
    int rc = make_list(viewer, "Line 3 restock", "", lines, (int)(sizeof lines / sizeof lines[0]), &id);
    snprintf(to, sizeof to, "member-%" PRId64, pm->user_id);
    if (rc == 0 && load_list(viewer, id, &l) == 0 && db_begin() == 0)
        rc = db_finish(requisition_send(viewer, &l, to, "Line 3 is nearly out of cut-resistant gloves and ear plugs. "
                                        "Could you order these before Monday's shift?", &rid, msg, sizeof msg) == 0,
                       "seed-demo: requisition") ? 0 : -1;
    else
        rc = -1;
    clock_replay_end();
    return rc;
}

int seed_demo_lists(void)
{
    struct actor derek, pm, viewer;
    int64_t today = clock_now() / DAY;
    if (member_actor("d.kowalski@acme.test", &derek) != 0 || member_actor("purchasing@acme.test", &pm) != 0
        || member_actor("t.washington@acme.test", &viewer) != 0)
        return -1;
    int rc = weekly_janitorial(&derek, today);
    if (rc == 0) rc = new_site_kit(&pm, today);
    if (rc == 0) rc = open_requisition(&viewer, &pm, today);
    clock_replay_end();
    if (rc == 0)
        fprintf(stderr, "seed-demo: shopping lists: a weekly janitorial schedule with 4 runs, the New site kit "
                        "template, an open requisition\n");
    return rc;
}
