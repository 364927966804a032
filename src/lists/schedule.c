#include "lists/schedule.h"

#include <stdio.h>
#include <string.h>

#include "base/civil_date.h"

static const char *const weekday_names[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                             "Sunday" };

int schedule_weekday(int64_t day)
{
    int64_t w = (day + 3) % 7;   /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

int schedule_check(const struct schedule *s, char *msg, size_t size)
{
    msg[0] = '\0';
    if (s->kind < SCHEDULE_DAYS || s->kind > SCHEDULE_MONTHS) snprintf(msg, size, "Choose how often the list is ordered.");
    else if (s->every < 1 || s->every > SCHEDULE_EVERY_MAX)
        snprintf(msg, size, "The interval must be a whole number from 1 to %d.", SCHEDULE_EVERY_MAX);
    else if (s->kind == SCHEDULE_WEEKS && (s->weekday < 0 || s->weekday > 6)) snprintf(msg, size, "Choose a weekday.");
    else if (s->kind == SCHEDULE_MONTHS && (s->month_day < 1 || s->month_day > 31))
        snprintf(msg, size, "The day of the month must be from 1 to 31.");
    else if (s->end_day != SCHEDULE_NO_END && s->end_day < s->start_day)
        snprintf(msg, size, "The end date must not be before the start date.");
    return msg[0] ? -1 : 0;
}

static int64_t ceil_div(int64_t a, int64_t b)   /* a >= 0, b > 0 */
{
    return (a + b - 1) / b;
}

/* The run day of the k-th month period (k >= 0) counted from the start
 * date's month: the month day, clamped to the month's length. */
static int64_t month_run(const struct schedule *s, int64_t k)
{
    struct civil_date start = civil_date_from_days(s->start_day);
    int64_t months = start.year * 12 + (start.month - 1) + k * s->every;
    int64_t year = months / 12;
    int month = (int)(months % 12) + 1;
    int dim = civil_days_in_month(year, month);
    return civil_days_from_date(year, month, s->month_day < dim ? s->month_day : dim);
}

int64_t schedule_next(const struct schedule *s, int64_t day)
{
    if (s->every < 1) return SCHEDULE_NONE;
    int64_t from = day < s->start_day ? s->start_day : day, next;
    switch (s->kind) {
    case SCHEDULE_DAYS:
        next = s->start_day + ceil_div(from - s->start_day, s->every) * s->every;
        break;
    case SCHEDULE_WEEKS: {
        int64_t first = s->start_day + ((s->weekday - schedule_weekday(s->start_day)) % 7 + 7) % 7;
        if (from <= first) next = first;
        else next = first + ceil_div(from - first, 7 * (int64_t)s->every) * 7 * s->every;
        break;
    }
    case SCHEDULE_MONTHS: {
        struct civil_date a = civil_date_from_days(s->start_day), b = civil_date_from_days(from);
        int64_t months = (b.year - a.year) * 12 + (b.month - a.month);
        int64_t k = months / s->every;
        if (k > 0) k--;     /* a period may run before `from`'s month day: look one back */
        next = month_run(s, k);
        while (next < from) next = month_run(s, ++k);
        break;
    }
    default:
        return SCHEDULE_NONE;
    }
    if (s->end_day != SCHEDULE_NO_END && next > s->end_day) return SCHEDULE_NONE;
    return next;
}

void schedule_due(const struct schedule *s, int64_t handled, int64_t today, int64_t *due, int64_t *missed, int max,
                  int *n_missed)
{
    *due = SCHEDULE_NONE;
    *n_missed = 0;
    int64_t d = schedule_next(s, handled == SCHEDULE_NONE ? s->start_day : handled + 1);
    while (d != SCHEDULE_NONE && d <= today) {
        if (*due != SCHEDULE_NONE) {
            if (*n_missed < max) missed[*n_missed] = *due;
            (*n_missed)++;
        }
        *due = d;
        d = schedule_next(s, d + 1);
    }
}

int schedule_po_expand(const char *pattern, int64_t day, int64_t list_id, char *out, size_t size)
{
    struct civil_date c = civil_date_from_days(day);
    size_t used = 0;
    out[0] = '\0';
    for (const char *p = pattern; *p;) {
        char piece[32];
        size_t take = 1;
        const char *text = piece;
        if (strncmp(p, "{YYYY}", 6) == 0) { snprintf(piece, sizeof piece, "%04lld", (long long)c.year); take = 6; }
        else if (strncmp(p, "{YY}", 4) == 0) { snprintf(piece, sizeof piece, "%02lld", (long long)(c.year % 100)); take = 4; }
        else if (strncmp(p, "{MM}", 4) == 0) { snprintf(piece, sizeof piece, "%02d", c.month); take = 4; }
        else if (strncmp(p, "{DD}", 4) == 0) { snprintf(piece, sizeof piece, "%02d", c.day); take = 4; }
        else if (strncmp(p, "{LIST}", 6) == 0) { snprintf(piece, sizeof piece, "%lld", (long long)list_id); take = 6; }
        else { piece[0] = *p; piece[1] = '\0'; }
        size_t n = strlen(text);
        if (used + n >= size) {
            out[0] = '\0';
            return -1;
        }
        memcpy(out + used, text, n + 1);
        used += n;
        p += take;
    }
    return 0;
}

void schedule_describe(const struct schedule *s, char *out, size_t size)
{
    static const char *const units[] = { "day", "week", "month" };
    char every[48];
    if (s->every == 1) snprintf(every, sizeof every, "Every %s", units[s->kind]);
    else snprintf(every, sizeof every, "Every %d %ss", s->every, units[s->kind]);
    if (s->kind == SCHEDULE_WEEKS)
        snprintf(out, size, "%s on %s", every, weekday_names[s->weekday >= 0 && s->weekday < 7 ? s->weekday : 0]);
    else if (s->kind == SCHEDULE_MONTHS)
        snprintf(out, size, "%s on day %d%s", every, s->month_day,
                 s->month_day > 28 ? " (the last day in shorter months)" : "");
    else
        snprintf(out, size, "%s", every);
}
