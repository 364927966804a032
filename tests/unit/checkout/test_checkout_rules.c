/* Checkout rules: totals and overflow, tax rounding, weight bands, order
 * numbers, the PO number / delivery date / notes checks, rates, staff money
 * input and payment methods. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "checkout/checkout_rules.h"
#include "orders/order_status.h"

/* 2026-03-10 12:00:00 UTC */
#define NOW INT64_C(1773144000)
/* 2028-02-29 18:00:00 UTC (a leap day) */
#define LEAP_DAY INT64_C(1835460000)

static void totals_sum_and_overflow(void **state)
{
    (void)state;
    int64_t acc = 0;
    assert_int_equal(money_add(&acc, 1999), 0);
    assert_int_equal(money_add(&acc, 1), 0);
    assert_int_equal(money_add(&acc, 0), 0);
    assert_int_equal(acc, 2000);
    assert_int_equal(money_add_product(&acc, 12, 325), 0);   /* 12 x $3.25 */
    assert_int_equal(acc, 5900);

    /* Overflow is refused and leaves the sum as it was. */
    acc = INT64_MAX - 5;
    assert_int_equal(money_add(&acc, 6), -1);
    assert_int_equal(acc, INT64_MAX - 5);
    assert_int_equal(money_add(&acc, 5), 0);
    assert_int_equal(acc, INT64_MAX);
    acc = 0;
    assert_int_equal(money_add_product(&acc, INT64_C(1000000), INT64_MAX / 100), -1);
    assert_int_equal(acc, 0);
    assert_int_equal(money_add(&acc, -1), -1);
    assert_int_equal(money_add_product(&acc, -2, 5), -1);
    assert_int_equal(acc, 0);
}

