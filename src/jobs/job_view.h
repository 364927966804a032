#ifndef BUYERDESK_JOB_VIEW_H
#define BUYERDESK_JOB_VIEW_H

#include <stdint.h>

#include "jobs/jobs_store.h"

/* A declared job and its row as people read them: one wording for
 * `buyerdesk jobs list` and the back-office dashboard. */
struct job_view {
    const char *name;
    char every[32];                      /* "every 10 min", "every pass" */
    char last_run[40];                   /* "2026-11-22 14:05:09 UTC", "never" */
    char duration[32];                   /* "12 ms"; "" when never */
    char outcome[8];                     /* "ok", "error"; "" when never */
    char error[JOB_ERROR_MAX];
    char next_run[40];                   /* a time, "due now", "every pass" */
    char running_on[JOB_HOLDER_MAX];     /* the lease holder while a run goes on */
    char lease_until[40];
};

/* The i-th declared job (jobs.h) at `now`: 1, 0 no such job, -1 when its
 * row could not be read. */
int job_view_get(int i, int64_t now, struct job_view *out);

#endif
