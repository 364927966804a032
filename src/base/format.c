#include "base/format.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/civil_date.h"

/* strftime leaves the buffer undefined when it fails: always terminate,
 * and print nothing for times gmtime cannot represent. */
static void format_time(int64_t when, const char *pattern, char *out, size_t size)
{
    if (size == 0) return;
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, pattern, &tm) == 0) out[0] = '\0';
}

/* The UTC calendar date of `when` for the years 1000-9999, where it
 * prints in the same width as strftime's %Y; -1 outside them (those go
 * through gmtime and strftime). Pages show a date per row, and gmtime_r
 * with strftime cost about 2,000 instructions a date; base/civil_date's
 * days-to-date conversion costs a few dozen. */
#define YEAR_1000_START INT64_C(-30610224000)   /* 1000-01-01 00:00:00 UTC */
#define YEAR_10000_START INT64_C(253402300800)  /* 10000-01-01 00:00:00 UTC */

static int civil_date(int64_t when, int *year, int *month, int *day)
{
    if (when < YEAR_1000_START || when >= YEAR_10000_START) return -1;
    int64_t days = when >= 0 ? when / 86400 : -((-when + 86399) / 86400);
    struct civil_date d = civil_date_from_days(days);
    *year = (int)d.year;
    *month = d.month;
    *day = d.day;
    return 0;
}

/* Copies text into out when it fits with its NUL, as strftime does
 * (otherwise out is left empty). */
static void put_if_fits(const char *text, size_t len, char *out, size_t size)
{
    if (len + 1 > size) {
        out[0] = '\0';
        return;
    }
    memcpy(out, text, len);
    out[len] = '\0';
}

static void put_digits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        at[i] = (char)('0' + value % 10);
        value /= 10;
    }
}

/* strftime in UTC for the fields pages use (%b %d %Y %m %H %M %S), all of
 * fixed width, from civil_date; any other field, or a year outside
 * 1000-9999, goes to gmtime and strftime. */
static void format_moment(int64_t when, const char *pattern, char *out, size_t size)
{
    static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int year, month, day;
    if (size == 0) return;
    if (civil_date(when, &year, &month, &day) != 0) {
        format_time(when, pattern, out, size);
        return;
    }
    int64_t into_day = when % 86400;
    int second = (int)(into_day < 0 ? into_day + 86400 : into_day);
    char text[64];
    size_t n = 0;
    for (const char *p = pattern; *p; p++) {
        if (n + 4 >= sizeof text) break;
        if (*p != '%') {
            text[n++] = *p;
            continue;
        }
        switch (*++p) {
        case 'b': memcpy(text + n, months[month - 1], 3); n += 3; break;
        case 'Y': put_digits(text + n, year, 4); n += 4; break;
        case 'm': put_digits(text + n, month, 2); n += 2; break;
        case 'd': put_digits(text + n, day, 2); n += 2; break;
        case 'H': put_digits(text + n, second / 3600, 2); n += 2; break;
        case 'M': put_digits(text + n, second / 60 % 60, 2); n += 2; break;
        case 'S': put_digits(text + n, second % 60, 2); n += 2; break;
        default:
            format_time(when, pattern, out, size);
            return;
        }
    }
    put_if_fits(text, n, out, size);
}

void format_date(int64_t when, char *out, size_t size)
{
    format_moment(when, "%b %d, %Y", out, size);
}

void format_iso_date(int64_t when, char *out, size_t size)
{
    format_moment(when, "%Y-%m-%d", out, size);
}

void format_time_of_day(int64_t when, char *out, size_t size)
{
    format_moment(when, "%H:%M UTC", out, size);
}

void format_iso_datetime(int64_t when, char *out, size_t size)
{
    format_moment(when, "%Y-%m-%dT%H:%M:%SZ", out, size);
}

void format_datetime(int64_t when, char *out, size_t size)
{
    format_moment(when, "%Y-%m-%d %H:%M:%S UTC", out, size);
}

void format_weight(int64_t grams, char *out, size_t size)
{
    if (grams >= 1000) snprintf(out, size, "%lld.%lld kg", (long long)(grams / 1000), (long long)(grams % 1000 / 100));
    else snprintf(out, size, "%lld g", (long long)grams);
}
