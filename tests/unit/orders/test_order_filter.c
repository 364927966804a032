/* The order lists' filters: parsing the query string (values kept, invalid
 * ones reported and left out), the URL built back from them, dates as
 * whole UTC days, and the keyset cursor; for the member's list and for
 * the back office's, each reading only the filters it offers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "web/http.h"
#include "orders/order_filter.h"
#include "orders/order_lifecycle.h"

/* Parses a query string into f for a list; returns the number of errors. */
static int parse_for(enum order_list_scope scope, const char *qs, struct order_filter *f, struct order_filter_errors *e)
{
    struct http_params q = { 0 };
    assert_int_equal(http_parse_urlencoded(qs, strlen(qs), &q), HTTP_PARSE_OK);
    int n = order_filter_parse(&q, scope, f, e);
    http_params_free(&q);
    return n;
}

/* The member's list. */
static int parse(const char *qs, struct order_filter *f, struct order_filter_errors *e)
{
    return parse_for(ORDER_LIST_MEMBER, qs, f, e);
}

/* f's query string is want. */
static void query_is(const struct order_filter *f, int with_cursor, const char *want)
{
    char qs[512] = "x";
    assert_int_equal(order_filter_query(f, with_cursor, qs, sizeof qs), 0);
    assert_string_equal(qs, want);
}

static int has_error(const struct order_filter_errors *e, const char *field)
{
    for (int i = 0; i < e->count; i++)
        if (strcmp(e->items[i].field, field) == 0) return 1;
    return 0;
}

static void nothing_set(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    assert_int_equal(parse("", &f, &e), 0);
    assert_int_equal(e.count, 0);
    assert_string_equal(f.status, "");
    assert_true(f.from_ts == INT64_MIN);
    assert_true(f.to_ts == INT64_MAX);
    assert_int_equal(f.placed_by, 0);
    assert_int_equal(f.unit, 0);
    assert_int_equal(f.sort, ORDER_SORT_DATE_DESC);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_FIRST);
    assert_false(order_filter_active(&f));
    char qs[256] = "x";
    assert_int_equal(order_filter_query(&f, 1, qs, sizeof qs), 0);
    assert_string_equal(qs, "");
    /* blanks alone are nothing */
    assert_int_equal(parse("status=&po=%20%20&sku=&number=+&from=&to=&placed_by=&unit=&sort=", &f, &e), 0);
    assert_false(order_filter_active(&f));
}

static void every_filter(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    assert_int_equal(parse("status=open&from=2026-03-01&to=2026-03-31&number=so-2026-00&po=+PO+48%25_1+"
                           "&placed_by=8&unit=4&sku=fas-nln-0202&sort=total_asc", &f, &e), 0);
    assert_string_equal(f.status, "open");
    assert_string_equal(f.from, "2026-03-01");
    assert_string_equal(f.to, "2026-03-31");
    assert_true(f.from_ts == 1772323200);           /* 2026-03-01 00:00 UTC */
    assert_true(f.to_ts == 1772323200 + 31 * 86400); /* the end of Mar 31: the day is included */
    assert_string_equal(f.number, "SO-2026-00");      /* upper case */
    assert_string_equal(f.po, "PO 48%_1");            /* trimmed, kept as typed (the store escapes LIKE) */
    assert_int_equal(f.placed_by, 8);
    assert_int_equal(f.unit, 4);
    assert_string_equal(f.sku, "FAS-NLN-0202");
    assert_int_equal(f.sort, ORDER_SORT_TOTAL_ASC);
    assert_true(order_filter_active(&f));
    assert_true(order_sort_by_total(f.sort));

    assert_int_equal(parse("status=partially_shipped", &f, &e), 0);
    assert_string_equal(f.status, "partially_shipped");
}

