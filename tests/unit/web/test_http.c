/* Unit tests for src/web/http.c: UTF-8 checks, percent-decoding, query/form and
 * cookie parsing, percent-encoding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/http.h"
#include "base/utf8.h"

/* --- helpers ----------------------------------------------------------- */

#define SENTINEL ((char *)(uintptr_t)0x1)

/* Decodes a NUL-terminated input; on success checks the output, on failure
 * checks that *out was set to NULL. */
static void expect_decode(const char *in, int plus_is_space, enum http_parse_result want, const char *want_out)
{
    char *out = SENTINEL;
    enum http_parse_result r = http_percent_decode(in, strlen(in), plus_is_space, &out);
    assert_int_equal(r, want);
    if (want == HTTP_PARSE_OK) {
        assert_non_null(out);
        assert_string_equal(out, want_out);
        free(out);
    } else {
        assert_null(out);
    }
}

/* The first value of name must be want (a missing name fails cleanly). */
#define assert_param(params, name, want) assert_param_at((params), (name), (want), __FILE__, __LINE__)
static void assert_param_at(const struct http_params *params, const char *name, const char *want, const char *file,
                            int line)
{
    const char *got = http_params_get(params, name);
    if (!got) {
        print_error("param \"%s\" missing, expected \"%s\"\n", name, want);
        _fail(file, line);
    }
    if (strcmp(got, want) != 0) {
        print_error("param \"%s\" is \"%s\", expected \"%s\"\n", name, got, want);
        _fail(file, line);
    }
}

static enum http_parse_result parse_str(const char *s, struct http_params *params)
{
    return http_parse_urlencoded(s, strlen(s), params);
}

/* "p0=v0&p1=v1&...": n pairs, malloc'd. */
static char *make_pairs(size_t n, const char *prefix)
{
    size_t cap = n * 32 + 1, o = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(s + o, cap - o, "%s%s%zu=v%zu", i ? "&" : "", prefix, i, i);
    return s;
}

static char *make_cookies(size_t n)
{
    size_t cap = n * 32 + 1, o = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(s + o, cap - o, "%sc%zu=v%zu", i ? "; " : "", i, i);
    return s;
}

/* --- utf8_valid ---------------------------------------------------- */

static void test_utf8_valid_accepts_well_formed(void **state)
{
    (void)state;
    assert_int_equal(utf8_valid("", 0), 1);
    assert_int_equal(utf8_valid("plain ascii ~!", 14), 1);
    assert_int_equal(utf8_valid("\xc3\xa9", 2), 1);              /* é U+00E9 */
    assert_int_equal(utf8_valid("\xc2\x80", 2), 1);              /* U+0080, smallest 2-byte */
    assert_int_equal(utf8_valid("\xe0\xa0\x80", 3), 1);          /* U+0800, smallest 3-byte */
    assert_int_equal(utf8_valid("\xe2\x82\xac", 3), 1);          /* € U+20AC */
    assert_int_equal(utf8_valid("\xed\x9f\xbf", 3), 1);          /* U+D7FF, just below surrogates */
    assert_int_equal(utf8_valid("\xee\x80\x80", 3), 1);          /* U+E000, just above surrogates */
    assert_int_equal(utf8_valid("\xef\xbf\xbf", 3), 1);          /* U+FFFF */
    assert_int_equal(utf8_valid("\xf0\x90\x80\x80", 4), 1);      /* U+10000, smallest 4-byte */
    assert_int_equal(utf8_valid("\xf0\x9f\x98\x80", 4), 1);      /* 😀 */
    assert_int_equal(utf8_valid("\xf4\x8f\xbf\xbf", 4), 1);      /* U+10FFFF, the last one */
    assert_int_equal(utf8_valid("a\xc3\xa9z\xe2\x82\xac!", 7), 1);
}

static void test_utf8_valid_rejects_overlongs(void **state)
{
    (void)state;
    assert_int_equal(utf8_valid("\xc0\xaf", 2), 0);              /* '/' as 2 bytes */
    assert_int_equal(utf8_valid("\xc1\xbf", 2), 0);
    assert_int_equal(utf8_valid("\xc0\x80", 2), 0);              /* "modified UTF-8" NUL */
    assert_int_equal(utf8_valid("\xe0\x80\xaf", 3), 0);          /* '/' as 3 bytes */
    assert_int_equal(utf8_valid("\xe0\x9f\xbf", 3), 0);          /* U+07FF as 3 bytes */
    assert_int_equal(utf8_valid("\xf0\x80\x80\xaf", 4), 0);      /* '/' as 4 bytes */
    assert_int_equal(utf8_valid("\xf0\x8f\xbf\xbf", 4), 0);      /* U+FFFF as 4 bytes */
}

