/* The one clock: instants in both spellings, and a pinned clock that keeps
 * running from where it was set. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"

static int64_t instant(const char *text)
{
    int64_t t = 0;
    assert_int_equal(clock_parse_instant(text, &t), 0);
    return t;
}

static void instants(void **state)
{
    (void)state;
    assert_int_equal(instant("0"), 0);
    assert_int_equal(instant("1796000000"), 1796000000);
    assert_int_equal(instant("-86400"), -86400);
    assert_int_equal(instant("1970-01-01T00:00:00Z"), 0);
    assert_int_equal(instant("2031-02-28T23:50:00Z"), 1930089000);
    assert_int_equal(instant("2031-02-28T23:50"), 1930089000);
    assert_int_equal(instant("2031-02-28 23:50:00"), 1930089000);
    assert_int_equal(instant("2028-02-29T12:00:00Z"), 1835438400);
    assert_int_equal(instant("2026-12-31T23:59:59Z") + 1, instant("2027-01-01T00:00:00Z"));

    const char *bad[] = {"", "soon", "12a", "-", "2031-02-29T00:00:00Z", "2031-02-28T24:00:00Z",
                         "2031-02-28T23:60", "2031-02-28T23:59:60Z", "2031-02-28", "2031-02-28T23:50:00+01:00",
                         "2031-02-28T23:50:00ZZ", "2031-02-28X23:50", "99999999999999999999999"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t t = 42;
        assert_int_equal(clock_parse_instant(bad[i], &t), -1);
        assert_int_equal(t, 42);
    }
    assert_int_equal(clock_parse_instant(NULL, NULL), -1);
}

static void unpinned_follows_the_system(void **state)
{
    (void)state;
    char err[256];
    unsetenv("BUYERDESK_NOW");
    unsetenv("BUYERDESK_NOW_SINCE");
    assert_int_equal(clock_init(err, sizeof err), 0);
    assert_int_equal(clock_offset(), 0);
    int64_t before = (int64_t)time(NULL), now = clock_now();
    assert_true(now >= before && now <= (int64_t)time(NULL));
}

/* Pinned with an anchor in the past: the clock has run on since then. */
static void pinned_keeps_running(void **state)
{
    (void)state;
    char err[256], since[32];
    int64_t real = (int64_t)time(NULL);
    snprintf(since, sizeof since, "%lld", (long long)(real - 90));
    setenv("BUYERDESK_NOW", "2026-12-31T23:59:00Z", 1);
    setenv("BUYERDESK_NOW_SINCE", since, 1);
    assert_int_equal(clock_init(err, sizeof err), 0);
    int64_t now = clock_now(), expect = instant("2027-01-01T00:00:30Z");
    assert_true(now >= expect && now <= expect + 2);   /* 90 s after 23:59: the new year */
}

/* Without an anchor, the process anchors at its own start and exports it,
 * so the processes it starts share its timeline. */
static void pinned_anchor_is_exported(void **state)
{
    (void)state;
    char err[256];
    setenv("BUYERDESK_NOW", "1930089000", 1);
    unsetenv("BUYERDESK_NOW_SINCE");
    int64_t real = (int64_t)time(NULL);
    assert_int_equal(clock_init(err, sizeof err), 0);
    const char *since = getenv("BUYERDESK_NOW_SINCE");
    assert_non_null(since);
    assert_true(atoll(since) >= real && atoll(since) <= real + 1);
    int64_t now = clock_now();
    assert_true(now >= 1930089000 && now <= 1930089002);
    assert_int_equal(clock_offset(), 1930089000 - atoll(since));
}

static void bad_settings_are_refused(void **state)
{
    (void)state;
    char err[256] = "";
    setenv("BUYERDESK_NOW", "next tuesday", 1);
    unsetenv("BUYERDESK_NOW_SINCE");
    assert_int_equal(clock_init(err, sizeof err), -1);
    assert_non_null(strstr(err, "BUYERDESK_NOW=next tuesday"));
    setenv("BUYERDESK_NOW", "2031-02-28T23:50:00Z", 1);
    setenv("BUYERDESK_NOW_SINCE", "yesterday", 1);
    assert_int_equal(clock_init(err, sizeof err), -1);
    assert_non_null(strstr(err, "BUYERDESK_NOW_SINCE"));
    unsetenv("BUYERDESK_NOW");
    unsetenv("BUYERDESK_NOW_SINCE");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(instants),
        cmocka_unit_test(unpinned_follows_the_system),
        cmocka_unit_test(pinned_keeps_running),
        cmocka_unit_test(pinned_anchor_is_exported),
        cmocka_unit_test(bad_settings_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
