/* Placing and moving orders without a browser: checkout_place() and
 * order_move() called with actors and plain data, no HTTP request at all,
 * on a freshly seeded demo database (the same data `seed-demo` writes);
 * and the order, step and log reads each scoped to the company they name,
 * the back office's to the staff scope. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/actor.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/permissions.h"
#include "base/staff_scope.h"
#include "checkout/checkout.h"
#include "audit/audit_store.h"
#include "orders/approval_steps_store.h"
#include "orders/order_detail_store.h"
#include "orders/order_move.h"
#include "seed/seed.h"
#include "web/app.h"
#include "web/auth.h"

static char dir[] = "/tmp/buyerdesk-place-XXXXXX";
static struct checkout co;
static int64_t acme, ben;
static unsigned ben_permissions;

/* One value of one row, as text ("" when none). */
static const char *one(const char *sql, int64_t a, const char *b)
{
    static char out[512];
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    assert_int_equal(sqlite3_prepare_v2(db_handle(), sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_int64(st, 1, a);
    if (b) sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

static const char *form_error_for(const struct form_errors *e, const char *field)
{
    for (int i = 0; i < e->count; i++)
        if (strcmp(e->items[i].field, field) == 0) return e->items[i].message;
    return NULL;
}

static int64_t one_int(const char *sql, int64_t a, const char *b)
{
    return strtoll(one(sql, a, b), NULL, 10);
}

static int setup(void **state)
{
    (void)state;
    char err[256];
    if (!mkdtemp(dir)) return -1;
    if (config_load(NULL, &app.cfg, err, sizeof err) != 0 || clock_init(err, sizeof err) != 0) return -1;
    snprintf(app.cfg.data_dir, sizeof app.cfg.data_dir, "%s", dir);
    snprintf(app.cfg.database, sizeof app.cfg.database, "%s/buyerdesk.db", dir);
    snprintf(app.cfg.templates_dir, sizeof app.cfg.templates_dir, "%s/templates", BUYERDESK_SOURCE_DIR);
    if (auth_init(1) != 0 || db_open(app.cfg.database) != 0) return -1;
    if (db_migrate(BUYERDESK_SOURCE_DIR "/sql") != 0 || seed_demo_all(app.cfg.templates_dir) != 0) return -1;
    if (tpl_load_all(app.cfg.templates_dir) != 0) return -1;   /* the confirmation mail */
    ben = one_int("SELECT id FROM users WHERE email = 'buyer@acme.test' AND ?1 = ?1", 0, NULL);
    acme = one_int("SELECT company_id FROM memberships WHERE user_id = ?1 AND status = 'active'", ben, NULL);
    ben_permissions = (unsigned)one_int("SELECT r.permissions FROM memberships m JOIN roles r ON r.id = m.role_id"
                                        " WHERE m.user_id = ?1 AND m.status = 'active'", ben, NULL);
    return ben > 0 && acme > 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tpl_shutdown();
    db_close();
    char path[512];
    const char *files[] = { "buyerdesk.db", "buyerdesk.db-wal", "buyerdesk.db-shm" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

/* The member's own choices as checkout offers them: default ship-to and
 * bill-to, the first shipping method offered, on account. */
static void choices(const struct actor *who, struct checkout_input *in, char ids[3][24])
{
    assert_int_equal(checkout_load(who, &co), 0);
    assert_string_equal(co.cart_problem, "");
    assert_true(co.default_ship >= 0 && co.default_bill >= 0);
    snprintf(ids[0], sizeof ids[0], "%lld", (long long)co.ship[co.default_ship]->id);
    snprintf(ids[1], sizeof ids[1], "%lld", (long long)co.bill[co.default_bill]->id);
    for (int i = 0; i < co.n_methods; i++)
        if (co.method_offered[i]) {
            snprintf(ids[2], sizeof ids[2], "%lld", (long long)co.methods[i].id);
            break;
        }
    *in = (struct checkout_input){ .ship_to = ids[0], .bill_to = ids[1], .shipping_method = ids[2],
                                   .po_number = "REORDER-7", .payment_method = "on_account" };
}

static void refuses_who_may_not_order(void **state)
{
    (void)state;
    struct checkout_input in = { 0 };
    char number[32], refusal[256];
    struct actor staff = actor_system("Staff");
    staff.kind = ACTOR_STAFF;
    staff.user_id = 1;
    staff.company_id = acme;
    staff.permissions = PERM_PLACE_ORDERS;
    assert_int_equal(checkout_place(&staff, &in, &co, NULL, number, sizeof number, refusal, sizeof refusal),
                     SUBMIT_REFUSED);
    struct actor nobody = actor_system("Nightly job");
    assert_int_equal(checkout_place(&nobody, &in, &co, NULL, number, sizeof number, refusal, sizeof refusal),
                     SUBMIT_REFUSED);
    struct actor no_permission = actor_job_for_member(ben, acme, 0, "Scheduled reorder");
    assert_int_equal(checkout_place(&no_permission, &in, &co, NULL, number, sizeof number, refusal, sizeof refusal),
                     SUBMIT_REFUSED);
    assert_true(strstr(refusal, "may place orders") != NULL);
}

static void bad_choices_are_errors_not_orders(void **state)
{
    (void)state;
    struct actor job = actor_job_for_member(ben, acme, ben_permissions, "Scheduled reorder");
    int64_t orders = one_int("SELECT COUNT(*) FROM orders WHERE company_id = ?1", acme, NULL);
    struct checkout_input in;
    char ids[3][24], number[32], refusal[256];
    choices(&job, &in, ids);
    in.ship_to = "999999";                  /* not an address of this member's */
    in.payment_method = "<script>";
    assert_int_equal(checkout_place(&job, &in, &co, NULL, number, sizeof number, refusal, sizeof refusal),
                     SUBMIT_INVALID);
    assert_non_null(form_error_for(&co.errors, "ship_to"));
    assert_non_null(form_error_for(&co.errors, "payment_method"));
    assert_int_equal(one_int("SELECT COUNT(*) FROM orders WHERE company_id = ?1", acme, NULL), orders);
}

static void a_job_places_the_order_of_a_member(void **state)
{
    (void)state;
    struct actor job = actor_job_for_member(ben, acme, ben_permissions, "Scheduled reorder");
    struct checkout_input in;
    char ids[3][24], number[32], again[32], refusal[256];
    choices(&job, &in, ids);
    int64_t total = 0;
    struct checkout_place_options opt = { .submit_key = "reorder-key-1", .reviewed_total = -1 };
    enum checkout_place_result r = checkout_place(&job, &in, &co, &opt, number, sizeof number, refusal, sizeof refusal);
    assert_int_equal(r, SUBMIT_PLACED);
    total = co.total;
    assert_true(strncmp(number, "SO-", 3) == 0);

    /* The order: the member's, with the figures checkout worked out. */
    int64_t id = one_int("SELECT id FROM orders WHERE number = ?2 AND company_id = ?1", acme, number);
    assert_true(id > 0);
    assert_int_equal(one_int("SELECT placed_by_user_id FROM orders WHERE id = ?1", id, NULL), ben);
    assert_int_equal(one_int("SELECT total_cents FROM orders WHERE id = ?1", id, NULL), total);
    assert_string_equal(one("SELECT po_number FROM orders WHERE id = ?1", id, NULL), "REORDER-7");
    const char *status = one("SELECT status FROM orders WHERE id = ?1", id, NULL);
    assert_true(strcmp(status, "approved") == 0 || strcmp(status, "pending_approval") == 0);

    /* order_move wrote the rest: the timeline names the job, the audit log
     * the job as a system actor, the member has the confirmation, the cart is empty. */
    assert_string_equal(one("SELECT actor_label || '|' || from_status FROM order_events WHERE order_id = ?1", id, NULL),
                        "Scheduled reorder|");
    assert_string_equal(one("SELECT actor_kind || '|' || actor_name FROM audit_log"
                            " WHERE company_id = ?1 AND action = 'order.placed' AND subject = ?2", acme, number),
                        "system|Scheduled reorder");
    assert_int_equal(one_int("SELECT COUNT(*) FROM outbox WHERE template = 'order_confirmation' AND user_id = ?1"
                             " AND subject LIKE '%' || ?2 || '%'", ben, number), 1);
    assert_int_equal(one_int("SELECT COUNT(*) FROM cart_items WHERE user_id = ?1", ben, NULL), 0);

    /* Credit: the order on account holds its total, whoever placed it. */
    assert_int_equal(one_int("SELECT SUM(amount_cents) FROM credit_ledger WHERE order_id = ?1 AND kind = 'reservation'",
                             id, NULL), total);

    /* The same key again finds the same order; a new key finds an empty cart. */
    assert_int_equal(checkout_place(&job, &in, &co, &opt, again, sizeof again, refusal, sizeof refusal), SUBMIT_EXISTING);
    assert_string_equal(again, number);
    opt.submit_key = "reorder-key-2";
    assert_int_equal(checkout_place(&job, &in, &co, &opt, again, sizeof again, refusal, sizeof refusal), SUBMIT_CART);

    /* Rejected (it waited for approval) or cancelled: the reservation is released, once. */
    struct actor erp = actor_system("ERP events");
    char was[32];
    snprintf(was, sizeof was, "%s", one("SELECT status FROM orders WHERE id = ?1", id, NULL));
    struct order_ref ref = { .id = id, .company_id = acme, .number = number, .status = was };
    int waited = strcmp(was, "pending_approval") == 0;
    struct order_move end = { .to = waited ? "rejected" : "cancelled", .cancel_reason = "Test", .action = "order.cancelled" };
    assert_int_equal(db_begin(), 0);
    assert_int_equal(order_move(&erp, &ref, &end), ORDER_MOVED);
    assert_int_equal(db_commit(), 0);
    assert_int_equal(one_int("SELECT SUM(amount_cents) FROM credit_ledger WHERE order_id = ?1", id, NULL), 0);
    assert_int_equal(one_int("SELECT COUNT(*) FROM credit_ledger WHERE order_id = ?1 AND kind = 'release'", id, NULL), 1);
}

static void order_move_checks_the_lifecycle_and_the_status_seen(void **state)
{
    (void)state;
    /* Any company's approved order (the demo has some in every run). */
    char number[32] = "";
    snprintf(number, sizeof number, "%s",
             one("SELECT number FROM orders WHERE status = 'approved' AND ?1 = ?1 ORDER BY id DESC", 0, NULL));
    assert_true(number[0] != '\0');
    int64_t id = one_int("SELECT id FROM orders WHERE number = ?2 AND ?1 = ?1", 0, number);
    int64_t company = one_int("SELECT company_id FROM orders WHERE id = ?1", id, NULL);
    struct actor erp = actor_system("ERP events");
    struct order_ref order = { .id = id, .company_id = company, .number = number, .status = "approved" };

    struct order_move skip = { .to = "delivered", .action = "order.status_changed" };
    assert_int_equal(order_move(&erp, &order, &skip), ORDER_MOVE_REFUSED);     /* not the next step */
    struct order_ref elsewhere = order;
    elsewhere.company_id = company + 1000;                                        /* another company's id */
    struct order_move process = { .to = "processing", .note = "Picked", .action = "order.status_changed" };
    assert_int_equal(db_begin(), 0);
    assert_int_equal(order_move(&erp, &elsewhere, &process), ORDER_MOVE_STALE);
    elsewhere.company_id = 0;                                                     /* no company: none, not any */
    assert_int_equal(order_move(&erp, &elsewhere, &process), ORDER_MOVE_STALE);
    assert_int_equal(order_move(&erp, &order, &process), ORDER_MOVED);
    assert_int_equal(order_move(&erp, &order, &process), ORDER_MOVE_STALE);     /* moved already */
    assert_int_equal(db_commit(), 0);
    assert_string_equal(one("SELECT status FROM orders WHERE id = ?1", id, NULL), "processing");
    assert_string_equal(one("SELECT from_status || '>' || to_status || '|' || actor_label || '|' || note"
                            "  FROM order_events WHERE order_id = ?1 ORDER BY id DESC", id, NULL),
                        "approved>processing|ERP events|Picked");

    /* The ERP may report a later state at once; never an earlier one. */
    struct order_ref now_processing = order;
    now_processing.status = "processing";
    struct order_move back = { .to = "approved", .jump = 1 };
    assert_int_equal(order_move(&erp, &now_processing, &back), ORDER_MOVE_REFUSED);
    int withdrawn = -1;
    struct order_move cancel = { .to = "cancelled", .cancel_reason = "Duplicate", .action = "order.cancelled",
                                 .withdrawn = &withdrawn };
    assert_int_equal(db_begin(), 0);
    assert_int_equal(order_move(&erp, &now_processing, &cancel), ORDER_MOVED);
    assert_int_equal(db_commit(), 0);
    assert_int_equal(withdrawn, 0);
    assert_string_equal(one("SELECT status || '|' || cancel_reason FROM orders WHERE id = ?1", id, NULL),
                        "cancelled|Duplicate");
}

/* A company_id reads that company's rows only: 0 or another company's id
 * finds nothing; every company's rows are the back office's store_bo_*,
 * with a scope of every company. */
static void a_company_id_reads_that_company_only(void **state)
{
    (void)state;
    int64_t order = one_int("SELECT order_id FROM approval_steps WHERE company_id = ?1 ORDER BY id", acme, NULL);
    char number[32];
    snprintf(number, sizeof number, "%s", one("SELECT number FROM orders WHERE id = ?1", order, NULL));
    int64_t other = one_int("SELECT id FROM companies WHERE id <> ?1 ORDER BY id", acme, NULL);
    struct order_header o;
    assert_int_equal(store_order_get(acme, number, &o), 1);
    assert_int_equal(store_order_get(other, number, &o), 0);
    assert_int_equal(store_order_get(0, number, &o), 0);
    memset(&o, 0, sizeof o);
    struct staff_scope all = staff_scope_all();
    assert_int_equal(store_bo_order_get(&all, number, &o), 1);
    assert_int_equal(o.company_id, acme);

    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    assert_true(store_approval_order_steps(acme, order, steps, APPROVAL_ORDER_STEPS_MAX) > 0);
    assert_int_equal(store_approval_order_steps(other, order, steps, APPROVAL_ORDER_STEPS_MAX), 0);
    assert_int_equal(store_approval_order_steps(0, order, steps, APPROVAL_ORDER_STEPS_MAX), 0);

    int64_t entries = one_int("SELECT COUNT(*) FROM audit_log WHERE company_id = ?1", acme, NULL);
    assert_true(entries > 0);
    assert_int_equal(store_audit_count(acme), entries);
    assert_int_equal(store_activity_count(acme, ""), entries);
    assert_int_equal(store_audit_count(0), 0);
    assert_int_equal(store_activity_count(0, ""), 0);
    static struct audit_entry rows[4];
    assert_int_equal(store_audit_list(0, 0, rows, 4), 0);
    assert_int_equal(store_activity_list(0, "", 0, rows, 4), 0);
    assert_int_equal(store_bo_activity_count(&all, 0, ""),
                     one_int("SELECT COUNT(*) FROM audit_log WHERE ?1 = ?1", 0, NULL));
    assert_int_equal(store_bo_activity_list(&all, 0, "", 0, rows, 4), 4);
}

/* An account manager's scope reaches the companies they manage (and
 * applications): another manager's company's order and log are not found,
 * as if they did not exist; the empty scope reaches nothing. */
static void a_staff_scope_reaches_its_companies_only(void **state)
{
    (void)state;
    int64_t manager = one_int("SELECT account_manager_id FROM companies WHERE id = ?1", acme, NULL);
    int64_t colleague = one_int("SELECT id FROM seller_staff s JOIN users u ON u.id = s.user_id"
                                " WHERE s.staff_role = 'account_manager' AND u.id <> ?1 ORDER BY u.id", manager, NULL);
    assert_true(manager > 0 && colleague > 0);
    struct staff_scope own = staff_scope_managed_by(manager), other = staff_scope_managed_by(colleague);
    struct staff_scope all = staff_scope_all(), nobody = { 0 };
    char number[32];
    snprintf(number, sizeof number, "%s",
             one("SELECT number FROM orders WHERE company_id = ?1 ORDER BY id", acme, NULL));
    struct order_header o;
    assert_int_equal(store_bo_order_get(&own, number, &o), 1);
    assert_int_equal(store_bo_order_get(&all, number, &o), 1);
    assert_int_equal(store_bo_order_get(&other, number, &o), 0);
    assert_int_equal(store_bo_order_get(&nobody, number, &o), 0);
    assert_int_equal(store_bo_order_get(NULL, number, &o), -1);

    int64_t entries = one_int("SELECT COUNT(*) FROM audit_log WHERE company_id = ?1", acme, NULL);
    assert_int_equal(store_bo_activity_count(&own, acme, ""), entries);
    assert_int_equal(store_bo_activity_count(&other, acme, ""), 0);
    assert_int_equal(store_bo_activity_count(&nobody, 0, ""), 0);
    /* without a company filter: the manager's companies and applications,
     * never an entry about no company */
    assert_int_equal(store_bo_activity_count(&own, 0, ""),
                     one_int("SELECT COUNT(*) FROM audit_log a JOIN companies c ON c.id = a.company_id"
                             " WHERE c.account_manager_id = ?1 OR c.status = 'pending'", manager, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(refuses_who_may_not_order),
        cmocka_unit_test(bad_choices_are_errors_not_orders),
        cmocka_unit_test(a_job_places_the_order_of_a_member),
        cmocka_unit_test(order_move_checks_the_lifecycle_and_the_status_seen),
        cmocka_unit_test(a_company_id_reads_that_company_only),
        cmocka_unit_test(a_staff_scope_reaches_its_companies_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
