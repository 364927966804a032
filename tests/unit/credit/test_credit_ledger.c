/* The credit ledger on the seeded demo (made by the same functions as the
 * portal): every running figure recomputed from scratch equals the one
 * stored on its row, invoices' paid amounts equal their allocations, the
 * balance equals what the open invoices say, the ledger refuses updates
 * and deletes, and an order's moves reserve, invoice and release. */
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
#include "base/config.h"
#include "base/db.h"
#include "credit/credit.h"
#include "seed/seed.h"
#include "web/app.h"
#include "web/auth.h"

static char dir[] = "/tmp/buyerdesk-credit-XXXXXX";

static int64_t one_int(const char *sql, int64_t a)
{
    sqlite3_stmt *st = NULL;
    int64_t out = -1;
    if (sqlite3_prepare_v2(db_handle(), sql, -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_int64(st, 1, a);
    if (sqlite3_step(st) == SQLITE_ROW) out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return out;
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
    return 0;
}

static int teardown(void **state)
{
    (void)state;
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

static struct credit_ledger_row rows[200];

/* Recomputes the company's figures row by row; returns how many rows. */
static int recompute(int64_t company_id, struct credit_figures *end)
{
    struct credit_figures f = { 0 };
    int64_t after = 0;
    int total = 0, n;
    while ((n = store_credit_ledger_rows(company_id, after, rows, 200)) > 0) {
        for (int i = 0; i < n; i++) {
            enum credit_kind k;
            assert_int_equal(credit_kind_parse(rows[i].kind, &k), 0);
            assert_int_equal(credit_apply(&f, k, rows[i].amount), 0);
            assert_int_equal(f.balance, rows[i].after.balance);
            assert_int_equal(f.reserved, rows[i].after.reserved);
            assert_int_equal(f.limit, rows[i].after.limit);
            after = rows[i].id;
        }
        total += n;
    }
    assert_int_equal(n, 0);
    *end = f;
    return total;
}

static void running_figures_equal_a_recomputation(void **state)
{
    (void)state;
    int64_t companies[3];
    companies[0] = one_int("SELECT id FROM companies WHERE name = 'Acme Industrial Supply' AND ?1 = ?1", 0);
    companies[1] = one_int("SELECT id FROM companies WHERE name = 'Borealis Builders' AND ?1 = ?1", 0);
    companies[2] = one_int("SELECT id FROM companies WHERE name = 'Ridgeline Fabrication' AND ?1 = ?1", 0);
    for (int c = 0; c < 3; c++) {
        struct credit_figures f, last;
        int n = recompute(companies[c], &f);
        assert_true(n >= 1);
        assert_int_equal(store_credit_last(companies[c], &last), 1);
        assert_memory_equal(&f, &last, sizeof f);
        /* The balance is what the invoices still say is owed. */
        assert_int_equal(f.balance, one_int("SELECT COALESCE(SUM(amount_cents - paid_cents), 0) FROM invoices"
                                            " WHERE company_id = ?1", companies[c]));
        /* Reserved is what the open on-account orders hold, less what is invoiced. */
        assert_int_equal(f.reserved, one_int("SELECT COALESCE(SUM(amount_cents), 0) FROM credit_ledger"
                                             " WHERE company_id = ?1 AND kind IN ('reservation', 'release')", companies[c]));
        assert_int_equal(f.limit, one_int("SELECT credit_limit_cents FROM credit_accounts WHERE company_id = ?1",
                                          companies[c]));
    }
    /* Every invoice's paid amount is what was allocated to it. */
    assert_int_equal(one_int("SELECT COUNT(*) FROM invoices i WHERE i.paid_cents <> (SELECT COALESCE(SUM(a.amount_cents), 0)"
                             " FROM credit_allocations a WHERE a.invoice_id = i.id) AND ?1 = ?1", 0), 0);
    /* Acme: invoices, a payment, a credit note, something overdue. */
    int64_t acme = companies[0];
    assert_true(one_int("SELECT COUNT(*) FROM invoices WHERE company_id = ?1", acme) > 10);
    assert_true(one_int("SELECT COUNT(*) FROM credit_ledger WHERE company_id = ?1 AND kind = 'payment'", acme) > 5);
    assert_int_equal(one_int("SELECT COUNT(*) FROM credit_ledger WHERE company_id = ?1 AND kind = 'credit_note'", acme), 1);
    struct credit_summary s;
    assert_int_equal(credit_summary_of(acme, clock_now() / 86400, &s), 1);
    assert_true(s.overdue > 0);
    assert_int_equal(s.available, s.figures.limit - s.figures.balance - s.figures.reserved);
    /* Ridgeline is on hold. */
    assert_int_equal(credit_summary_of(companies[2], clock_now() / 86400, &s), 1);
    assert_int_equal(s.account.on_hold, 1);
}

static void the_ledger_is_append_only(void **state)
{
    (void)state;
    assert_int_not_equal(db_exec("UPDATE credit_ledger SET amount_cents = 0"), 0);
    assert_int_not_equal(db_exec("DELETE FROM credit_ledger"), 0);
    assert_true(one_int("SELECT COUNT(*) FROM credit_ledger WHERE amount_cents = 0 AND kind <> 'limit' AND ?1 = ?1", 0) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(running_figures_equal_a_recomputation),
        cmocka_unit_test(the_ledger_is_append_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
