/* Unit tests for src/mail/mime.c: message assembly, quoted-printable, RFC 2047
 * header words, header injection, addresses, dates and retry backoff.
 * Encoded output is checked with decoders written here (and libsodium's
 * base64), independent of the encoder under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mail/mime.h"

#define SAMPLE_BOUNDARY "=_bd_outbox-42.3f9a_seller.test_0"
#define QP_HEADERS(type) "Content-Type: " type "\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"

/* ---- helpers ---- */

static struct mime_message sample(void)
{
    return (struct mime_message){
        .from_name = "Seller Desk",
        .from_address = "noreply@seller.test",
        .to_name = "Ana Buyer",
        .to_address = "ana@acme.test",
        .subject = "Order 42 shipped",
        .message_id = "outbox-42.3f9a@seller.test",
        .date = 1795000000,
        .text_body = "Hello Ana,\nyour order shipped.\n",
        .html_body = "<p>Hello Ana,</p>\n<p>your order shipped.</p>\n",
    };
}

static char *copy_span(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    assert_non_null(out);
    memcpy(out, s, n);
    out[n] = '\0';
    return out;
}

static char *build_ok(const struct mime_message *m)
{
    char *out = NULL, err[200] = "";
    size_t len = 0;
    int rc = mime_build(m, &out, &len, err, sizeof err);
    if (rc != 0) fail_msg("mime_build refused: %s", err);
    assert_non_null(out);
    assert_int_equal(len, strlen(out));
    return out;
}

static void expect_refused(const struct mime_message *m, const char *reason)
{
    char *out = (char *)"sentinel", err[200] = "";
    size_t len = 12345;
    assert_int_equal(mime_build(m, &out, &len, err, sizeof err), -1);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_string_equal(err, reason);
}

static size_t count_occurrences(const char *haystack, const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (const char *p = strstr(haystack, needle); p; p = strstr(p + len, needle)) n++;
    return n;
}

/* The header block, up to and including the blank line. */
static char *header_block(const char *msg)
{
    const char *end = strstr(msg, "\r\n\r\n");
    assert_non_null(end);
    return copy_span(msg, (size_t)(end - msg) + 4);
}

/* How many header lines in the block start with "Name:". */
static size_t count_header(const char *headers, const char *name)
{
    char line_start[64];
    snprintf(line_start, sizeof line_start, "\r\n%s:", name);
    size_t n = count_occurrences(headers, line_start);
    if (strncmp(headers, name, strlen(name)) == 0 && headers[strlen(name)] == ':') n++;
    return n;
}

/* Raw value of a header, folds included, without the final CRLF. */
static char *header_value(const char *msg, const char *name)
{
    char *headers = header_block(msg);
    char prefix[64];
    snprintf(prefix, sizeof prefix, "\r\n%s: ", name);
    const char *p = strncmp(headers, prefix + 2, strlen(prefix + 2)) == 0 ? headers + strlen(prefix + 2) : NULL;
    if (!p) {
        p = strstr(headers, prefix);
        if (!p) fail_msg("no %s header in:\n%s", name, headers);
        p += strlen(prefix);
    }
    const char *e = p;
    while ((e = strstr(e, "\r\n")) && (e[2] == ' ' || e[2] == '\t')) e += 2;
    assert_non_null(e);
    char *value = copy_span(p, (size_t)(e - p));
    free(headers);
    return value;
}

static char *boundary_of(const char *msg)
{
    char *ct = header_value(msg, "Content-Type");
    const char *prefix = "multipart/alternative;\r\n boundary=\"";
    assert_memory_equal(ct, prefix, strlen(prefix));
    const char *start = ct + strlen(prefix), *end = strchr(start, '"');
    assert_non_null(end);
    assert_string_equal(end, "\"");
    char *boundary = copy_span(start, (size_t)(end - start));
    free(ct);
    return boundary;
}

/* Encoded content of part index (0 = text, 1 = html), checking its headers. */
static char *part_content(const char *msg, int index, const char *part_headers)
{
    char *boundary = boundary_of(msg);
    char delimiter[128], next[128];
    snprintf(delimiter, sizeof delimiter, "\r\n--%s\r\n", boundary);
    snprintf(next, sizeof next, "\r\n--%s", boundary);
    const char *p = msg;
    for (int i = 0; i <= index; i++) {
        p = strstr(p, delimiter);
        assert_non_null(p);
        p += strlen(delimiter);
    }
    assert_memory_equal(p, part_headers, strlen(part_headers));
    p += strlen(part_headers);
    const char *end = strstr(p, next);
    assert_non_null(end);
    free(boundary);
    return copy_span(p, (size_t)(end - p));
}

