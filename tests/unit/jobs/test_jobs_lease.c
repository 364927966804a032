/* Leases and runs of the jobs runner on a real SQLite database (a fresh
 * one in a temporary folder, migrated): the lease statements one by one
 * (jobs_store.h), then runs through jobs.h as the runner and
 * `jobs run NAME --once` make them: recorded outcomes, a held lease that
 * stops a run until it expires, catching up once, skipping without
 * catch-up, renewing and losing a lease mid-run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/config.h"
#include "base/db.h"
#include "jobs/jobs.h"
#include "jobs/jobs_store.h"

static char dir[] = "/tmp/buyerdesk-jobs-XXXXXX";
static char path[256];

#define T0 INT64_C(1795305600)

static void sql(const char *text)
{
    assert_int_equal(db_exec(text), 0);
}

static int64_t one_int(const char *query)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db_handle(), query, -1, &st, NULL), SQLITE_OK);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

static struct job_state state_of(const char *name)
{
    struct job_state s;
    assert_int_equal(store_job_get(name, &s), 1);
    return s;
}

static int setup(void **state)
{
    (void)state;
    char err[256];
    struct config cfg;
    if (!mkdtemp(dir)) return -1;
    if (config_load(NULL, &cfg, err, sizeof err) != 0 || clock_init(err, sizeof err) != 0) return -1;
    snprintf(path, sizeof path, "%s/buyerdesk.db", dir);
    if (db_open(path) != 0) return -1;
    return db_migrate(BUYERDESK_SOURCE_DIR "/sql");
}

static int teardown(void **state)
{
    (void)state;
    db_close();
    const char *suffixes[] = { "", "-wal", "-shm" };
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char file[300];
        snprintf(file, sizeof file, "%s%s", path, suffixes[i]);
        unlink(file);
    }
    rmdir(dir);
    return 0;
}

static int calls;                        /* runs of the test jobs below */

static int fresh(void **state)
{
    (void)state;
    calls = 0;
    return db_exec("DELETE FROM jobs");
}

/* --- the statements ---------------------------------------------------------- */

static void a_free_lease_is_taken_once_until_it_expires(void **state)
{
    (void)state;
    assert_int_equal(store_job_lease_take("sync", "a:1", T0, T0 + 300, INT64_MAX), 1);
    struct job_state s = state_of("sync");
    assert_string_equal(s.lease_holder, "a:1");
    assert_int_equal(s.lease_expires_at, T0 + 300);
    /* held: nobody else, not even its own holder a second time */
    assert_int_equal(store_job_lease_take("sync", "b:2", T0, T0 + 300, INT64_MAX), 0);
    assert_int_equal(store_job_lease_take("sync", "a:1", T0 + 1, T0 + 301, INT64_MAX), 0);
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 299, T0 + 599, INT64_MAX), 0);
    assert_string_equal(state_of("sync").lease_holder, "a:1");
    /* its holder died: at the expiry another runner takes it */
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 300, T0 + 600, INT64_MAX), 1);
    assert_string_equal(state_of("sync").lease_holder, "b:2");
    /* one job's lease is not another's */
    assert_int_equal(store_job_lease_take("other", "a:1", T0 + 300, T0 + 600, INT64_MAX), 1);
}

static void only_the_holder_renews_and_finishes(void **state)
{
    (void)state;
    assert_int_equal(store_job_lease_take("sync", "a:1", T0, T0 + 300, INT64_MAX), 1);
    assert_int_equal(store_job_lease_renew("sync", "b:2", T0 + 900), 0);
    assert_int_equal(store_job_lease_renew("sync", "a:1", T0 + 450), 1);
    assert_int_equal(state_of("sync").lease_expires_at, T0 + 450);
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 300, T0 + 600, INT64_MAX), 0);

    struct job_outcome o = { .started_at = T0, .duration_ms = 1234, .ok = 0, .error = "ERP down", .next_run_at = T0 + 600 };
    assert_int_equal(store_job_finish("sync", "b:2", &o), 0);
    assert_string_equal(state_of("sync").last_outcome, "");
    assert_int_equal(store_job_finish("sync", "a:1", &o), 1);
    struct job_state s = state_of("sync");
    assert_string_equal(s.lease_holder, "");
    assert_int_equal(s.lease_expires_at, 0);
    assert_int_equal(s.last_started_at, T0);
    assert_int_equal(s.last_duration_ms, 1234);
    assert_string_equal(s.last_outcome, "error");
    assert_string_equal(s.last_error, "ERP down");
    assert_int_equal(s.next_run_at, T0 + 600);
    /* given back: free at once, no need to wait for the expiry */
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 1, T0 + 301, INT64_MAX), 1);
}

