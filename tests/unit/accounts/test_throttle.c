/* The throttle's decision: how long until one more attempt is allowed,
 * from the attempts counted in the window. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "accounts/throttle.h"

#define NOW 1800000000

static const struct throttle_limits SIGN_IN = { 5, 30, 15 };

static void under_the_limits_is_allowed(void **state)
{
    (void)state;
    struct login_failure_counts none = { 0, 0, 0, 0 };
    assert_int_equal(throttle_wait_minutes(&none, &SIGN_IN, NOW), 0);
    struct login_failure_counts four = { 4, 29, NOW - 60, NOW - 60 };
    assert_int_equal(throttle_wait_minutes(&four, &SIGN_IN, NOW), 0);
}

static void at_the_email_limit_waits_until_the_oldest_leaves_the_window(void **state)
{
    (void)state;
    struct login_failure_counts c = { 5, 5, NOW, NOW };
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 15);
    c.oldest_email = NOW - 14 * 60 - 1;     /* 59 s left: rounded up */
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 1);
    c.oldest_email = NOW - 15 * 60;         /* out of the window now */
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 0);
}

static void the_later_of_the_two_limits_wins(void **state)
{
    (void)state;
    struct login_failure_counts c = { 5, 30, NOW - 10 * 60, NOW - 2 * 60 };
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 13);
    c.by_email = 1;
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 13);
    c.by_ip = 29;
    assert_int_equal(throttle_wait_minutes(&c, &SIGN_IN, NOW), 0);
}

static void a_zero_limit_is_no_limit(void **state)
{
    (void)state;
    const struct throttle_limits per_ip_only = { 0, 3, 60 };
    struct login_failure_counts c = { 1000, 2, NOW, NOW };
    assert_int_equal(throttle_wait_minutes(&c, &per_ip_only, NOW), 0);
    c.by_ip = 3;
    assert_int_equal(throttle_wait_minutes(&c, &per_ip_only, NOW), 60);
    const struct throttle_limits per_email_only = { 5, 0, 15 };
    struct login_failure_counts d = { 0, 100000, NOW, NOW };
    assert_int_equal(throttle_wait_minutes(&d, &per_email_only, NOW), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(under_the_limits_is_allowed),
        cmocka_unit_test(at_the_email_limit_waits_until_the_oldest_leaves_the_window),
        cmocka_unit_test(the_later_of_the_two_limits_wins),
        cmocka_unit_test(a_zero_limit_is_no_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