static char *text_part(const char *msg) { return part_content(msg, 0, QP_HEADERS("text/plain; charset=utf-8")); }
static char *html_part(const char *msg) { return part_content(msg, 1, QP_HEADERS("text/html; charset=utf-8")); }

/* Encoded text part of a message whose text body is body. */
static char *encode_text(const char *body)
{
    struct mime_message m = sample();
    m.text_body = body;
    char *msg = build_ok(&m);
    char *part = text_part(msg);
    free(msg);
    return part;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Strict RFC 2045 decoder: "=XX" (upper-case hex) or a soft break "=\r\n";
 * anything else after '=' and any bare CR or LF fails the test. */
static char *qp_decode(const char *in)
{
    char *out = malloc(strlen(in) + 1);
    assert_non_null(out);
    size_t n = 0;
    for (const char *p = in; *p;) {
        if (p[0] == '=' && p[1] == '\r' && p[2] == '\n') {
            p += 3;
        } else if (p[0] == '=') {
            int hi = hex_value(p[1]), lo = hi < 0 ? -1 : hex_value(p[2]);
            if (hi < 0 || lo < 0) fail_msg("bad escape at \"%.10s\"", p);
            out[n++] = (char)(hi * 16 + lo);
            p += 3;
        } else if (p[0] == '\r' && p[1] == '\n') {
            out[n++] = '\r', out[n++] = '\n';
            p += 2;
        } else {
            if (*p == '\r' || *p == '\n') fail_msg("bare CR or LF in quoted-printable");
            out[n++] = *p++;
        }
    }
    out[n] = '\0';
    return out;
}

/* What a body reads like after transport: every line break a CRLF. */
static char *to_crlf(const char *s)
{
    char *out = malloc(strlen(s) * 2 + 1);
    assert_non_null(out);
    size_t n = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '\r' && p[1] == '\n') p++;
        if (*p == '\r' || *p == '\n') out[n++] = '\r', out[n++] = '\n';
        else out[n++] = *p;
    }
    out[n] = '\0';
    return out;
}

static void assert_crlf_only(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '\n' && (p == s || p[-1] != '\r')) fail_msg("bare LF at offset %zu", (size_t)(p - s));
        if (*p == '\r' && p[1] != '\n') fail_msg("bare CR at offset %zu", (size_t)(p - s));
    }
}

static void assert_lines_at_most(const char *s, size_t max)
{
    for (const char *line = s;;) {
        const char *end = strstr(line, "\r\n");
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len > max) fail_msg("line of %zu chars (max %zu): %.*s", len, max, (int)len, line);
        if (!end) break;
        line = end + 2;
    }
}

/* Independent well-formedness check (RFC 3629). */
static int valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n) return 0;
        uint32_t cp = len == 1 ? c : (uint32_t)(c & (0x7F >> len));
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += len;
    }
    return 1;
}

/* Decodes "=?UTF-8?B?...?=" words separated by "\r\n ", checking each word's
 * length and that each carries whole characters. Returns the text, malloc'd. */
static char *decode_words(const char *value, size_t *word_count)
{
    size_t cap = strlen(value) + 1, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    *word_count = 0;
    for (const char *p = value;;) {
        const char *end = strstr(p, "\r\n ");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 75) fail_msg("encoded-word of %zu chars", len);
        assert_true(len > 12);
        assert_memory_equal(p, "=?UTF-8?B?", 10);
        assert_memory_equal(p + len - 2, "?=", 2);
        unsigned char bytes[64];
        size_t got = 0;
        assert_int_equal(sodium_base642bin(bytes, sizeof bytes, p + 10, len - 12, NULL, &got, NULL,
                                           sodium_base64_VARIANT_ORIGINAL),
                         0);
        if (!valid_utf8(bytes, got)) fail_msg("word %zu splits a character", *word_count + 1);
        memcpy(out + n, bytes, got);
        n += got;
        (*word_count)++;
        if (!end) break;
        p = end + 3;
    }
    out[n] = '\0';
    return out;
}

static char *repeat(const char *s, size_t times)
{
    size_t len = strlen(s);
    char *out = malloc(len * times + 1);
    assert_non_null(out);
    for (size_t i = 0; i < times; i++) memcpy(out + i * len, s, len);
    out[len * times] = '\0';
    return out;
}

static int setup(void **state)
{
    (void)state;
    return sodium_init() < 0 ? -1 : 0;
}

/* ---- assembly ---- */

