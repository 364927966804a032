#ifndef BUYERDESK_LIST_SCHEDULE_H
#define BUYERDESK_LIST_SCHEDULE_H

/* Scheduled reorders, pure: when a list's schedule falls due, which dates
 * were missed while nothing ran, and the PO number of a run. Dates are UTC
 * days (days since 1970-01-01, base/civil_date.h), like every date of the
 * portal; nothing here reads a clock.
 *
 * A schedule runs
 *   - every N days from its start date,
 *   - every N weeks on a weekday (the first on or after the start date), or
 *   - every N months on a day of the month, from the start date's month;
 *     a month shorter than the day runs on its last day (the 31st is the
 *     30th in April and the 28th or 29th in February),
 * up to its end date when it has one (inclusive). */

#include <stddef.h>
#include <stdint.h>

enum schedule_kind {
    SCHEDULE_DAYS = 0,
    SCHEDULE_WEEKS,
    SCHEDULE_MONTHS,
};

#define SCHEDULE_EVERY_MAX 365     /* N of "every N days/weeks/months" */
#define SCHEDULE_NO_END (-1)
#define SCHEDULE_NONE INT64_MIN    /* no such date */

struct schedule {
    enum schedule_kind kind;
    int every;                     /* N >= 1 */
    int weekday;                   /* SCHEDULE_WEEKS: 0 Monday .. 6 Sunday */
    int month_day;                 /* SCHEDULE_MONTHS: 1 .. 31 */
    int64_t start_day;
    int64_t end_day;               /* SCHEDULE_NO_END, or the last day it may run */
};

/* "the schedule is fine" (0), or -1 with a sentence in msg. */
int schedule_check(const struct schedule *s, char *msg, size_t size);

/* Monday 0 .. Sunday 6 of a day. */
int schedule_weekday(int64_t day);

/* The first run day on or after `day`, or SCHEDULE_NONE (after the end). */
int64_t schedule_next(const struct schedule *s, int64_t day);

/* What is due on `today` when every run day up to `handled` (inclusive;
 * SCHEDULE_NONE: none yet) has been dealt with: the latest run day in
 * (handled, today] runs (*due; SCHEDULE_NONE when nothing is due), every
 * earlier one is missed: the first `max` of them go into missed[], their
 * number into *n_missed (which may exceed max). After downtime only the
 * latest missed date is placed, never a burst. */
void schedule_due(const struct schedule *s, int64_t handled, int64_t today, int64_t *due, int64_t *missed, int max,
                  int *n_missed);

/* A PO number from a pattern for a run day: {YYYY} {YY} {MM} {DD} are the
 * day's, {LIST} the list's id; any other text is kept. 0, or -1 when the
 * result does not fit (out then ""). */
int schedule_po_expand(const char *pattern, int64_t day, int64_t list_id, char *out, size_t size);

/* "Every 2 weeks on Monday", "Monthly on day 31 (the last day in shorter
 * months)", for pages and mail. */
void schedule_describe(const struct schedule *s, char *out, size_t size);

#endif