/* Two runners saw the job due; the first ran it: the second's take must
 * fail although the lease is free, or the job would run twice. */
static void a_job_run_since_it_was_seen_due_is_not_taken(void **state)
{
    (void)state;
    struct job_outcome o = { .started_at = T0, .ok = 1, .error = "", .next_run_at = T0 + 600 };
    assert_int_equal(store_job_lease_take("sync", "a:1", T0, T0 + 300, T0), 1);
    assert_int_equal(store_job_finish("sync", "a:1", &o), 1);
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 1, T0 + 301, T0 + 1), 0);
    assert_int_equal(store_job_lease_take("sync", "b:2", T0 + 600, T0 + 900, T0 + 600), 1);
}

static void reschedule_and_release(void **state)
{
    (void)state;
    struct job_outcome o = { .started_at = T0, .ok = 1, .error = "", .next_run_at = T0 + 600 };
    assert_int_equal(store_job_lease_take("sync", "a:1", T0, T0 + 300, INT64_MAX), 1);
    assert_int_equal(store_job_finish("sync", "a:1", &o), 1);
    assert_int_equal(store_job_reschedule("sync", T0, T0 + 1200), 0);
    assert_int_equal(store_job_reschedule("sync", T0 + 600, T0 + 1200), 1);
    assert_int_equal(state_of("sync").next_run_at, T0 + 1200);

    assert_int_equal(store_job_lease_take("sync", "host:41", T0, T0 + 300, INT64_MAX), 1);
    assert_int_equal(store_job_lease_take("other", "host:42", T0, T0 + 300, INT64_MAX), 1);
    assert_int_equal(store_job_leases_release("host:41"), 1);
    assert_string_equal(state_of("sync").lease_holder, "");
    assert_string_equal(state_of("other").lease_holder, "host:42");
}

/* --- runs ---------------------------------------------------------------------- */

static enum job_once inner = JOB_ONCE_ERROR;

static int counting(struct job_run *run)
{
    (void)run;
    calls++;
    return 0;
}

static int failing(struct job_run *run)
{
    calls++;
    return job_run_fail(run, "no answer from %s", "the ERP");
}

static int failing_quietly(struct job_run *run)
{
    (void)run;
    return -1;
}

/* A second runner starting the same job while it runs. */
static int starts_itself(struct job_run *run)
{
    calls++;
    inner = jobs_run_once(run->job);
    return 0;
}

static const struct job every_ten_min = { "ten", 600, 1, 0, counting, NULL };
static const struct job hourly_no_catch_up = { "hourly", 3600, 0, 0, counting, NULL };

static void a_run_is_recorded_and_gives_the_lease_back(void **state)
{
    (void)state;
    int64_t before = clock_now();
    assert_int_equal(jobs_run_once(&every_ten_min), JOB_ONCE_OK);
    assert_int_equal(calls, 1);
    struct job_state s = state_of("ten");
    assert_string_equal(s.lease_holder, "");
    assert_string_equal(s.last_outcome, "ok");
    assert_string_equal(s.last_error, "");
    assert_true(s.last_started_at >= before && s.last_started_at <= clock_now());
    assert_int_equal(s.next_run_at, s.last_started_at + 600);
    /* --once runs whatever the due time */
    assert_int_equal(jobs_run_once(&every_ten_min), JOB_ONCE_OK);
    assert_int_equal(calls, 2);
}

