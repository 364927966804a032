#ifndef BUYERDESK_JOB_SCHEDULE_H
#define BUYERDESK_JOB_SCHEDULE_H

#include <stddef.h>
#include <stdint.h>

/* When a periodic job runs: pure arithmetic on the portal clock's seconds,
 * unit-tested (tests/unit/jobs/test_job_schedule.c). */

enum job_due {
    JOB_WAIT,      /* not yet */
    JOB_RUN,       /* run it now, once */
    JOB_SKIP,      /* it missed its slot and may not catch up: move it to *skip_to */
};

/* A job due at next_run_at, every interval seconds (0: every pass of the
 * runner), seen at `now`:
 *  - before next_run_at it waits, unless next_run_at is more than one
 *    interval ahead: the clock was set back (a restored server, a pinned
 *    test), and waiting for it to catch up could take years;
 *  - once due, a job that may catch up runs once, however many intervals
 *    the runner was down (the run does what all of them would have);
 *  - one that may not catch up runs only when it is less than one
 *    interval late; a runner that was down longer drops the runs it
 *    missed: the job skips to the first slot after now (*skip_to),
 *    keeping its rhythm. */
enum job_due job_due(int64_t next_run_at, int64_t now, int interval, int catch_up, int64_t *skip_to);

/* When a run that started at started_at is due again: one interval after
 * the start of the run, not after the slot it was due at, so a runner
 * that was down runs a job once and then keeps its rhythm from there. */
int64_t job_next_run(int64_t started_at, int interval);

/* "850 ms", "4.2 s", "3 min 5 s": a run's duration for people. */
void job_format_duration(int64_t ms, char *out, size_t size);

/* "every pass", "every 45 s", "every 10 min", "every 6 h". */
void job_format_interval(int interval, char *out, size_t size);

#endif