static void tax_rounds_half_up_on_the_cent(void **state)
{
    (void)state;
    static const struct { int64_t base, bp, tax; } cases[] = {
        { 10000, 825, 825 },          /* $100.00 at 8.25% = $8.25 */
        { 1234, 825, 102 },           /* 101.805 -> 102 */
        { 1000, 825, 83 },            /* 82.5 -> 83 (half up) */
        { 200, 825, 17 },             /* 16.5 -> 17 */
        { 199, 825, 16 },             /* 16.4175 -> 16 */
        { 1, 5000, 1 },               /* 0.5 -> 1 */
        { 1, 4999, 0 },               /* 0.4999 -> 0 */
        { 123456, 0, 0 },             /* 0% */
        { 123456, 10000, 123456 },    /* 100% */
        { 0, 825, 0 },
        { 3333, 550, 183 },           /* 183.315 */
        { 2010, 1025, 206 },          /* 206.025 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t tax = -1;
        assert_int_equal(money_percent(cases[i].base, cases[i].bp, &tax), 0);
        assert_int_equal(tax, cases[i].tax);
    }
    /* Huge amounts stay exact (no intermediate overflow), or are refused. */
    int64_t tax = -1;
    assert_int_equal(money_percent(INT64_MAX, 10000, &tax), 0);
    assert_true(tax == INT64_MAX);
    assert_int_equal(money_percent(INT64_C(900000000000000000), 825, &tax), 0);
    assert_true(tax == INT64_C(74250000000000000));
    assert_int_equal(money_percent(INT64_C(1000000000000000001), 5000, &tax), 0);
    assert_true(tax == INT64_C(500000000000000001));   /* ...000.5 rounds up */
    tax = 7;
    assert_int_equal(money_percent(100, 10001, &tax), -1);
    assert_int_equal(money_percent(100, -1, &tax), -1);
    assert_int_equal(money_percent(-100, 825, &tax), -1);
    assert_int_equal(tax, 7);
}

static void rates_read_and_written(void **state)
{
    (void)state;
    char text[32];
    checkout_rate_text(825, text, sizeof text);
    assert_string_equal(text, "8.25");
    checkout_rate_text(550, text, sizeof text);
    assert_string_equal(text, "5.5");
    checkout_rate_text(500, text, sizeof text);
    assert_string_equal(text, "5");
    checkout_rate_text(5, text, sizeof text);
    assert_string_equal(text, "0.05");
    checkout_rate_text(10000, text, sizeof text);
    assert_string_equal(text, "100");

    static const struct { const char *text; int64_t bp; } ok[] = {
        { "8.25", 825 }, { "8.25%", 825 }, { " 5 ", 500 }, { "5.5", 550 }, { "0", 0 }, { "100", 10000 },
        { "100.00", 10000 }, { ".5", 50 }, { "7.", 700 }, { "10.25 %", 1025 },
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int64_t bp = -1;
        assert_int_equal(checkout_rate_parse(ok[i].text, &bp), 0);
        assert_int_equal(bp, ok[i].bp);
    }
    static const char *const bad[] = { "", "%", "100.01", "101", "-1", "8.255", "abc", "8,25", "1e2", ".", "5 5" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t bp = 42;
        assert_int_equal(checkout_rate_parse(bad[i], &bp), -1);
        assert_int_equal(bp, 42);
    }

    checkout_tax_label("IL", 825, text, sizeof text);
    assert_string_equal(text, "Tax (IL 8.25%)");
    checkout_tax_label("AB GST", 500, text, sizeof text);
    assert_string_equal(text, "Tax (AB GST 5%)");
    checkout_tax_label("", 600, text, sizeof text);
    assert_string_equal(text, "Tax (6%)");
    checkout_tax_label("IL", 0, text, sizeof text);
    assert_string_equal(text, "No tax");
}

static void weight_bands(void **state)
{
    (void)state;
    /* Standard ground: 10 kg $12, 50 kg $29, 250 kg $89, 1000 kg $240 (unordered). */
    static const struct weight_band bands[] = {
        { 250000, 8900 }, { 10000, 1200 }, { 1000000, 24000 }, { 50000, 2900 },
    };
    assert_int_equal(checkout_band_for_weight(bands, 4, 0), 1);
    assert_int_equal(checkout_band_for_weight(bands, 4, 1), 1);
    assert_int_equal(checkout_band_for_weight(bands, 4, 10000), 1);   /* exactly on the boundary */
    assert_int_equal(checkout_band_for_weight(bands, 4, 10001), 3);
    assert_int_equal(checkout_band_for_weight(bands, 4, 50000), 3);
    assert_int_equal(checkout_band_for_weight(bands, 4, 250000), 0);
    assert_int_equal(checkout_band_for_weight(bands, 4, 1000000), 2);
    assert_int_equal(checkout_band_for_weight(bands, 4, 1000001), -1);   /* above every band */
    assert_int_equal(checkout_band_for_weight(bands, 0, 1), -1);

    struct shipping_method m = { .kind = SHIPPING_WEIGHT, .active = 1, .n_bands = 4 };
    memcpy(m.bands, bands, sizeof bands);
    int64_t cents = -1;
    assert_int_equal(checkout_shipping_cost(&m, 10000, &cents), 0);
    assert_int_equal(cents, 1200);
    assert_int_equal(checkout_shipping_cost(&m, 60000, &cents), 0);
    assert_int_equal(cents, 8900);
    assert_int_equal(checkout_shipping_cost(&m, 2000000, &cents), -1);   /* not offered */
    struct shipping_method flat = { .kind = SHIPPING_FLAT, .flat_cents = 4500, .active = 1 };
    assert_int_equal(checkout_shipping_cost(&flat, 99999999, &cents), 0);
    assert_int_equal(cents, 4500);
    flat.active = 0;
    assert_int_equal(checkout_shipping_cost(&flat, 1, &cents), -1);

    assert_null(checkout_bands_check(bands, 4));
    static const struct weight_band twice[] = { { 1000, 1 }, { 1000, 2 } };
    assert_string_equal(checkout_bands_check(twice, 2), "Two bands have the same weight.");
    static const struct weight_band zero[] = { { 0, 1 } };
    assert_non_null(checkout_bands_check(zero, 1));
    static const struct weight_band negative[] = { { 10, -1 } };
    assert_non_null(checkout_bands_check(negative, 1));

    int64_t g = -1;
    assert_int_equal(checkout_kg_parse("10", &g), 0);
    assert_int_equal(g, 10000);
    assert_int_equal(checkout_kg_parse(" 2.5 ", &g), 0);
    assert_int_equal(g, 2500);
    assert_int_equal(checkout_kg_parse("0.125", &g), 0);
    assert_int_equal(g, 125);
    assert_int_equal(checkout_kg_parse("1000000", &g), 0);
    assert_int_equal(g, INT64_C(1000000000));
    g = 7;
    assert_int_equal(checkout_kg_parse("0", &g), -1);
    assert_int_equal(checkout_kg_parse("1000000.001", &g), -1);
    assert_int_equal(checkout_kg_parse("0.0001", &g), -1);
    assert_int_equal(checkout_kg_parse("-1", &g), -1);
    assert_int_equal(checkout_kg_parse("", &g), -1);
    assert_int_equal(g, 7);
    char kg[32];
    checkout_kg_text(10000, kg, sizeof kg);
    assert_string_equal(kg, "10");
    checkout_kg_text(2500, kg, sizeof kg);
    assert_string_equal(kg, "2.5");
    checkout_kg_text(2550, kg, sizeof kg);
    assert_string_equal(kg, "2.55");
    checkout_kg_text(125, kg, sizeof kg);
    assert_string_equal(kg, "0.125");

    enum shipping_kind k;
    assert_int_equal(checkout_shipping_kind_parse("weight", &k), 0);
    assert_int_equal(k, SHIPPING_WEIGHT);
    assert_int_equal(checkout_shipping_kind_parse("Weight", &k), -1);
    assert_string_equal(checkout_shipping_kind_name(SHIPPING_FLAT), "flat");
}

static void order_numbers(void **state)
{
    (void)state;
    char n[32];
    assert_int_equal(checkout_order_number_format(2026, 1, n, sizeof n), 0);
    assert_string_equal(n, "SO-2026-000001");
    assert_int_equal(checkout_order_number_format(2026, 999999, n, sizeof n), 0);
    assert_string_equal(n, "SO-2026-999999");
    /* the sequence never restarts: past six digits the number grows */
    assert_int_equal(checkout_order_number_format(2026, 1000000, n, sizeof n), 0);
    assert_string_equal(n, "SO-2026-1000000");
    assert_int_equal(checkout_order_number_format(2026, CHECKOUT_ORDER_SEQ_MAX, n, sizeof n), 0);
    assert_string_equal(n, "SO-2026-999999999");
    assert_int_equal(checkout_order_number_format(2026, CHECKOUT_ORDER_SEQ_MAX + 1, n, sizeof n), -1);
    assert_int_equal(checkout_order_number_format(2026, 0, n, sizeof n), -1);
    assert_int_equal(checkout_order_number_format(1999, 1, n, sizeof n), -1);
    char tiny[10];
    assert_int_equal(checkout_order_number_format(2026, 1, tiny, sizeof tiny), -1);

    int year;
    int64_t seq;
    assert_int_equal(checkout_order_number_parse("SO-2026-004152", &year, &seq), 0);
    assert_int_equal(year, 2026);
    assert_int_equal(seq, 4152);
    assert_int_equal(checkout_order_number_parse("SO-2031-1000000", &year, &seq), 0);
    assert_int_equal(year, 2031);
    assert_int_equal(seq, 1000000);
    static const char *const bad[] = { "", "SO-2026-4152", "SO-2026-0041520", "so-2026-004152", "SO-26-00004152",
                                       "SO-2026-000000", "SO-2026_004152", "SO-20a6-004152", "SO-2026-00415x",
                                       "SO-2026-1234567890" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(checkout_order_number_parse(bad[i], &year, &seq), -1);

    /* The year is the year the order was placed; the sequence carries on
     * across the new year. */
    assert_int_equal(checkout_order_number_at(INT64_C(1798761599), 4199, n, sizeof n), 0);   /* 2026-12-31 23:59:59 */
    assert_string_equal(n, "SO-2026-004199");
    assert_int_equal(checkout_order_number_at(INT64_C(1798761600), 4200, n, sizeof n), 0);   /* 2027-01-01 00:00:00 */
    assert_string_equal(n, "SO-2027-004200");
    assert_int_equal(checkout_order_number_at(INT64_C(1835438400), 4201, n, sizeof n), 0);   /* 2028-02-29 12:00 */
    assert_string_equal(n, "SO-2028-004201");

    assert_int_equal(checkout_year_of(NOW), 2026);
    assert_int_equal(checkout_year_of(INT64_C(1798761599)), 2026);   /* 2026-12-31 23:59:59 */
    assert_int_equal(checkout_year_of(INT64_C(1798761600)), 2027);   /* 2027-01-01 00:00:00 */
    assert_int_equal(checkout_year_of(0), 1970);
}

static void po_numbers(void **state)
{
    (void)state;
    assert_null(checkout_po_check("", 0));
    assert_non_null(checkout_po_check("", 1));
    assert_null(checkout_po_check("PO-48213", 1));
    assert_null(checkout_po_check("4500012345/07 (plant #3)", 1));
    char max[65];
    memset(max, '9', 64);
    max[64] = '\0';
    assert_null(checkout_po_check(max, 1));
    char over[66];
    memset(over, '9', 65);
    over[65] = '\0';
    assert_string_equal(checkout_po_check(over, 1), "Keep the PO number to 64 characters or fewer.");
    assert_non_null(checkout_po_check("PO\n123", 0));
    assert_non_null(checkout_po_check("PO\t123", 0));
    assert_non_null(checkout_po_check("PO\x7f", 0));
    /* 64 characters of two bytes each are fine. */
    char wide[129];
    for (int i = 0; i < 64; i++) memcpy(wide + 2 * i, "\xc3\xa9", 2);
    wide[128] = '\0';
    assert_null(checkout_po_check(wide, 1));
}

static void delivery_dates(void **state)
{
    (void)state;
    assert_null(checkout_date_check("", NOW));
    assert_null(checkout_date_check("2026-03-10", NOW));   /* today */
    assert_null(checkout_date_check("2026-03-11", NOW));
    assert_null(checkout_date_check("2027-03-10", NOW));   /* a year ahead exactly */
    assert_string_equal(checkout_date_check("2027-03-11", NOW), "Choose a day within a year from today.");
    assert_string_equal(checkout_date_check("2026-03-09", NOW), "Choose today or a later day.");
    assert_string_equal(checkout_date_check("2026-02-30", NOW), "There is no such day in the calendar.");
    assert_string_equal(checkout_date_check("2026-02-29", NOW), "There is no such day in the calendar.");   /* not a leap year */
    assert_null(checkout_date_check("2026-12-31", NOW));
    assert_non_null(checkout_date_check("2026-13-01", NOW));
    assert_non_null(checkout_date_check("2026-00-10", NOW));
    assert_non_null(checkout_date_check("2026-04-31", NOW));
    static const char *const format[] = { "10/03/2026", "2026-3-10", "2026-03-1", "20260310", "2026-03-10 ",
                                          "tomorrow", "2026/03/10", "+026-03-10" };
    for (size_t i = 0; i < sizeof format / sizeof format[0]; i++)
        assert_string_equal(checkout_date_check(format[i], NOW), "Enter the date as YYYY-MM-DD, for example 2026-03-15.");
    /* On a leap day, a year ahead is Feb 28; Feb 29 of a leap year is a day. */
    assert_null(checkout_date_check("2028-02-29", LEAP_DAY));
    assert_null(checkout_date_check("2029-02-28", LEAP_DAY));
    assert_non_null(checkout_date_check("2029-03-01", LEAP_DAY));
    assert_non_null(checkout_date_check("2028-02-28", LEAP_DAY));
}

static void notes(void **state)
{
    (void)state;
    assert_null(checkout_notes_check(""));
    assert_null(checkout_notes_check("Deliver to Dock 4.\r\nCall ahead."));
    static char long_notes[2002];
    memset(long_notes, 'a', 2000);
    long_notes[2000] = '\0';
    assert_null(checkout_notes_check(long_notes));
    long_notes[2000] = 'a';
    long_notes[2001] = '\0';
    assert_string_equal(checkout_notes_check(long_notes), "Keep the notes to 2,000 characters or fewer.");
    assert_non_null(checkout_notes_check("bell\a"));
}

static void payment_methods(void **state)
{
    (void)state;
    assert_int_equal(checkout_payment_parse_list("on_account,bank_transfer"), PAYMENT_ON_ACCOUNT | PAYMENT_BANK_TRANSFER);
    assert_int_equal(checkout_payment_parse_list(" card_on_file , nonsense,on_account"), PAYMENT_CARD_ON_FILE | PAYMENT_ON_ACCOUNT);
    assert_int_equal(checkout_payment_parse_list(""), 0);
    assert_int_equal(checkout_payment_parse_list("cash"), 0);
    char text[64];
    checkout_payment_list_text(PAYMENT_CARD_ON_FILE | PAYMENT_ON_ACCOUNT, text, sizeof text);
    assert_string_equal(text, "on_account,card_on_file");
    checkout_payment_list_text(0, text, sizeof text);
    assert_string_equal(text, "");
    assert_int_equal(checkout_payment_bit("bank_transfer"), PAYMENT_BANK_TRANSFER);
    assert_int_equal(checkout_payment_bit("On_account"), 0);
    order_payment_label("on_account", "Net 30", text, sizeof text);
    assert_string_equal(text, "On account (Net 30)");
    order_payment_label("on_account", "", text, sizeof text);
    assert_string_equal(text, "On account");
    order_payment_label("bank_transfer", "Net 30", text, sizeof text);
    assert_string_equal(text, "Bank transfer in advance");
    order_payment_label("card_on_file", "", text, sizeof text);
    assert_string_equal(text, "Card on file");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(totals_sum_and_overflow),
        cmocka_unit_test(tax_rounds_half_up_on_the_cent),
        cmocka_unit_test(rates_read_and_written),
        cmocka_unit_test(weight_bands),
        cmocka_unit_test(order_numbers),
        cmocka_unit_test(po_numbers),
        cmocka_unit_test(delivery_dates),
        cmocka_unit_test(notes),
        cmocka_unit_test(payment_methods),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
