/* The one money grammar (src/base/money.h), fed every example the four
 * parsers it replaced were tested with (checkout's staff input, the
 * approval rules' amounts, the ERP order import, the products admin's
 * prices), with today's verdict; and the checked arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/money.h"

struct good { const char *text; int64_t cents; };

static void accepts(const struct good *cases, size_t n, enum money_sign sign)
{
    for (size_t i = 0; i < n; i++) {
        int64_t c = 42;
        const char *problem = money_parse(cases[i].text, sign, &c);
        if (problem) print_error("refused '%s': %s\n", cases[i].text, problem);
        assert_null(problem);
        assert_int_equal(c, cases[i].cents);
    }
}

static void refuses(const char *const *cases, size_t n, enum money_sign sign)
{
    for (size_t i = 0; i < n; i++) {
        int64_t c = 42;
        const char *problem = money_parse(cases[i], sign, &c);
        if (!problem) print_error("accepted '%s'\n", cases[i]);
        assert_non_null(problem);
        assert_int_equal(c, 42);     /* untouched */
    }
}

#define ACCEPTS(cases, sign) accepts(cases, sizeof cases / sizeof cases[0], sign)
#define REFUSES(cases, sign) refuses(cases, sizeof cases / sizeof cases[0], sign)

static void the_grammar(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "1,234.50", 123450 }, { "1234.5", 123450 }, { "$1,234.50", 123450 }, { "0.5", 50 }, { "0", 0 },
        { "12,345,678.90", 1234567890 }, { "999", 99900 }, { "1,000", 100000 }, { " 7.25\t", 725 },
        { "1000000000000", 100000000000000 }, { "1,000,000,000,000.00", MONEY_MAX },
    };
    ACCEPTS(ok, MONEY_UNSIGNED);
    static const char *const bad[] = {
        "10,00", "1.234,50", "1,0,0", "1e3", "-0", "", "12.345", "1,000,000,000,000.01", "99999999999999999999",
        "  ", "$", "-", ".", "5.", "1 000", "1,2345", "12,34", ",123", "123,", "1,,234", "1.2.3", "+1", "--1",
        "$-5", "0x10", "ten", "12a", "١٢", "<script>",
    };
    REFUSES(bad, MONEY_UNSIGNED);
}

static void signed_amounts(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "-12.50", -1250 }, { "-$12.50", -1250 }, { "-1,234", -123400 }, { "12.50", 1250 }, { "0", 0 },
        { "-0.01", -1 },
    };
    ACCEPTS(ok, MONEY_SIGNED);
    static const char *const bad[] = { "-0", "-0.00", "-.0", "- 5", "-", "--5", "-1,000,000,000,000.01" };
    REFUSES(bad, MONEY_SIGNED);
    static const char *const unsigned_bad[] = { "-12.50", "-$12.50" };
    REFUSES(unsigned_bad, MONEY_UNSIGNED);
    int64_t c;
    assert_string_equal(money_parse("-1", MONEY_UNSIGNED, &c), "Enter an amount of zero or more (no minus sign).");
}

/* checkout_money_parse (shipping costs and bands, staff input). */
static void former_checkout_examples(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "12.50", 1250 }, { "12.5", 1250 }, { "12", 1200 }, { "0", 0 }, { "0.05", 5 }, { " 45.00 ", 4500 },
        { "$29.00", 2900 }, { "1,234.00", 123400 }, { "$1,234,567.89", 123456789 }, { ".99", 99 },
        /* it stopped at 10^12 cents; the one grammar goes to MONEY_MAX */
        { "10000000000.01", 1000000000001 },
    };
    ACCEPTS(ok, MONEY_UNSIGNED);
    static const char *const bad[] = { "", "-1", "-1.00", "12.345", "abc", "1,23", "12,34.00", ",123", "1,,234",
                                       "1.2.3", "$", "1 000" };
    REFUSES(bad, MONEY_UNSIGNED);
}

/* ar_money_parse (approval rule amounts, spending limits): it ignored
 * every comma, so "10,00" read as $1,000.00; now refused. */