static void invalid_values_are_reported_and_left_out(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    int n = parse("status=lost&from=2026-02-30&to=tomorrow&number=SO+2026&po=a%09b&placed_by=0&unit=-3"
                  "&sku=FAS+NLN&sort=cheapest&after=12", &f, &e);
    assert_int_equal(n, 10);
    assert_int_equal(e.count, 10);
    const char *fields[] = { "status", "from", "to", "number", "po", "placed_by", "unit", "sku", "sort", "page" };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) assert_true(has_error(&e, fields[i]));
    assert_false(order_filter_active(&f));   /* nothing invalid is applied */
    assert_int_equal(f.sort, ORDER_SORT_DATE_DESC);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_FIRST);
    for (int i = 0; i < e.count; i++) assert_true(strlen(e.items[i].message) > 10);

    /* one bad value leaves the others applied */
    assert_int_equal(parse("status=shipped&from=2026-13-01&po=PO-1", &f, &e), 1);
    assert_true(has_error(&e, "from"));
    assert_string_equal(f.status, "shipped");
    assert_string_equal(f.po, "PO-1");
    assert_true(f.from_ts == INT64_MIN);

    /* too long */
    char qs[200];
    snprintf(qs, sizeof qs, "po=%061d", 7);
    assert_int_equal(parse(qs, &f, &e), 1);
    assert_true(has_error(&e, "po"));
    snprintf(qs, sizeof qs, "po=%060d", 7);
    assert_int_equal(parse(qs, &f, &e), 0);
    assert_int_equal(strlen(f.po), 60);
    /* 60 characters of UTF-8 fit although they are more bytes */
    char wide[60 * 6 + 8] = "po=";
    for (int i = 0; i < 60; i++) strcat(wide, "%C3%A9");
    assert_int_equal(parse(wide, &f, &e), 0);
    assert_int_equal(strlen(f.po), 120);
    assert_int_equal(parse("number=SO-2026-0041520000000000000000000000000", &f, &e), 1);
    assert_true(has_error(&e, "number"));
    assert_int_equal(parse("placed_by=9007199254740993", &f, &e), 1);   /* over 2^53 */
    assert_int_equal(parse("placed_by=12abc", &f, &e), 1);
    assert_int_equal(parse("unit=%2B4", &f, &e), 1);
}

static void dates(void **state)
{
    (void)state;
    int64_t t = -1;
    assert_int_equal(order_date_parse("1970-01-01", &t), 0);
    assert_true(t == 0);
    assert_int_equal(order_date_parse("2024-02-29", &t), 0);   /* leap year */
    assert_true(t == 1709164800);
    assert_int_equal(order_date_parse("2000-02-29", &t), 0);   /* divisible by 400 */
    assert_int_equal(order_date_parse("2026-12-31", &t), 0);
    assert_true(t == 1798675200);
    t = 42;
    assert_int_equal(order_date_parse("2025-02-29", &t), -1);
    assert_int_equal(order_date_parse("2100-02-29", &t), -1);  /* divisible by 100 */
    assert_int_equal(order_date_parse("2026-04-31", &t), -1);
    assert_int_equal(order_date_parse("2026-00-10", &t), -1);
    assert_int_equal(order_date_parse("2026-01-00", &t), -1);
    assert_int_equal(order_date_parse("2026-1-5", &t), -1);
    assert_int_equal(order_date_parse("2026/01/05", &t), -1);
    assert_int_equal(order_date_parse("1969-12-31", &t), -1);
    assert_int_equal(order_date_parse("2026-01-05T00", &t), -1);
    assert_int_equal(order_date_parse("", &t), -1);
    assert_true(t == 42);   /* untouched on failure */

    struct order_filter f;
    struct order_filter_errors e;
    /* the same day at both ends is that whole day */
    assert_int_equal(parse("from=2026-11-20&to=2026-11-20", &f, &e), 0);
    assert_true(f.to_ts - f.from_ts == 86400);
    /* the end before the start: reported on "to", neither applied */
    assert_int_equal(parse("from=2026-11-20&to=2026-11-19", &f, &e), 1);
    assert_true(has_error(&e, "to"));
    assert_true(f.from_ts == INT64_MIN && f.to_ts == INT64_MAX);
    assert_string_equal(f.from, "");
    /* one end alone */
    assert_int_equal(parse("to=2026-01-01", &f, &e), 0);
    assert_true(f.from_ts == INT64_MIN);
    assert_true(f.to_ts == 1767225600 + 86400);
}

