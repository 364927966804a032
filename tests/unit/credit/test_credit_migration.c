/* sql/018_credit.sql on a database that already has customers: companies
 * with a limit above zero get a credit account whose terms are read from
 * their payment_terms text ("Net 45"; "2% 10 Net 30" keeps its text as a
 * note; anything else is net 30, flagged for staff), an opening ledger row
 * with the limit, and none for a company without a limit (it pays in
 * advance). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/db.h"

static char dir[] = "/tmp/buyerdesk-credit-migration-XXXXXX";
static char before[PATH_MAX];

static const char *one(const char *sql, const char *name)
{
    static char out[256];
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    assert_int_equal(sqlite3_prepare_v2(db_handle(), sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir)) return -1;
    /* The migrations before credit, then customers, then the rest. */
    snprintf(before, sizeof before, "%s/sql", dir);
    if (mkdir(before, 0700) != 0) return -1;
    for (int n = 1; n <= 17; n++) {
        char pattern[64], cmd[PATH_MAX * 2];
        snprintf(pattern, sizeof pattern, "%03d_*.sql", n);
        snprintf(cmd, sizeof cmd, "cp %s/sql/%s %s/", BUYERDESK_SOURCE_DIR, pattern, before);
        if (system(cmd) != 0) return -1;
    }
    char db[PATH_MAX];
    snprintf(db, sizeof db, "%s/buyerdesk.db", dir);
    if (db_open(db) != 0 || db_migrate(before) != 0) return -1;
    return db_exec("INSERT INTO companies (name, status, payment_terms, currency, credit_limit_cents, created_at) VALUES"
                   " ('Net Co', 'active', 'Net 45', 'USD', 2500000, 1000),"
                   " ('Lower Co', 'active', 'net 60', 'USD', 100000, 1000),"
                   " ('Discount Co', 'active', '2% 10 Net 30', 'USD', 500000, 1000),"
                   " ('Cash Co', 'active', 'COD', 'USD', 300000, 1000),"
                   " ('Prepaid Co', 'active', 'Prepaid', 'USD', 0, 1000)") == 0
               && db_migrate(BUYERDESK_SOURCE_DIR "/sql") == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    db_close();
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

#define ACCOUNT "SELECT a.terms_kind || ' ' || a.terms_days || '|' || a.terms_note || '|' || a.terms_unmapped || '|' ||" \
    " a.credit_limit_cents FROM credit_accounts a JOIN companies c ON c.id = a.company_id WHERE c.name = ?1"

static void payment_terms_text_becomes_structured_terms(void **state)
{
    (void)state;
    assert_string_equal(one(ACCOUNT, "Net Co"), "net 45||0|2500000");
    assert_string_equal(one(ACCOUNT, "Lower Co"), "net 60||0|100000");
    assert_string_equal(one(ACCOUNT, "Discount Co"), "net 30|2% 10 Net 30|0|500000");
    assert_string_equal(one(ACCOUNT, "Cash Co"), "net 30|COD|1|300000");
    assert_string_equal(one(ACCOUNT, "Prepaid Co"), "");   /* no limit: no account, pays in advance */
}

static void each_account_opens_its_ledger_with_the_limit(void **state)
{
    (void)state;
    assert_string_equal(one("SELECT group_concat(kind || ' ' || amount_cents || ' ' || limit_after, ',') FROM credit_ledger l"
                            " JOIN companies c ON c.id = l.company_id WHERE c.name = ?1", "Net Co"),
                        "limit 2500000 2500000");
    assert_string_equal(one("SELECT COUNT(*) FROM credit_ledger WHERE ?1 = ?1", "x"), "4");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(payment_terms_text_becomes_structured_terms),
        cmocka_unit_test(each_account_opens_its_ledger_with_the_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
