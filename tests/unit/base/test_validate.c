/* Unit tests for src/base/validate.c: email, password and single-line text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/validate.h"

#define MSG_EMAIL_EMPTY "Enter an email address."
#define MSG_EMAIL_LONG "This email address is too long."
#define MSG_EMAIL_BAD "Enter an email address like name@company.com."
#define MSG_PW_SHORT "Use at least 12 characters for the password."
#define MSG_PW_LONG "Use at most 128 characters for the password."
#define MSG_REQUIRED "This field is required."
#define MSG_TOO_LONG "This is too long."
#define MSG_ONE_LINE "Use a single line of text."

/* Like assert_string_equal, but reports an unexpected NULL (accepted) as a
 * failure instead of crashing inside cmocka. */
#define assert_problem(got, want) assert_problem_at((got), (want), #got, __FILE__, __LINE__)
static void assert_problem_at(const char *got, const char *want, const char *expr, const char *file, int line)
{
    if (!got || strcmp(got, want) != 0) {
        print_error("%s gave %s%s%s, expected \"%s\"\n", expr, got ? "\"" : "", got ? got : "NULL (accepted)",
                    got ? "\"" : "", want);
        _fail(file, line);
    }
}

static void expect_email_ok(const char *in, const char *normalised)
{
    char out[VALIDATE_EMAIL_MAX + 1];
    memset(out, 'Z', sizeof out);
    const char *problem = validate_email(in, out, sizeof out);
    if (problem) fail_msg("\"%s\" refused: %s", in, problem);
    assert_string_equal(out, normalised);
}

static void expect_email_refused(const char *in, const char *message)
{
    char out[VALIDATE_EMAIL_MAX + 1];
    const char *problem = validate_email(in, out, sizeof out);
    if (!problem) fail_msg("\"%s\" accepted", in);
    assert_string_equal(problem, message);
}

/* Repeats a UTF-8 character n times into buf. */
static const char *repeat(char *buf, size_t bufsize, const char *ch, size_t n)
{
    size_t len = strlen(ch);
    assert_true(n * len < bufsize);
    for (size_t i = 0; i < n; i++) memcpy(buf + i * len, ch, len);
    buf[n * len] = '\0';
    return buf;
}

/* --- validate_email ----------------------------------------------------- */

static void test_email_accepts_plain_addresses(void **state)
{
    (void)state;
    expect_email_ok("ann@example.com", "ann@example.com");
    expect_email_ok("a@b.co", "a@b.co");
    expect_email_ok("ann.lee+orders@mail.example.co.uk", "ann.lee+orders@mail.example.co.uk");
    expect_email_ok("o'brien_x-y@example.com", "o'brien_x-y@example.com");
}

static void test_email_trims_and_lower_cases(void **state)
{
    (void)state;
    expect_email_ok("  Ann.Lee@Example.COM\t\n", "ann.lee@example.com");
    expect_email_ok("\r\n BUYER@ACME.IO \r\n", "buyer@acme.io");
}

static void test_email_empty(void **state)
{
    (void)state;
    expect_email_refused("", MSG_EMAIL_EMPTY);
    expect_email_refused("   ", MSG_EMAIL_EMPTY);
    expect_email_refused(" \t\r\n ", MSG_EMAIL_EMPTY);
}

static void test_email_refuses_malformed_shapes(void **state)
{
    (void)state;
    expect_email_refused("ann", MSG_EMAIL_BAD);
    expect_email_refused("ann.example.com", MSG_EMAIL_BAD);
    expect_email_refused("@example.com", MSG_EMAIL_BAD);
    expect_email_refused("ann@", MSG_EMAIL_BAD);
    expect_email_refused("ann@example", MSG_EMAIL_BAD);
    expect_email_refused("ann@.com", MSG_EMAIL_BAD);
    expect_email_refused("ann@example.com.", MSG_EMAIL_BAD);
    expect_email_refused("ann@b@example.com", MSG_EMAIL_BAD);
    expect_email_refused("ann@example.com@", MSG_EMAIL_BAD);
}

static void test_email_refuses_header_dangerous_characters(void **state)
{
    (void)state;
    static const char *bad[] = {
        "ann lee@example.com",      "ann@exa mple.com",         "ann\t@example.com",
        "\"ann\"@example.com",      "<ann@example.com>",        "ann@example.com>",
        "ann,bob@example.com",      "ann;bob@example.com",      "ann:bob@example.com",
        "ann\\bob@example.com",     "ann@[192.168.0.1]",        "ann(c)@example.com",
        "ann\x7f@example.com",      "ann\x01@example.com",      "ann@example.com\x1b",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) expect_email_refused(bad[i], MSG_EMAIL_BAD);
}

