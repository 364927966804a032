#include "jobs/job_schedule.h"

#include <stdio.h>

enum job_due job_due(int64_t next_run_at, int64_t now, int interval, int catch_up, int64_t *skip_to)
{
    *skip_to = next_run_at;
    if (now < next_run_at) return next_run_at - now > interval ? JOB_RUN : JOB_WAIT;
    if (catch_up || interval <= 0 || now - next_run_at < interval) return JOB_RUN;
    int64_t missed = (now - next_run_at) / interval + 1;
    *skip_to = next_run_at + missed * interval;
    return JOB_SKIP;
}

int64_t job_next_run(int64_t started_at, int interval)
{
    return started_at + (interval > 0 ? interval : 0);
}

void job_format_duration(int64_t ms, char *out, size_t size)
{
    if (ms < 0) ms = 0;
    if (ms < 1000) snprintf(out, size, "%lld ms", (long long)ms);
    else if (ms < 60000) snprintf(out, size, "%lld.%lld s", (long long)(ms / 1000), (long long)(ms % 1000 / 100));
    else snprintf(out, size, "%lld min %lld s", (long long)(ms / 60000), (long long)(ms % 60000 / 1000));
}

void job_format_interval(int interval, char *out, size_t size)
{
    if (interval <= 0) snprintf(out, size, "every pass");
    else if (interval % 3600 == 0) snprintf(out, size, "every %d h", interval / 3600);
    else if (interval % 60 == 0) snprintf(out, size, "every %d min", interval / 60);
    else snprintf(out, size, "every %d s", interval);
}
