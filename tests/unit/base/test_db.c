/* The step helpers of base/db.h on a database in memory: db_step_done
 * (a write) and db_step_exists (is there a row), each stepping once and
 * resetting, so that no statement is left holding a read snapshot, while
 * an error's code and message, the changes and the new row's id stay for
 * the caller to read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "base/db.h"

DB_STATEMENT(insert_name, "INSERT INTO t (name) VALUES (?1)");
DB_STATEMENT(rename_all, "UPDATE t SET name = name || '!'");
DB_STATEMENT(name_known, "SELECT 1 FROM t WHERE name = ?1 LIMIT 1");
DB_STATEMENT(absolute, "SELECT abs(?1)");

static int setup(void **state)
{
    (void)state;
    if (db_open(":memory:") != 0) return -1;
    return db_exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
}

static int teardown(void **state)
{
    (void)state;
    db_close();
    return 0;
}

static sqlite3_stmt *insert(const char *name)
{
    sqlite3_stmt *q = db_use(&insert_name);
    assert_non_null(q);
    db_bind_text(q, 1, name);
    return q;
}

static void step_done_runs_a_write(void **state)
{
    (void)state;
    sqlite3_stmt *q = insert("a");
    assert_int_equal(db_step_done(q), 0);
    assert_false(sqlite3_stmt_busy(q));
    assert_int_equal(sqlite3_last_insert_rowid(db_handle()), 1);
    assert_int_equal(db_step_done(insert("b")), 0);

    q = db_use(&rename_all);
    assert_non_null(q);
    assert_int_equal(db_step_done(q), 0);
    assert_int_equal(sqlite3_changes(db_handle()), 2);
}

static void step_done_error_keeps_its_message(void **state)
{
    (void)state;
    sqlite3_stmt *q = insert("c");
    assert_int_equal(db_step_done(q), 0);
    q = insert("c");
    assert_int_equal(db_step_done(q), -1);
    assert_false(sqlite3_stmt_busy(q));
    assert_int_equal(sqlite3_errcode(db_handle()), SQLITE_CONSTRAINT);
    assert_non_null(strstr(db_error(), "UNIQUE constraint failed: t.name"));
}

static void step_done_on_a_row_is_an_error(void **state)
{
    (void)state;
    sqlite3_stmt *q = db_use(&absolute);
    assert_non_null(q);
    sqlite3_bind_int64(q, 1, -5);
    assert_int_equal(db_step_done(q), -1);
    assert_false(sqlite3_stmt_busy(q));
}

static void step_exists_answers_1_0_and_leaves_no_reader(void **state)
{
    (void)state;
    assert_int_equal(db_step_done(insert("d")), 0);

    sqlite3_stmt *q = db_use(&name_known);
    assert_non_null(q);
    db_bind_text(q, 1, "d");
    assert_int_equal(db_step_exists(q), 1);
    assert_false(sqlite3_stmt_busy(q));

    q = db_use(&name_known);
    db_bind_text(q, 1, "nobody");
    assert_int_equal(db_step_exists(q), 0);
    assert_false(sqlite3_stmt_busy(q));

    /* what the reset spares: a stepped row not reset holds a reader */
    q = db_use(&name_known);
    db_bind_text(q, 1, "d");
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_true(sqlite3_stmt_busy(q));
    sqlite3_reset(q);
}

static void step_exists_error_is_minus_1(void **state)
{
    (void)state;
    sqlite3_stmt *q = db_use(&absolute);
    assert_non_null(q);
    sqlite3_bind_int64(q, 1, INT64_MIN);   /* abs() of it overflows: an error at the step */
    assert_int_equal(db_step_exists(q), -1);
    assert_false(sqlite3_stmt_busy(q));
    assert_non_null(strstr(db_error(), "integer overflow"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(step_done_runs_a_write, setup, teardown),
        cmocka_unit_test_setup_teardown(step_done_error_keeps_its_message, setup, teardown),
        cmocka_unit_test_setup_teardown(step_done_on_a_row_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(step_exists_answers_1_0_and_leaves_no_reader, setup, teardown),
        cmocka_unit_test_setup_teardown(step_exists_error_is_minus_1, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
