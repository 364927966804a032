/* The offline orders import's row checks (no database): required columns,
 * dates, money, quantities, statuses and channels; and the pure helpers
 * behind them (money and date parsing, which status changes an import may
 * make, the portal number of an ERP order). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "erp/import.h"
#include "erp/import_orders.h"
#include "base/validate.h"
#include "orders/order_status.h"

/* A good row; tests change one field at a time. */
static void good_row(const char *f[ORD_COL_COUNT])
{
    f[ORD_COL_ERP_NO] = "E-1001";
    f[ORD_COL_LINE_NO] = "1";
    f[ORD_COL_CUSTOMER] = "C-100042";
    f[ORD_COL_CHANNEL] = "phone";
    f[ORD_COL_PLACED_ON] = "2026-03-09";
    f[ORD_COL_STATUS] = "processing";
    f[ORD_COL_PO] = "PO-77";
    f[ORD_COL_SHIP_TO] = "Acme Industrial Supply\n100 Industrial Rd\nChicago, IL 60608";
    f[ORD_COL_CURRENCY] = "USD";
    f[ORD_COL_SHIPPING] = "25.00";
    f[ORD_COL_TAX] = "8.25";
    f[ORD_COL_SKU] = "GEN-000123";
    f[ORD_COL_NAME] = "";
    f[ORD_COL_QUANTITY] = "10";
    f[ORD_COL_UNIT_PRICE] = "12.50";
    f[ORD_COL_QTY_SHIPPED] = "";
}

static struct import_row_error errs[IMPORT_COLUMNS_MAX];

static int check(const char *f[ORD_COL_COUNT])
{
    memset(errs, 0, sizeof errs);
    return import_orders_validate(f, errs, IMPORT_COLUMNS_MAX);
}

/* The one error a row has: its column and message start. */
static void one_error(const char *f[ORD_COL_COUNT], const char *column, const char *message_start)
{
    int n = check(f);
    if (n != 1) {
        for (int i = 0; i < n; i++) print_error("  %s: %s\n", errs[i].column, errs[i].message);
    }
    assert_int_equal(n, 1);
    assert_string_equal(errs[0].column, column);
    if (strncmp(errs[0].message, message_start, strlen(message_start)) != 0)
        print_error("message: %s\n", errs[0].message);
    assert_int_equal(strncmp(errs[0].message, message_start, strlen(message_start)), 0);
}

static void a_good_row_passes(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    good_row(f);
    assert_int_equal(check(f), 0);
    /* optional columns may be empty */
    f[ORD_COL_PO] = "";
    f[ORD_COL_SHIP_TO] = "";
    f[ORD_COL_CURRENCY] = "";
    f[ORD_COL_SHIPPING] = "";
    f[ORD_COL_TAX] = "";
    f[ORD_COL_NAME] = "Nitrile gloves, box of 100";
    f[ORD_COL_QTY_SHIPPED] = "10";
    f[ORD_COL_CHANNEL] = "erp";
    assert_int_equal(check(f), 0);
}

static void required_columns(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    good_row(f);
    f[ORD_COL_ERP_NO] = "";
    one_error(f, "erp_order_no", "This field is required.");
    good_row(f);
    f[ORD_COL_CUSTOMER] = "  ";
    one_error(f, "customer_account", "This field is required.");
    good_row(f);
    f[ORD_COL_SKU] = "";
    one_error(f, "sku", "This field is required.");
    good_row(f);
    f[ORD_COL_UNIT_PRICE] = "";
    one_error(f, "unit_price", "This field is required.");
    good_row(f);
    f[ORD_COL_LINE_NO] = "";
    one_error(f, "line_no", "Give the line's number");
    good_row(f);
    f[ORD_COL_PLACED_ON] = "";
    one_error(f, "placed_on", "Write the date as YYYY-MM-DD");
    good_row(f);
    f[ORD_COL_QUANTITY] = "";
    one_error(f, "quantity", "Give a whole number from 1 to 1,000,000.");
    /* every problem of a row is reported, not just the first */
    good_row(f);
    f[ORD_COL_ERP_NO] = "";
    f[ORD_COL_STATUS] = "lost";
    f[ORD_COL_UNIT_PRICE] = "5,00";
    assert_int_equal(check(f), 3);
    assert_string_equal(errs[0].column, "erp_order_no");
    assert_string_equal(errs[1].column, "status");
    assert_string_equal(errs[2].column, "unit_price");
}

