/* multipart/form-data bodies (src/web/multipart.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/multipart.h"

#define B "----WebKitFormBoundary7MA4YWxkTrZu0gW"

static const char browser_body[] =
    "--" B "\r\n"
    "Content-Disposition: form-data; name=\"csrf_token\"\r\n"
    "\r\n"
    "tok123\r\n"
    "--" B "\r\n"
    "Content-Disposition: form-data; name=\"shape\"\r\n"
    "\r\n"
    "addresses\r\n"
    "--" B "\r\n"
    "Content-Disposition: form-data; name=\"file\"; filename=\"erp addresses.csv\"\r\n"
    "Content-Type: text/csv\r\n"
    "\r\n"
    "a,b\r\n1,\"x\r\n--y\"\r\n"
    "\r\n"
    "--" B "\r\n"
    "content-disposition: form-data; name=\"note\"\r\n"
    "\r\n"
    "caf\xC3\xA9\r\nline two\r\n"
    "--" B "--\r\n";

static enum multipart_result parse(const char *body, size_t len, struct http_params *fields,
                                   struct multipart_files *files)
{
    return multipart_parse(body, len, B, fields, files);
}

static void boundary_from_content_type(void **state)
{
    (void)state;
    char b[MULTIPART_BOUNDARY_MAX + 1];
    assert_int_equal(multipart_boundary("multipart/form-data; boundary=" B, b), 0);
    assert_string_equal(b, B);
    assert_int_equal(multipart_boundary("Multipart/Form-Data;charset=utf-8; BOUNDARY=\"a b:c\"", b), 0);
    assert_string_equal(b, "a b:c");
    assert_int_equal(multipart_boundary("multipart/form-data", b), -1);
    assert_int_equal(multipart_boundary("multipart/form-data; boundary=", b), -1);
    assert_int_equal(multipart_boundary("multipart/form-data; boundary=\"\"", b), -1);
    assert_int_equal(multipart_boundary("application/x-www-form-urlencoded; boundary=x", b), -1);
    assert_int_equal(multipart_boundary("multipart/form-data; boundary=\"unterminated", b), -1);
    char longb[200] = "multipart/form-data; boundary=";
    memset(longb + strlen(longb), 'x', 71);
    assert_int_equal(multipart_boundary(longb, b), -1);   /* over 70 characters */
}

static void browser_form(void **state)
{
    (void)state;
    struct http_params fields = { 0 };
    struct multipart_files files = { 0 };
    assert_int_equal(parse(browser_body, sizeof browser_body - 1, &fields, &files), MULTIPART_OK);
    assert_int_equal(fields.count, 3);
    assert_string_equal(http_params_get(&fields, "csrf_token"), "tok123");
    assert_string_equal(http_params_get(&fields, "shape"), "addresses");
    assert_string_equal(http_params_get(&fields, "note"), "caf\xC3\xA9\r\nline two");
    assert_int_equal(files.count, 1);
    const struct multipart_file *f = multipart_file_get(&files, "file");
    assert_non_null(f);
    assert_string_equal(f->filename, "erp addresses.csv");
    assert_string_equal(f->content_type, "text/csv");
    const char want[] = "a,b\r\n1,\"x\r\n--y\"\r\n";   /* a line starting "--" that is not the boundary stays */
    assert_int_equal(f->len, sizeof want - 1);
    assert_memory_equal(f->data, want, sizeof want - 1);
    assert_null(multipart_file_get(&files, "other"));
    http_params_free(&fields);
    multipart_files_free(&files);
}

static void empty_file_input(void **state)
{
    (void)state;
    const char body[] = "--" B "\r\n"
                        "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                        "Content-Type: application/octet-stream\r\n\r\n"
                        "\r\n--" B "--";
    struct http_params fields = { 0 };
    struct multipart_files files = { 0 };
    assert_int_equal(parse(body, sizeof body - 1, &fields, &files), MULTIPART_OK);
    assert_int_equal(files.count, 1);
    assert_string_equal(files.items[0].filename, "");
    assert_int_equal(files.items[0].len, 0);
    http_params_free(&fields);
    multipart_files_free(&files);
}

static void binary_file_is_kept_as_is(void **state)
{
    (void)state;
    const char body[] = "preamble to ignore\r\n--" B "\r\n"
                        "Content-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n"
                        "\x00\xff\xfe\r\n\r\n--" B "--\r\nepilogue";
    struct http_params fields = { 0 };
    struct multipart_files files = { 0 };
    assert_int_equal(parse(body, sizeof body - 1, &fields, &files), MULTIPART_OK);
    assert_int_equal(files.count, 1);
    assert_int_equal(files.items[0].len, 5);
    assert_memory_equal(files.items[0].data, "\x00\xff\xfe\r\n", 5);
    assert_string_equal(files.items[0].content_type, "");
    http_params_free(&fields);
    multipart_files_free(&files);
}

