/* RFC 4180 reading and writing (src/base/csv.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "base/csv.h"

#define LIMIT 4096

/* Parses s completely; fills out with "f1|f2;" per record and returns the
 * final result (CSV_END or an error), *lines the start line of each. */
static enum csv_result parse_all(const char *s, size_t len, size_t limit, char *out, size_t out_size, long *lines,
                                 long *err_line)
{
    struct csv_parser p;
    struct csv_record rec = { 0 };
    csv_init(&p, s, len, limit);
    out[0] = '\0';
    enum csv_result r;
    int n = 0;
    while ((r = csv_next(&p, &rec)) == CSV_RECORD) {
        for (size_t i = 0; i < rec.count; i++) {
            if (i) strncat(out, "|", out_size - strlen(out) - 1);
            strncat(out, rec.fields[i], out_size - strlen(out) - 1);
        }
        strncat(out, ";", out_size - strlen(out) - 1);
        if (lines) lines[n] = rec.line;
        n++;
    }
    if (err_line) *err_line = rec.line;
    csv_record_free(&rec);
    return r;
}

static void expect(const char *in, const char *want)
{
    char out[1024];
    assert_int_equal(parse_all(in, strlen(in), LIMIT, out, sizeof out, NULL, NULL), CSV_END);
    assert_string_equal(out, want);
}

static void expect_error(const char *in, enum csv_result err, long line)
{
    char out[1024];
    long at = 0;
    assert_int_equal(parse_all(in, strlen(in), LIMIT, out, sizeof out, NULL, &at), err);
    assert_int_equal(at, line);
}

static void simple_records(void **state)
{
    (void)state;
    expect("a,b,c\r\n1,2,3\r\n", "a|b|c;1|2|3;");
    expect("a,b,c\n1,2,3\n", "a|b|c;1|2|3;");
    expect("a,b,c\n1,2,3", "a|b|c;1|2|3;");          /* no final line break */
    expect("a,,c\n,,\n", "a||c;||;");                 /* empty fields */
    expect("a,\n", "a|;");
    expect(" a , b \n", " a | b ;");                  /* spaces belong to the field */
}

static void quoted_fields(void **state)
{
    (void)state;
    expect("\"a\",\"b\"\n", "a|b;");
    expect("\"a,b\",c\n", "a,b|c;");
    expect("\"say \"\"hi\"\"\",x\n", "say \"hi\"|x;");
    expect("\"\"\n", ";");                             /* one empty quoted field */
    expect("\"\"\"\"\n", "\";");
    expect("\"line1\nline2\",x\n", "line1\nline2|x;");
    expect("\"crlf\r\ninside\",x\r\n", "crlf\r\ninside|x;");
    expect("x,\"last\"", "x|last;");
}

static void bom_and_blank_lines(void **state)
{
    (void)state;
    expect("\xEF\xBB\xBF" "a,b\n1,2\n", "a|b;1|2;");
    expect("", "");
    expect("\xEF\xBB\xBF", "");
    expect("\n\n\r\n", "");
    expect("a\n\n\nb\n\n", "a;b;");
    expect("a,b\n1,\xEF\xBB\xBF" "2\n", "a|b;1|\xEF\xBB\xBF" "2;");   /* only a leading BOM is skipped */
    expect("caf\xC3\xA9,\xE2\x82\xAC\n", "caf\xC3\xA9|\xE2\x82\xAC;");
}

static void lone_cr_is_a_line_break(void **state)
{
    (void)state;
    char out[256];
    long lines[8];
    const char *in = "a,b\r1,2\r\r3,4";
    assert_int_equal(parse_all(in, strlen(in), LIMIT, out, sizeof out, lines, NULL), CSV_END);
    assert_string_equal(out, "a|b;1|2;3|4;");
    assert_int_equal(lines[0], 1);
    assert_int_equal(lines[1], 2);
    assert_int_equal(lines[2], 4);
}

static void line_numbers_are_physical(void **state)
{
    (void)state;
    char out[256];
    long lines[8];
    const char *in = "h\r\n\"two\nlines\"\n\nnext\n\"a\r\nb\r\nc\"\nlast";
    assert_int_equal(parse_all(in, strlen(in), LIMIT, out, sizeof out, lines, NULL), CSV_END);
    assert_int_equal(lines[0], 1);
    assert_int_equal(lines[1], 2);
    assert_int_equal(lines[2], 5);
    assert_int_equal(lines[3], 6);
    assert_int_equal(lines[4], 9);
    expect_error("a\n\"x\ny\"\nb\"c\n", CSV_ERR_QUOTE, 4);
}