static void test_build_exact_message(void **state)
{
    (void)state;
    struct mime_message m = sample();
    char *msg = build_ok(&m);
    assert_string_equal(msg,
                        "Date: Wed, 18 Nov 2026 11:06:40 +0000\r\n"
                        "From: Seller Desk <noreply@seller.test>\r\n"
                        "To: Ana Buyer <ana@acme.test>\r\n"
                        "Subject: Order 42 shipped\r\n"
                        "Message-ID: <outbox-42.3f9a@seller.test>\r\n"
                        "MIME-Version: 1.0\r\n"
                        "Content-Type: multipart/alternative;\r\n boundary=\"" SAMPLE_BOUNDARY "\"\r\n"
                        "\r\n"
                        "--" SAMPLE_BOUNDARY "\r\n" QP_HEADERS("text/plain; charset=utf-8")
                        "Hello Ana,\r\nyour order shipped.\r\n"
                        "\r\n--" SAMPLE_BOUNDARY "\r\n" QP_HEADERS("text/html; charset=utf-8")
                        "<p>Hello Ana,</p>\r\n<p>your order shipped.</p>\r\n"
                        "\r\n--" SAMPLE_BOUNDARY "--\r\n");
    free(msg);
}

static void test_build_each_header_once(void **state)
{
    (void)state;
    struct mime_message m = sample();
    m.subject = "Bestellung für Acme";
    m.from_name = "Jörg Müller";
    m.to_name = "Acme, Inc.";
    m.text_body = "Subject: not a header\nTo: nobody@x.test\n";
    char *msg = build_ok(&m);
    char *headers = header_block(msg);
    static const char *const names[] = {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (count_header(headers, names[i]) != 1) fail_msg("%s appears %zu times", names[i], count_header(headers, names[i]));
    char *version = header_value(msg, "MIME-Version");
    assert_string_equal(version, "1.0");
    free(version);
    free(headers);
    free(msg);
}

static void test_build_uses_crlf_everywhere(void **state)
{
    (void)state;
    struct mime_message m = sample();
    m.subject = "Bestellung für Acme";
    m.to_name = "Zoë";
    m.text_body = "unix\nwindows\r\nold mac\rend";
    m.html_body = "<p>\n</p>\r\n\r\r\n";
    char *msg = build_ok(&m);
    assert_crlf_only(msg);
    assert_lines_at_most(msg, 998);
    size_t len = strlen(msg);
    assert_true(len > 2);
    assert_memory_equal(msg + len - 2, "\r\n", 2);
    free(msg);
}

static void test_build_parts_and_closing_boundary(void **state)
{
    (void)state;
    struct mime_message m = sample();
    char *msg = build_ok(&m);
    char *boundary = boundary_of(msg);
    assert_true(strlen(boundary) <= 70);
    char open[128], close[128];
    snprintf(open, sizeof open, "\r\n--%s\r\n", boundary);
    snprintf(close, sizeof close, "\r\n--%s--\r\n", boundary);
    assert_int_equal(count_occurrences(msg, open), 2);
    assert_int_equal(count_occurrences(msg, close), 1);
    /* The closing delimiter ends the message. */
    assert_string_equal(strstr(msg, close), close);
    /* text/plain comes first: clients show the last part they understand. */
    const char *plain = strstr(msg, "Content-Type: text/plain; charset=utf-8\r\n");
    const char *html = strstr(msg, "Content-Type: text/html; charset=utf-8\r\n");
    assert_non_null(plain);
    assert_non_null(html);
    assert_true(plain < html);
    assert_null(strstr(m.text_body, boundary));
    assert_null(strstr(m.html_body, boundary));
    free(boundary);
    free(msg);
}

static void test_boundary_skips_candidates_found_in_bodies(void **state)
{
    (void)state;
    struct mime_message m = sample();
    m.text_body = "a forged delimiter:\n--=_bd_outbox-42.3f9a_seller.test_0\n";
    m.html_body = "<pre>--=_bd_outbox-42.3f9a_seller.test_1--</pre>";
    char *msg = build_ok(&m);
    char *boundary = boundary_of(msg);
    assert_string_equal(boundary, "=_bd_outbox-42.3f9a_seller.test_2");
    char open[128];
    snprintf(open, sizeof open, "\r\n--%s\r\n", boundary);
    assert_int_equal(count_occurrences(msg, open), 2);
    assert_int_equal(count_occurrences(msg, boundary), 4); /* header, two parts, close */
    free(boundary);
    free(msg);
}

static void test_boundary_stays_short_for_long_message_ids(void **state)
{
    (void)state;
    char id[220];
    memset(id, 'x', 200);
    strcpy(id + 200, "@seller.test");
    struct mime_message m = sample();
    m.message_id = id;
    char *msg = build_ok(&m);
    char *boundary = boundary_of(msg);
    assert_true(strlen(boundary) <= 70);
    assert_memory_equal(boundary, "=_bd_xxxx", 9);
    free(boundary);
    free(msg);
}

/* ---- quoted-printable ---- */

static void expect_qp(const char *body, const char *encoded)
{
    char *got = encode_text(body);
    assert_string_equal(got, encoded);
    free(got);
}

static void test_qp_escapes_equals_and_utf8(void **state)
{
    (void)state;
    expect_qp("a=b", "a=3Db");
    expect_qp("café", "caf=C3=A9");
    expect_qp("tab\there", "tab\there");
    expect_qp("\x01 ctrl \x7f", "=01 ctrl =7F");
    expect_qp("", "");
}

static void test_qp_encodes_trailing_whitespace(void **state)
{
    (void)state;
    expect_qp("trailing  \nnext\t\nend ", "trailing =20\r\nnext=09\r\nend=20");
    expect_qp(" \n", "=20\r\n");
}

static void test_qp_encodes_leading_dots(void **state)
{
    (void)state;
    expect_qp(".\n.hidden\nmid.dot\n..\n", "=2E\r\n=2Ehidden\r\nmid.dot\r\n=2E.\r\n");
    expect_qp("x\r\n.\r\ny", "x\r\n=2E\r\ny");
}

static void test_qp_normalises_line_endings(void **state)
{
    (void)state;
    expect_qp("a\r\nb\rc\nd\n\n", "a\r\nb\r\nc\r\nd\r\n\r\n");
}

static void test_qp_soft_breaks_at_76(void **state)
{
    (void)state;
    char *a74 = repeat("a", 74), *a75 = repeat("a", 75), *a76 = repeat("a", 76), *a77 = repeat("a", 77);
    char body[200], want[200];

    /* 76 fits exactly; 77 needs a soft break with its '=' in column 76. */
    expect_qp(a76, a76);
    snprintf(want, sizeof want, "%s=\r\naa", a75);
    expect_qp(a77, want);

    /* An escape is never split across a soft break. */
    snprintf(body, sizeof body, "%sé", a74);
    snprintf(want, sizeof want, "%s=\r\n=C3=A9", a74);
    expect_qp(body, want);

    /* A final escaped space that does not fit moves to the next line. */
    snprintf(body, sizeof body, "%s ", a75);
    snprintf(want, sizeof want, "%s=\r\n=20", a75);
    expect_qp(body, want);

    /* A dot that lands at the start of a continuation line is escaped too. */
    snprintf(body, sizeof body, "%s.b", a75);
    snprintf(want, sizeof want, "%s=\r\n=2Eb", a75);
    expect_qp(body, want);

    free(a74), free(a75), free(a76), free(a77);
}

static void test_qp_long_lines_stay_within_76(void **state)
{
    (void)state;
    char *body = repeat("Grüße = 5 € . ", 40);
    char *encoded = encode_text(body);
    assert_lines_at_most(encoded, 76);
    assert_true(count_occurrences(encoded, "=\r\n") >= 10);
    char *decoded = qp_decode(encoded);
    assert_string_equal(decoded, body);
    free(decoded), free(encoded), free(body);
}

static void test_qp_round_trips_both_parts(void **state)
{
    (void)state;
    char *long_line = repeat("Lorem ipsum dolor sit amet, grüß Gott = 100 € ", 12);
    char text[2048];
    snprintf(text, sizeof text, "Hello Jörg,\n\n%s\n.\n..leading dots\ntrailing  \r\n\ttabbed\t\rend", long_line);
    const char *html = "<p class=\"x\">Preis: 12,50 €</p>\n.\n<p>Grüße</p>   \n";
    struct mime_message m = sample();
    m.text_body = text;
    m.html_body = html;
    char *msg = build_ok(&m);

    char *parts[2] = {text_part(msg), html_part(msg)};
    const char *originals[2] = {text, html};
    for (int i = 0; i < 2; i++) {
        assert_lines_at_most(parts[i], 76);
        assert_crlf_only(parts[i]);
        assert_null(strstr(parts[i], "\r\n.")); /* no line starts with a dot */
        assert_true(parts[i][0] != '.');
        char *decoded = qp_decode(parts[i]), *expected = to_crlf(originals[i]);
        assert_string_equal(decoded, expected);
        free(decoded), free(expected), free(parts[i]);
    }
    free(msg), free(long_line);
}

/* ---- RFC 2047 ---- */

static void test_words_leave_printable_ascii_alone(void **state)
{
    (void)state;
    const char *subject = "Order #42 (Acme, Inc.) shipped: 3 items ~ 100%";
    char *got = mime_encode_header_words(subject);
    assert_string_equal(got, subject);
    assert_ptr_not_equal(got, subject);
    free(got);
    got = mime_encode_header_words("");
    assert_string_equal(got, "");
    free(got);
    assert_null(mime_encode_header_words(NULL));
}

static void test_words_encode_non_ascii(void **state)
{
    (void)state;
    char *got = mime_encode_header_words("Bestellung für Acme");
    assert_string_equal(got, "=?UTF-8?B?QmVzdGVsbHVuZyBmw7xyIEFjbWU=?=");
    free(got);
}

static void test_words_encode_ascii_that_looks_encoded(void **state)
{
    (void)state;
    char *got = mime_encode_header_words("=?UTF-8?B?SGk=?=");
    size_t words = 0;
    char *decoded = decode_words(got, &words);
    assert_string_equal(decoded, "=?UTF-8?B?SGk=?=");
    assert_int_equal(words, 1);
    free(decoded), free(got);
}

static void expect_words_round_trip(const char *text, size_t min_words)
{
    char *got = mime_encode_header_words(text);
    assert_non_null(got);
    size_t words = 0;
    char *decoded = decode_words(got, &words);
    assert_string_equal(decoded, text);
    if (words < min_words) fail_msg("%zu words, expected at least %zu", words, min_words);
    free(decoded), free(got);
}

static void test_words_split_long_subjects_on_characters(void **state)
{
    (void)state;
    /* 300 bytes; a 75-char word carries at most 45 bytes, so >= 7 words. */
    char *euros = repeat("€", 100);
    assert_int_equal(strlen(euros), 300);
    expect_words_round_trip(euros, 7);
    free(euros);

    /* Odd offsets make the 2- and 4-byte characters straddle word edges. */
    char *mixed = repeat("aé€😀", 30);
    char *shifted = malloc(strlen(mixed) + 2);
    assert_non_null(shifted);
    shifted[0] = 'x';
    strcpy(shifted + 1, mixed);
    expect_words_round_trip(mixed, 2);
    expect_words_round_trip(shifted, 2);
    free(shifted), free(mixed);
}

static void test_words_fold_overlong_ascii(void **state)
{
    (void)state;
    char *long_ascii = repeat("order ", 200); /* 1200 chars: over one header line */
    char *got = mime_encode_header_words(long_ascii);
    assert_lines_at_most(got, 76);
    free(got);
    expect_words_round_trip(long_ascii, 2);
    free(long_ascii);
}

static void test_subject_header_lines_stay_within_76(void **state)
{
    (void)state;
    char *euros = repeat("€", 100);
    struct mime_message m = sample();
    m.subject = euros;
    char *msg = build_ok(&m);
    char *headers = header_block(msg);
    assert_lines_at_most(headers, 76);
    char *value = header_value(msg, "Subject");
    size_t words = 0;
    char *decoded = decode_words(value, &words);
    assert_string_equal(decoded, euros);
    free(decoded), free(value), free(headers), free(msg), free(euros);
}

/* ---- display names ---- */

static void expect_address_header(const char *field, const char *name, const char *want)
{
    struct mime_message m = sample();
    if (strcmp(field, "From") == 0) m.from_name = name;
    else m.to_name = name;
    char *msg = build_ok(&m);
    char *value = header_value(msg, field);
    assert_string_equal(value, want);
    free(value), free(msg);
}

static void test_display_names(void **state)
{
    (void)state;
    expect_address_header("From", "Jörg Müller", "=?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <noreply@seller.test>");
    expect_address_header("To", "Acme, Inc.", "\"Acme, Inc.\" <ana@acme.test>");
    expect_address_header("To", "J. Smith", "\"J. Smith\" <ana@acme.test>");
    expect_address_header("To", "Say \"hi\" \\ bye", "\"Say \\\"hi\\\" \\\\ bye\" <ana@acme.test>");
    expect_address_header("To", "Ana Buyer", "Ana Buyer <ana@acme.test>");
    expect_address_header("To", "", "ana@acme.test");
    expect_address_header("To", NULL, "ana@acme.test");
}

static void test_long_display_name_folds_before_address(void **state)
{
    (void)state;
    char *name = repeat("Ö", 38); /* two full words: the last line has no room for the address */
    struct mime_message m = sample();
    m.to_name = name;
    char *msg = build_ok(&m);
    char *headers = header_block(msg);
    assert_lines_at_most(headers, 76);
    char *value = header_value(msg, "To");
    const char *angle = strstr(value, "\r\n <ana@acme.test>");
    assert_non_null(angle);
    assert_string_equal(angle, "\r\n <ana@acme.test>");
    char *words = copy_span(value, (size_t)(angle - value));
    size_t count = 0;
    char *decoded = decode_words(words, &count);
    assert_string_equal(decoded, name);
    free(decoded), free(words), free(value), free(headers), free(msg), free(name);
}

/* ---- header injection ---- */

static void test_injection_refused(void **state)
{
    (void)state;
    struct mime_message m;

    m = sample(), m.subject = "Hi\r\nBcc: victim@x.test";
    expect_refused(&m, "subject contains a line break");
    m = sample(), m.to_name = "Ana\nBcc: victim@x.test";
    expect_refused(&m, "recipient name contains a line break");
    m = sample(), m.from_name = "Desk\rBcc: victim@x.test";
    expect_refused(&m, "sender name contains a line break");
    m = sample(), m.to_address = "a@b.test\r\nBcc: c@d.test";
    expect_refused(&m, "recipient address contains a line break");
    m = sample(), m.from_address = "a@b.test\nBcc: c@d.test";
    expect_refused(&m, "sender address contains a line break");
    m = sample(), m.to_address = "a@b.test, c@d.test";
    expect_refused(&m, "recipient address contains a forbidden character");
    m = sample(), m.to_address = "<a@b.test>";
    expect_refused(&m, "recipient address contains a forbidden character");
    m = sample(), m.message_id = "x@y.test>\r\nBcc: c@d.test";
    expect_refused(&m, "message id contains a forbidden character");
    m = sample(), m.message_id = "x@y.test\r\nBcc: c@d.test";
    expect_refused(&m, "message id contains a line break");
    m = sample(), m.subject = "Hi\xc2\x85" "Bcc: victim@x.test"; /* NEL */
    expect_refused(&m, "subject contains a control character");
    m = sample(), m.to_name = "Ana\xc0\x8a"; /* overlong LF */
    expect_refused(&m, "recipient name is not valid UTF-8");
}

static void test_encoded_words_never_carry_raw_line_breaks(void **state)
{
    (void)state;
    /* Even called directly, the encoder only emits folds ("\r\n ") that
     * continue the same header. */
    char *got = mime_encode_header_words("Hi\r\nBcc: victim@x.test");
    assert_null(strstr(got, "Bcc"));
    assert_int_equal(count_occurrences(got, "\r\n"), count_occurrences(got, "\r\n "));
    size_t words = 0;
    char *decoded = decode_words(got, &words);
    assert_string_equal(decoded, "Hi\r\nBcc: victim@x.test");
    free(decoded), free(got);
}

static void test_build_refuses_missing_fields(void **state)
{
    (void)state;
    struct mime_message m;
    m = sample(), m.subject = NULL;
    expect_refused(&m, "subject is missing");
    m = sample(), m.to_address = NULL;
    expect_refused(&m, "recipient address is missing");
    m = sample(), m.message_id = "no-at-sign";
    expect_refused(&m, "message id is not of the form left@right");
    m = sample(), m.text_body = NULL;
    expect_refused(&m, "text body is missing");
    m = sample(), m.html_body = NULL;
    expect_refused(&m, "HTML body is missing");
    expect_refused(NULL, "message is missing");

    /* err is optional. */
    m = sample(), m.subject = "a\nb";
    char *out = NULL;
    size_t len = 7;
    assert_int_equal(mime_build(&m, &out, &len, NULL, 0), -1);
    assert_null(out);
    assert_int_equal(len, 0);
}

static void test_header_value_problem(void **state)
{
    (void)state;
    assert_null(mime_header_value_problem(""));
    assert_null(mime_header_value_problem("Order 42 shipped"));
    assert_null(mime_header_value_problem("tab\tseparated"));
    assert_null(mime_header_value_problem("Grüße, 5 € 😀"));
    assert_string_equal(mime_header_value_problem(NULL), "is missing");
    assert_string_equal(mime_header_value_problem("a\rb"), "contains a line break");
    assert_string_equal(mime_header_value_problem("a\nb"), "contains a line break");
    assert_string_equal(mime_header_value_problem("a\x01"), "contains a control character");
    assert_string_equal(mime_header_value_problem("a\x1b[31m"), "contains a control character");
    assert_string_equal(mime_header_value_problem("a\x7f"), "contains a control character");
    assert_string_equal(mime_header_value_problem("a\xc2\x9f"), "contains a control character");
    assert_null(mime_header_value_problem("a\xc2\xa0"));                                    /* NBSP is fine */
    assert_string_equal(mime_header_value_problem("caf\xc3"), "is not valid UTF-8");          /* truncated */
    assert_string_equal(mime_header_value_problem("\x80"), "is not valid UTF-8");             /* stray */
    assert_string_equal(mime_header_value_problem("\xc0\xaf"), "is not valid UTF-8");         /* overlong */
    assert_string_equal(mime_header_value_problem("\xe0\x80\xaf"), "is not valid UTF-8");     /* overlong */
    assert_string_equal(mime_header_value_problem("\xf0\x82\x82\xac"), "is not valid UTF-8"); /* overlong */
    assert_string_equal(mime_header_value_problem("\xed\xa0\x80"), "is not valid UTF-8");     /* surrogate */
    assert_string_equal(mime_header_value_problem("\xf4\x90\x80\x80"), "is not valid UTF-8"); /* > U+10FFFF */
    assert_string_equal(mime_header_value_problem("\xff"), "is not valid UTF-8");
}

/* ---- addresses ---- */

static void test_addresses_accepted(void **state)
{
    (void)state;
    static const char *const valid[] = {
        "ana@acme.test", "ana+orders@acme.test", "a.b-c_d@mail.eu.acme.test", "x@y.io", "o'neil@acme.test",
    };
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++)
        if (mime_address_problem(valid[i])) fail_msg("%s refused: %s", valid[i], mime_address_problem(valid[i]));

    /* 254 chars is the limit, 255 is over it. */
    char address[300];
    memset(address, 'a', 245);
    strcpy(address + 245, "@acme.test"); /* 245 + 10 = 255 */
    assert_int_equal(strlen(address), 255);
    assert_string_equal(mime_address_problem(address), "is longer than 254 characters");
    memmove(address + 244, address + 245, 11);
    assert_int_equal(strlen(address), 254);
    assert_null(mime_address_problem(address));
}

