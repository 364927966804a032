/* Scheduled reorders: next-run dates across month ends, leap years and
 * year ends; missed dates after downtime; PO number patterns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/civil_date.h"
#include "lists/schedule.h"

static int64_t D(const char *text)
{
    struct civil_date c;
    assert_int_equal(civil_date_parse(text, &c), CIVIL_DATE_OK);
    return civil_days_from_date(c.year, c.month, c.day);
}

static void assert_day(int64_t day, const char *expected)
{
    struct civil_date c = civil_date_from_days(day);
    char text[16];
    snprintf(text, sizeof text, "%04lld-%02d-%02d", (long long)c.year, c.month, c.day);
    assert_string_equal(text, expected);
}

static void weekdays(void **state)
{
    (void)state;
    assert_int_equal(schedule_weekday(D("1970-01-01")), 3);   /* Thursday */
    assert_int_equal(schedule_weekday(D("2026-12-07")), 0);   /* Monday */
    assert_int_equal(schedule_weekday(D("1969-12-28")), 6);   /* Sunday, before 1970 */
    assert_int_equal(schedule_weekday(D("2028-02-29")), 1);   /* Tuesday */
}

static void every_n_days(void **state)
{
    (void)state;
    struct schedule s = { SCHEDULE_DAYS, 10, 0, 0, D("2026-12-25"), SCHEDULE_NO_END };
    assert_day(schedule_next(&s, D("2026-01-01")), "2026-12-25");      /* before the start: the start */
    assert_day(schedule_next(&s, D("2026-12-25")), "2026-12-25");
    assert_day(schedule_next(&s, D("2026-12-26")), "2027-01-04");      /* across the year end */
    s.start_day = D("2028-02-20");
    assert_day(schedule_next(&s, D("2028-02-21")), "2028-03-01");      /* a leap February: 29 days */
    s.start_day = D("2027-02-20");
    assert_day(schedule_next(&s, D("2027-02-21")), "2027-03-02");      /* a common one: 28 */
    s.end_day = D("2027-03-01");
    assert_true(schedule_next(&s, D("2027-02-21")) == SCHEDULE_NONE); /* past the end */
    s.end_day = D("2027-03-02");
    assert_day(schedule_next(&s, D("2027-02-21")), "2027-03-02");      /* the end day itself runs */
}

static void every_n_weeks_on_a_weekday(void **state)
{
    (void)state;
    /* 2026-12-30 is a Wednesday; every 2 weeks on Monday: the first Monday on or after it */
    struct schedule s = { SCHEDULE_WEEKS, 2, 0, 0, D("2026-12-30"), SCHEDULE_NO_END };
    assert_day(schedule_next(&s, D("2026-12-01")), "2027-01-04");
    assert_day(schedule_next(&s, D("2027-01-05")), "2027-01-18");
    assert_day(schedule_next(&s, D("2027-01-18")), "2027-01-18");
    assert_int_equal(schedule_weekday(schedule_next(&s, D("2031-02-28"))), 0);
    s.every = 1;
    s.weekday = 2;   /* Wednesday: the start day itself */
    assert_day(schedule_next(&s, D("2026-12-30")), "2026-12-30");
    assert_day(schedule_next(&s, D("2026-12-31")), "2027-01-06");
    s.start_day = D("2028-02-24");   /* Thursday; weekly on Tuesday runs on the leap day */
    s.weekday = 1;
    assert_day(schedule_next(&s, D("2028-02-24")), "2028-02-29");
    assert_day(schedule_next(&s, D("2028-03-01")), "2028-03-07");
}

static void monthly_with_last_day_clamping(void **state)
{
    (void)state;
    struct schedule s = { SCHEDULE_MONTHS, 1, 0, 31, D("2027-01-15"), SCHEDULE_NO_END };
    assert_day(schedule_next(&s, D("2027-01-15")), "2027-01-31");
    assert_day(schedule_next(&s, D("2027-02-01")), "2027-02-28");
    assert_day(schedule_next(&s, D("2027-03-01")), "2027-03-31");
    assert_day(schedule_next(&s, D("2027-04-01")), "2027-04-30");
    assert_day(schedule_next(&s, D("2027-12-31")), "2027-12-31");
    assert_day(schedule_next(&s, D("2028-01-01")), "2028-01-31");      /* across the year end */
    assert_day(schedule_next(&s, D("2028-02-01")), "2028-02-29");      /* a leap year */
    s.month_day = 30;
    assert_day(schedule_next(&s, D("2100-02-01")), "2100-02-28");      /* 2100 is not a leap year */
    assert_day(schedule_next(&s, D("2000-02-01") > s.start_day ? D("2000-02-01") : s.start_day), "2027-01-30");
    /* a start after the month day waits for the next month */
    s.month_day = 10;
    assert_day(schedule_next(&s, s.start_day), "2027-02-10");
    /* every 3 months on the 31st from November: Nov 30, Feb 28/29, May 31, Aug 31 */
    struct schedule q = { SCHEDULE_MONTHS, 3, 0, 31, D("2027-11-01"), SCHEDULE_NO_END };
    assert_day(schedule_next(&q, q.start_day), "2027-11-30");
    assert_day(schedule_next(&q, D("2027-12-01")), "2028-02-29");
    assert_day(schedule_next(&q, D("2028-03-01")), "2028-05-31");
    assert_day(schedule_next(&q, D("2028-06-01")), "2028-08-31");
}

