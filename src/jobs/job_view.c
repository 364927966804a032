#include "jobs/job_view.h"

#include <stdio.h>
#include <string.h>

#include "base/format.h"
#include "jobs/job_schedule.h"
#include "jobs/jobs.h"

static void next_run_text(const struct job *job, const struct job_state *s, int found, int64_t now,
                          char *out, size_t size)
{
    if (job->interval_seconds <= 0) snprintf(out, size, "every pass");
    else if (!found) snprintf(out, size, "not scheduled yet");   /* no runner has seen it */
    else if (s->next_run_at <= now) snprintf(out, size, "due now");
    else format_datetime(s->next_run_at, out, size);
}

int job_view_get(int i, int64_t now, struct job_view *out)
{
    const struct job *job = jobs_at(i);
    memset(out, 0, sizeof *out);
    if (!job) return 0;
    struct job_state s;
    int found = store_job_get(job->name, &s);
    if (found < 0) return -1;
    out->name = job->name;
    job_format_interval(job->interval_seconds, out->every, sizeof out->every);
    snprintf(out->last_run, sizeof out->last_run, "never");
    if (s.last_started_at) {
        format_datetime(s.last_started_at, out->last_run, sizeof out->last_run);
        job_format_duration(s.last_duration_ms, out->duration, sizeof out->duration);
        snprintf(out->outcome, sizeof out->outcome, "%s", s.last_outcome);
        snprintf(out->error, sizeof out->error, "%s", s.last_error);
    }
    next_run_text(job, &s, found, now, out->next_run, sizeof out->next_run);
    if (s.lease_holder[0] && s.lease_expires_at > now) {
        snprintf(out->running_on, sizeof out->running_on, "%s", s.lease_holder);
        format_datetime(s.lease_expires_at, out->lease_until, sizeof out->lease_until);
    }
    return 1;
}