static void cursors(void **state)
{
    (void)state;
    int64_t key = 0, id = 0;
    assert_int_equal(order_cursor_parse("1763668103,52", &key, &id), 0);
    assert_true(key == 1763668103 && id == 52);
    assert_int_equal(order_cursor_parse("-5,3", &key, &id), 0);      /* a key may be negative */
    assert_true(key == -5 && id == 3);
    assert_int_equal(order_cursor_parse("0,1", &key, &id), 0);
    key = 9;
    id = 9;
    assert_int_equal(order_cursor_parse("12", &key, &id), -1);
    assert_int_equal(order_cursor_parse("12,", &key, &id), -1);
    assert_int_equal(order_cursor_parse(",12", &key, &id), -1);
    assert_int_equal(order_cursor_parse("a,b", &key, &id), -1);
    assert_int_equal(order_cursor_parse("1,0", &key, &id), -1);      /* ids are positive */
    assert_int_equal(order_cursor_parse("1,-4", &key, &id), -1);
    assert_int_equal(order_cursor_parse("1,2,3", &key, &id), -1);
    assert_int_equal(order_cursor_parse("1 ,2", &key, &id), -1);
    assert_int_equal(order_cursor_parse("99999999999999999999,1", &key, &id), -1);   /* overflow */
    assert_int_equal(order_cursor_parse("-,1", &key, &id), -1);
    assert_true(key == 9 && id == 9);

    struct order_filter f;
    struct order_filter_errors e;
    assert_int_equal(parse("after=100%2C7", &f, &e), 0);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_AFTER);
    assert_true(f.cursor.key == 100 && f.cursor.id == 7);
    assert_int_equal(parse("before=100,7&sort=total_desc", &f, &e), 0);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_BEFORE);
    assert_int_equal(f.sort, ORDER_SORT_TOTAL_DESC);
    assert_int_equal(parse("after=1,2&before=3,4", &f, &e), 1);      /* both: which? neither */
    assert_true(has_error(&e, "page"));
    assert_int_equal(f.cursor.dir, ORDER_PAGE_FIRST);
}

static void round_trip(void **state)
{
    (void)state;
    struct order_filter f, g;
    struct order_filter_errors e;
    assert_int_equal(parse("status=delivered&from=2025-12-01&to=2026-01-31&number=SO-2026&po=A%26B%3DC+%25+d%C3%A9j%C3%A0"
                           "&placed_by=12&unit=3&sku=GEN-000123&sort=date_asc&before=1700000000,99", &f, &e), 0);
    char qs[1024];
    assert_int_equal(order_filter_query(&f, 1, qs, sizeof qs), 0);
    assert_string_equal(qs, "status=delivered&from=2025-12-01&to=2026-01-31&number=SO-2026"
                            "&po=A%26B%3DC%20%25%20d%C3%A9j%C3%A0&placed_by=12&unit=3&sku=GEN-000123"
                            "&sort=date_asc&before=1700000000%2C99");
    assert_int_equal(parse(qs, &g, &e), 0);
    assert_string_equal(g.status, f.status);
    assert_string_equal(g.from, f.from);
    assert_string_equal(g.to, f.to);
    assert_true(g.from_ts == f.from_ts && g.to_ts == f.to_ts);
    assert_string_equal(g.number, f.number);
    assert_string_equal(g.po, "A&B=C % d\xc3\xa9j\xc3\xa0");
    assert_string_equal(g.po, f.po);
    assert_int_equal(g.placed_by, f.placed_by);
    assert_int_equal(g.unit, f.unit);
    assert_string_equal(g.sku, f.sku);
    assert_int_equal(g.sort, f.sort);
    assert_int_equal(g.cursor.dir, ORDER_PAGE_BEFORE);
    assert_true(g.cursor.key == 1700000000 && g.cursor.id == 99);

    /* without the cursor: the same view from its first page */
    assert_int_equal(order_filter_query(&f, 0, qs, sizeof qs), 0);
    assert_null(strstr(qs, "before="));
    assert_non_null(strstr(qs, "sort=date_asc"));

    /* the default sort is left out; a walk forward is after= */
    assert_int_equal(parse("po=x", &f, &e), 0);
    f.cursor = (struct order_cursor){ ORDER_PAGE_AFTER, 1763668103, 52 };
    assert_int_equal(order_filter_query(&f, 1, qs, sizeof qs), 0);
    assert_string_equal(qs, "po=x&after=1763668103%2C52");

    /* too small a buffer: refused, never cut */
    char tiny[8] = "junk";
    assert_int_equal(order_filter_query(&f, 1, tiny, sizeof tiny), -1);
    assert_string_equal(tiny, "");
}

