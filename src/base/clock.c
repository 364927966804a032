/* The one clock; see clock.h. */
#include "base/clock.h"

#include "base/civil_date.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int ready;
static int64_t offset;   /* added to the system time */

static int parse_seconds(const char *text, int64_t *out)
{
    const char *p = text + (*text == '-');
    if (!*p) return -1;
    for (; *p; p++)
        if (!isdigit((unsigned char)*p)) return -1;
    errno = 0;
    long long v = strtoll(text, NULL, 10);
    if (errno == ERANGE) return -1;
    *out = (int64_t)v;
    return 0;
}

static int two_digits(const char *p, int max, int *out)
{
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1])) return -1;
    *out = (p[0] - '0') * 10 + (p[1] - '0');
    return *out <= max ? 0 : -1;
}

int clock_parse_instant(const char *text, int64_t *out)
{
    if (!text || !*text) return -1;
    if (parse_seconds(text, out) == 0) return 0;

    /* YYYY-MM-DD[T ]HH:MM[:SS][Z] */
    size_t n = strlen(text);
    if (n < 16 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':') return -1;
    char day[11];
    memcpy(day, text, 10);
    day[10] = '\0';
    struct civil_date d;
    if (civil_date_parse(day, &d) != CIVIL_DATE_OK) return -1;
    int hour, minute, second = 0;
    if (two_digits(text + 11, 23, &hour) != 0 || two_digits(text + 14, 59, &minute) != 0) return -1;
    const char *rest = text + 16;
    if (*rest == ':') {
        if (two_digits(rest + 1, 59, &second) != 0) return -1;
        rest += 3;
    }
    if (*rest == 'Z') rest++;
    if (*rest) return -1;
    *out = civil_days_from_date(d.year, d.month, d.day) * 86400 + hour * 3600 + minute * 60 + second;
    return 0;
}

int clock_init(char *err, size_t size)
{
    ready = 1;
    offset = 0;
    const char *pinned = getenv("BUYERDESK_NOW");
    if (!pinned || !*pinned) return 0;
    int64_t at, since;
    if (clock_parse_instant(pinned, &at) != 0) {
        snprintf(err, size, "BUYERDESK_NOW=%s is not a time: use Unix seconds or YYYY-MM-DDTHH:MM:SSZ", pinned);
        return -1;
    }
    const char *anchor = getenv("BUYERDESK_NOW_SINCE");
    if (anchor && *anchor) {
        if (parse_seconds(anchor, &since) != 0) {
            snprintf(err, size, "BUYERDESK_NOW_SINCE=%s is not Unix seconds", anchor);
            return -1;
        }
    } else {
        /* This process starts the shifted clock; what it starts follows it. */
        since = (int64_t)time(NULL);
        char text[24];
        snprintf(text, sizeof text, "%lld", (long long)since);
        setenv("BUYERDESK_NOW_SINCE", text, 1);
    }
    offset = at - since;
    return 0;
}

int64_t clock_now(void)
{
    if (!ready) {
        char err[256];
        if (clock_init(err, sizeof err) != 0) fprintf(stderr, "clock: %s; using the system time\n", err);
    }
    return (int64_t)time(NULL) + offset;
}

int64_t clock_offset(void)
{
    if (!ready) (void)clock_now();
    return offset;
}

static int64_t replay_saved;
static int replaying;

void clock_replay_begin(int64_t at)
{
    int64_t now = clock_now();
    if (!replaying) replay_saved = offset;
    replaying = 1;
    offset += at - now;
}

void clock_replay_end(void)
{
    if (replaying) offset = replay_saved;
    replaying = 0;
}