static void expect_failure(const char *body, size_t len, const char *boundary, enum multipart_result want)
{
    struct http_params fields = { 0 };
    struct multipart_files files = { 0 };
    assert_int_equal(multipart_parse(body, len, boundary, &fields, &files), want);
    assert_int_equal(fields.count, 0);    /* nothing kept from a bad body */
    assert_int_equal(files.count, 0);
    http_params_free(&fields);
    multipart_files_free(&files);
}

static void malformed_bodies(void **state)
{
    (void)state;
    size_t n = sizeof browser_body - 1;
    expect_failure(browser_body, n, "", MULTIPART_NO_BOUNDARY);
    expect_failure(browser_body, n, NULL, MULTIPART_NO_BOUNDARY);
    expect_failure(browser_body, n, "other-boundary", MULTIPART_MALFORMED);
    expect_failure("", 0, B, MULTIPART_TRUNCATED);
    /* truncated anywhere before the final boundary */
    for (size_t cut = 1; cut < n - strlen("--" B "--\r\n") + 2; cut++) {
        struct http_params fields = { 0 };
        struct multipart_files files = { 0 };
        enum multipart_result r = parse(browser_body, cut, &fields, &files);
        assert_int_not_equal(r, MULTIPART_OK);
        assert_int_equal(fields.count, 0);
        http_params_free(&fields);
        multipart_files_free(&files);
    }
    /* no final boundary: the last part never ends */
    const char no_final[] = "--" B "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue";
    expect_failure(no_final, sizeof no_final - 1, B, MULTIPART_TRUNCATED);
    /* no name, not form-data, no disposition, a bad header line */
    const char no_name[] = "--" B "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" B "--";
    expect_failure(no_name, sizeof no_name - 1, B, MULTIPART_MALFORMED);
    const char attachment[] = "--" B "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--" B "--";
    expect_failure(attachment, sizeof attachment - 1, B, MULTIPART_MALFORMED);
    const char no_disp[] = "--" B "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" B "--";
    expect_failure(no_disp, sizeof no_disp - 1, B, MULTIPART_MALFORMED);
    const char bad_line[] = "--" B "\r\nno colon here\r\n\r\nx\r\n--" B "--";
    expect_failure(bad_line, sizeof bad_line - 1, B, MULTIPART_MALFORMED);
    const char junk_after[] = "--" B "junk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--" B "--";
    expect_failure(junk_after, sizeof junk_after - 1, B, MULTIPART_MALFORMED);
    /* a text field that is not UTF-8 */
    const char latin1[] = "--" B "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ncaf\xE9\r\n--" B "--";
    expect_failure(latin1, sizeof latin1 - 1, B, MULTIPART_BAD_UTF8);
}

static void huge_headers(void **state)
{
    (void)state;
    size_t pad = MULTIPART_HEADERS_MAX + 100;
    size_t cap = pad + 512;
    char *body = malloc(cap);
    assert_non_null(body);
    int n = snprintf(body, cap, "--" B "\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Pad: ");
    memset(body + n, 'p', pad);
    size_t len = (size_t)n + pad;
    len += (size_t)snprintf(body + len, cap - len, "\r\n\r\nx\r\n--" B "--");
    expect_failure(body, len, B, MULTIPART_HEADERS_TOO_LARGE);
    /* and without the blank line at all */
    expect_failure(body, (size_t)n + pad, B, MULTIPART_HEADERS_TOO_LARGE);
    free(body);
}

static void too_many_parts(void **state)
{
    (void)state;
    size_t cap = (HTTP_MAX_PARAMS + 2) * 128;
    char *body = malloc(cap);
    assert_non_null(body);
    size_t len = 0;
    for (int i = 0; i < HTTP_MAX_PARAMS + 1; i++)
        len += (size_t)snprintf(body + len, cap - len, "--" B "\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\nv\r\n", i);
    len += (size_t)snprintf(body + len, cap - len, "--" B "--");
    expect_failure(body, len, B, MULTIPART_TOO_MANY);
    free(body);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boundary_from_content_type),
        cmocka_unit_test(browser_form),
        cmocka_unit_test(empty_file_input),
        cmocka_unit_test(binary_file_is_kept_as_is),
        cmocka_unit_test(malformed_bodies),
        cmocka_unit_test(huge_headers),
        cmocka_unit_test(too_many_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
