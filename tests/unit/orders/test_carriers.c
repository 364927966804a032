/* Carrier tracking links: known carriers, encoding, no link where none exists. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "orders/carriers.h"

static void known_carrier_links(void **state)
{
    (void)state;
    char url[256];
    assert_int_equal(carrier_tracking_url("UPS", "1Z999AA10123456784", url, sizeof url), 1);
    assert_string_equal(url, "https://www.ups.com/track?tracknum=1Z999AA10123456784");
    assert_int_equal(carrier_tracking_url("FedEx", "7712 3456 7890", url, sizeof url), 1);
    assert_string_equal(url, "https://www.fedex.com/fedextrack/?trknbr=7712%203456%207890");
    /* characters that would break out of the query are encoded */
    assert_int_equal(carrier_tracking_url("USPS", "a&b=\"<c>", url, sizeof url), 1);
    assert_null(strchr(url + strlen("https://tools.usps.com/go/TrackConfirmAction?tLabels="), '&'));
    assert_null(strchr(url, '"'));
    assert_null(strchr(url, '<'));
}

static void no_link(void **state)
{
    (void)state;
    char url[64] = "x";
    assert_int_equal(carrier_tracking_url("LTL freight", "PRO-123", url, sizeof url), 0);
    assert_string_equal(url, "");
    assert_int_equal(carrier_tracking_url("Pony Express", "1", url, sizeof url), 0);
    assert_int_equal(carrier_tracking_url("UPS", "", url, sizeof url), 0);
    assert_int_equal(carrier_tracking_url(NULL, "1", url, sizeof url), 0);
    char tiny[40];
    assert_int_equal(carrier_tracking_url("UPS", "1Z999AA10123456784", tiny, sizeof tiny), 0);
    assert_string_equal(tiny, "");
}

static void known_names(void **state)
{
    (void)state;
    for (int i = 0; i < CARRIER_COUNT; i++) assert_true(carrier_known(carrier_names[i]));
    assert_false(carrier_known("ups"));
    assert_false(carrier_known(""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(known_carrier_links),
        cmocka_unit_test(no_link),
        cmocka_unit_test(known_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