static void erp_numbers_fit_a_web_address(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    good_row(f);
    f[ORD_COL_ERP_NO] = "4500012345";
    assert_int_equal(check(f), 0);
    f[ORD_COL_ERP_NO] = "SO.2026_77-a";
    assert_int_equal(check(f), 0);
    f[ORD_COL_ERP_NO] = "E 1001";
    one_error(f, "erp_order_no", "Use letters, digits");
    f[ORD_COL_ERP_NO] = "E/1001";
    one_error(f, "erp_order_no", "Use letters, digits");
    f[ORD_COL_ERP_NO] = "-1001";
    one_error(f, "erp_order_no", "Use letters, digits");
    f[ORD_COL_ERP_NO] = "123456789012345678901234";   /* 24: the most */
    assert_int_equal(check(f), 0);
    f[ORD_COL_ERP_NO] = "1234567890123456789012345";
    one_error(f, "erp_order_no", "Use at most 24 characters.");
    char number[32];
    order_number_of_erp("123456789012345678901234", number, sizeof number);
    assert_string_equal(number, "ERP-123456789012345678901234");
}

static void dates(void **state)
{
    (void)state;
    int64_t t;
    assert_int_equal(parse_day_noon("2026-03-09", &t), 0);
    assert_int_equal(t, 1773057600);            /* 2026-03-09T12:00:00Z */
    assert_int_equal(parse_day_noon("2000-01-01", &t), 0);
    assert_int_equal(t, 946728000);
    assert_int_equal(parse_day_noon("2024-02-29", &t), 0);   /* a leap day */
    assert_int_equal(parse_day_noon("2000-02-29", &t), 0);   /* 2000 was one */
    const char *bad[] = { "2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                          "26-03-09", "2026/03/09", "2026-3-9", "09.03.2026", "2026-03-09 10:00", "1999-12-31",
                          "2100-01-01", "", "yesterday", "2026-03-0a" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        t = 42;
        if (parse_day_noon(bad[i], &t) == 0) print_error("accepted %s\n", bad[i]);
        assert_int_equal(parse_day_noon(bad[i], &t), -1);
        assert_int_equal(t, 42);
    }
    const char *f[ORD_COL_COUNT];
    good_row(f);
    f[ORD_COL_PLACED_ON] = "2026-02-30";
    one_error(f, "placed_on", "Write the date as YYYY-MM-DD, such as 2026-03-09 (a real day).");
}

static void money(void **state)
{
    (void)state;
    struct {
        const char *text;
        int64_t cents;
    } good[] = {
        { "12.50", 1250 }, { "12.5", 1250 }, { "12", 1200 }, { "0.99", 99 }, { "0", 0 }, { "0.05", 5 },
        { "100000000.00", 10000000000LL }, { "007.10", 710 },
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int64_t c = -1;
        assert_int_equal(import_orders_amount(good[i].text, &c), 0);
        assert_int_equal(c, good[i].cents);
    }
    /* The money grammar's own cases are in tests/unit/base/test_money.c;
     * here what the import adds: its ceiling. */
    const char *bad[] = { "", "-1.00", "+1", "12,50", "12.505", "12.", "1e3", "100000000.01", "9999999999", "abc",
                          "12.5a" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t c = 42;
        if (import_orders_amount(bad[i], &c) == 0) print_error("accepted '%s'\n", bad[i]);
        assert_int_equal(import_orders_amount(bad[i], &c), -1);
        assert_int_equal(c, 42);
    }
    const char *f[ORD_COL_COUNT];
    good_row(f);
    f[ORD_COL_UNIT_PRICE] = "12,50";
    one_error(f, "unit_price", "Write the amount as a number with at most two decimals");
    good_row(f);
    f[ORD_COL_SHIPPING] = "-3";
    one_error(f, "shipping", "Write the amount");
    good_row(f);
    f[ORD_COL_TAX] = "USD 1";
    one_error(f, "tax", "Write the amount");
}

static void quantities(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    const char *bad_quantities[] = { "0", "-5", "1.5", "1000001", "ten", "1e2" };
    for (size_t i = 0; i < sizeof bad_quantities / sizeof bad_quantities[0]; i++) {
        good_row(f);
        f[ORD_COL_QUANTITY] = bad_quantities[i];
        one_error(f, "quantity", "Give a whole number from 1 to 1,000,000.");
    }
    good_row(f);
    f[ORD_COL_QUANTITY] = "1000000";
    assert_int_equal(check(f), 0);
    good_row(f);
    f[ORD_COL_QTY_SHIPPED] = "11";              /* of 10 */
    one_error(f, "quantity_shipped", "More than the quantity ordered cannot have shipped.");
    f[ORD_COL_QTY_SHIPPED] = "-1";
    one_error(f, "quantity_shipped", "Give a whole number, 0 or more");
    f[ORD_COL_QTY_SHIPPED] = "0";
    assert_int_equal(check(f), 0);
    good_row(f);
    f[ORD_COL_LINE_NO] = "0";
    one_error(f, "line_no", "Give the line's number");
    f[ORD_COL_LINE_NO] = "10000";
    one_error(f, "line_no", "Give the line's number");
    f[ORD_COL_LINE_NO] = "9999";
    assert_int_equal(check(f), 0);
    int64_t n;
    assert_int_equal(parse_count("0042", 1, 100, &n), 0);
    assert_int_equal(n, 42);
    assert_int_equal(parse_count("99999999999999", 0, 1000000, &n), -1);
}

