#include "jobs/jobs.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "jobs/job_schedule.h"

static volatile sig_atomic_t stopping;

/* --- the table ------------------------------------------------------------ */

static const struct job *declared;
static int declared_count;

void jobs_declare(const struct job *table, int count)
{
    declared = table;
    declared_count = count < 0 ? 0 : count > JOBS_MAX ? JOBS_MAX : count;
}

int jobs_count(void) { return declared_count; }

const struct job *jobs_at(int i)
{
    return i >= 0 && i < declared_count ? &declared[i] : NULL;
}

const struct job *jobs_find(const char *name)
{
    for (int i = 0; i < declared_count; i++)
        if (strcmp(declared[i].name, name) == 0) return &declared[i];
    return NULL;
}

/* --- leases --------------------------------------------------------------- */

static void holder_of(long pid, char *out, size_t size)
{
    char host[64] = "";
    if (gethostname(host, sizeof host - 1) != 0 || !host[0]) snprintf(host, sizeof host, "localhost");
    snprintf(out, size, "%s:%ld", host, pid);
}

/* Computed again after a fork: the runner is a child of `serve`. */
const char *jobs_holder(void)
{
    static char holder[JOB_HOLDER_MAX];
    static pid_t holder_pid;
    if (holder_pid != getpid()) {
        holder_pid = getpid();
        holder_of((long)holder_pid, holder, sizeof holder);
    }
    return holder;
}

static int lease_seconds(const struct job *job)
{
    return job->lease_seconds > 0 ? job->lease_seconds : JOB_LEASE_SECONDS;
}

int job_run_fail(struct job_run *run, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    vsnprintf(run->error, sizeof run->error, format, ap);
    va_end(ap);
    return -1;
}

int job_run_continue(struct job_run *run)
{
    if (stopping) return 0;
    int lease = lease_seconds(run->job);
    int64_t now = clock_now();
    if (run->lease_expires_at - now > lease / 2) return 1;
    int64_t until = now + lease;
    int renewed = store_job_lease_renew(run->job->name, jobs_holder(), until);
    if (renewed != 1) {
        job_run_fail(run, renewed < 0 ? "the lease could not be renewed (database error)"
                                      : "the lease ran out and another runner took it");
        return 0;
    }
    run->lease_expires_at = until;
    return 1;
}

/* --- one run -------------------------------------------------------------- */

