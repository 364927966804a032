/* Calendar arithmetic and YYYY-MM-DD parsing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "base/civil_date.h"

static void known_days(void **state)
{
    (void)state;
    assert_int_equal(civil_days_from_date(1970, 1, 1), 0);
    assert_int_equal(civil_days_from_date(1969, 12, 31), -1);
    assert_int_equal(civil_days_from_date(2000, 3, 1), 11017);
    assert_int_equal(civil_days_from_date(2026, 11, 23), 20780);
}

/* Every day from 1900 to 2400 goes there and back, one day apart. */
static void round_trip(void **state)
{
    (void)state;
    int64_t first = civil_days_from_date(1900, 1, 1), last = civil_days_from_date(2400, 12, 31);
    struct civil_date prev = civil_date_from_days(first - 1);
    for (int64_t z = first; z <= last; z++) {
        struct civil_date c = civil_date_from_days(z);
        assert_int_equal(civil_days_from_date(c.year, c.month, c.day), z);
        if (c.day == 1) assert_int_equal(prev.day, civil_days_in_month(prev.year, prev.month));
        else assert_int_equal(c.day, prev.day + 1);
        prev = c;
    }
}

static void leap_years(void **state)
{
    (void)state;
    assert_true(civil_is_leap(2024));
    assert_true(civil_is_leap(2000));
    assert_false(civil_is_leap(1900));
    assert_false(civil_is_leap(2026));
    assert_int_equal(civil_days_in_month(2024, 2), 29);
    assert_int_equal(civil_days_in_month(2026, 2), 28);
    assert_int_equal(civil_days_in_month(2026, 13), 0);
}

static void parsing(void **state)
{
    (void)state;
    struct civil_date c = { 0, 0, 0 };
    assert_int_equal(civil_date_parse("2026-03-15", &c), CIVIL_DATE_OK);
    assert_int_equal(c.year, 2026);
    assert_int_equal(c.month, 3);
    assert_int_equal(c.day, 15);
    assert_int_equal(civil_date_parse("2024-02-29", &c), CIVIL_DATE_OK);
    assert_int_equal(civil_date_parse("2026-02-29", &c), CIVIL_DATE_NO_SUCH_DAY);
    assert_int_equal(civil_date_parse("2026-02-30", &c), CIVIL_DATE_NO_SUCH_DAY);
    assert_int_equal(civil_date_parse("2026-13-01", &c), CIVIL_DATE_NO_SUCH_DAY);
    assert_int_equal(civil_date_parse("2026-00-10", &c), CIVIL_DATE_NO_SUCH_DAY);
    assert_int_equal(civil_date_parse("2026-04-00", &c), CIVIL_DATE_NO_SUCH_DAY);
    assert_int_equal(civil_date_parse("2026-4-01", &c), CIVIL_DATE_BAD_FORMAT);
    assert_int_equal(civil_date_parse("2026/04/01", &c), CIVIL_DATE_BAD_FORMAT);
    assert_int_equal(civil_date_parse(" 2026-04-01", &c), CIVIL_DATE_BAD_FORMAT);
    assert_int_equal(civil_date_parse("2026-04-0a", &c), CIVIL_DATE_BAD_FORMAT);
    assert_int_equal(civil_date_parse("", &c), CIVIL_DATE_BAD_FORMAT);
    assert_int_equal(civil_date_parse(NULL, &c), CIVIL_DATE_BAD_FORMAT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(known_days),
        cmocka_unit_test(round_trip),
        cmocka_unit_test(leap_years),
        cmocka_unit_test(parsing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