static void errors(void **state)
{
    (void)state;
    expect_error("a,b\nx\"y,z\n", CSV_ERR_QUOTE, 2);          /* quote in an unquoted field */
    expect_error("a\n\"abc\"def\n", CSV_ERR_QUOTE, 2);        /* text after the closing quote */
    expect_error("a\n\n\"never closed,\nb\n", CSV_ERR_UNTERMINATED, 3);
    expect_error("a\nb,\xC3\x28\n", CSV_ERR_UTF8, 2);         /* invalid UTF-8 */
    expect_error("a\nb,\xC0\xAF\n", CSV_ERR_UTF8, 2);         /* overlong */
    const char nul[] = "a\nb\0c\n";
    char out[64];
    long at = 0;
    assert_int_equal(parse_all(nul, sizeof nul - 1, LIMIT, out, sizeof out, NULL, &at), CSV_ERR_UTF8);
    assert_int_equal(at, 2);
    assert_non_null(strstr(csv_error_message(CSV_ERR_QUOTE), "quote"));
}

static void error_is_sticky(void **state)
{
    (void)state;
    struct csv_parser p;
    struct csv_record rec = { 0 };
    const char *in = "a\"b\nc\n";
    csv_init(&p, in, strlen(in), LIMIT);
    assert_int_equal(csv_next(&p, &rec), CSV_ERR_QUOTE);
    assert_int_equal(csv_next(&p, &rec), CSV_ERR_QUOTE);
    csv_record_free(&rec);
}

static void record_limit_and_big_fields(void **state)
{
    (void)state;
    size_t big = 1024 * 1024;
    char *in = malloc(big + 16);
    assert_non_null(in);
    memset(in, 'x', big + 16);
    in[0] = '"';
    in[big + 1] = '"';
    memcpy(in + big + 2, ",y\n", 3);
    size_t len = big + 5;
    struct csv_parser p;
    struct csv_record rec = { 0 };
    csv_init(&p, in, len, 2 * big);
    assert_int_equal(csv_next(&p, &rec), CSV_RECORD);
    assert_int_equal(rec.count, 2);
    assert_int_equal(strlen(rec.fields[0]), big);
    assert_string_equal(rec.fields[1], "y");
    assert_int_equal(csv_next(&p, &rec), CSV_END);
    csv_init(&p, in, len, big - 1);                    /* over the limit */
    assert_int_equal(csv_next(&p, &rec), CSV_ERR_TOO_LONG);
    /* unquoted too */
    memset(in, 'x', big);
    memcpy(in + big, "\n", 1);
    csv_init(&p, in, big + 1, big);
    assert_int_equal(csv_next(&p, &rec), CSV_RECORD);
    csv_init(&p, in, big + 1, big - 1);
    assert_int_equal(csv_next(&p, &rec), CSV_ERR_TOO_LONG);
    /* the limit counts the whole record */
    csv_init(&p, "abc,def\n", 8, 5);
    assert_int_equal(csv_next(&p, &rec), CSV_ERR_TOO_LONG);
    csv_record_free(&rec);
    free(in);
}

static void column_counts_are_not_the_parsers_business(void **state)
{
    (void)state;
    expect("a,b,c\n1\n1,2,3,4\n", "a|b|c;1;1|2|3|4;");
}

static void write_fields(void **state)
{
    (void)state;
    struct csv_out out = { 0 };
    const char *rec1[] = { "plain", "with,comma", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ",
                           "", "caf\xC3\xA9" };
    csv_write_record(&out, rec1, 9);
    const char *rec2[] = { "x" };
    csv_write_record(&out, rec2, 1);
    assert_false(out.failed);
    assert_string_equal(out.data, "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" lead\","
                                  "\"trail \",,caf\xC3\xA9\r\nx\r\n");
    /* what is written reads back the same */
    struct csv_parser p;
    struct csv_record rec = { 0 };
    csv_init(&p, out.data, out.len, LIMIT);
    assert_int_equal(csv_next(&p, &rec), CSV_RECORD);
    assert_int_equal(rec.count, 9);
    for (int i = 0; i < 9; i++) assert_string_equal(rec.fields[i], rec1[i]);
    assert_int_equal(csv_next(&p, &rec), CSV_RECORD);
    assert_string_equal(rec.fields[0], "x");
    assert_int_equal(csv_next(&p, &rec), CSV_END);
    csv_record_free(&rec);
    csv_out_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(simple_records),
        cmocka_unit_test(quoted_fields),
        cmocka_unit_test(bom_and_blank_lines),
        cmocka_unit_test(lone_cr_is_a_line_break),
        cmocka_unit_test(line_numbers_are_physical),
        cmocka_unit_test(errors),
        cmocka_unit_test(error_is_sticky),
        cmocka_unit_test(record_limit_and_big_fields),
        cmocka_unit_test(column_counts_are_not_the_parsers_business),
        cmocka_unit_test(write_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