static void sorts_and_statuses(void **state)
{
    (void)state;
    for (int i = 0; i < ORDER_SORT_COUNT; i++) {
        enum order_sort s = ORDER_SORT_COUNT;
        assert_int_equal(order_sort_parse(order_sort_name((enum order_sort)i), &s), 0);
        assert_int_equal(s, i);
    }
    enum order_sort s = ORDER_SORT_DATE_ASC;
    assert_int_equal(order_sort_parse("DATE_DESC", &s), -1);
    assert_int_equal(s, ORDER_SORT_DATE_ASC);
    assert_false(order_sort_by_total(ORDER_SORT_DATE_DESC));
    assert_true(order_sort_by_total(ORDER_SORT_TOTAL_DESC));

    /* "open" is exactly the states that are not final */
    int open = 0;
    for (int st = 0; st < ORDER_STATE_COUNT; st++) {
        int listed = 0;
        for (int k = 0; k < order_open_status_count; k++)
            listed |= strcmp(order_open_statuses[k], order_state_name((enum order_state)st)) == 0;
        assert_int_equal(listed, !order_state_is_final((enum order_state)st));
        open += listed;
    }
    assert_int_equal(open, order_open_status_count);
    assert_int_equal(order_open_status_count, 7);   /* the store binds seven */
}

/* --- the back office's list --------------------------------------------- */

static void each_list_offers_its_filters(void **state)
{
    (void)state;
    for (int i = 0; i < ORDER_FILTER_FIELD_COUNT; i++) {
        enum order_filter_field field = (enum order_filter_field)i;
        int member = field == ORDER_FILTER_PLACED_BY || field == ORDER_FILTER_UNIT || field == ORDER_FILTER_SKU
                     || field == ORDER_FILTER_SORT;
        int staff = field == ORDER_FILTER_COMPANY || field == ORDER_FILTER_CHANNEL;
        assert_int_equal(order_filter_offers(ORDER_LIST_MEMBER, field), !staff);
        assert_int_equal(order_filter_offers(ORDER_LIST_STAFF, field), !member);
    }
}

