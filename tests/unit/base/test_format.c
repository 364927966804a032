/* Unit tests for src/base/format.c: money and dates for pages and mail. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/format.h"

static void expect_money(int64_t minor, const char *currency, const char *want)
{
    char out[64];
    memset(out, 'Z', sizeof out);
    format_money(minor, currency, out, sizeof out);
    assert_string_equal(out, want);
}

/* 2026-11-22 15:30:00 UTC */
#define NOV_22_2026 INT64_C(1795361400)
/* 2000-02-29 00:00:00 UTC */
#define FEB_29_2000 INT64_C(951782400)
/* 2038-01-19 03:14:08 UTC, one past the 32-bit time_t limit */
#define PAST_2038 INT64_C(2147483648)

/* --- format_money ------------------------------------------------------- */

static void test_money_usd_grouping(void **state)
{
    (void)state;
    expect_money(123456, "USD", "$1,234.56");
    expect_money(0, "USD", "$0.00");
    expect_money(1, "USD", "$0.01");
    expect_money(99, "USD", "$0.99");
    expect_money(100, "USD", "$1.00");
    expect_money(99999, "USD", "$999.99");
    expect_money(100000, "USD", "$1,000.00");
    expect_money(999999, "USD", "$9,999.99");
    expect_money(1000000, "USD", "$10,000.00");
    expect_money(10000000, "USD", "$100,000.00");
    expect_money(100000000, "USD", "$1,000,000.00");
    expect_money(12345678901, "USD", "$123,456,789.01");
}

static void test_money_negative(void **state)
{
    (void)state;
    expect_money(-5, "USD", "-$0.05");
    expect_money(-100, "USD", "-$1.00");
    expect_money(-123456, "USD", "-$1,234.56");
    expect_money(-100000000, "USD", "-$1,000,000.00");
}

static void test_money_known_currencies(void **state)
{
    (void)state;
    expect_money(123456, "CAD", "$1,234.56");
    expect_money(123456, "EUR", "\xe2\x82\xac" "1,234.56");
    expect_money(-5, "EUR", "-\xe2\x82\xac" "0.05");
    expect_money(123456, "GBP", "\xc2\xa3" "1,234.56");
    expect_money(-123456, "GBP", "-\xc2\xa3" "1,234.56");
}

static void test_money_unknown_currency_uses_code(void **state)
{
    (void)state;
    expect_money(123456, "CHF", "1,234.56 CHF");
    expect_money(5, "JPY", "0.05 JPY");
    expect_money(-123456, "CHF", "-1,234.56 CHF");
    expect_money(100000000, "SEK", "1,000,000.00 SEK");
}

static void test_money_null_currency_is_dollars(void **state)
{
    (void)state;
    expect_money(123456, NULL, "$1,234.56");
    expect_money(-5, NULL, "-$0.05");
}

static void test_money_int64_extremes(void **state)
{
    (void)state;
    expect_money(INT64_MAX, "USD", "$92,233,720,368,547,758.07");
    expect_money(INT64_MIN, "USD", "-$92,233,720,368,547,758.08");
    expect_money(INT64_MIN + 1, "USD", "-$92,233,720,368,547,758.07");
    expect_money(INT64_MAX, "EUR", "\xe2\x82\xac" "92,233,720,368,547,758.07");
    expect_money(INT64_MIN, "XYZ", "-92,233,720,368,547,758.08 XYZ");
    expect_money(INT64_MAX, "XYZ", "92,233,720,368,547,758.07 XYZ");
}

static void test_money_small_buffer_truncates_without_overflow(void **state)
{
    (void)state;
    char out[32];
    memset(out, 'Z', sizeof out);
    format_money(123456, "USD", out, 6);
    assert_string_equal(out, "$1,23");
    for (size_t i = 6; i < sizeof out; i++) assert_int_equal(out[i], 'Z');

    memset(out, 'Z', sizeof out);
    format_money(INT64_MIN, "XYZ", out, 10);
    assert_string_equal(out, "-92,233,7");
    for (size_t i = 10; i < sizeof out; i++) assert_int_equal(out[i], 'Z');

    memset(out, 'Z', sizeof out);
    format_money(123456, "USD", out, 1);
    assert_string_equal(out, "");
    assert_int_equal(out[1], 'Z');

    /* Exactly big enough: "$1,234.56" is 9 characters + NUL. */
    memset(out, 'Z', sizeof out);
    format_money(123456, "USD", out, 10);
    assert_string_equal(out, "$1,234.56");
    assert_int_equal(out[10], 'Z');
}