static void test_utf8_valid_rejects_surrogates_and_out_of_range(void **state)
{
    (void)state;
    assert_int_equal(utf8_valid("\xed\xa0\x80", 3), 0);          /* U+D800 */
    assert_int_equal(utf8_valid("\xed\xbf\xbf", 3), 0);          /* U+DFFF */
    assert_int_equal(utf8_valid("\xed\xa0\xbd\xed\xb8\x80", 6), 0); /* CESU-8 pair */
    assert_int_equal(utf8_valid("\xf4\x90\x80\x80", 4), 0);      /* U+110000 */
    assert_int_equal(utf8_valid("\xf5\x80\x80\x80", 4), 0);
    assert_int_equal(utf8_valid("\xf8\x88\x80\x80\x80", 5), 0);
    assert_int_equal(utf8_valid("\xfe", 1), 0);
    assert_int_equal(utf8_valid("\xff", 1), 0);
    assert_int_equal(utf8_valid("ok\xff", 3), 0);
}

static void test_utf8_valid_rejects_truncated_and_stray_bytes(void **state)
{
    (void)state;
    assert_int_equal(utf8_valid("\x80", 1), 0);                  /* lone continuation */
    assert_int_equal(utf8_valid("a\xbf", 2), 0);
    assert_int_equal(utf8_valid("\xc3", 1), 0);                  /* lead byte at the end */
    assert_int_equal(utf8_valid("\xe2\x82", 2), 0);
    assert_int_equal(utf8_valid("\xf0\x9f\x98", 3), 0);
    assert_int_equal(utf8_valid("\xc3" "a", 2), 0);              /* lead byte then ASCII */
    assert_int_equal(utf8_valid("\xe2\x82" "a", 3), 0);
    assert_int_equal(utf8_valid("\xe2\xc3\xa9", 3), 0);
    /* len is honoured: a valid sequence cut by len is truncated. */
    assert_int_equal(utf8_valid("\xc3\xa9", 1), 0);
    assert_int_equal(utf8_valid("\xe2\x82\xac", 2), 0);
    assert_int_equal(utf8_valid("ab\xff", 2), 1);
}

/* --- http_percent_decode ------------------------------------------------ */

static void test_decode_plain_and_escapes(void **state)
{
    (void)state;
    expect_decode("", 0, HTTP_PARSE_OK, "");
    expect_decode("hello", 0, HTTP_PARSE_OK, "hello");
    expect_decode("a%20b", 0, HTTP_PARSE_OK, "a b");
    expect_decode("%41%62%63", 0, HTTP_PARSE_OK, "Abc");
    expect_decode("%4a%4A%4b", 0, HTTP_PARSE_OK, "JJK");          /* either hex case */
    expect_decode("%2F%3f%26%3D%25", 0, HTTP_PARSE_OK, "/?&=%");
    expect_decode("100%25", 0, HTTP_PARSE_OK, "100%");
    expect_decode("%E2%82%AC", 0, HTTP_PARSE_OK, "\xe2\x82\xac");   /* € */
    expect_decode("%f0%9f%98%80", 0, HTTP_PARSE_OK, "\xf0\x9f\x98\x80");
    expect_decode("caf\xc3\xa9", 0, HTTP_PARSE_OK, "caf\xc3\xa9");  /* raw UTF-8 passes */
}

static void test_decode_plus_is_space_only_when_asked(void **state)
{
    (void)state;
    expect_decode("a+b++c", 1, HTTP_PARSE_OK, "a b  c");
    expect_decode("a+b++c", 0, HTTP_PARSE_OK, "a+b++c");   /* paths keep '+' */
    expect_decode("%2B", 1, HTTP_PARSE_OK, "+");           /* an escaped plus stays a plus */
    expect_decode("%2B", 0, HTTP_PARSE_OK, "+");
    expect_decode("%20+", 1, HTTP_PARSE_OK, "  ");
}

