/* When a periodic job runs (jobs/job_schedule.h): due, waiting, catching
 * up once after downtime, skipping missed slots when it may not catch up,
 * a clock set back; and the wording of durations and intervals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "jobs/job_schedule.h"

#define T0 INT64_C(1795305600)   /* 2026-11-22 00:00:00 UTC */
#define TEN_MIN 600

static enum job_due due(int64_t next, int64_t now, int interval, int catch_up, int64_t *skip_to)
{
    int64_t ignored;
    return job_due(next, now, interval, catch_up, skip_to ? skip_to : &ignored);
}

static void waits_until_due_then_runs(void **state)
{
    (void)state;
    assert_int_equal(due(T0, T0 - 1, TEN_MIN, 1, NULL), JOB_WAIT);
    assert_int_equal(due(T0, T0 - TEN_MIN, TEN_MIN, 1, NULL), JOB_WAIT);
    assert_int_equal(due(T0, T0, TEN_MIN, 1, NULL), JOB_RUN);
    assert_int_equal(due(T0, T0 + 5, TEN_MIN, 1, NULL), JOB_RUN);
    assert_int_equal(due(T0, T0 - 1, TEN_MIN, 0, NULL), JOB_WAIT);
    assert_int_equal(due(T0, T0, TEN_MIN, 0, NULL), JOB_RUN);
}

/* Down for a day: a job that catches up runs once, and the next run is an
 * interval after that run, not after the slot it missed (which would make
 * it run again at once, 143 more times). */
static void catches_up_once_after_downtime(void **state)
{
    (void)state;
    int64_t now = T0 + 86400 + 17;
    assert_int_equal(due(T0, now, TEN_MIN, 1, NULL), JOB_RUN);
    int64_t next = job_next_run(now, TEN_MIN);
    assert_int_equal(next, now + TEN_MIN);
    assert_int_equal(due(next, now + 1, TEN_MIN, 1, NULL), JOB_WAIT);
    assert_int_equal(due(next, now + TEN_MIN - 1, TEN_MIN, 1, NULL), JOB_WAIT);
    assert_int_equal(due(next, now + TEN_MIN, TEN_MIN, 1, NULL), JOB_RUN);
}

/* A job that may not catch up still runs a little late (a busy runner),
 * but after a whole interval missed it drops the missed runs and keeps
 * its rhythm: the first slot after now. */
static void without_catch_up_skips_to_the_next_slot(void **state)
{
    (void)state;
    int64_t skip_to = 0;
    assert_int_equal(due(T0, T0 + TEN_MIN - 1, TEN_MIN, 0, &skip_to), JOB_RUN);
    assert_int_equal(due(T0, T0 + TEN_MIN, TEN_MIN, 0, &skip_to), JOB_SKIP);
    assert_int_equal(skip_to, T0 + 2 * TEN_MIN);
    assert_int_equal(due(T0, T0 + 3 * TEN_MIN + 42, TEN_MIN, 0, &skip_to), JOB_SKIP);
    assert_int_equal(skip_to, T0 + 4 * TEN_MIN);
    /* down a day: the next slot on the same grid */
    assert_int_equal(due(T0, T0 + 86400 + 1, 3600, 0, &skip_to), JOB_SKIP);
    assert_int_equal(skip_to, T0 + 86400 + 3600);
    /* the moved slot is then waited for and run */
    assert_int_equal(due(skip_to, skip_to - 1, 3600, 0, NULL), JOB_WAIT);
    assert_int_equal(due(skip_to, skip_to, 3600, 0, NULL), JOB_RUN);
}

/* Every pass: always due, and the next run is the last one's start. */
static void every_pass(void **state)
{
    (void)state;
    assert_int_equal(due(T0, T0, 0, 1, NULL), JOB_RUN);
    assert_int_equal(due(T0, T0 + 86400, 0, 0, NULL), JOB_RUN);
    assert_int_equal(job_next_run(T0, 0), T0);
    assert_int_equal(job_next_run(T0, -5), T0);
}

/* A next run more than an interval ahead means the clock went back (a
 * restored server, a test's pinned clock): run rather than wait for it. */
static void clock_set_back(void **state)
{
    (void)state;
    assert_int_equal(due(T0 + TEN_MIN, T0, TEN_MIN, 1, NULL), JOB_WAIT);
    assert_int_equal(due(T0 + TEN_MIN + 1, T0, TEN_MIN, 1, NULL), JOB_RUN);
    assert_int_equal(due(T0 + 365 * 86400, T0, TEN_MIN, 0, NULL), JOB_RUN);
    assert_int_equal(due(T0 + 1, T0, 0, 1, NULL), JOB_RUN);
}

static void expect_duration(int64_t ms, const char *want)
{
    char out[32];
    job_format_duration(ms, out, sizeof out);
    assert_string_equal(out, want);
}

static void expect_interval(int interval, const char *want)
{
    char out[32];
    job_format_interval(interval, out, sizeof out);
    assert_string_equal(out, want);
}

static void durations_and_intervals_for_people(void **state)
{
    (void)state;
    expect_duration(0, "0 ms");
    expect_duration(999, "999 ms");
    expect_duration(4250, "4.2 s");
    expect_duration(185000, "3 min 5 s");
    expect_duration(-3, "0 ms");
    expect_interval(0, "every pass");
    expect_interval(45, "every 45 s");
    expect_interval(600, "every 10 min");
    expect_interval(6 * 3600, "every 6 h");
    expect_interval(90, "every 90 s");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(waits_until_due_then_runs),
        cmocka_unit_test(catches_up_once_after_downtime),
        cmocka_unit_test(without_catch_up_skips_to_the_next_slot),
        cmocka_unit_test(every_pass),
        cmocka_unit_test(clock_set_back),
        cmocka_unit_test(durations_and_intervals_for_people),
    };
    return cmocka_run_group_tests_name("job_schedule", tests, NULL, NULL);
}