static void test_email_refuses_embedded_cr_lf(void **state)
{
    (void)state;
    expect_email_refused("ann@example.com\r\nBcc: all@example.com", MSG_EMAIL_BAD);
    expect_email_refused("ann@example.com\nBcc:x@example.com", MSG_EMAIL_BAD);
    expect_email_refused("ann\r@example.com", MSG_EMAIL_BAD);
    expect_email_refused("ann@exam\nple.com", MSG_EMAIL_BAD);
}

static void test_email_length_limit(void **state)
{
    (void)state;
    char in[400], want[400];
    /* local@domain with a total of exactly VALIDATE_EMAIL_MAX characters. */
    const char *domain = "@example.com";
    size_t local = VALIDATE_EMAIL_MAX - strlen(domain);
    memset(in, 'a', local);
    strcpy(in + local, domain);
    assert_int_equal(strlen(in), VALIDATE_EMAIL_MAX);
    strcpy(want, in);
    expect_email_ok(in, want);

    /* Surrounding spaces do not count. */
    char padded[420];
    snprintf(padded, sizeof padded, "   %s  \n", in);
    expect_email_ok(padded, want);

    /* One more is too long. */
    memset(in, 'a', local + 1);
    strcpy(in + local + 1, domain);
    assert_int_equal(strlen(in), VALIDATE_EMAIL_MAX + 1);
    expect_email_refused(in, MSG_EMAIL_LONG);
    /* ...even when the caller's buffer would have room for it. */
    char big[512];
    assert_problem(validate_email(in, big, sizeof big), MSG_EMAIL_LONG);

    /* Far longer. */
    memset(in, 'a', 380);
    strcpy(in + 380, domain);
    expect_email_refused(in, MSG_EMAIL_LONG);
}