/* --- format_date / format_iso_date --------------------------------------- */

static void test_date_human(void **state)
{
    (void)state;
    char out[32];
    format_date(NOV_22_2026, out, sizeof out);
    assert_string_equal(out, "Nov 22, 2026");
    format_date(FEB_29_2000, out, sizeof out);
    assert_string_equal(out, "Feb 29, 2000");
    format_date(PAST_2038, out, sizeof out);
    assert_string_equal(out, "Jan 19, 2038");
    format_date(-1, out, sizeof out);
    assert_string_equal(out, "Dec 31, 1969");
    format_date(INT64_C(1767139200), out, sizeof out);   /* 2025-12-31 00:00:00 */
    assert_string_equal(out, "Dec 31, 2025");
}

static void test_date_iso(void **state)
{
    (void)state;
    char out[16];
    format_iso_date(NOV_22_2026, out, sizeof out);
    assert_string_equal(out, "2026-11-22");
    format_iso_date(FEB_29_2000, out, sizeof out);
    assert_string_equal(out, "2000-02-29");
    format_iso_date(0, out, sizeof out);
    assert_string_equal(out, "1970-01-01");
    format_iso_date(-1, out, sizeof out);
    assert_string_equal(out, "1969-12-31");
    format_iso_date(PAST_2038, out, sizeof out);
    assert_string_equal(out, "2038-01-19");
    /* Exactly big enough: 10 characters + NUL. */
    char exact[11];
    format_iso_date(NOV_22_2026, exact, sizeof exact);
    assert_string_equal(exact, "2026-11-22");
}

static void test_datetime_to_the_second(void **state)
{
    (void)state;
    char out[32];
    format_datetime(INT64_C(1795305600) + 14 * 3600 + 5 * 60 + 9, out, sizeof out);   /* 2026-11-22 00:00:00 + */
    assert_string_equal(out, "2026-11-22 14:05:09 UTC");
    format_datetime(FEB_29_2000 + 86399, out, sizeof out);
    assert_string_equal(out, "2000-02-29 23:59:59 UTC");
}

static void test_dates_are_utc_whatever_the_local_zone(void **state)
{
    (void)state;
    char *old = getenv("TZ") ? strdup(getenv("TZ")) : NULL;
    char out[32];
    /* POSIX zone strings need no zone database. */
    static const char *zones[] = { "UTC0", "EST5", "PST8", "JST-9", "NZST-12" };
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
        setenv("TZ", zones[i], 1);
        tzset();
        format_date(INT64_C(1795391999), out, sizeof out);   /* 2026-11-22 23:59:59 UTC */
        assert_string_equal(out, "Nov 22, 2026");
        format_iso_date(INT64_C(1795305600), out, sizeof out); /* 2026-11-22 00:00:00 UTC */
        assert_string_equal(out, "2026-11-22");
    }
    if (old) {
        setenv("TZ", old, 1);
        free(old);
    } else {
        unsetenv("TZ");
    }
    tzset();
}

/* A buffer too small for the date must still hold a NUL-terminated string
 * within `size` (empty or cut short), never unterminated bytes. */
static void assert_terminated_prefix(const char *out, size_t size, const char *full)
{
    const char *nul = memchr(out, '\0', size);
    if (!nul) fail_msg("output not NUL-terminated within %zu bytes: \"%.*s\"", size, (int)size, out);
    size_t len = (size_t)(nul - out);
    assert_true(len < size);
    assert_memory_equal(out, full, len);
}

