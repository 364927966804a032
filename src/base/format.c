#include "base/format.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* strftime leaves the buffer undefined when it fails: always terminate,
 * and print nothing for times gmtime cannot represent. */
static void format_time(int64_t when, const char *pattern, char *out, size_t size)
{
    if (size == 0) return;
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, pattern, &tm) == 0) out[0] = '\0';
}

void format_date(int64_t when, char *out, size_t size)
{
    format_time(when, "%b %d, %Y", out, size);
}

void format_iso_date(int64_t when, char *out, size_t size)
{
    format_time(when, "%Y-%m-%d", out, size);
}

void format_datetime(int64_t when, char *out, size_t size)
{
    format_time(when, "%Y-%m-%d %H:%M:%S UTC", out, size);
}

void format_weight(int64_t grams, char *out, size_t size)
{
    if (grams >= 1000) snprintf(out, size, "%lld.%lld kg", (long long)(grams / 1000), (long long)(grams % 1000 / 100));
    else snprintf(out, size, "%lld g", (long long)grams);
}