static void staff_filters(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=3&channel=erp&status=processing&from=2026-03-01"
                               "&to=2026-03-31&number=+erp-Ab.1_x+&po=PO-4", &f, &e), 0);
    assert_int_equal(f.scope, ORDER_LIST_STAFF);
    assert_true(f.company == 3);
    assert_string_equal(f.channel, "erp");
    assert_string_equal(f.status, "processing");
    assert_true(f.from_ts == 1772323200);
    assert_true(f.to_ts == 1772323200 + 31 * 86400);
    assert_string_equal(f.number, "erp-Ab.1_x");   /* as typed: an ERP number keeps its case, . and _ */
    assert_string_equal(f.po, "PO-4");
    assert_true(order_filter_active(&f));
    /* the company alone is a filter too */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=2", &f, &e), 0);
    assert_true(order_filter_active(&f));
    for (int i = 0; i < order_channel_count; i++) {
        char qs[32];
        snprintf(qs, sizeof qs, "channel=%s", order_channels[i]);
        assert_int_equal(parse_for(ORDER_LIST_STAFF, qs, &f, &e), 0);
        assert_string_equal(f.channel, order_channels[i]);
    }

    /* what the member's list offers is not the staff's: ignored, no error */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "unit=4&placed_by=8&sku=FAS-NLN-0202&sort=total_asc", &f, &e), 0);
    assert_int_equal(f.unit, 0);
    assert_int_equal(f.placed_by, 0);
    assert_string_equal(f.sku, "");
    assert_int_equal(f.sort, ORDER_SORT_DATE_DESC);
    assert_false(order_filter_active(&f));
    query_is(&f, 1, "");
}

static void member_list_ignores_staff_filters(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    assert_int_equal(parse("company=3&channel=erp", &f, &e), 0);
    assert_true(f.company == 0);
    assert_string_equal(f.channel, "");
    assert_false(order_filter_active(&f));
    /* even values that are not valid: not read at all */
    assert_int_equal(parse("company=abc&channel=fax&status=shipped", &f, &e), 0);
    assert_string_equal(f.status, "shipped");
    query_is(&f, 1, "status=shipped");
}

static void staff_invalid_values(void **state)
{
    (void)state;
    struct order_filter f;
    struct order_filter_errors e;
    /* the back office drops what it cannot use without a word ... */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=abc&channel=fax&status=lost&po=a%09b&before=yesterday",
                               &f, &e), 0);
    assert_false(order_filter_active(&f));
    assert_int_equal(f.cursor.dir, ORDER_PAGE_FIRST);
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=0", &f, &e), 0);
    assert_true(f.company == 0);
    /* ... but says what is wrong with a date or a number, in its words */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "from=2026-02-30&to=tomorrow&status=processing", &f, &e), 2);
    assert_true(has_error(&e, "from") && has_error(&e, "to"));
    assert_non_null(strstr(e.items[0].message, "Write the date as YYYY-MM-DD"));
    assert_string_equal(f.status, "processing");   /* the rest still applies */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "from=2026-03-02&to=2026-03-01", &f, &e), 1);
    assert_true(has_error(&e, "to"));
    assert_true(f.from_ts == INT64_MIN && f.to_ts == INT64_MAX);
    char number[64];
    snprintf(number, sizeof number, "number=%041d", 7);
    assert_int_equal(parse_for(ORDER_LIST_STAFF, number, &f, &e), 1);
    assert_true(has_error(&e, "number"));
    assert_non_null(strstr(e.items[0].message, "at most 40 characters"));
    snprintf(number, sizeof number, "number=%040d", 7);
    assert_int_equal(parse_for(ORDER_LIST_STAFF, number, &f, &e), 0);
    assert_int_equal(strlen(f.number), 40);
    /* the member's list allows fewer characters, and fewer kinds */
    assert_int_equal(parse(number, &f, &e), 1);
    assert_int_equal(parse("number=erp-ab.1", &f, &e), 1);
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "number=SO+2026", &f, &e), 0);
}