static void a_failed_run_says_why(void **state)
{
    (void)state;
    const struct job erp = { "erp", 60, 1, 0, failing, NULL }, quiet = { "quiet", 60, 1, 0, failing_quietly, NULL };
    assert_int_equal(jobs_run_once(&erp), JOB_ONCE_FAILED);
    struct job_state s = state_of("erp");
    assert_string_equal(s.last_outcome, "error");
    assert_string_equal(s.last_error, "no answer from the ERP");
    assert_string_equal(s.lease_holder, "");
    assert_int_equal(jobs_run_once(&quiet), JOB_ONCE_FAILED);
    assert_string_equal(state_of("quiet").last_error, "failed (see the server log)");
}

static void a_held_lease_stops_the_run_until_it_expires(void **state)
{
    (void)state;
    const struct job *jobs[] = { &every_ten_min };
    char held[200];
    snprintf(held, sizeof held, "INSERT INTO jobs (name, lease_holder, lease_expires_at, next_run_at)"
             " VALUES ('ten', 'elsewhere:7', %lld, 0)", (long long)clock_now() + 60);
    sql(held);
    assert_int_equal(jobs_run_once(&every_ten_min), JOB_ONCE_BUSY);
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 0);
    assert_string_equal(state_of("ten").lease_holder, "elsewhere:7");
    /* the holder died; once the lease expires the job runs again */
    sql("UPDATE jobs SET lease_expires_at = lease_expires_at - 61");
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 1);
    assert_string_equal(state_of("ten").lease_holder, "");
    assert_string_equal(state_of("ten").last_outcome, "ok");
}

static void never_twice_at_once_even_from_one_process(void **state)
{
    (void)state;
    const struct job itself = { "itself", 600, 1, 0, starts_itself, NULL };
    assert_int_equal(jobs_run_once(&itself), JOB_ONCE_OK);
    assert_int_equal(calls, 1);
    assert_int_equal(inner, JOB_ONCE_BUSY);
}

/* A job the runner sees for the first time starts its rhythm: due one
 * interval later (a fresh server mails no reminders at once); an
 * every-pass job runs at once. */
static void a_new_job_is_due_one_interval_later(void **state)
{
    (void)state;
    const struct job every_pass = { "pass", 0, 1, 0, counting, NULL };
    const struct job *jobs[] = { &every_ten_min, &every_pass };
    int64_t before = clock_now();
    jobs_runner_pass(jobs, 2);
    assert_int_equal(calls, 1);
    struct job_state s = state_of("ten");
    assert_int_equal(s.last_started_at, 0);
    assert_true(s.next_run_at >= before + 600 && s.next_run_at <= clock_now() + 600);
    assert_string_equal(state_of("pass").last_outcome, "ok");
    jobs_runner_pass(jobs, 2);
    assert_int_equal(calls, 2);   /* the every-pass job again, not the other */
}

static int work_waiting;
static int has_waiting_work(int64_t now)
{
    (void)now;
    return work_waiting;
}

/* An every-pass job that says it has nothing to do runs the first time
 * (it never ran), then not again until it has work (or cannot tell) or a
 * minute has passed since its last run: an idle runner does not write on
 * every pass. */
static void an_idle_every_pass_job_runs_only_with_work_or_once_a_minute(void **state)
{
    (void)state;
    const struct job idle = { "idle", 0, 1, 0, counting, has_waiting_work };
    const struct job *jobs[] = { &idle };
    work_waiting = 0;
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 1);
    int64_t first = state_of("idle").last_started_at;
    jobs_runner_pass(jobs, 1);
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 1);
    assert_int_equal(state_of("idle").last_started_at, first);
    work_waiting = 1;
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 2);
    work_waiting = 0;
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 2);
    sql("UPDATE jobs SET last_started_at = last_started_at - 61 WHERE name = 'idle'");
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 3);
    work_waiting = -1;
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 4);
}