static void former_approval_rule_examples(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "10,000.00", 1000000 }, { "$15,000", 1500000 }, { " 9999.99 ", 999999 }, { "0.5", 50 },
        { ".75", 75 }, { "0", 0 },
    };
    ACCEPTS(ok, MONEY_UNSIGNED);
    static const char *const bad[] = { "", "  ", "-5", "1.234", "ten", "12a", "1e5", "$", ",100",
                                       "99999999999999999999", "10,00", "1,0,0", "1,00,000" };
    REFUSES(bad, MONEY_UNSIGNED);
}

/* import_orders_amount (the ERP's order CSV): it took no "$", no
 * separators and no blanks; the one grammar takes them, and the import
 * still refuses what is not an amount. */
static void former_import_examples(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "12.50", 1250 }, { "12.5", 1250 }, { "12", 1200 }, { "0.99", 99 }, { "0", 0 }, { "0.05", 5 },
        { "100000000.00", 10000000000 }, { "007.10", 710 },
        { "$12.50", 1250 }, { "1,250.00", 125000 }, { " 12", 1200 }, { "12 ", 1200 },   /* now accepted */
    };
    ACCEPTS(ok, MONEY_UNSIGNED);
    static const char *const bad[] = { "", "-1.00", "+1", "12,50", "12.505", "12.", "1e3", "abc", "12.5a" };
    REFUSES(bad, MONEY_UNSIGNED);
}

/* parse_price (the products admin's list prices). */
static void former_price_examples(void **state)
{
    (void)state;
    static const struct good ok[] = {
        { "12.50", 1250 }, { "12", 1200 }, { " 3.5 ", 350 }, { "00012.00", 1200 }, { "99999999.99", 9999999999 },
    };
    ACCEPTS(ok, MONEY_UNSIGNED);
    static const char *const bad[] = { "", "-3", "12.505", "1e2", "twelve" };
    REFUSES(bad, MONEY_UNSIGNED);
}

static void plain_and_formatted(void **state)
{
    (void)state;
    char text[48];
    int64_t back = 0;
    const int64_t values[] = { 1250, 5, 0, -1250, -5, MONEY_MAX, -MONEY_MAX, 1234567 };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        money_plain(values[i], text, sizeof text);
        assert_null(money_parse(text, MONEY_SIGNED, &back));     /* what the form shows reads back */
        assert_int_equal(back, values[i]);
    }
    money_plain(1250, text, sizeof text);
    assert_string_equal(text, "12.50");
    money_plain(-5, text, sizeof text);
    assert_string_equal(text, "-0.05");
    format_money(123456, "USD", text, sizeof text);
    assert_string_equal(text, "$1,234.56");
    format_money(-5, "USD", text, sizeof text);
    assert_string_equal(text, "-$0.05");
    format_money(INT64_MIN, "USD", text, sizeof text);
    assert_string_equal(text, "-$92,233,720,368,547,758.08");
}

static void arithmetic(void **state)
{
    (void)state;
    int64_t acc = 0;
    assert_int_equal(money_add(&acc, 1999), 0);
    assert_int_equal(money_add_product(&acc, 12, 325), 0);
    assert_int_equal(acc, 1999 + 3900);
    acc = INT64_MAX - 5;
    assert_int_equal(money_add(&acc, 6), -1);
    assert_int_equal(acc, INT64_MAX - 5);
    assert_int_equal(money_add_product(&acc, INT64_C(1000000), INT64_MAX / 100), -1);
    assert_int_equal(money_add(&acc, -1), -1);
    assert_int_equal(money_add_product(&acc, -2, 5), -1);
    int64_t tax = -1;
    assert_int_equal(money_percent(10000, 825, &tax), 0);     /* $100.00 at 8.25% */
    assert_int_equal(tax, 825);
    assert_int_equal(money_percent(1, 5000, &tax), 0);        /* half a cent rounds up */
    assert_int_equal(tax, 1);
    assert_int_equal(money_percent(INT64_MAX, 10000, &tax), 0);
    assert_int_equal(tax, INT64_MAX);
    assert_int_equal(money_percent(100, 10001, &tax), -1);
    assert_int_equal(money_percent(-100, 825, &tax), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_grammar),
        cmocka_unit_test(signed_amounts),
        cmocka_unit_test(former_checkout_examples),
        cmocka_unit_test(former_approval_rule_examples),
        cmocka_unit_test(former_import_examples),
        cmocka_unit_test(former_price_examples),
        cmocka_unit_test(plain_and_formatted),
        cmocka_unit_test(arithmetic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