static void staff_cursor_round_trip(void **state)
{
    (void)state;
    struct order_filter f, g;
    struct order_filter_errors e;
    /* newest first: before= goes on to older orders, after= back to newer */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "status=delivered&company=2&before=1700000000.99", &f, &e), 0);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_AFTER);
    assert_true(f.cursor.key == 1700000000 && f.cursor.id == 99);
    query_is(&f, 1, "company=2&status=delivered&before=1700000000.99");
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=2&status=delivered&before=1700000000.99", &g, &e), 0);
    assert_true(g.company == f.company);
    assert_string_equal(g.status, f.status);
    assert_int_equal(g.cursor.dir, f.cursor.dir);
    assert_true(g.cursor.key == f.cursor.key && g.cursor.id == f.cursor.id);

    f.cursor = (struct order_cursor){ ORDER_PAGE_BEFORE, 1763668103, 52 };
    query_is(&f, 1, "company=2&status=delivered&after=1763668103.52");
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "company=2&status=delivered&after=1763668103.52", &g, &e), 0);
    assert_int_equal(g.cursor.dir, ORDER_PAGE_BEFORE);
    assert_true(g.cursor.key == 1763668103 && g.cursor.id == 52);

    /* without the cursor: the newest page of the same view */
    query_is(&f, 0, "company=2&status=delivered");

    /* the same cursor in the member's list is after= with a comma */
    assert_int_equal(parse("status=delivered&after=1763668103%2C52", &g, &e), 0);
    assert_int_equal(g.cursor.dir, ORDER_PAGE_AFTER);
    g.cursor = (struct order_cursor){ ORDER_PAGE_AFTER, 1763668103, 52 };
    query_is(&g, 1, "status=delivered&after=1763668103%2C52");

    /* one parser reads both spellings */
    int64_t key = 0, id = 0;
    assert_int_equal(order_cursor_parse("1700000000.99", &key, &id), 0);
    assert_true(key == 1700000000 && id == 99);
    assert_int_equal(order_cursor_parse("1.2.3", &key, &id), -1);
    assert_int_equal(order_cursor_parse("1.0", &key, &id), -1);
    /* both directions at once: the first page */
    assert_int_equal(parse_for(ORDER_LIST_STAFF, "before=1.2&after=3.4", &f, &e), 0);
    assert_int_equal(f.cursor.dir, ORDER_PAGE_FIRST);
}

static void staff_number_candidates(void **state)
{
    (void)state;
    char c[ORDER_NUMBER_CANDIDATES][ORDER_NUMBER_CANDIDATE_SIZE];
    /* bare digits: also the SO number of this year and the nine before */
    assert_int_equal(order_number_candidates("4152", 2026, c, ORDER_NUMBER_CANDIDATES), 13);
    assert_string_equal(c[0], "4152");
    assert_string_equal(c[1], "4152");
    assert_string_equal(c[2], "ERP-4152");
    assert_string_equal(c[3], "SO-2026-004152");
    assert_string_equal(c[12], "SO-2017-004152");
    /* a whole number: as typed, upper-cased, as the ERP's */
    assert_int_equal(order_number_candidates("so-2026-004152", 2026, c, ORDER_NUMBER_CANDIDATES), 3);
    assert_string_equal(c[0], "so-2026-004152");
    assert_string_equal(c[1], "SO-2026-004152");
    assert_string_equal(c[2], "ERP-so-2026-004152");
    assert_int_equal(order_number_candidates("1234567", 2026, c, ORDER_NUMBER_CANDIDATES), 3);
    assert_int_equal(order_number_candidates("12", 2026, c, 5), 5);   /* never more than asked */
    assert_string_equal(c[4], "SO-2025-000012");
}

static void date_fields(void **state)
{
    (void)state;
    assert_string_equal(order_date_field("2026-03-01"), "2026-03-01");
    assert_string_equal(order_date_field("2026-02-30"), "");
    assert_string_equal(order_date_field("tomorrow"), "");
    assert_string_equal(order_date_field(""), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nothing_set),
        cmocka_unit_test(every_filter),
        cmocka_unit_test(invalid_values_are_reported_and_left_out),
        cmocka_unit_test(dates),
        cmocka_unit_test(cursors),
        cmocka_unit_test(round_trip),
        cmocka_unit_test(sorts_and_statuses),
        cmocka_unit_test(each_list_offers_its_filters),
        cmocka_unit_test(staff_filters),
        cmocka_unit_test(member_list_ignores_staff_filters),
        cmocka_unit_test(staff_invalid_values),
        cmocka_unit_test(staff_cursor_round_trip),
        cmocka_unit_test(staff_number_candidates),
        cmocka_unit_test(date_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