/* Down for a day: one run, not 144, then due an interval after it. */
static void the_runner_catches_up_once(void **state)
{
    (void)state;
    const struct job *jobs[] = { &every_ten_min };
    jobs_runner_pass(jobs, 1);   /* first seen: scheduled */
    assert_int_equal(calls, 0);
    sql("UPDATE jobs SET next_run_at = next_run_at - 86400");
    jobs_runner_pass(jobs, 1);
    jobs_runner_pass(jobs, 1);
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 1);
    struct job_state s = state_of("ten");
    assert_int_equal(s.next_run_at, s.last_started_at + 600);
    assert_true(s.last_started_at >= clock_now() - 5);
}

static void without_catch_up_the_runner_skips_missed_slots(void **state)
{
    (void)state;
    const struct job *jobs[] = { &hourly_no_catch_up };
    char missed[200];
    int64_t slot = clock_now() - 3 * 3600 - 100;
    snprintf(missed, sizeof missed, "INSERT INTO jobs (name, next_run_at) VALUES ('hourly', %lld)", (long long)slot);
    sql(missed);
    jobs_runner_pass(jobs, 1);
    assert_int_equal(calls, 0);
    assert_int_equal(state_of("hourly").next_run_at, slot + 4 * 3600);
    assert_int_equal(one_int("SELECT last_started_at FROM jobs WHERE name = 'hourly'"), 0);
}

/* A run longer than half its lease renews it between pieces; one whose
 * lease another runner took stops, and its outcome is not written over
 * the new holder's. */
static int long_run(struct job_run *run)
{
    calls++;
    run->lease_expires_at = clock_now() + 10;          /* as if 90 of 100 s had passed */
    assert_int_equal(job_run_continue(run), 1);
    assert_true(run->lease_expires_at >= clock_now() + 99);
    assert_int_equal(one_int("SELECT lease_expires_at FROM jobs WHERE name = 'long'"), run->lease_expires_at);
    assert_int_equal(job_run_continue(run), 1);       /* plenty left: no write */
    sql("UPDATE jobs SET lease_holder = 'thief:9'");
    run->lease_expires_at = clock_now() + 10;
    assert_int_equal(job_run_continue(run), 0);
    assert_string_equal(run->error, "the lease ran out and another runner took it");
    return 0;
}

static void a_long_run_renews_its_lease_and_stops_when_it_lost_it(void **state)
{
    (void)state;
    const struct job job = { "long", 60, 1, 100, long_run, NULL };
    assert_int_equal(jobs_run_once(&job), JOB_ONCE_OK);
    assert_int_equal(calls, 1);
    struct job_state s = state_of("long");
    assert_string_equal(s.lease_holder, "thief:9");
    assert_int_equal(s.last_started_at, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(a_free_lease_is_taken_once_until_it_expires, fresh),
        cmocka_unit_test_setup(only_the_holder_renews_and_finishes, fresh),
        cmocka_unit_test_setup(a_job_run_since_it_was_seen_due_is_not_taken, fresh),
        cmocka_unit_test_setup(reschedule_and_release, fresh),
        cmocka_unit_test_setup(a_run_is_recorded_and_gives_the_lease_back, fresh),
        cmocka_unit_test_setup(a_failed_run_says_why, fresh),
        cmocka_unit_test_setup(a_held_lease_stops_the_run_until_it_expires, fresh),
        cmocka_unit_test_setup(never_twice_at_once_even_from_one_process, fresh),
        cmocka_unit_test_setup(a_new_job_is_due_one_interval_later, fresh),
        cmocka_unit_test_setup(an_idle_every_pass_job_runs_only_with_work_or_once_a_minute, fresh),
        cmocka_unit_test_setup(the_runner_catches_up_once, fresh),
        cmocka_unit_test_setup(without_catch_up_the_runner_skips_missed_slots, fresh),
        cmocka_unit_test_setup(a_long_run_renews_its_lease_and_stops_when_it_lost_it, fresh),
    };
    return cmocka_run_group_tests_name("jobs_lease", tests, setup, teardown);
}
