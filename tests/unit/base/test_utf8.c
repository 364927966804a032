/* UTF-8 (src/base/utf8.h): counting characters and cutting without ever
 * splitting one, the way every field limit and fixed buffer uses them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "base/utf8.h"

#define MUELLER "M\xc3\xbcller"                  /* Müller: 6 characters, 7 bytes */
#define EURO "\xe2\x82\xac"                        /* 3 bytes */
#define CRATE "\xf0\x9f\x93\xa6"                   /* a 4-byte character */

static void counting(void **state)
{
    (void)state;
    assert_int_equal(utf8_chars(""), 0);
    assert_int_equal(utf8_chars("abc"), 3);
    assert_int_equal(utf8_chars(MUELLER), 6);
    assert_int_equal(utf8_chars(EURO CRATE "x"), 3);
    assert_int_equal(utf8_chars_in(MUELLER, 3), 2);          /* "M" and the whole "ü" */
    assert_int_equal(utf8_chars_in(MUELLER, 2), 2);          /* a lead byte counts as its character */
}

static void cutting_never_splits_a_character(void **state)
{
    (void)state;
    const char *s = "a" EURO CRATE "b";                     /* 1 + 3 + 4 + 1 bytes */
    size_t len = strlen(s);
    assert_int_equal(utf8_fit(s, len, 100), len);
    assert_int_equal(utf8_fit(s, len, 0), 0);
    assert_int_equal(utf8_fit(s, len, 1), 1);
    assert_int_equal(utf8_fit(s, len, 2), 1);
    assert_int_equal(utf8_fit(s, len, 3), 1);
    assert_int_equal(utf8_fit(s, len, 4), 4);
    assert_int_equal(utf8_fit(s, len, 7), 4);
    assert_int_equal(utf8_fit(s, len, 8), 8);
    for (size_t max = 0; max <= len; max++)
        assert_true(utf8_valid(s, utf8_fit(s, len, max)));
    char out[6];
    utf8_copy(out, sizeof out, s);                          /* 5 bytes of room: "a€" */
    assert_string_equal(out, "a" EURO);
    utf8_copy(out, sizeof out, "abc");
    assert_string_equal(out, "abc");
    utf8_copy(out, 1, "abc");
    assert_string_equal(out, "");
    assert_int_equal(utf8_prefix(MUELLER, 2), 3);
    assert_int_equal(utf8_prefix(MUELLER, 99), strlen(MUELLER));
    assert_int_equal(utf8_prefix(CRATE CRATE, 1), 4);
}

static void tidying_a_cut_tail(void **state)
{
    (void)state;
    char s[16];
    memcpy(s, "ab" EURO, 4);                                /* "ab" and half of € */
    s[4] = '\0';
    utf8_tidy(s);
    assert_string_equal(s, "ab");
    strcpy(s, "ab" EURO);
    utf8_tidy(s);
    assert_string_equal(s, "ab" EURO);                      /* whole: kept */
    strcpy(s, "");
    utf8_tidy(s);
    assert_string_equal(s, "");
}

static void validating(void **state)
{
    (void)state;
    assert_true(utf8_valid(MUELLER, strlen(MUELLER)));
    assert_false(utf8_valid("\xc3", 1));                    /* cut */
    assert_false(utf8_valid("\xc0\xaf", 2));                /* overlong */
    assert_false(utf8_valid("\xed\xa0\x80", 3));            /* surrogate */
    assert_false(utf8_valid("\xf4\x90\x80\x80", 4));        /* beyond U+10FFFF */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counting),
        cmocka_unit_test(cutting_never_splits_a_character),
        cmocka_unit_test(tidying_a_cut_tail),
        cmocka_unit_test(validating),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
