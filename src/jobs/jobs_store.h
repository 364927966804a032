#ifndef BUYERDESK_JOBS_STORE_H
#define BUYERDESK_JOBS_STORE_H

#include <stdint.h>

/* The `jobs` table (sql/014_jobs.sql): each job's lease and last run.
 * Every function is one statement, atomic on its own; times are the
 * portal clock's seconds, given by the caller. */

#define JOB_HOLDER_MAX 128
#define JOB_ERROR_MAX 256

struct job_state {
    char lease_holder[JOB_HOLDER_MAX];   /* "" when nobody holds it */
    int64_t lease_expires_at;
    int64_t next_run_at;
    int64_t last_started_at;             /* 0: never */
    int64_t last_duration_ms;
    char last_outcome[8];                /* "", "ok", "error" */
    char last_error[JOB_ERROR_MAX];
};

/* The job's row: 1 found, 0 never ran (out zeroed), -1 error. */
int store_job_get(const char *name, struct job_state *out);

/* The row of a job the runner sees for the first time, due at
 * next_run_at; nothing when another runner wrote it first. 1 added, 0
 * there already, -1 error. */
int store_job_add(const char *name, int64_t next_run_at);

/* Takes the lease for `holder` until `expires_at` when nobody holds it at
 * `now` (no lease, or an expired one) and the job is still due by
 * `due_by` (next_run_at <= due_by: no other runner ran it since the caller
 * looked; INT64_MAX for "run it whatever its due time"). A job without a
 * row gets one. 1 taken, 0 not, -1 error. */
int store_job_lease_take(const char *name, const char *holder, int64_t now, int64_t expires_at, int64_t due_by);

/* Moves the holder's lease to `expires_at`. 1 renewed, 0 the lease is
 * not the holder's any more, -1 error. */
int store_job_lease_renew(const char *name, const char *holder, int64_t expires_at);

/* The end of a run, with the lease given back in the same statement. */
struct job_outcome {
    int64_t started_at;
    int64_t duration_ms;
    int ok;
    const char *error;                   /* "" when ok */
    int64_t next_run_at;
};

/* 1 recorded, 0 the lease was not the holder's any more (another runner
 * took it after it expired: nothing is written), -1 error. */
int store_job_finish(const char *name, const char *holder, const struct job_outcome *o);

/* Moves a job that may not catch up past the slots it missed: only when
 * next_run_at is still `seen`. 1 moved, 0 not, -1 error. */
int store_job_reschedule(const char *name, int64_t seen, int64_t next_run_at);

/* Frees every lease of `holder`, a runner known to have ended (the
 * supervisor reaped it). Returns how many, or -1. */
int store_job_leases_release(const char *holder);

#endif