static void test_addresses_refused(void **state)
{
    (void)state;
    static const struct {
        const char *address, *reason;
    } cases[] = {
        {"", "is empty"},
        {"ana.acme.test", "has no @"},
        {"a@b@acme.test", "has more than one @"},
        {"@acme.test", "has nothing before the @"},
        {"ana@", "has nothing after the @"},
        {"ana@localhost", "has no dot in the domain"},
        {"ana buyer@acme.test", "contains a space"},
        {"ana@acme.test ", "contains a space"},
        {"ana\t@acme.test", "contains a space"},
        {".ana@acme.test", "has a leading or trailing dot"},
        {"ana.@acme.test", "has a leading or trailing dot"},
        {"ana@.acme.test", "has a leading or trailing dot"},
        {"ana@acme.test.", "has a leading or trailing dot"},
        {"a..b@acme.test", "contains two dots in a row"},
        {"ana@acme..test", "contains two dots in a row"},
        {"\"ana\"@acme.test", "contains a forbidden character"},
        {"<ana@acme.test>", "contains a forbidden character"},
        {"ana@acme.test,bob@acme.test", "contains a forbidden character"},
        {"ana@acme.test;bob@acme.test", "contains a forbidden character"},
        {"ana\\x@acme.test", "contains a forbidden character"},
        {"ana(x)@acme.test", "contains a forbidden character"},
        {"ana@[127.0.0.1]", "contains a forbidden character"},
        {"ana:x@acme.test", "contains a forbidden character"},
        {"ana\x01@acme.test", "contains a control character"},
        {"jörg@acme.test", "contains a non-ASCII character"},
        {"ana@acme.test\r\nBcc: c@d.test", "contains a line break"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = mime_address_problem(cases[i].address);
        if (!got) fail_msg("\"%s\" accepted", cases[i].address);
        if (strcmp(got, cases[i].reason) != 0)
            fail_msg("\"%s\": got \"%s\", expected \"%s\"", cases[i].address, got, cases[i].reason);
    }
    assert_string_equal(mime_address_problem(NULL), "is missing");
}

/* ---- dates ---- */

static void expect_date(int64_t when, const char *want)
{
    struct mime_message m = sample();
    m.date = when;
    char *msg = build_ok(&m);
    char *value = header_value(msg, "Date");
    assert_string_equal(value, want);
    free(value), free(msg);
}

static void test_date_header(void **state)
{
    (void)state;
    expect_date(1795000000, "Wed, 18 Nov 2026 11:06:40 +0000");
    expect_date(0, "Thu, 01 Jan 1970 00:00:00 +0000");
    expect_date(951782400, "Tue, 29 Feb 2000 00:00:00 +0000");
    expect_date(1709164800 + 86399, "Thu, 29 Feb 2024 23:59:59 +0000");
    expect_date(INT64_C(253402300799), "Fri, 31 Dec 9999 23:59:59 +0000");
}

static void test_date_out_of_range_refused(void **state)
{
    (void)state;
    struct mime_message m = sample();
    m.date = -1;
    expect_refused(&m, "date is outside the years 1970 to 9999");
    m.date = INT64_C(253402300800);
    expect_refused(&m, "date is outside the years 1970 to 9999");
    m.date = INT64_MAX;
    expect_refused(&m, "date is outside the years 1970 to 9999");
}

/* ---- retry backoff ---- */

static void test_retry_schedule_full_delay(void **state)
{
    (void)state;
    static const int64_t want[] = {60, 120, 240, 480, 960, 1920, 3600, 3600, 3600};
    for (int attempt = 1; attempt <= 9; attempt++)
        assert_int_equal(mime_retry_delay(attempt, 60, 3600, 1.0), want[attempt - 1]);
}

static void test_retry_schedule_half_delay(void **state)
{
    (void)state;
    static const int64_t want[] = {30, 60, 120, 240, 480, 960, 1800, 1800};
    for (int attempt = 1; attempt <= 8; attempt++)
        assert_int_equal(mime_retry_delay(attempt, 60, 3600, 0.0), want[attempt - 1]);
    assert_int_equal(mime_retry_delay(1, 60, 3600, 0.5), 45);
    assert_int_equal(mime_retry_delay(7, 60, 3600, 0.25), 2250);
}

static void test_retry_never_overflows(void **state)
{
    (void)state;
    assert_int_equal(mime_retry_delay(1000, 60, 3600, 1.0), 3600);
    assert_int_equal(mime_retry_delay(1000, 60, 3600, 0.0), 1800);
    assert_int_equal(mime_retry_delay(INT32_MAX, 60, 3600, 1.0), 3600);
    assert_int_equal(mime_retry_delay(64, 1, INT64_MAX, 1.0), INT64_MAX);
    assert_int_equal(mime_retry_delay(100, INT64_MAX / 2 + 1, INT64_MAX, 1.0), INT64_MAX);
    int64_t d = mime_retry_delay(100, 1, INT64_MAX, 0.7);
    assert_true(d >= INT64_MAX / 2 && d <= INT64_MAX);
}

static void test_retry_edge_inputs(void **state)
{
    (void)state;
    assert_int_equal(mime_retry_delay(0, 60, 3600, 1.0), 60);  /* attempt < 1 counts as 1 */
    assert_int_equal(mime_retry_delay(-5, 60, 3600, 1.0), 60);
    assert_int_equal(mime_retry_delay(1, 7200, 3600, 1.0), 3600); /* base above cap */
    assert_int_equal(mime_retry_delay(3, 0, 3600, 1.0), 0);
    assert_int_equal(mime_retry_delay(3, 60, 0, 1.0), 0);
    assert_int_equal(mime_retry_delay(1, 60, 3600, 2.0), 60);  /* clamped to 1 */
    assert_int_equal(mime_retry_delay(1, 60, 3600, -1.0), 30); /* clamped to 0 */
    assert_int_equal(mime_retry_delay(1, 60, 3600, NAN), 30);
    assert_int_equal(mime_retry_delay(1, 1, 3600, 0.0), 0); /* 1/2 rounds down */
    assert_int_equal(mime_retry_delay(1, 1, 3600, 1.0), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_build_exact_message),
        cmocka_unit_test(test_build_each_header_once),
        cmocka_unit_test(test_build_uses_crlf_everywhere),
        cmocka_unit_test(test_build_parts_and_closing_boundary),
        cmocka_unit_test(test_boundary_skips_candidates_found_in_bodies),
        cmocka_unit_test(test_boundary_stays_short_for_long_message_ids),
        cmocka_unit_test(test_qp_escapes_equals_and_utf8),
        cmocka_unit_test(test_qp_encodes_trailing_whitespace),
        cmocka_unit_test(test_qp_encodes_leading_dots),
        cmocka_unit_test(test_qp_normalises_line_endings),
        cmocka_unit_test(test_qp_soft_breaks_at_76),
        cmocka_unit_test(test_qp_long_lines_stay_within_76),
        cmocka_unit_test(test_qp_round_trips_both_parts),
        cmocka_unit_test(test_words_leave_printable_ascii_alone),
        cmocka_unit_test(test_words_encode_non_ascii),
        cmocka_unit_test(test_words_encode_ascii_that_looks_encoded),
        cmocka_unit_test(test_words_split_long_subjects_on_characters),
        cmocka_unit_test(test_words_fold_overlong_ascii),
        cmocka_unit_test(test_subject_header_lines_stay_within_76),
        cmocka_unit_test(test_display_names),
        cmocka_unit_test(test_long_display_name_folds_before_address),
        cmocka_unit_test(test_injection_refused),
        cmocka_unit_test(test_encoded_words_never_carry_raw_line_breaks),
        cmocka_unit_test(test_build_refuses_missing_fields),
        cmocka_unit_test(test_header_value_problem),
        cmocka_unit_test(test_addresses_accepted),
        cmocka_unit_test(test_addresses_refused),
        cmocka_unit_test(test_date_header),
        cmocka_unit_test(test_date_out_of_range_refused),
        cmocka_unit_test(test_retry_schedule_full_delay),
        cmocka_unit_test(test_retry_schedule_half_delay),
        cmocka_unit_test(test_retry_never_overflows),
        cmocka_unit_test(test_retry_edge_inputs),
    };
    return cmocka_run_group_tests_name("mime", tests, setup, NULL);
}