static void test_date_small_buffer_is_terminated(void **state)
{
    (void)state;
    char out[32];
    memset(out, 'Z', sizeof out);
    format_date(NOV_22_2026, out, 8);
    assert_terminated_prefix(out, 8, "Nov 22, 2026");
    for (size_t i = 8; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
}

static void test_iso_date_small_buffer_is_terminated(void **state)
{
    (void)state;
    char out[32];
    memset(out, 'Z', sizeof out);
    format_iso_date(NOV_22_2026, out, 10);
    assert_terminated_prefix(out, 10, "2026-11-22");
    for (size_t i = 10; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
}

/* The calendar arithmetic agrees with gmtime + strftime everywhere (dates,
 * times of day, ISO moments): from 1000-01-01 to 9999-12-31 in strides of
 * 37 days, 7 hours and 61 seconds
 * (leap years, centuries, 1970 and the 2038 limit included), each day's
 * first and last second, and the two ends of the range. */
static void expect_like_strftime(int64_t when)
{
    static const struct {
        const char *name, *pattern;
        void (*format)(int64_t, char *, size_t);
    } forms[] = {
        { "format_date", "%b %d, %Y", format_date },
        { "format_iso_date", "%Y-%m-%d", format_iso_date },
        { "format_time_of_day", "%H:%M UTC", format_time_of_day },
        { "format_iso_datetime", "%Y-%m-%dT%H:%M:%SZ", format_iso_datetime },
        { "format_datetime", "%Y-%m-%d %H:%M:%S UTC", format_datetime },
    };
    time_t t = (time_t)when;
    struct tm tm;
    assert_non_null(gmtime_r(&t, &tm));
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char want[64], got[64];
        strftime(want, sizeof want, forms[i].pattern, &tm);
        forms[i].format(when, got, sizeof got);
        if (strcmp(want, got) != 0)
            fail_msg("%s(%lld): \"%s\", strftime \"%s\"", forms[i].name, (long long)when, got, want);
    }
}

static void test_dates_match_strftime(void **state)
{
    (void)state;
    const int64_t first = INT64_C(-30610224000), last = INT64_C(253402300799);
    for (int64_t when = first; when < last; when += 86400 * 37 + 7 * 3600 + 61) expect_like_strftime(when);
    for (int64_t day = -800; day < 800; day++) {                      /* around 1970 */
        expect_like_strftime(day * 86400);
        expect_like_strftime(day * 86400 + 86399);
    }
    for (int64_t when = INT64_C(951696000) - 3 * 86400; when < INT64_C(951696000) + 3 * 86400; when += 3600)
        expect_like_strftime(when);                                   /* 2000-02-28 .. 03-02 */
    expect_like_strftime(first);
    expect_like_strftime(last);
    expect_like_strftime(first - 1);                                  /* 999-12-31: strftime's way */
    expect_like_strftime(last + 1);                                   /* 10000-01-01 */
    expect_like_strftime(PAST_2038);
}

/* INT64_MAX seconds is beyond what struct tm can hold (gmtime fails). The
 * output must then not depend on what an earlier call left behind. */
static void test_date_unrepresentable_time_is_deterministic(void **state)
{
    (void)state;
    char a[64], b[64], scratch[64];
    format_date(NOV_22_2026, scratch, sizeof scratch);
    memset(a, 'Z', sizeof a);
    format_date(INT64_MAX, a, sizeof a);
    format_date(FEB_29_2000, scratch, sizeof scratch);
    memset(b, 'Z', sizeof b);
    format_date(INT64_MAX, b, sizeof b);
    assert_non_null(memchr(a, '\0', sizeof a));
    assert_non_null(memchr(b, '\0', sizeof b));
    assert_string_equal(a, b);

    format_iso_date(NOV_22_2026, scratch, sizeof scratch);
    memset(a, 'Z', sizeof a);
    format_iso_date(INT64_MIN, a, sizeof a);
    format_iso_date(FEB_29_2000, scratch, sizeof scratch);
    memset(b, 'Z', sizeof b);
    format_iso_date(INT64_MIN, b, sizeof b);
    assert_non_null(memchr(a, '\0', sizeof a));
    assert_non_null(memchr(b, '\0', sizeof b));
    assert_string_equal(a, b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_money_usd_grouping),
        cmocka_unit_test(test_money_negative),
        cmocka_unit_test(test_money_known_currencies),
        cmocka_unit_test(test_money_unknown_currency_uses_code),
        cmocka_unit_test(test_money_null_currency_is_dollars),
        cmocka_unit_test(test_money_int64_extremes),
        cmocka_unit_test(test_money_small_buffer_truncates_without_overflow),
        cmocka_unit_test(test_date_human),
        cmocka_unit_test(test_date_iso),
        cmocka_unit_test(test_datetime_to_the_second),
        cmocka_unit_test(test_dates_are_utc_whatever_the_local_zone),
        cmocka_unit_test(test_date_small_buffer_is_terminated),
        cmocka_unit_test(test_iso_date_small_buffer_is_terminated),
        cmocka_unit_test(test_date_unrepresentable_time_is_deterministic),
        cmocka_unit_test(test_dates_match_strftime),
    };
    return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
