/* Quick order parsing (quick_order.h) and the cart's quantity rules
 * (cart_rules.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/quantity_rules.h"
#include "cart/quick_order.h"

static struct quick_order_line lines[QUICK_ORDER_MAX_LINES + 10];

static int parse(const char *text, int *count)
{
    return quick_order_parse(text, strlen(text), lines, QUICK_ORDER_MAX_LINES, count);
}

/* The line's text as it was pasted. */
static void line_text(const char *text, int i, char *out, size_t size)
{
    snprintf(out, size, "%.*s", (int)lines[i].len, text + lines[i].start);
}

static void separators(void **state)
{
    (void)state;
    int n;
    const char *text = "FAS-HCS-0500, 100\nPTL-BCH-0100\t2\nSAF-NDG-0101   12\nABR-CWW-0100;3\n";
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 4);
    const char *skus[] = { "FAS-HCS-0500", "PTL-BCH-0100", "SAF-NDG-0101", "ABR-CWW-0100" };
    const int64_t qtys[] = { 100, 2, 12, 3 };
    for (int i = 0; i < 4; i++) {
        assert_int_equal(lines[i].error, QO_OK);
        assert_string_equal(lines[i].sku, skus[i]);
        assert_int_equal(lines[i].qty, qtys[i]);
        assert_int_equal(lines[i].line_no, i + 1);
    }
    /* spreadsheet cells: tabs win over commas inside a cell, empty trailing cells ignored */
    assert_int_equal(parse("A-1\t5\t\t\nB-2,7,\n  C-3 ,  9  \n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 3);
    assert_string_equal(lines[0].sku, "A-1");
    assert_int_equal(lines[0].qty, 5);
    assert_int_equal(lines[1].error, QO_OK);
    assert_int_equal(lines[1].qty, 7);
    assert_string_equal(lines[2].sku, "C-3");
    assert_int_equal(lines[2].qty, 9);
    /* quoted CSV fields */
    assert_int_equal(parse("\"A-1\",\"5\"\n\"B \"\"2\"\"\",3\n", &n), QUICK_ORDER_PARSED);
    assert_string_equal(lines[0].sku, "A-1");
    assert_int_equal(lines[0].qty, 5);
    assert_string_equal(lines[1].sku, "B \"2\"");
    assert_int_equal(lines[1].qty, 3);
}

static void header_blank_lines_and_line_ends(void **state)
{
    (void)state;
    int n;
    const char *text = "\xef\xbb\xbfsku,qty\r\n\r\nA-1,5\r\n   \r\nB-2,6\rC-3,7\n\n";
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 3);
    assert_string_equal(lines[0].sku, "A-1");
    assert_int_equal(lines[0].line_no, 3);
    assert_string_equal(lines[1].sku, "B-2");
    assert_int_equal(lines[1].line_no, 5);
    assert_string_equal(lines[2].sku, "C-3");
    assert_int_equal(lines[2].line_no, 6);
    char t[64];
    line_text(text, 0, t, sizeof t);
    assert_string_equal(t, "A-1,5");          /* no CR kept */
    /* other header spellings, only on the first non-blank line */
    assert_int_equal(parse("SKU\tQuantity\nA-1\t2\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 1);
    assert_int_equal(parse("Item number; Qty\nA-1;2\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 1);
    assert_int_equal(parse("A-1,2\nsku,qty\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 2);
    assert_int_equal(lines[1].error, QO_BAD_QTY);
    /* a first line that is a real product with a quantity is not a header */
    assert_int_equal(parse("sku,4\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 1);
    assert_int_equal(lines[0].qty, 4);
    /* nothing at all */
    assert_int_equal(parse("", &n), QUICK_ORDER_EMPTY);
    assert_int_equal(parse("\r\n  \n\t\n,,\n", &n), QUICK_ORDER_EMPTY);
    assert_int_equal(parse("sku,qty\n\n", &n), QUICK_ORDER_EMPTY);
    assert_int_equal(n, 0);
}

static void bad_lines(void **state)
{
    (void)state;
    int n;
    const char *text = "A-1\n"            /* 1: no quantity */
                       "A-2,0\n"          /* 2: zero */
                       "A-3,-4\n"         /* 3: negative */
                       "A-4,1.5\n"        /* 4: decimals */
                       "A-5,1,000\n"      /* 5: thousands separator = a third column */
                       ",6\n"             /* 6: no SKU */
                       "A-7 x 8\n"        /* 7: three words */
                       "A-8,abc\n"        /* 8: not a number */
                       "A-9,1000001\n"    /* 9: over the limit */
                       "A-10,1000000\n";  /* 10: the limit itself */
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 10);
    const enum quick_order_error want[] = { QO_MISSING_QTY, QO_BAD_QTY, QO_BAD_QTY, QO_BAD_QTY,
                                            QO_TOO_MANY_COLUMNS, QO_MISSING_SKU, QO_TOO_MANY_COLUMNS, QO_BAD_QTY,
                                            QO_BAD_QTY, QO_OK };
    for (int i = 0; i < 10; i++) {
        assert_int_equal(lines[i].line_no, i + 1);
        assert_int_equal(lines[i].error, want[i]);
    }
    assert_int_equal(lines[9].qty, 1000000);
    assert_string_equal(lines[3].qty_text, "1.5");
    char msg[256];
    quick_order_error_message(&lines[3], msg, sizeof msg);
    assert_string_equal(msg, "\xe2\x80\x9c" "1.5\xe2\x80\x9d is not a quantity: use a whole number from 1 to 1000000.");
    quick_order_error_message(&lines[0], msg, sizeof msg);
    assert_string_equal(msg, "There is no quantity: write the SKU, then the quantity.");
    quick_order_error_message(&lines[4], msg, sizeof msg);
    assert_non_null(strstr(msg, "1000, not 1,000"));
    quick_order_error_message(&lines[5], msg, sizeof msg);
    assert_string_equal(msg, "There is no SKU before the quantity.");
    quick_order_error_message(&lines[9], msg, sizeof msg);
    assert_string_equal(msg, "");
}

static void long_lines_and_limits(void **state)
{
    (void)state;
    int n;
    /* a SKU longer than any SKU */
    char text[2048];
    memset(text, 'X', 100);
    snprintf(text + 100, sizeof text - 100, ",5\nA-1,2\n");
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 2);
    assert_int_equal(lines[0].error, QO_SKU_TOO_LONG);
    assert_int_equal(lines[1].error, QO_OK);
    assert_int_equal(lines[1].line_no, 2);
    /* a very long line */
    memset(text, 'y', 1500);
    snprintf(text + 1500, sizeof text - 1500, "\nA-1,2");
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(lines[0].error, QO_LINE_TOO_LONG);
    assert_int_equal(lines[1].qty, 2);
    /* a long quantity is quoted in the message cut before a whole character */
    assert_int_equal(parse("A-1,\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                           "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9x\n", &n),
                     QUICK_ORDER_PARSED);
    assert_int_equal(lines[0].error, QO_BAD_QTY);
    assert_int_equal(strlen(lines[0].qty_text), 30);   /* 15 two-byte characters, not 31 bytes */
    /* control characters in the SKU */
    assert_int_equal(parse("A\x01" "B,5\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(lines[0].error, QO_SKU_TOO_LONG);
    /* 500 lines are fine, 501 are refused; blank lines do not count */
    size_t size = 501 * 16 + 600;
    char *big = malloc(size);
    assert_non_null(big);
    size_t w = 0;
    for (int i = 0; i < 500; i++) w += (size_t)snprintf(big + w, size - w, "S-%d,1\n\n", i);
    assert_int_equal(quick_order_parse(big, w, lines, QUICK_ORDER_MAX_LINES, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 500);
    assert_int_equal(lines[499].line_no, 999);
    w += (size_t)snprintf(big + w, size - w, "S-500,1\n");
    assert_int_equal(quick_order_parse(big, w, lines, QUICK_ORDER_MAX_LINES, &n), QUICK_ORDER_TOO_MANY_LINES);
    assert_int_equal(n, 0);
    free(big);
    /* more than 64 KB of text */
    char *huge = malloc(QUICK_ORDER_MAX_BYTES + 2);
    assert_non_null(huge);
    memset(huge, ' ', QUICK_ORDER_MAX_BYTES + 1);
    huge[QUICK_ORDER_MAX_BYTES + 1] = '\0';
    assert_int_equal(quick_order_parse(huge, QUICK_ORDER_MAX_BYTES + 1, lines, QUICK_ORDER_MAX_LINES, &n),
                     QUICK_ORDER_TOO_LONG);
    assert_int_equal(quick_order_parse(huge, QUICK_ORDER_MAX_BYTES, lines, QUICK_ORDER_MAX_LINES, &n),
                     QUICK_ORDER_EMPTY);
    free(huge);
}

static void duplicates_are_summed(void **state)
{
    (void)state;
    int n;
    struct quick_order_item items[8];
    const char *text = "A-1,5\nB-2,1\na-1,10\nbad\nA-1,999999\nC-3,2\n";
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 6);
    int k = quick_order_merge(lines, n, items, 8);
    assert_int_equal(k, 3);
    assert_string_equal(items[0].sku, "A-1");
    assert_int_equal(items[0].qty, CART_QTY_MAX + 1);     /* 5 + 10 + 999999: over the limit */
    assert_int_equal(items[0].lines, 3);
    assert_int_equal(items[0].first_line, 1);
    assert_string_equal(items[1].sku, "B-2");
    assert_int_equal(items[1].qty, 1);
    assert_string_equal(items[2].sku, "C-3");
    assert_int_equal(lines[0].item, 0);
    assert_int_equal(lines[2].item, 0);
    assert_int_equal(lines[3].item, -1);
    assert_int_equal(lines[5].item, 2);
    assert_int_equal(parse("A-1,5\nA-1,10\n", &n), QUICK_ORDER_PARSED);
    assert_int_equal(quick_order_merge(lines, n, items, 8), 1);
    assert_int_equal(items[0].qty, 15);
}

static void join_keeps_only_marked_lines(void **state)
{
    (void)state;
    int n;
    const char *text = "sku,qty\r\nA-1,5\r\n\r\n  B-2 ,x  \r\nC-3,1\r\nD-4";
    assert_int_equal(parse(text, &n), QUICK_ORDER_PARSED);
    assert_int_equal(n, 4);
    int keep[4] = { 0, 1, 0, 1 };
    char out[64];
    assert_int_equal(quick_order_join(text, lines, keep, n, out, sizeof out), strlen("B-2 ,x\nD-4"));
    assert_string_equal(out, "B-2 ,x\nD-4");
    assert_int_equal(lines[1].line_no, 4);
    assert_int_equal(lines[3].line_no, 6);
    char tiny[5];
    quick_order_join(text, lines, keep, n, tiny, sizeof tiny);
    assert_string_equal(tiny, "B-2 ");
    int none[4] = { 0 };
    quick_order_join(text, lines, none, n, out, sizeof out);
    assert_string_equal(out, "");
}

/* --- cart_rules ---------------------------------------------------------- */

static void quantity_parse_bounds(void **state)
{
    (void)state;
    int64_t v = -7;
    assert_int_equal(cart_quantity_parse("0", &v), -1);
    assert_int_equal(cart_quantity_parse("1", &v), 0);
    assert_int_equal(v, 1);
    assert_int_equal(cart_quantity_parse("1000000", &v), 0);
    assert_int_equal(v, 1000000);
    assert_int_equal(cart_quantity_parse("1000001", &v), -1);
    assert_int_equal(cart_quantity_parse("99999999999999999999999", &v), -1);
    assert_int_equal(cart_quantity_parse(" 5 ", &v), 0);
    assert_int_equal(v, 5);
    assert_int_equal(cart_quantity_parse("5a", &v), -1);
    assert_int_equal(cart_quantity_parse("", &v), -1);
    assert_int_equal(cart_quantity_parse("   ", &v), -1);
    assert_int_equal(cart_quantity_parse("-5", &v), -1);
    assert_int_equal(cart_quantity_parse("+5", &v), -1);
    assert_int_equal(cart_quantity_parse("1.5", &v), -1);
    assert_int_equal(cart_quantity_parse("1,000", &v), -1);
    assert_int_equal(cart_quantity_parse("1 000", &v), -1);
    assert_int_equal(cart_quantity_parse(NULL, &v), -1);
    assert_int_equal(v, 5);    /* untouched by the refusals */
}

static void quantity_check_and_messages(void **state)
{
    (void)state;
    char msg[128];
    assert_int_equal(cart_quantity_check(5, 1, 10), CART_QTY_BELOW_MIN);
    assert_int_equal(cart_quantity_check(10, 1, 10), CART_QTY_OK);
    assert_int_equal(cart_quantity_check(13, 12, 12), CART_QTY_NOT_PACK);
    assert_int_equal(cart_quantity_check(36, 12, 12), CART_QTY_OK);
    assert_int_equal(cart_quantity_check(12, 12, 24), CART_QTY_BELOW_MIN);
    assert_int_equal(cart_quantity_check(0, 1, 1), CART_QTY_INVALID);
    assert_int_equal(cart_quantity_check(1000001, 1, 1), CART_QTY_INVALID);
    assert_int_equal(cart_quantity_check(7, 0, 0), CART_QTY_OK);      /* no pack or minimum recorded */

    cart_quantity_message(CART_QTY_BELOW_MIN, 1, 10, "each", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 10 each.");
    cart_quantity_message(CART_QTY_BELOW_MIN, 12, 20, "box", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 24 boxes, in packs of 12.");
    cart_quantity_message(CART_QTY_BELOW_MIN, 1, 10, "roll", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 10 rolls.");
    cart_quantity_message(CART_QTY_BELOW_MIN, 25, 25, "ft", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 25 ft, in packs of 25.");
    cart_quantity_message(CART_QTY_BELOW_MIN, 1, 1, "pack", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 1 pack.");
    cart_quantity_message(CART_QTY_BELOW_MIN, 1, 2, "bench", msg, sizeof msg);
    assert_string_equal(msg, "Order at least 2 benches.");
    cart_quantity_message(CART_QTY_NOT_PACK, 12, 12, "each", msg, sizeof msg);
    assert_string_equal(msg, "Order in packs of 12 (12, 24, 36 ...).");
    cart_quantity_message(CART_QTY_INVALID, 1, 1, "", msg, sizeof msg);
    assert_string_equal(msg, "Enter a whole number from 1 to 1000000.");
    cart_quantity_message(CART_QTY_OK, 1, 1, "each", msg, sizeof msg);
    assert_string_equal(msg, "");
    cart_quantity_message(CART_QTY_BELOW_MIN, 1, 25, NULL, msg, sizeof msg);
    assert_string_equal(msg, "Order at least 25 each.");
}

static void quantity_round_up(void **state)
{
    (void)state;
    assert_int_equal(cart_quantity_round_up(1, 1, 1), 1);
    assert_int_equal(cart_quantity_round_up(1, 12, 12), 12);
    assert_int_equal(cart_quantity_round_up(13, 12, 12), 24);
    assert_int_equal(cart_quantity_round_up(24, 12, 12), 24);
    assert_int_equal(cart_quantity_round_up(1, 1, 10), 10);
    assert_int_equal(cart_quantity_round_up(1, 12, 20), 24);
    assert_int_equal(cart_quantity_round_up(0, 0, 0), 1);
    assert_int_equal(cart_quantity_round_up(-5, 50, 50), 50);
    for (int64_t pack = 1; pack <= 30; pack++)
        for (int64_t moq = 1; moq <= 40; moq++)
            for (int64_t q = 1; q <= 60; q++) {
                int64_t r = cart_quantity_round_up(q, pack, moq);
                assert_true(r >= q);
                assert_int_equal(cart_quantity_check(r, pack, moq), CART_QTY_OK);
                assert_true(r - q < pack || r == moq || r - moq < pack);   /* the smallest such */
            }
}

static void line_problems(void **state)
{
    (void)state;
    char msg[160];
    assert_int_equal(cart_line_problem(1, 24, 12, 12, "each", msg, sizeof msg), 0);
    assert_string_equal(msg, "");
    assert_int_equal(cart_line_problem(1, 20, 12, 12, "each", msg, sizeof msg), 1);
    assert_string_equal(msg, "Order in packs of 12 (12, 24, 36 ...).");
    assert_int_equal(cart_line_problem(1, 5, 1, 10, "each", msg, sizeof msg), 1);
    assert_string_equal(msg, "Order at least 10 each.");
    assert_int_equal(cart_line_problem(0, 24, 12, 12, "each", msg, sizeof msg), 1);
    assert_string_equal(msg, "This product is no longer available. Remove it to check out.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(separators),
        cmocka_unit_test(header_blank_lines_and_line_ends),
        cmocka_unit_test(bad_lines),
        cmocka_unit_test(long_lines_and_limits),
        cmocka_unit_test(duplicates_are_summed),
        cmocka_unit_test(join_keeps_only_marked_lines),
        cmocka_unit_test(quantity_parse_bounds),
        cmocka_unit_test(quantity_check_and_messages),
        cmocka_unit_test(quantity_round_up),
        cmocka_unit_test(line_problems),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