static void missed_dates_run_only_the_latest(void **state)
{
    (void)state;
    struct schedule s = { SCHEDULE_WEEKS, 1, 0, 0, D("2027-01-04"), SCHEDULE_NO_END };   /* Mondays */
    int64_t due, missed[8];
    int n = -1;
    /* nothing handled yet, the first Monday: it runs, nothing missed */
    schedule_due(&s, SCHEDULE_NONE, D("2027-01-04"), &due, missed, 8, &n);
    assert_day(due, "2027-01-04");
    assert_int_equal(n, 0);
    /* the same day again after it ran: nothing due */
    schedule_due(&s, D("2027-01-04"), D("2027-01-04"), &due, missed, 8, &n);
    assert_true(due == SCHEDULE_NONE);
    schedule_due(&s, D("2027-01-04"), D("2027-01-10"), &due, missed, 8, &n);
    assert_true(due == SCHEDULE_NONE);
    /* three weeks down, back on a Wednesday: the latest Monday runs, two are missed */
    schedule_due(&s, D("2027-01-04"), D("2027-01-27"), &due, missed, 8, &n);
    assert_day(due, "2027-01-25");
    assert_int_equal(n, 2);
    assert_day(missed[0], "2027-01-11");
    assert_day(missed[1], "2027-01-18");
    /* a year down: 51 missed, the first 8 listed */
    schedule_due(&s, D("2027-01-04"), D("2028-01-05"), &due, missed, 8, &n);
    assert_day(due, "2028-01-03");
    assert_int_equal(n, 51);
    assert_day(missed[7], "2027-03-01");
    /* the end date stops it */
    s.end_day = D("2027-01-20");
    schedule_due(&s, D("2027-01-04"), D("2027-02-27"), &due, missed, 8, &n);
    assert_day(due, "2027-01-18");
    assert_int_equal(n, 1);
    schedule_due(&s, D("2027-01-18"), D("2027-12-31"), &due, missed, 8, &n);
    assert_true(due == SCHEDULE_NONE);
    assert_int_equal(n, 0);
    /* monthly across a year end with the last-day rule */
    struct schedule m = { SCHEDULE_MONTHS, 1, 0, 31, D("2027-10-01"), SCHEDULE_NO_END };
    schedule_due(&m, D("2027-10-31"), D("2028-03-01"), &due, missed, 8, &n);
    assert_day(due, "2028-02-29");
    assert_int_equal(n, 3);
    assert_day(missed[0], "2027-11-30");
    assert_day(missed[2], "2028-01-31");
}

static void po_patterns(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(schedule_po_expand("AUTO-{YYYY}{MM}{DD}", D("2028-02-29"), 7, out, sizeof out), 0);
    assert_string_equal(out, "AUTO-20280229");
    assert_int_equal(schedule_po_expand("{YY}/{MM}-L{LIST}", D("2031-01-05"), 42, out, sizeof out), 0);
    assert_string_equal(out, "31/01-L42");
    assert_int_equal(schedule_po_expand("plain {YYYY", D("2027-01-01"), 1, out, sizeof out), 0);
    assert_string_equal(out, "plain {YYYY");
    assert_int_equal(schedule_po_expand("", D("2027-01-01"), 1, out, sizeof out), 0);
    assert_string_equal(out, "");
    char tiny[8];
    assert_int_equal(schedule_po_expand("AUTO-{YYYY}", D("2027-01-01"), 1, tiny, sizeof tiny), -1);
    assert_string_equal(tiny, "");
}

static void checks_and_words(void **state)
{
    (void)state;
    char msg[200];
    struct schedule s = { SCHEDULE_WEEKS, 2, 0, 0, D("2027-01-01"), SCHEDULE_NO_END };
    assert_int_equal(schedule_check(&s, msg, sizeof msg), 0);
    s.every = 0;
    assert_int_equal(schedule_check(&s, msg, sizeof msg), -1);
    s.every = 2;
    s.weekday = 7;
    assert_int_equal(schedule_check(&s, msg, sizeof msg), -1);
    s.weekday = 4;
    s.end_day = D("2026-12-31");
    assert_int_equal(schedule_check(&s, msg, sizeof msg), -1);
    assert_string_equal(msg, "The end date must not be before the start date.");
    s.end_day = SCHEDULE_NO_END;
    schedule_describe(&s, msg, sizeof msg);
    assert_string_equal(msg, "Every 2 weeks on Friday");
    struct schedule m = { SCHEDULE_MONTHS, 1, 0, 31, D("2027-01-01"), SCHEDULE_NO_END };
    schedule_describe(&m, msg, sizeof msg);
    assert_string_equal(msg, "Every month on day 31 (the last day in shorter months)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(weekdays),
        cmocka_unit_test(every_n_days),
        cmocka_unit_test(every_n_weeks_on_a_weekday),
        cmocka_unit_test(monthly_with_last_day_clamping),
        cmocka_unit_test(missed_dates_run_only_the_latest),
        cmocka_unit_test(po_patterns),
        cmocka_unit_test(checks_and_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