static void test_email_respects_out_size(void **state)
{
    (void)state;
    char out[32];
    memset(out, 'Z', sizeof out);
    /* 18 characters do not fit in 10 bytes: refused, nothing written past. */
    assert_problem(validate_email("abcdef@example.com", out, 10), MSG_EMAIL_LONG);
    for (size_t i = 10; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
    /* 18 characters + NUL fit in 19 bytes. */
    assert_null(validate_email("abcdef@example.com", out, 19));
    assert_string_equal(out, "abcdef@example.com");
    assert_problem(validate_email("abcdef@example.com", out, 18), MSG_EMAIL_LONG);
}

/* --- validate_password -------------------------------------------------- */

static void test_password_ascii_bounds(void **state)
{
    (void)state;
    char buf[600];
    assert_problem(validate_password(""), MSG_PW_SHORT);
    assert_problem(validate_password(repeat(buf, sizeof buf, "a", 11)), MSG_PW_SHORT);
    assert_null(validate_password(repeat(buf, sizeof buf, "a", 12)));
    assert_null(validate_password(repeat(buf, sizeof buf, "a", 64)));
    assert_null(validate_password(repeat(buf, sizeof buf, "a", 128)));
    assert_problem(validate_password(repeat(buf, sizeof buf, "a", 129)), MSG_PW_LONG);
    assert_problem(validate_password(repeat(buf, sizeof buf, "a", 500)), MSG_PW_LONG);
}

static void test_password_counts_code_points_not_bytes(void **state)
{
    (void)state;
    char buf[800];
    /* 11 x "é" is 22 bytes but 11 characters: too short. */
    assert_problem(validate_password(repeat(buf, sizeof buf, "\xc3\xa9", 11)), MSG_PW_SHORT);
    assert_null(validate_password(repeat(buf, sizeof buf, "\xc3\xa9", 12)));
    /* 3-byte and 4-byte characters. */
    assert_problem(validate_password(repeat(buf, sizeof buf, "\xe2\x82\xac", 11)), MSG_PW_SHORT);
    assert_null(validate_password(repeat(buf, sizeof buf, "\xe2\x82\xac", 12)));
    assert_problem(validate_password(repeat(buf, sizeof buf, "\xf0\x9f\x94\x91", 11)), MSG_PW_SHORT);
    assert_null(validate_password(repeat(buf, sizeof buf, "\xf0\x9f\x94\x91", 12)));
    /* 128 emoji are 512 bytes but 128 characters: allowed; 129 are not. */
    assert_null(validate_password(repeat(buf, sizeof buf, "\xf0\x9f\x94\x91", 128)));
    assert_problem(validate_password(repeat(buf, sizeof buf, "\xf0\x9f\x94\x91", 129)), MSG_PW_LONG);
    assert_null(validate_password(repeat(buf, sizeof buf, "\xc3\xa9", 128)));
    assert_problem(validate_password(repeat(buf, sizeof buf, "\xc3\xa9", 129)), MSG_PW_LONG);
    /* Mixed: 6 ASCII + 6 non-ASCII = 12 characters. */
    assert_null(validate_password("abcdef\xc3\xa9\xc3\xa9\xe2\x82\xac\xe2\x82\xac\xf0\x9f\x94\x91\xf0\x9f\x94\x91"));
    assert_problem(validate_password("abcde\xc3\xa9\xc3\xa9\xe2\x82\xac\xe2\x82\xac\xf0\x9f\x94\x91\xf0\x9f\x94\x91"),
                        MSG_PW_SHORT);
}

static void test_password_no_composition_rules(void **state)
{
    (void)state;
    assert_null(validate_password("aaaaaaaaaaaa"));
    assert_null(validate_password("            "));   /* 12 spaces */
    assert_null(validate_password("123456789012"));
    assert_null(validate_password("correct horse battery staple"));
}

/* --- validate_text ------------------------------------------------------ */

static void test_text_required(void **state)
{
    (void)state;
    assert_problem(validate_text("", 100, 1), MSG_REQUIRED);
    assert_problem(validate_text("   ", 100, 1), MSG_REQUIRED);
    assert_problem(validate_text(" \t ", 100, 1), MSG_REQUIRED);
    assert_null(validate_text("x", 100, 1));
    assert_null(validate_text("  Acme Corp  ", 100, 1));
}

static void test_text_optional_may_be_empty(void **state)
{
    (void)state;
    assert_null(validate_text("", 100, 0));
    assert_null(validate_text("   ", 100, 0));
    assert_null(validate_text("", 0, 0));
}

static void test_text_max_length_in_characters(void **state)
{
    (void)state;
    assert_null(validate_text("abc", 3, 1));
    assert_problem(validate_text("abcd", 3, 1), MSG_TOO_LONG);
    assert_problem(validate_text("abcd", 3, 0), MSG_TOO_LONG);
    /* "Zürich" is 7 bytes, 6 characters. */
    assert_null(validate_text("Z\xc3\xbcrich", 6, 1));
    assert_problem(validate_text("Z\xc3\xbcrich", 5, 1), MSG_TOO_LONG);
    /* 3 emoji: 12 bytes, 3 characters. */
    assert_null(validate_text("\xf0\x9f\x93\xa6\xf0\x9f\x93\xa6\xf0\x9f\x93\xa6", 3, 1));
    assert_problem(validate_text("\xf0\x9f\x93\xa6\xf0\x9f\x93\xa6\xf0\x9f\x93\xa6", 2, 1), MSG_TOO_LONG);
}

static void test_text_refuses_line_breaks_and_controls(void **state)
{
    (void)state;
    assert_problem(validate_text("line one\nline two", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("line one\r\nline two", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("a\rb", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("trailing\n", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("bell\x07", 100, 0), MSG_ONE_LINE);
    assert_problem(validate_text("esc\x1b[31m", 100, 0), MSG_ONE_LINE);
    assert_problem(validate_text("vt\vff\f", 100, 0), MSG_ONE_LINE);
}

static void test_text_allows_tabs(void **state)
{
    (void)state;
    assert_null(validate_text("a\tb", 100, 1));
    assert_null(validate_text("\tindented", 100, 1));
}

/* Leading whitespace is skipped for the "required" check, but a value that
 * starts with a line break is still more than one line. */
static void test_text_refuses_leading_line_breaks(void **state)
{
    (void)state;
    assert_problem(validate_text("\nsecond line", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("\r\nBcc: all@example.com", 100, 1), MSG_ONE_LINE);
    assert_problem(validate_text("  \r\nx", 100, 0), MSG_ONE_LINE);
    assert_problem(validate_text("\v\fx", 100, 0), MSG_ONE_LINE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_accepts_plain_addresses),
        cmocka_unit_test(test_email_trims_and_lower_cases),
        cmocka_unit_test(test_email_empty),
        cmocka_unit_test(test_email_refuses_malformed_shapes),
        cmocka_unit_test(test_email_refuses_header_dangerous_characters),
        cmocka_unit_test(test_email_refuses_embedded_cr_lf),
        cmocka_unit_test(test_email_length_limit),
        cmocka_unit_test(test_email_respects_out_size),
        cmocka_unit_test(test_password_ascii_bounds),
        cmocka_unit_test(test_password_counts_code_points_not_bytes),
        cmocka_unit_test(test_password_no_composition_rules),
        cmocka_unit_test(test_text_required),
        cmocka_unit_test(test_text_optional_may_be_empty),
        cmocka_unit_test(test_text_max_length_in_characters),
        cmocka_unit_test(test_text_refuses_line_breaks_and_controls),
        cmocka_unit_test(test_text_allows_tabs),
        cmocka_unit_test(test_text_refuses_leading_line_breaks),
    };
    return cmocka_run_group_tests_name("validate", tests, NULL, NULL);
}
