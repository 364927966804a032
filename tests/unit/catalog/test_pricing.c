/* Contract prices with quantity breaks, and line totals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "catalog/pricing.h"
#include "catalog/catalog_store.h"

static const struct price_break BREAKS[] = { { 100, 700 }, { 1, 900 }, { 10, 800 } };  /* unordered on purpose */

static struct price_quote quote(int64_t list, const struct price_break *rows, size_t n, int64_t qty)
{
    struct price_quote q = { -1, PRICE_PUBLIC };
    assert_int_equal(price_for_qty(list, rows, n, qty, &q), 0);
    return q;
}

static void breaks_at_boundaries(void **state)
{
    (void)state;
    static const struct { int64_t qty, price; } cases[] = {
        { 1, 900 }, { 9, 900 }, { 10, 800 }, { 11, 800 }, { 99, 800 }, { 100, 700 }, { 101, 700 }, { 1000000, 700 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct price_quote q = quote(1000, BREAKS, 3, cases[i].qty);
        assert_int_equal(q.unit_price, cases[i].price);
        assert_int_equal(q.source, PRICE_CONTRACT);
    }
}

static void no_rows_is_public(void **state)
{
    (void)state;
    struct price_quote q = quote(1234, NULL, 0, 5);
    assert_int_equal(q.unit_price, 1234);
    assert_int_equal(q.source, PRICE_PUBLIC);
}

static void rows_only_from_50(void **state)
{
    (void)state;
    static const struct price_break from50[] = { { 50, 400 }, { 200, 350 } };
    struct price_quote q = quote(500, from50, 2, 1);
    assert_int_equal(q.unit_price, 500);
    assert_int_equal(q.source, PRICE_PUBLIC);
    q = quote(500, from50, 2, 49);
    assert_int_equal(q.unit_price, 500);
    assert_int_equal(q.source, PRICE_PUBLIC);
    q = quote(500, from50, 2, 50);
    assert_int_equal(q.unit_price, 400);
    assert_int_equal(q.source, PRICE_CONTRACT);
    q = quote(500, from50, 2, 199);
    assert_int_equal(q.unit_price, 400);
    q = quote(500, from50, 2, 200);
    assert_int_equal(q.unit_price, 350);
}

static void contract_may_exceed_list(void **state)
{
    (void)state;
    static const struct price_break higher[] = { { 1, 1100 } };
    struct price_quote q = quote(1000, higher, 1, 3);
    assert_int_equal(q.unit_price, 1100);
    assert_int_equal(q.source, PRICE_CONTRACT);
}

static void zero_price(void **state)
{
    (void)state;
    static const struct price_break free_rows[] = { { 1, 0 } };
    struct price_quote q = quote(1000, free_rows, 1, 7);
    assert_int_equal(q.unit_price, 0);
    assert_int_equal(q.source, PRICE_CONTRACT);
    q = quote(0, NULL, 0, 7);
    assert_int_equal(q.unit_price, 0);
    assert_int_equal(q.source, PRICE_PUBLIC);
    int64_t total = -1;
    assert_int_equal(price_line_total(INT64_MAX, 0, &total), 0);
    assert_int_equal(total, 0);
    assert_int_equal(price_line_total(0, 999, &total), 0);
    assert_int_equal(total, 0);
}

static void bad_input_refused(void **state)
{
    (void)state;
    struct price_quote q = { 42, PRICE_CONTRACT };
    assert_int_equal(price_for_qty(1000, BREAKS, 3, 0, &q), -1);
    assert_int_equal(price_for_qty(1000, BREAKS, 3, -5, &q), -1);
    assert_int_equal(price_for_qty(-1, NULL, 0, 1, &q), -1);
    static const struct price_break negative[] = { { 1, -3 } };
    assert_int_equal(price_for_qty(1000, negative, 1, 1, &q), -1);
    assert_int_equal(q.unit_price, 42);
    assert_int_equal(q.source, PRICE_CONTRACT);
}

static void line_totals(void **state)
{
    (void)state;
    int64_t total = 0;
    assert_int_equal(price_line_total(12, 800, &total), 0);
    assert_int_equal(total, 9600);
    /* huge quantities: exactly at the limit fits, one more does not */
    assert_int_equal(price_line_total(INT64_MAX, 1, &total), 0);
    assert_int_equal(total, INT64_MAX);
    assert_int_equal(price_line_total(INT64_MAX / 2, 2, &total), 0);
    total = 77;
    assert_int_equal(price_line_total(INT64_MAX / 2 + 1, 2, &total), -1);
    assert_int_equal(price_line_total(4000000000000LL, 4000000000LL, &total), -1);
    assert_int_equal(price_line_total(INT64_MAX, 900, &total), -1);
    assert_int_equal(total, 77);
    assert_int_equal(price_line_total(-1, 100, &total), -1);
    assert_int_equal(price_line_total(1, -100, &total), -1);
}

static void match_expressions(void **state)
{
    (void)state;
    char out[512];
    static const struct { const char *in; int terms; const char *out; } cases[] = {
        { "hex screw", 2, "\"hex\"* AND \"screw\"*" },
        { "  FAS-HCS-0500 ", 1, "\"FAS-HCS-0500\"*" },
        { "\"gloves\" AND (nitrile*) NEAR", 4, "\"gloves\"* AND \"AND\"* AND \"nitrile\"* AND \"NEAR\"*" },
        { "", 0, "" },
        { "   \t ", 0, "" },
        { "*** () \" ^ : --", 0, "" },
        { "caf\xc3\xa9 tape", 2, "\"caf\xc3\xa9\"* AND \"tape\"*" },
        { "<script>alert(1)</script>", 1, "\"scriptalert1script\"*" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(catalog_match_expression(cases[i].in, out, sizeof out), cases[i].terms);
        assert_string_equal(out, cases[i].out);
    }
    /* at most 8 terms, and a tiny buffer never overflows */
    assert_int_equal(catalog_match_expression("a b c d e f g h i j", out, sizeof out), 8);
    char tiny[12];
    assert_true(catalog_match_expression("abcdef ghijkl", tiny, sizeof tiny) <= 1);
    assert_true(strlen(tiny) < sizeof tiny);
    /* a term cut at 64 bytes never ends inside a UTF-8 sequence */
    char longword[200] = "";
    for (int i = 0; i < 40; i++) strcat(longword, "\xc3\xa9");
    assert_int_equal(catalog_match_expression(longword, out, sizeof out), 1);
    assert_int_equal(strlen(out), 64 + 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(breaks_at_boundaries), cmocka_unit_test(no_rows_is_public),
        cmocka_unit_test(rows_only_from_50),    cmocka_unit_test(contract_may_exceed_list),
        cmocka_unit_test(zero_price),           cmocka_unit_test(bad_input_refused),
        cmocka_unit_test(line_totals),          cmocka_unit_test(match_expressions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