static void statuses_and_channels(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    const char *fine[] = { "approved", "processing", "partially_shipped", "shipped", "delivered", "cancelled", "rejected" };
    for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
        good_row(f);
        f[ORD_COL_STATUS] = fine[i];
        assert_int_equal(check(f), 0);
    }
    good_row(f);
    f[ORD_COL_STATUS] = "Shipped";
    one_error(f, "status", "Use approved, processing, partially_shipped, shipped, delivered, cancelled or rejected.");
    f[ORD_COL_STATUS] = "in transit";
    one_error(f, "status", "Use approved, processing");
    f[ORD_COL_STATUS] = "";
    one_error(f, "status", "Use approved, processing");
    f[ORD_COL_STATUS] = "pending_approval";
    one_error(f, "status", "An order from the ERP is approved already");
    f[ORD_COL_STATUS] = "draft";
    one_error(f, "status", "An order from the ERP is approved already");
    good_row(f);
    f[ORD_COL_CHANNEL] = "web";                 /* web orders come from the portal itself */
    one_error(f, "channel", "Use phone or erp.");
    f[ORD_COL_CHANNEL] = "";
    one_error(f, "channel", "Use phone or erp.");
    good_row(f);
    f[ORD_COL_CURRENCY] = "usd";
    one_error(f, "currency", "Use a three-letter currency code");
    f[ORD_COL_CURRENCY] = "DOLLARS";
    one_error(f, "currency", "Use a three-letter currency code");
}

static void text_columns(void **state)
{
    (void)state;
    const char *f[ORD_COL_COUNT];
    good_row(f);
    f[ORD_COL_PO] = "PO\n77";
    one_error(f, "po_number", "Use a single line of text.");
    good_row(f);
    f[ORD_COL_SKU] = "GEN\t1\n";
    one_error(f, "sku", "Use a single line of text.");
    good_row(f);
    char ship_to[1100];
    memset(ship_to, 'a', sizeof ship_to - 1);
    ship_to[sizeof ship_to - 1] = '\0';
    f[ORD_COL_SHIP_TO] = ship_to;
    one_error(f, "ship_to", "This is too long.");
    good_row(f);
    f[ORD_COL_SHIP_TO] = "Dock 9\x01";
    one_error(f, "ship_to", "Remove the control characters.");
}

static void the_shape(void **state)
{
    (void)state;
    const struct import_shape *s = import_shape_find("orders");
    assert_non_null(s);
    assert_ptr_equal(s, &import_orders_shape);
    assert_int_equal(s->column_count, ORD_COL_COUNT);
    assert_string_equal(s->columns[0], "erp_order_no");
    assert_string_equal(s->columns[1], "line_no");
    assert_string_equal(s->columns[ORD_COL_UNIT_PRICE], "unit_price");
    /* the upload form's allowed values are the shapes' names */
    int i = 0;
    for (; import_shapes[i]; i++) assert_string_equal(import_shape_names[i], import_shapes[i]->name);
    assert_null(import_shape_names[i]);
    /* a header naming every column, in any order, maps */
    const char *header[ORD_COL_COUNT];
    for (int i = 0; i < ORD_COL_COUNT; i++) header[i] = s->columns[ORD_COL_COUNT - 1 - i];
    int map[IMPORT_COLUMNS_MAX];
    struct import_row_error err;
    assert_int_equal(import_map_header(s, header, ORD_COL_COUNT, map, &err), 0);
    assert_int_equal(map[ORD_COL_ERP_NO], ORD_COL_COUNT - 1);
    /* one missing */
    assert_int_equal(import_map_header(s, header + 1, ORD_COL_COUNT - 1, map, &err), -1);
    assert_string_equal(err.column, "quantity_shipped");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_good_row_passes),
        cmocka_unit_test(required_columns),
        cmocka_unit_test(erp_numbers_fit_a_web_address),
        cmocka_unit_test(dates),
        cmocka_unit_test(money),
        cmocka_unit_test(quantities),
        cmocka_unit_test(statuses_and_channels),
        cmocka_unit_test(text_columns),
        cmocka_unit_test(the_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
