/* The staff scope: who reaches which companies (every company, an account
 * manager's own plus applications, or nothing), and its SQL tests on a
 * small in-memory table, including the refusals of staff_scope_bind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/actor.h"
#include "base/staff_scope.h"
#include "base/staff_scope_store.h"

static struct actor staff(int64_t user_id, int managed_only)
{
    struct actor a = actor_system("Staff");
    a.kind = ACTOR_STAFF;
    a.user_id = user_id;
    a.managed_companies_only = managed_only;
    return a;
}

static void scope_of_actors(void **state)
{
    (void)state;
    struct staff_scope s = staff_scope_of(&(struct actor){ .kind = ACTOR_STAFF, .user_id = 7 });
    assert_int_equal(s.all_companies, 1);

    struct actor manager = staff(7, 1);
    s = staff_scope_of(&manager);
    assert_int_equal(s.all_companies, 0);
    assert_int_equal(s.manager_id, 7);

    /* Anyone else reaches nothing through the back office's functions,
     * whatever their fields say. */
    struct actor member = actor_member(7, 3, ~0u, "Ben");
    member.managed_companies_only = 0;
    s = staff_scope_of(&member);
    assert_int_equal(s.all_companies, 0);
    assert_int_equal(s.manager_id, 0);
    struct actor job = actor_system("Import");
    s = staff_scope_of(&job);
    assert_int_equal(s.all_companies, 0);
    assert_int_equal(s.manager_id, 0);
    s = staff_scope_of(NULL);
    assert_int_equal(s.all_companies, 0);
    assert_int_equal(s.manager_id, 0);

    /* A manager without an id is nobody, not everybody. */
    struct actor nobody = staff(0, 1);
    s = staff_scope_of(&nobody);
    assert_int_equal(s.all_companies, 0);
    assert_int_equal(s.manager_id, 0);
    assert_int_equal(staff_scope_managed_by(-4).manager_id, 0);
    assert_int_equal(staff_scope_all().all_companies, 1);
}

static sqlite3 *db;

static int open_db(void **state)
{
    (void)state;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return -1;
    /* 1 and 2 are managed by 7 and 8; 3 is an application; 4 has no manager. */
    return sqlite3_exec(db,
        "CREATE TABLE companies (id INTEGER PRIMARY KEY, account_manager_id INTEGER, status TEXT NOT NULL);"
        "INSERT INTO companies VALUES (1, 7, 'active'), (2, 8, 'blocked'), (3, NULL, 'pending'), (4, NULL, 'active');"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, company_id INTEGER);"
        "INSERT INTO notes VALUES (10, 1), (20, 2), (30, 3), (40, 4), (50, NULL);",
        NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int close_db(void **state)
{
    (void)state;
    sqlite3_close(db);
    return 0;
}

/* The ids sql finds with the scope bound ("" none; "unbound" without a scope). */
static const char *reached(const char *sql, const struct staff_scope *scope)
{
    static char out[128];
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
    if (scope) assert_int_equal(staff_scope_bind(q, scope), 0);
    out[0] = '\0';
    while (sqlite3_step(q) == SQLITE_ROW) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%lld", n ? "," : "", (long long)sqlite3_column_int64(q, 0));
    }
    sqlite3_finalize(q);
    return out;
}

#define COMPANIES "SELECT c.id FROM companies c WHERE" STAFF_SCOPE_COMPANY("c") " ORDER BY c.id"
#define NOTES "SELECT n.id FROM notes n WHERE" STAFF_SCOPE_COMPANY_ID("n.company_id") " ORDER BY n.id"

static void the_sql_reaches_the_scope(void **state)
{
    (void)state;
    struct staff_scope all = staff_scope_all(), seven = staff_scope_managed_by(7), nobody = { 0 };
    assert_string_equal(reached(COMPANIES, &all), "1,2,3,4");
    assert_string_equal(reached(COMPANIES, &seven), "1,3");          /* its own, and the application */
    assert_string_equal(reached(COMPANIES, &nobody), "");
    assert_string_equal(reached(COMPANIES, NULL), "");               /* unbound: nothing */
    assert_string_equal(reached(NOTES, &all), "10,20,30,40,50");     /* about no company: every company's only */
    assert_string_equal(reached(NOTES, &seven), "10,30");
    assert_string_equal(reached(NOTES, &nobody), "");
    assert_string_equal(reached(NOTES, NULL), "");
}

/* A statement keeps its own numbering wherever the test stands. */
static void numbered_parameters_keep_their_places(void **state)
{
    (void)state;
    struct staff_scope seven = staff_scope_managed_by(7);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT c.id FROM companies c WHERE" STAFF_SCOPE_COMPANY("c")
                                            " AND c.id >= ?1 AND c.status = :status ORDER BY c.id LIMIT ?2",
                                        -1, &q, NULL), SQLITE_OK);
    assert_int_equal(staff_scope_bind(q, &seven), 0);
    sqlite3_bind_int(q, 1, 2);
    sqlite3_bind_int(q, 2, 5);
    sqlite3_bind_text(q, sqlite3_bind_parameter_index(q, ":status"), "pending", -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int64(q, 0), 3);
    assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    sqlite3_finalize(q);
}

static int binds(const char *sql, const struct staff_scope *scope)
{
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
    int rc = staff_scope_bind(q, scope);
    sqlite3_finalize(q);
    return rc;
}

static void bind_refuses_statements_it_cannot_scope(void **state)
{
    (void)state;
    struct staff_scope all = staff_scope_all();
    assert_int_equal(binds(COMPANIES, &all), 0);
    assert_int_equal(binds(COMPANIES, NULL), -1);
    assert_int_equal(staff_scope_bind(NULL, &all), -1);
    /* no scope test: it would read every company */
    assert_int_equal(binds("SELECT id FROM companies WHERE id = ?1", &all), -1);
    /* a bare "?" after the test is numbered after the scope's parameters */
    assert_int_equal(binds("SELECT c.id FROM companies c WHERE" STAFF_SCOPE_COMPANY("c") " LIMIT ?", &all), -1);
    /* many named parameters before the test took ?61 for themselves */
    char sql[4096] = "SELECT c.id FROM companies c WHERE 1";
    for (int i = 1; i <= 61; i++) {
        size_t n = strlen(sql);
        snprintf(sql + n, sizeof sql - n, " AND :p%d IS NULL", i);
    }
    strcat(sql, " AND" STAFF_SCOPE_COMPANY("c"));
    assert_int_equal(binds(sql, &all), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scope_of_actors),
        cmocka_unit_test(the_sql_reaches_the_scope),
        cmocka_unit_test(numbered_parameters_keep_their_places),
        cmocka_unit_test(bind_refuses_statements_it_cannot_scope),
    };
    return cmocka_run_group_tests(tests, open_db, close_db);
}
