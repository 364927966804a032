#ifndef BUYERDESK_JOBS_H
#define BUYERDESK_JOBS_H

#include <stddef.h>
#include <stdint.h>

#include "jobs/jobs_store.h"

/* The jobs runner: all periodic work (mail, approval reminders; later
 * scheduled reorders, ERP events). The runner knows no area: main.c
 * declares the table of jobs and hands it over with jobs_declare().
 *
 * Every run happens under the job's lease in the database (jobs_store.h),
 * so a job never runs twice at once, even with two `serve` processes on
 * one database. A runner killed mid-run keeps the lease until it expires;
 * then the job runs again. So every job must be safe to repeat, and work
 * done in pieces asks job_run_continue() between pieces. */

struct job_run;

struct job {
    const char *name;            /* `buyerdesk jobs run NAME`; the row in `jobs` */
    int interval_seconds;        /* 0: every pass of the runner (mailer_poll_ms) */
    int catch_up;                /* after downtime: 1 runs once at once, 0 waits
                                    for its next slot (job_schedule.h) */
    int lease_seconds;           /* 0: JOB_LEASE_SECONDS; renewed by
                                    job_run_continue() */
    int (*run)(struct job_run *run);   /* 0 done, -1 failed (tried again at
                                          its next run) */
    int (*has_work)(int64_t now);      /* an every-pass job: whether it has
                                          anything to do (1, 0, -1 on an
                                          error), reading only; NULL: always */
};

/* An every-pass job with nothing to do is not run, so an idle runner does
 * not write to the database on every pass (each write makes every web
 * worker read its cached pages again); it still runs once in this many
 * seconds, so the jobs page shows the runner alive. */
#define JOB_IDLE_RUN_SECONDS 60

#define JOB_LEASE_SECONDS 300
#define JOBS_MAX 16

/* A run in progress, as its job sees it. */
struct job_run {
    const struct job *job;
    int64_t started_at;          /* portal clock */
    int64_t lease_expires_at;
    char error[JOB_ERROR_MAX];   /* why it failed: job_run_fail() */
};

/* For a job done in pieces (the mailer: one message at a time): 1 to go
 * on, 0 to stop now and leave the rest to the next run, because the
 * runner is stopping (SIGTERM) or the lease was lost. Renews the lease
 * once half of it has passed, so a long run keeps it. */
int job_run_continue(struct job_run *run);

/* Says why the run failed (`jobs list`, the back office); returns -1, for
 * `return job_run_fail(run, "...")`. */
int job_run_fail(struct job_run *run, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* The table, once at start-up, before serve forks. The pointer is kept. */
void jobs_declare(const struct job *table, int count);
int jobs_count(void);
const struct job *jobs_at(int i);
const struct job *jobs_find(const char *name);

/* This process's name on the leases it takes: "host:pid". */
const char *jobs_holder(void);

enum job_once {
    JOB_ONCE_OK,
    JOB_ONCE_FAILED,             /* it ran and failed */
    JOB_ONCE_BUSY,               /* another runner holds the lease */
    JOB_ONCE_ERROR,              /* the database answered with an error */
};

/* `buyerdesk jobs run NAME --once`: runs the job now, whatever its due
 * time, under its lease, and records the run. The database must be open
 * (and the mail templates loaded for jobs that mail). */
enum job_once jobs_run_once(const struct job *job);

/* One pass of the runner: each of `jobs` that is due and free runs under
 * its lease (a job that may not catch up and missed its slot is moved to
 * the next). The runner makes one every poll_ms; tests call it directly. */
void jobs_runner_pass(const struct job *const *jobs, int count);

/* The runner: passes over `jobs` every poll_ms, each running what is due
 * under its lease, until SIGTERM or SIGINT. previous_pid: a runner of this
 * host that ended (the supervisor reaped it, so it is surely gone): its
 * leases are freed at once instead of at their expiry. The database must
 * be open. Returns the exit status. */
int jobs_runner(const struct job *const *jobs, int count, long poll_ms, long previous_pid);

#endif
