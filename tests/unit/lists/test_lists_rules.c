/* Shopping lists' pure rules: who may change or share a list, and reading
 * a list's CSV with an error per line and its line number. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/permissions.h"
#include "lists/lists_rules.h"

static void who_may_change_a_list(void **state)
{
    (void)state;
    const unsigned buyer = PERM_PLACE_ORDERS, manager = PERM_PLACE_ORDERS | PERM_MANAGE_SHARED_LISTS;
    assert_true(list_may_edit(7, buyer, 7, LIST_PRIVATE));         /* the owner */
    assert_false(list_may_edit(8, manager, 7, LIST_PRIVATE));      /* nobody else, whatever they may do */
    assert_false(list_may_edit(8, manager, 7, LIST_COMPANY));      /* company and unit lists are read-only */
    assert_false(list_may_edit(8, manager, 7, LIST_UNIT));
    assert_true(list_may_edit(8, manager, 7, LIST_EDITABLE));      /* editable: those who manage shared lists */
    assert_false(list_may_edit(8, buyer, 7, LIST_EDITABLE));
    assert_false(list_may_edit(0, buyer, 0, LIST_PRIVATE));        /* no user is nobody's owner */
    assert_true(list_may_share_as(buyer, LIST_UNIT));
    assert_false(list_may_share_as(buyer, LIST_EDITABLE));
    assert_true(list_may_share_as(manager, LIST_EDITABLE));
    assert_int_equal(list_sharing_parse("unit"), LIST_UNIT);
    assert_int_equal(list_sharing_parse("Unit"), -1);
    assert_int_equal(list_sharing_parse(NULL), -1);
    assert_string_equal(list_sharing_name(LIST_EDITABLE), "editable");
}

static void csv_rows_and_errors(void **state)
{
    (void)state;
    static struct list_csv_row rows[LIST_CSV_MAX_ROWS];
    char msg[200];
    const char *csv = "\xef\xbb\xbfSKU,Quantity,Note\r\n"
                      "GEN-1, 2 ,\"for site 12, door 3\"\r\n"
                      "\r\n"
                      ",5\r\n"
                      "GEN-2,1e3\r\n"
                      "GEN-3\r\n"
                      "GEN-4,1,a,b\r\n"
                      "  GEN-5 ,7\r\n";
    int n = list_csv_parse(csv, strlen(csv), rows, LIST_CSV_MAX_ROWS, msg, sizeof msg);
    assert_int_equal(n, 6);
    assert_string_equal(rows[0].sku, "GEN-1");
    assert_int_equal(rows[0].quantity, 2);
    assert_string_equal(rows[0].note, "for site 12, door 3");
    assert_int_equal(rows[0].line, 2);
    assert_string_equal(rows[0].error, "");
    assert_int_equal(rows[1].line, 4);                  /* the blank line counts */
    assert_string_equal(rows[1].error, "the SKU is missing");
    assert_int_equal(rows[2].line, 5);
    assert_non_null(strstr(rows[2].error, "whole number"));
    assert_non_null(strstr(rows[3].error, "whole number"));   /* no quantity */
    assert_non_null(strstr(rows[4].error, "4 columns"));
    assert_string_equal(rows[5].sku, "GEN-5");
    assert_int_equal(rows[5].quantity, 7);
}

static void files_that_cannot_be_read(void **state)
{
    (void)state;
    static struct list_csv_row rows[LIST_CSV_MAX_ROWS];
    char msg[200];
    assert_int_equal(list_csv_parse("", 0, rows, LIST_CSV_MAX_ROWS, msg, sizeof msg), -1);
    assert_string_equal(msg, "The file has no products in it.");
    assert_int_equal(list_csv_parse("sku,quantity\n", 13, rows, LIST_CSV_MAX_ROWS, msg, sizeof msg), -1);
    const char *broken = "GEN-1,1\n\"GEN-2,1\n";
    assert_int_equal(list_csv_parse(broken, strlen(broken), rows, LIST_CSV_MAX_ROWS, msg, sizeof msg), -1);
    assert_non_null(strstr(msg, "Line 2:"));
    const char *bad_utf8 = "GEN-1,1,\xff\n";
    assert_int_equal(list_csv_parse(bad_utf8, strlen(bad_utf8), rows, LIST_CSV_MAX_ROWS, msg, sizeof msg), -1);
    assert_non_null(strstr(msg, "Line 1:"));
    static char many[LIST_CSV_MAX_ROWS * 12 + 32];
    size_t len = 0;
    for (int i = 0; i <= LIST_CSV_MAX_ROWS; i++) len += (size_t)snprintf(many + len, sizeof many - len, "G-%d,1\n", i);
    assert_int_equal(list_csv_parse(many, len, rows, LIST_CSV_MAX_ROWS, msg, sizeof msg), -1);
    assert_non_null(strstr(msg, "more than 500"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(who_may_change_a_list),
        cmocka_unit_test(csv_rows_and_errors),
        cmocka_unit_test(files_that_cannot_be_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