static int64_t elapsed_ms(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)(now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* The outcome and the lease go back in one statement; a run whose lease
 * another runner took (it ran past the expiry) leaves that runner's row be. */
static void record(const struct job *job, const struct job_outcome *o, int log_ok)
{
    int kept = store_job_finish(job->name, jobs_holder(), o);
    if (kept == 0)
        fprintf(stderr, "jobs: %s ran past its lease and another runner took it; this run is not recorded\n", job->name);
    else if (kept < 0)
        fprintf(stderr, "jobs: %s: the run could not be recorded; its lease frees itself when it expires\n", job->name);
    if (!o->ok) fprintf(stderr, "jobs: %s failed: %s\n", job->name, o->error);
    else if (log_ok)
        fprintf(stderr, "jobs: %s ok in %lld ms\n", job->name, (long long)o->duration_ms);
}

/* due_by: see store_job_lease_take. log_ok: say so when it went well. */
static enum job_once run_under_lease(const struct job *job, int64_t due_by, int log_ok)
{
    struct job_run run = { .job = job, .started_at = clock_now() };
    run.lease_expires_at = run.started_at + lease_seconds(job);
    int took = store_job_lease_take(job->name, jobs_holder(), run.started_at, run.lease_expires_at, due_by);
    if (took <= 0) return took < 0 ? JOB_ONCE_ERROR : JOB_ONCE_BUSY;

    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int rc = job->run(&run);
    if (db_release()) fprintf(stderr, "warning: job %s left a transaction open\n", job->name);
    if (rc < 0 && !run.error[0]) job_run_fail(&run, "failed (see the server log)");
    struct job_outcome o = {
        .started_at = run.started_at, .duration_ms = elapsed_ms(&start), .ok = rc >= 0,
        .error = rc >= 0 ? "" : run.error, .next_run_at = job_next_run(run.started_at, job->interval_seconds),
    };
    record(job, &o, log_ok);
    return rc >= 0 ? JOB_ONCE_OK : JOB_ONCE_FAILED;
}

enum job_once jobs_run_once(const struct job *job)
{
    enum job_once r = run_under_lease(job, INT64_MAX, 1);
    struct job_state s;
    if (r == JOB_ONCE_BUSY && store_job_get(job->name, &s) == 1) {
        char until[40];
        format_datetime(s.lease_expires_at, until, sizeof until);
        fprintf(stderr, "jobs: %s is running on %s (lease until %s); not run now\n", job->name, s.lease_holder, until);
    }
    return r;
}

/* --- the runner ----------------------------------------------------------- */

/* A job seen for the first time is due one interval later, as a server
 * just started never mailed reminders at once: a new install or a new job
 * starts its rhythm quietly. (An every-pass job is due at once.) */
static int job_state_read(const struct job *job, int64_t now, struct job_state *s)
{
    int found = store_job_get(job->name, s);
    if (found != 0) return found;
    if (store_job_add(job->name, job_next_run(now, job->interval_seconds)) < 0) return -1;
    return store_job_get(job->name, s);
}

/* One job on one pass: runs it when due and nobody else holds it. */
static void job_tick(const struct job *job)
{
    int64_t now = clock_now();
    struct job_state s;
    if (job_state_read(job, now, &s) != 1 || s.lease_expires_at > now) return;   /* running elsewhere */
    if (job->interval_seconds <= 0 && job->has_work && s.last_started_at
        && now - s.last_started_at < JOB_IDLE_RUN_SECONDS && job->has_work(now) == 0) return;
    int64_t next = s.next_run_at, skip_to;
    enum job_due due = job_due(next, now, job->interval_seconds, job->catch_up, &skip_to);
    if (due == JOB_SKIP && store_job_reschedule(job->name, next, skip_to) == 1) {
        char at[40];
        format_datetime(skip_to, at, sizeof at);
        fprintf(stderr, "jobs: %s missed its slots while no runner was up; next at %s\n", job->name, at);
    }
    if (due != JOB_RUN) return;
    /* Still due by the time the lease is taken: another runner may have
     * run it in between. A next run set ahead by a clock since set back
     * counts as due. */
    run_under_lease(job, next > now ? next : now, job->interval_seconds > 0);   /* every-pass jobs would fill the log */
}

void jobs_runner_pass(const struct job *const *jobs, int count)
{
    for (int i = 0; i < count && !stopping; i++) job_tick(jobs[i]);
    db_release();
}

static void on_stop(int sig)
{
    (void)sig;
    stopping = 1;
}

static void release_predecessor(long pid)
{
    char holder[JOB_HOLDER_MAX];
    holder_of(pid, holder, sizeof holder);
    int n = store_job_leases_release(holder);
    if (n > 0) fprintf(stderr, "jobs: freed %d lease%s of %s, the runner before this one\n", n, n == 1 ? "" : "s", holder);
}

int jobs_runner(const struct job *const *jobs, int count, long poll_ms, long previous_pid)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (poll_ms <= 0) poll_ms = 1000;
    if (previous_pid > 0) release_predecessor(previous_pid);
    fprintf(stderr, "jobs: runner %s:", jobs_holder());
    for (int i = 0; i < count; i++) fprintf(stderr, " %s", jobs[i]->name);
    fprintf(stderr, "%s\n", count ? "" : " no jobs");
    while (!stopping) {
        jobs_runner_pass(jobs, count);
        struct timespec nap = { poll_ms / 1000, (poll_ms % 1000) * 1000000L };
        nanosleep(&nap, NULL);   /* SIGTERM cuts it short */
    }
    fprintf(stderr, "jobs: runner stopped\n");
    return 0;
}
