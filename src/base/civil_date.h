#ifndef BUYERDESK_CIVIL_DATE_H
#define BUYERDESK_CIVIL_DATE_H

#include <stdint.h>

/* Calendar days without time_t or the locale: the proleptic Gregorian
 * calendar (Howard Hinnant's algorithms), exact for any day. Pure; every
 * date field (filters, checkout, imports, approval periods, mail headers)
 * goes through here. */

struct civil_date {
    int64_t year;
    int month;     /* 1..12 */
    int day;       /* 1..31 */
};

/* Days since 1970-01-01 (negative before). */
int64_t civil_days_from_date(int64_t year, int month, int day);
struct civil_date civil_date_from_days(int64_t days);

/* 1 for a leap year; the number of days of a month (1..12). */
int civil_is_leap(int64_t year);
int civil_days_in_month(int64_t year, int month);

enum civil_parse_result {
    CIVIL_DATE_OK = 0,
    CIVIL_DATE_BAD_FORMAT = -1,     /* not YYYY-MM-DD with digits */
    CIVIL_DATE_NO_SUCH_DAY = -2,    /* 2026-02-30, month 13, day 0 */
};

/* Parses "YYYY-MM-DD" exactly (no spaces, no other forms). */
enum civil_parse_result civil_date_parse(const char *text, struct civil_date *out);

#endif