static void test_decode_rejects_malformed_escapes(void **state)
{
    (void)state;
    expect_decode("%", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%4", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%zz", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%%", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%%41", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%4g", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%g4", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("% 41", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("%+1", 1, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("abc%", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("abc%4", 1, HTTP_PARSE_BAD_ESCAPE, NULL);
    expect_decode("ok%41then%x", 0, HTTP_PARSE_BAD_ESCAPE, NULL);
}

static void test_decode_honours_len(void **state)
{
    (void)state;
    char *out = SENTINEL;
    /* Only the first 3 bytes count. */
    assert_int_equal(http_percent_decode("abcdef", 3, 0, &out), HTTP_PARSE_OK);
    assert_string_equal(out, "abc");
    free(out);
    /* An escape cut by len is malformed even though the bytes follow. */
    out = SENTINEL;
    assert_int_equal(http_percent_decode("%41", 2, 0, &out), HTTP_PARSE_BAD_ESCAPE);
    assert_null(out);
    out = SENTINEL;
    assert_int_equal(http_percent_decode("x%4", 1, 0, &out), HTTP_PARSE_OK);
    assert_string_equal(out, "x");
    free(out);
}

static void test_decode_rejects_nul(void **state)
{
    (void)state;
    expect_decode("%00", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("a%00b", 1, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("abc%00", 0, HTTP_PARSE_BAD_UTF8, NULL);
    /* A raw NUL inside the counted bytes is refused too. */
    char *out = SENTINEL;
    assert_int_equal(http_percent_decode("a\0b", 3, 0, &out), HTTP_PARSE_BAD_UTF8);
    assert_null(out);
}

static void test_decode_rejects_invalid_utf8(void **state)
{
    (void)state;
    expect_decode("%C0%AF", 0, HTTP_PARSE_BAD_UTF8, NULL);          /* overlong '/' */
    expect_decode("..%c0%af..", 1, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%E0%80%AF", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%C0%80", 0, HTTP_PARSE_BAD_UTF8, NULL);          /* overlong NUL */
    expect_decode("%ED%A0%80", 0, HTTP_PARSE_BAD_UTF8, NULL);       /* surrogate */
    expect_decode("%ED%BF%BF", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%E2%82", 0, HTTP_PARSE_BAD_UTF8, NULL);          /* truncated € */
    expect_decode("%C3", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%C3a", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%F0%9F%98", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%80", 0, HTTP_PARSE_BAD_UTF8, NULL);             /* lone continuation */
    expect_decode("%F4%90%80%80", 0, HTTP_PARSE_BAD_UTF8, NULL);    /* > U+10FFFF */
    expect_decode("%F5%80%80%80", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%FF", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("%fe%ff", 0, HTTP_PARSE_BAD_UTF8, NULL);
    expect_decode("raw\xff", 0, HTTP_PARSE_BAD_UTF8, NULL);         /* unescaped junk too */
}

/* --- http_parse_urlencoded --------------------------------------------- */

static void test_urlencoded_basic_pairs(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("a=1&b=two&email=x%40y.com", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 3);
    assert_string_equal(p.items[0].name, "a");
    assert_string_equal(p.items[0].value, "1");
    assert_string_equal(p.items[1].name, "b");
    assert_string_equal(p.items[1].value, "two");
    assert_param(&p, "email", "x@y.com");
    assert_null(http_params_get(&p, "missing"));
    assert_null(http_params_get(&p, "A"));       /* names are case-sensitive */
    http_params_free(&p);
}

static void test_urlencoded_plus_and_escapes_in_names_and_values(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("q=hello+world&x=a%2Bb&first+name=Ann+Lee&%C3%A9t%C3%A9=caf%C3%A9", &p),
                     HTTP_PARSE_OK);
    assert_int_equal(p.count, 4);
    assert_param(&p, "q", "hello world");
    assert_param(&p, "x", "a+b");
    assert_param(&p, "first name", "Ann Lee");
    assert_param(&p, "\xc3\xa9t\xc3\xa9", "caf\xc3\xa9");
    http_params_free(&p);
}

static void test_urlencoded_empty_input(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_urlencoded("", 0, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 0);
    assert_int_equal(parse_str("&", &p), HTTP_PARSE_OK);
    assert_int_equal(parse_str("&&&", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 0);
    assert_null(http_params_get(&p, ""));
    http_params_free(&p);
}

static void test_urlencoded_skips_empty_pieces(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("&&a=1&&&b=2&", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_string_equal(p.items[0].name, "a");
    assert_string_equal(p.items[0].value, "1");
    assert_string_equal(p.items[1].name, "b");
    assert_string_equal(p.items[1].value, "2");
    http_params_free(&p);
}

static void test_urlencoded_name_without_equals_gets_empty_value(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("flag&x=1&other&empty=", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 4);
    assert_string_equal(p.items[0].name, "flag");
    assert_string_equal(p.items[0].value, "");
    assert_param(&p, "x", "1");
    assert_param(&p, "other", "");
    assert_param(&p, "empty", "");
    http_params_free(&p);
}

static void test_urlencoded_value_keeps_later_equals(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("token=abc==&expr=a=b=c", &p), HTTP_PARSE_OK);
    assert_param(&p, "token", "abc==");
    assert_param(&p, "expr", "a=b=c");
    http_params_free(&p);
}

static void test_urlencoded_repeated_name_first_wins_all_kept(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("id=1&id=2&id=3", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 3);
    assert_param(&p, "id", "1");
    assert_string_equal(p.items[2].value, "3");
    http_params_free(&p);
}

static void test_urlencoded_appends_to_existing_params(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("a=1", &p), HTTP_PARSE_OK);
    assert_int_equal(parse_str("b=2&c=3", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 3);
    assert_param(&p, "a", "1");
    assert_param(&p, "c", "3");
    http_params_free(&p);
}

static void test_urlencoded_honours_len_without_nul(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    /* A body buffer is not NUL-terminated: only len bytes count. */
    const char body[] = { 'a', '=', '1', '&', 'b', '=', '2', 'X', 'Y' };
    assert_int_equal(http_parse_urlencoded(body, 7, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_param(&p, "b", "2");
    http_params_free(&p);
    assert_int_equal(http_parse_urlencoded("a=1&b=2", 3, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 1);
    assert_param(&p, "a", "1");
    assert_null(http_params_get(&p, "b"));
    http_params_free(&p);
}

/* On any error the params keep exactly what they had before the call. */
static void assert_untouched(const struct http_params *p)
{
    assert_int_equal(p->count, 2);
    assert_string_equal(p->items[0].name, "keep");
    assert_string_equal(p->items[0].value, "me");
    assert_string_equal(p->items[1].name, "and");
    assert_string_equal(p->items[1].value, "this");
}

static void test_urlencoded_bad_escape_leaves_params_unchanged(void **state)
{
    (void)state;
    static const char *bad[] = { "x=%", "x=%4", "x=%zz", "x=%%", "a=1&b=2&c=%zz", "%zz=1", "a=1&%4=2",
                                 "a=1&b=%" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct http_params p = { 0 };
        assert_int_equal(parse_str("keep=me&and=this", &p), HTTP_PARSE_OK);
        assert_int_equal(parse_str(bad[i], &p), HTTP_PARSE_BAD_ESCAPE);
        assert_untouched(&p);
        http_params_free(&p);
    }
}

static void test_urlencoded_bad_utf8_leaves_params_unchanged(void **state)
{
    (void)state;
    static const char *bad[] = { "x=%C0%AF", "x=%ED%A0%80", "x=%E2%82", "x=%FF", "x=%F5%80%80%80",
                                 "a=1&b=%00", "a%00b=1", "a=1&n%C3=2", "ok=1&x=%F4%90%80%80" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct http_params p = { 0 };
        assert_int_equal(parse_str("keep=me&and=this", &p), HTTP_PARSE_OK);
        assert_int_equal(parse_str(bad[i], &p), HTTP_PARSE_BAD_UTF8);
        assert_untouched(&p);
        http_params_free(&p);
    }
}

static void test_urlencoded_exactly_max_params_is_ok(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    char *s = make_pairs(HTTP_MAX_PARAMS, "p");
    assert_int_equal(parse_str(s, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, HTTP_MAX_PARAMS);
    assert_param(&p, "p0", "v0");
    assert_param(&p, "p255", "v255");
    free(s);
    http_params_free(&p);
}

static void test_urlencoded_too_many_params_from_empty(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    char *s = make_pairs(HTTP_MAX_PARAMS + 1, "p");
    assert_int_equal(parse_str(s, &p), HTTP_PARSE_TOO_MANY);
    assert_int_equal(p.count, 0);
    assert_null(http_params_get(&p, "p0"));
    free(s);
    http_params_free(&p);
}

static void test_urlencoded_too_many_params_leaves_params_unchanged(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("keep=me&and=this", &p), HTTP_PARSE_OK);
    char *s = make_pairs(HTTP_MAX_PARAMS + 100, "p");
    assert_int_equal(parse_str(s, &p), HTTP_PARSE_TOO_MANY);
    assert_untouched(&p);
    assert_null(http_params_get(&p, "p0"));
    /* Still usable afterwards. */
    assert_int_equal(parse_str("later=1", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 3);
    assert_param(&p, "later", "1");
    free(s);
    http_params_free(&p);
}

static void test_urlencoded_huge_value(void **state)
{
    (void)state;
    const size_t mib = 1024 * 1024;
    char *s = malloc(mib + 3);
    assert_non_null(s);
    memcpy(s, "v=", 2);
    memset(s + 2, 'x', mib);
    s[mib + 2] = '\0';
    struct http_params p = { 0 };
    assert_int_equal(http_parse_urlencoded(s, mib + 2, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 1);
    const char *v = http_params_get(&p, "v");
    assert_non_null(v);
    assert_int_equal(strlen(v), mib);
    assert_int_equal(v[0], 'x');
    assert_int_equal(v[mib - 1], 'x');
    http_params_free(&p);
    free(s);
}

static void test_urlencoded_huge_escaped_value(void **state)
{
    (void)state;
    /* About 1 MiB of "%41" escapes decodes to one 'A' per escape. */
    const size_t n = 350000;
    char *s = malloc(2 + 3 * n + 1);
    assert_non_null(s);
    memcpy(s, "v=", 2);
    for (size_t i = 0; i < n; i++) memcpy(s + 2 + 3 * i, "%41", 3);
    s[2 + 3 * n] = '\0';
    struct http_params p = { 0 };
    assert_int_equal(http_parse_urlencoded(s, 2 + 3 * n, &p), HTTP_PARSE_OK);
    const char *v = http_params_get(&p, "v");
    assert_non_null(v);
    assert_int_equal(strlen(v), n);
    assert_int_equal(strspn(v, "A"), n);
    http_params_free(&p);
    /* One bad escape at the very end of a huge input fails the whole parse. */
    s[2 + 3 * n - 1] = 'z';
    assert_int_equal(http_parse_urlencoded(s, 2 + 3 * n, &p), HTTP_PARSE_BAD_ESCAPE);
    assert_int_equal(p.count, 0);
    http_params_free(&p);
    free(s);
}

static void test_params_free_resets_and_allows_reuse(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(parse_str("a=1&b=2", &p), HTTP_PARSE_OK);
    http_params_free(&p);
    assert_int_equal(p.count, 0);
    assert_int_equal(p.capacity, 0);
    assert_null(p.items);
    assert_null(http_params_get(&p, "a"));
    http_params_free(&p);   /* twice is harmless */
    assert_int_equal(parse_str("c=3", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 1);
    assert_param(&p, "c", "3");
    http_params_free(&p);
}

/* --- http_parse_cookies ------------------------------------------------- */

static void test_cookies_basic(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("sid=abc123; theme=dark", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_string_equal(p.items[0].name, "sid");
    assert_string_equal(p.items[0].value, "abc123");
    assert_string_equal(p.items[1].name, "theme");
    assert_string_equal(p.items[1].value, "dark");
    http_params_free(&p);
}

static void test_cookies_spaces_and_tabs_trimmed(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("   a=1 ;b=2;\t c=3\t;  d =4  ", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 4);
    assert_string_equal(p.items[0].name, "a");
    assert_string_equal(p.items[0].value, "1");
    assert_string_equal(p.items[1].name, "b");
    assert_string_equal(p.items[1].value, "2");
    assert_string_equal(p.items[2].name, "c");
    assert_string_equal(p.items[2].value, "3");
    assert_string_equal(p.items[3].name, "d");
    assert_string_equal(p.items[3].value, "4");
    http_params_free(&p);
}

static void test_cookies_empty_values(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("a=; b=2; c=", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 3);
    assert_param(&p, "a", "");
    assert_param(&p, "b", "2");
    assert_param(&p, "c", "");
    http_params_free(&p);
}

static void test_cookies_junk_pieces_skipped(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("junk; =nameless; ;;; ; good=1;novalue ;  =; x=y", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_string_equal(p.items[0].name, "good");
    assert_string_equal(p.items[0].value, "1");
    assert_string_equal(p.items[1].name, "x");
    assert_string_equal(p.items[1].value, "y");
    assert_null(http_params_get(&p, "junk"));
    assert_null(http_params_get(&p, "novalue"));
    assert_null(http_params_get(&p, ""));
    http_params_free(&p);
}

static void test_cookies_values_taken_literally(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("a=%41+b; b=x=y==; c=\"quoted\"", &p), HTTP_PARSE_OK);
    assert_param(&p, "a", "%41+b");   /* no decoding */
    assert_param(&p, "b", "x=y==");
    assert_param(&p, "c", "\"quoted\"");
    http_params_free(&p);
}

static void test_cookies_invalid_utf8_value_skipped(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("bad=\xff; good=1; over=\xc0\xaf; sur=\xed\xa0\x80; cut=\xe2\x82; "
                                        "ok=caf\xc3\xa9",
                                        &p),
                     HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_null(http_params_get(&p, "bad"));
    assert_null(http_params_get(&p, "over"));
    assert_null(http_params_get(&p, "sur"));
    assert_null(http_params_get(&p, "cut"));
    assert_param(&p, "good", "1");
    assert_param(&p, "ok", "caf\xc3\xa9");
    http_params_free(&p);
}

static void test_cookies_empty_and_null_header(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 0);
    assert_int_equal(http_parse_cookies(NULL, &p), HTTP_PARSE_OK);   /* no Cookie header at all */
    assert_int_equal(p.count, 0);
    assert_int_equal(http_parse_cookies("   ;  ; \t", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 0);
    http_params_free(&p);
}

static void test_cookies_repeated_name_first_wins(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("sid=first; sid=second", &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_param(&p, "sid", "first");
    http_params_free(&p);
}

static void test_cookies_too_many_leaves_params_unchanged(void **state)
{
    (void)state;
    struct http_params p = { 0 };
    assert_int_equal(http_parse_cookies("keep=me; and=this", &p), HTTP_PARSE_OK);
    char *s = make_cookies(HTTP_MAX_PARAMS + 10);
    assert_int_equal(http_parse_cookies(s, &p), HTTP_PARSE_TOO_MANY);
    assert_untouched(&p);
    assert_null(http_params_get(&p, "c0"));
    free(s);
    http_params_free(&p);

    s = make_cookies(HTTP_MAX_PARAMS);
    assert_int_equal(http_parse_cookies(s, &p), HTTP_PARSE_OK);
    assert_int_equal(p.count, HTTP_MAX_PARAMS);
    assert_param(&p, "c255", "v255");
    free(s);
    http_params_free(&p);
}

/* --- http_percent_encode ------------------------------------------------ */

static void test_encode_reserved_and_utf8(void **state)
{
    (void)state;
    char out[128];
    assert_int_equal(http_percent_encode("a b&c=d/e?f#g%h+i", out, sizeof out), 0);
    assert_string_equal(out, "a%20b%26c%3Dd%2Fe%3Ff%23g%25h%2Bi");
    assert_int_equal(http_percent_encode("caf\xc3\xa9 \xe2\x82\xac", out, sizeof out), 0);
    assert_string_equal(out, "caf%C3%A9%20%E2%82%AC");
    assert_int_equal(http_percent_encode("\r\n\x7f", out, sizeof out), 0);
    assert_string_equal(out, "%0D%0A%7F");
}

static void test_encode_keeps_unreserved(void **state)
{
    (void)state;
    char out[128];
    const char *unreserved = "ABCXYZabcxyz0189-._~";
    assert_int_equal(http_percent_encode(unreserved, out, sizeof out), 0);
    assert_string_equal(out, unreserved);
    assert_int_equal(http_percent_encode("", out, sizeof out), 0);
    assert_string_equal(out, "");
}

static void test_encode_buffer_limits(void **state)
{
    (void)state;
    char out[16];
    /* "a b" -> "a%20b": 5 characters + NUL = 6 bytes. */
    memset(out, 'Z', sizeof out);
    assert_int_equal(http_percent_encode("a b", out, 6), 0);
    assert_string_equal(out, "a%20b");
    memset(out, 'Z', sizeof out);
    assert_int_equal(http_percent_encode("a b", out, 5), -1);
    assert_string_equal(out, "");
    memset(out, 'Z', sizeof out);
    assert_int_equal(http_percent_encode("abc", out, 3), -1);   /* no room for the NUL */
    assert_string_equal(out, "");
    memset(out, 'Z', sizeof out);
    assert_int_equal(http_percent_encode("abc", out, 4), 0);
    assert_string_equal(out, "abc");
    memset(out, 'Z', sizeof out);
    assert_int_equal(http_percent_encode("", out, 1), 0);
    assert_string_equal(out, "");
    out[0] = 'Z';
    assert_int_equal(http_percent_encode("", out, 0), -1);     /* nothing may be written */
    assert_int_equal(out[0], 'Z');
}

static void test_encode_decode_round_trip(void **state)
{
    (void)state;
    static const char *samples[] = { "", "plain", "a b+c", "100% & more=yes?", "caf\xc3\xa9 \xf0\x9f\x98\x80",
                                     "/account/orders/42?x=1" };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char enc[256];
        char *dec = NULL;
        assert_int_equal(http_percent_encode(samples[i], enc, sizeof enc), 0);
        assert_null(strpbrk(enc, " +&=?/"));
        assert_int_equal(http_percent_decode(enc, strlen(enc), 1, &dec), HTTP_PARSE_OK);
        assert_string_equal(dec, samples[i]);
        free(dec);
    }
}

/* --- http_path_encode / http_local_path_safe ---------------------------- */

static void test_path_encode_keeps_slashes(void **state)
{
    (void)state;
    char out[128];
    assert_int_equal(http_path_encode("/product/ABR-CWW-0102", out, sizeof out), 0);
    assert_string_equal(out, "/product/ABR-CWW-0102");
    assert_int_equal(http_path_encode("/catalog/a b?c#d\\e%f", out, sizeof out), 0);
    assert_string_equal(out, "/catalog/a%20b%3Fc%23d%5Ce%25f");
    assert_int_equal(http_path_encode("/x y", out, 4), -1);
    assert_string_equal(out, "");
}

static void test_local_path_safe_accepts_local_paths(void **state)
{
    (void)state;
    static const char *ok[] = {
        "/", "/account", "/cart", "/product/ABR-CWW-0102", "/product/FAS-HCS-0500", "/catalog/hand-tools",
        "/catalog/search?q=hex%20screw&page=2", "/catalog/search?q=hex+screw",
        "/account/orders?status=delivered", "/account/orders?status=delivered&q=a%2Fb",
        "/catalog/search?q=%5C%2F%2F%25", "/account/orders/12#timeline", "/catalog/caf%C3%A9",
        "/catalog/caf\xc3\xa9", "/account/", "/a?next=//evil.test", "/a?x=http://y",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        if (!http_local_path_safe(ok[i])) fail_msg("refused %s", ok[i]);
    }
}

static void test_local_path_safe_refuses_other_hosts(void **state)
{
    (void)state;
    static const char *bad[] = {
        "", "account", "//evil.test", "//evil.test/account", "///evil.test", "/\\evil.test", "\\\\evil.test",
        "\\/evil.test", "https://evil.test/", "https:evil.test", "http:/evil.test", "javascript:alert(1)",
        " /account", "cart", "/a\\b", "/account//evil.test", "/account/\\evil.test", "/account?x=\\",
        /* escapes of slash, backslash, '%' and controls in the path, any case */
        "/%2F%2Fevil.test", "/%2f%2fevil.test", "/%2Fevil.test", "/account/%2F%2Fevil", "/%5Cevil.test",
        "/%5cevil.test", "/%255C", "/%252F%252Fevil.test", "/%0D%0ALocation:%20//evil.test", "/%09/evil.test",
        "/%7f", "/%00",
        /* malformed escapes */
        "/%", "/%2", "/%zz", "/a?b=%", "/a?b=%4", "/a?b=%g1",
        /* control characters and line breaks, raw, anywhere */
        "/account\r\nSet-Cookie: x=1", "/account\nLocation: //evil.test", "/\t/evil.test", "/\r/evil.test",
        "/account?x=\r\n", "/account#\n", "/a\x7f", "/a\x01",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (http_local_path_safe(bad[i])) fail_msg("accepted \"%s\"", bad[i]);
    }
    assert_false(http_local_path_safe(NULL));
}

static void test_local_path_safe_length_limit(void **state)
{
    (void)state;
    char path[HTTP_LOCAL_PATH_MAX + 2];
    memset(path, 'a', sizeof path);
    path[0] = '/';
    path[HTTP_LOCAL_PATH_MAX] = '\0';
    assert_true(http_local_path_safe(path));       /* exactly the limit */
    path[HTTP_LOCAL_PATH_MAX] = 'a';
    path[HTTP_LOCAL_PATH_MAX + 1] = '\0';
    assert_false(http_local_path_safe(path));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_path_encode_keeps_slashes),
        cmocka_unit_test(test_local_path_safe_accepts_local_paths),
        cmocka_unit_test(test_local_path_safe_refuses_other_hosts),
        cmocka_unit_test(test_local_path_safe_length_limit),
        cmocka_unit_test(test_utf8_valid_accepts_well_formed),
        cmocka_unit_test(test_utf8_valid_rejects_overlongs),
        cmocka_unit_test(test_utf8_valid_rejects_surrogates_and_out_of_range),
        cmocka_unit_test(test_utf8_valid_rejects_truncated_and_stray_bytes),
        cmocka_unit_test(test_decode_plain_and_escapes),
        cmocka_unit_test(test_decode_plus_is_space_only_when_asked),
        cmocka_unit_test(test_decode_rejects_malformed_escapes),
        cmocka_unit_test(test_decode_honours_len),
        cmocka_unit_test(test_decode_rejects_nul),
        cmocka_unit_test(test_decode_rejects_invalid_utf8),
        cmocka_unit_test(test_urlencoded_basic_pairs),
        cmocka_unit_test(test_urlencoded_plus_and_escapes_in_names_and_values),
        cmocka_unit_test(test_urlencoded_empty_input),
        cmocka_unit_test(test_urlencoded_skips_empty_pieces),
        cmocka_unit_test(test_urlencoded_name_without_equals_gets_empty_value),
        cmocka_unit_test(test_urlencoded_value_keeps_later_equals),
        cmocka_unit_test(test_urlencoded_repeated_name_first_wins_all_kept),
        cmocka_unit_test(test_urlencoded_appends_to_existing_params),
        cmocka_unit_test(test_urlencoded_honours_len_without_nul),
        cmocka_unit_test(test_urlencoded_bad_escape_leaves_params_unchanged),
        cmocka_unit_test(test_urlencoded_bad_utf8_leaves_params_unchanged),
        cmocka_unit_test(test_urlencoded_exactly_max_params_is_ok),
        cmocka_unit_test(test_urlencoded_too_many_params_from_empty),
        cmocka_unit_test(test_urlencoded_too_many_params_leaves_params_unchanged),
        cmocka_unit_test(test_urlencoded_huge_value),
        cmocka_unit_test(test_urlencoded_huge_escaped_value),
        cmocka_unit_test(test_params_free_resets_and_allows_reuse),
        cmocka_unit_test(test_cookies_basic),
        cmocka_unit_test(test_cookies_spaces_and_tabs_trimmed),
        cmocka_unit_test(test_cookies_empty_values),
        cmocka_unit_test(test_cookies_junk_pieces_skipped),
        cmocka_unit_test(test_cookies_values_taken_literally),
        cmocka_unit_test(test_cookies_invalid_utf8_value_skipped),
        cmocka_unit_test(test_cookies_empty_and_null_header),
        cmocka_unit_test(test_cookies_repeated_name_first_wins),
        cmocka_unit_test(test_cookies_too_many_leaves_params_unchanged),
        cmocka_unit_test(test_encode_reserved_and_utf8),
        cmocka_unit_test(test_encode_keeps_unreserved),
        cmocka_unit_test(test_encode_buffer_limits),
        cmocka_unit_test(test_encode_decode_round_trip),
    };
    return cmocka_run_group_tests_name("http", tests, NULL, NULL);
}
