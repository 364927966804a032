#include "mail/mime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"

/* Readers treat "=?...?=" in a header as an encoded-word, and RFC 5322 caps
 * a line at 998 chars; plain values longer than this are encoded (and so
 * folded) instead, leaving room for the field name and an address. */
#define PLAIN_HEADER_MAX 900

/* 39 bytes -> 52 base64 chars -> a 64-char encoded-word. RFC 2047 allows 75
 * per word but only 76 per line carrying encoded-words, and the first word
 * shares its line with "Subject: " (9 chars): 9 + 64 = 73. */
#define WORD_MAX_BYTES 39
#define WORD_PREFIX "=?UTF-8?B?"
#define WORD_SUFFIX "?="
#define FOLD "\r\n "

/* Quoted-printable output lines are at most 76 chars (RFC 2045 6.7). */
#define QP_LINE_MAX 76

/* Header lines with an address are folded before "<addr>" past this width
 * (RFC 5322 2.1.1 recommendation), keeping encoded-word lines within 76. */
#define HEADER_LINE_SOFT_MAX 78

/* "=_" never occurs in quoted-printable output ('=' is always followed by
 * two hex digits or a line break), so the encoded parts cannot contain the
 * boundary even before the check against the raw bodies. */
#define BOUNDARY_PREFIX "=_bd_"
#define BOUNDARY_ID_CHARS 40 /* 5 + 40 + '_' + 20 counter digits <= 70 (RFC 2046) */

/* 9999-12-31 23:59:59 UTC: RFC 5322 years have four digits. */
#define DATE_MAX INT64_C(253402300799)

/* Characters an addr-spec or msg-id may not carry unquoted; all are RFC 5322
 * specials that would let a value end the address or start a new one. */
static const char forbidden_in_address[] = "\"<>()[],;:\\";

/* RFC 5322 specials that force a display name into a quoted-string. */
static const char phrase_specials[] = "()<>[]:;@\\,.\"";

static const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char hex_upper[] = "0123456789ABCDEF";
static const char weekday_names[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char month_names[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* ---- growable buffer: appends after a failed allocation are no-ops, so
 * callers chain appends and check b->failed once at the end. ---- */

struct buf {
    char *data;
    size_t len, cap;
    int failed;
};

static int buf_reserve(struct buf *b, size_t extra)
{
    if (b->failed) return -1;
    if (extra < b->cap - b->len) return 0; /* keeps room for the NUL */
    size_t cap = b->cap ? b->cap : 256;
    while (extra >= cap - b->len) {
        if (cap > SIZE_MAX / 2) goto fail;
        cap *= 2;
    }
    char *data = realloc(b->data, cap);
    if (!data) goto fail;
    b->data = data;
    b->cap = cap;
    return 0;
fail:
    b->failed = 1;
    return -1;
}

static void buf_append(struct buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) != 0) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_puts(struct buf *b, const char *s) { buf_append(b, s, strlen(s)); }

static void buf_putc(struct buf *b, char c) { buf_append(b, &c, 1); }

/* Hands the text over to the caller, or NULL (and frees) when it failed. */
static char *buf_take(struct buf *b)
{
    if (!b->failed && !b->data) buf_append(b, "", 0);
    if (b->failed) {
        free(b->data);
        b->data = NULL;
    }
    return b->data;
}

/* ---- UTF-8 ---- */

/* Length of the well-formed UTF-8 sequence at s, or 0 when it is malformed:
 * stray continuation byte, overlong form, surrogate, beyond U+10FFFF or
 * truncated. Stops at the first bad byte, so never reads past a NUL. */
static size_t utf8_sequence_length(const unsigned char *s)
{
    unsigned char c = s[0];
    size_t n;
    uint32_t cp, min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, cp = c & 0x1Fu, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, cp = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, cp = c & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/* Bytes to keep together when splitting into encoded-words. Malformed bytes
 * count as one so splitting always progresses; mime_build has already
 * refused invalid UTF-8. */
static size_t utf8_char_span(const unsigned char *s)
{
    size_t n = utf8_sequence_length(s);
    return n ? n : 1;
}

/* ---- validation ---- */

const char *mime_header_value_problem(const char *value)
{
    if (!value) return "is missing";
    const unsigned char *p = (const unsigned char *)value;
    while (*p) {
        if (*p == '\r' || *p == '\n') return "contains a line break";
        if ((*p < 0x20 && *p != '\t') || *p == 0x7F) return "contains a control character";
        size_t n = utf8_sequence_length(p);
        if (n == 0) return "is not valid UTF-8";
        /* C1 controls (U+0080..U+009F) include NEL, which some software
         * treats as a line break. */
        if (p[0] == 0xC2 && p[1] < 0xA0) return "contains a control character";
        p += n;
    }
    return NULL;
}

/* Shared by addresses and message ids: plain ASCII without the characters
 * that could end the value or start another one inside a header. */
static const char *address_char_problem(unsigned char c)
{
    if (c == '\r' || c == '\n') return "contains a line break";
    if (c == ' ' || c == '\t') return "contains a space";
    if (c < 0x20 || c == 0x7F) return "contains a control character";
    if (c >= 0x80) return "contains a non-ASCII character";
    if (strchr(forbidden_in_address, c)) return "contains a forbidden character";
    return NULL;
}

static const char *address_chars_problem(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        const char *problem = address_char_problem(*p);
        if (problem) return problem;
    }
    return NULL;
}

const char *mime_address_problem(const char *address)
{
    if (!address) return "is missing";
    size_t len = strlen(address);
    if (len == 0) return "is empty";
    if (len > MIME_ADDRESS_MAX) return "is longer than 254 characters";
    const char *problem = address_chars_problem(address);
    if (problem) return problem;

    const char *at = strchr(address, '@');
    if (!at) return "has no @";
    if (strchr(at + 1, '@')) return "has more than one @";
    const char *domain = at + 1;
    if (at == address) return "has nothing before the @";
    if (!*domain) return "has nothing after the @";
    if (!strchr(domain, '.')) return "has no dot in the domain";
    if (address[0] == '.' || at[-1] == '.' || domain[0] == '.' || address[len - 1] == '.')
        return "has a leading or trailing dot";
    if (strstr(address, "..")) return "contains two dots in a row";
    return NULL;
}

/* msg-id is id-left "@" id-right; unlike an address, the right side needs no
 * dot (a bare host name is fine), but nothing may close the "<...>". */
static const char *message_id_problem(const char *id)
{
    if (!id) return "is missing";
    if (!*id) return "is empty";
    if (strlen(id) > MIME_ADDRESS_MAX) return "is longer than 254 characters";
    const char *problem = address_chars_problem(id);
    if (problem) return problem;
    const char *at = strchr(id, '@');
    if (!at || at == id || !at[1] || strchr(at + 1, '@')) return "is not of the form left@right";
    return NULL;
}

/* Display names are optional: NULL and "" both mean none. */
static const char *display_name_problem(const char *name)
{
    return name ? mime_header_value_problem(name) : NULL;
}

/* ---- RFC 2047 encoded-words ---- */

static void base64_append(struct buf *b, const unsigned char *in, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16;
        if (i + 1 < n) v |= (uint32_t)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        char quad[4] = {base64_alphabet[(v >> 18) & 63], base64_alphabet[(v >> 12) & 63],
                        i + 1 < n ? base64_alphabet[(v >> 6) & 63] : '=', i + 2 < n ? base64_alphabet[v & 63] : '='};
        buf_append(b, quad, 4);
    }
}

/* Printable ASCII goes out as is, unless a reader would mistake it for an
 * encoded-word or it would not fit on one header line. */
static int needs_encoding(const char *s)
{
    size_t len = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++, len++)
        if (*p < 0x20 || *p > 0x7E) return 1;
    return len > PLAIN_HEADER_MAX || strstr(s, "=?") != NULL;
}

/* Greedy split: each word takes as many whole characters as fit. */
static void append_encoded_words(struct buf *b, const char *utf8)
{
    const unsigned char *p = (const unsigned char *)utf8;
    int first = 1;
    while (*p) {
        size_t take = 0;
        while (p[take]) {
            size_t n = utf8_char_span(p + take);
            if (take + n > WORD_MAX_BYTES) break;
            take += n;
        }
        if (!first) buf_puts(b, FOLD);
        buf_puts(b, WORD_PREFIX);
        base64_append(b, p, take);
        buf_puts(b, WORD_SUFFIX);
        first = 0;
        p += take;
    }
}

char *mime_encode_header_words(const char *utf8)
{
    if (!utf8) return NULL;
    struct buf b = {0};
    if (needs_encoding(utf8))
        append_encoded_words(&b, utf8);
    else
        buf_puts(&b, utf8);
    return buf_take(&b);
}

/* ---- display names and address headers ---- */

/* Names an atom-based phrase would not carry faithfully: specials, or
 * leading, trailing or doubled spaces (unfolding would collapse them). */
static int name_needs_quoting(const char *name)
{
    size_t len = strlen(name);
    return strpbrk(name, phrase_specials) || name[0] == ' ' || name[len - 1] == ' ' || strstr(name, "  ");
}

/* malloc'd RFC 5322 phrase for a non-empty display name, NULL on OOM. */
static char *render_display_name(const char *name)
{
    if (needs_encoding(name) || !name_needs_quoting(name)) return mime_encode_header_words(name);

    struct buf b = {0};
    buf_putc(&b, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"' || *p == '\\') buf_putc(&b, '\\');
        buf_putc(&b, *p);
    }
    buf_putc(&b, '"');
    /* Escaping can double the length; encoded-words fold, a quoted-string cannot. */
    if (!b.failed && b.len > PLAIN_HEADER_MAX) {
        free(b.data);
        return mime_encode_header_words(name);
    }
    return buf_take(&b);
}

/* Column after appending text that started at column col (text may fold). */
static size_t column_after(size_t col, const char *text)
{
    const char *nl = strrchr(text, '\n');
    return nl ? strlen(nl + 1) : col + strlen(text);
}

/* "From: name <addr>\r\n", or "From: addr\r\n" without a name. */
static void append_address_header(struct buf *b, const char *field, const char *name, const char *address)
{
    buf_puts(b, field);
    buf_puts(b, ": ");
    if (!name || !*name) {
        buf_puts(b, address);
        buf_puts(b, "\r\n");
        return;
    }
    char *phrase = render_display_name(name);
    if (!phrase) {
        b->failed = 1;
        return;
    }
    size_t col = column_after(strlen(field) + 2, phrase);
    buf_puts(b, phrase);
    /* " <" + address + ">" */
    buf_puts(b, col + strlen(address) + 3 > HEADER_LINE_SOFT_MAX ? FOLD "<" : " <");
    buf_puts(b, address);
    buf_puts(b, ">\r\n");
    free(phrase);
}

static void append_subject_header(struct buf *b, const char *subject)
{
    char *value = mime_encode_header_words(subject);
    if (!value) {
        b->failed = 1;
        return;
    }
    buf_puts(b, "Subject: ");
    buf_puts(b, value);
    buf_puts(b, "\r\n");
    free(value);
}

/* ---- Date ---- */


/* "Wed, 18 Nov 2026 11:06:40 +0000"; when is within [0, DATE_MAX]. */
static void format_rfc5322_date(int64_t when, char *out, size_t size)
{
    int64_t days = when / 86400, secs = when % 86400;
    struct civil_date c = civil_date_from_days(days);
    snprintf(out, size, "%s, %02d %s %04d %02d:%02d:%02d +0000", weekday_names[(days + 4) % 7], c.day,
             month_names[c.month - 1], (int)c.year, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

/* ---- quoted-printable (RFC 2045 6.7) ---- */

/* Encodes one byte into tok (1 or 3 chars). Whitespace is literal except at
 * the end of a line, where transports may strip it; a '.' starting a line is
 * encoded so a lone "." never ends the SMTP DATA and dot-stuffing is moot. */
static size_t qp_token(unsigned char c, int line_start, int line_end, char tok[3])
{
    int literal = (c >= '!' && c <= '~' && c != '=') || ((c == ' ' || c == '\t') && !line_end);
    if (c == '.' && line_start) literal = 0;
    if (literal) {
        tok[0] = (char)c;
        return 1;
    }
    tok[0] = '=';
    tok[1] = hex_upper[c >> 4];
    tok[2] = hex_upper[c & 15];
    return 3;
}

/* One hard line, without its break, soft-broken to QP_LINE_MAX. */
static void qp_append_line(struct buf *b, const unsigned char *line, size_t len)
{
    size_t col = 0;
    char tok[3];
    for (size_t i = 0; i < len; i++) {
        int last = i + 1 == len;
        size_t n = qp_token(line[i], col == 0, last, tok);
        /* A soft break needs its '=' inside the limit; only the line's final
         * token may use the last column. Tokens are never split. */
        if (col + n > (last ? QP_LINE_MAX : QP_LINE_MAX - 1)) {
            buf_puts(b, "=\r\n");
            col = 0;
            n = qp_token(line[i], 1, last, tok);
        }
        buf_append(b, tok, n);
        col += n;
    }
}

/* CRLF, LF and lone CR all end a line; each becomes a CRLF hard break. */
static void qp_append_body(struct buf *b, const char *body)
{
    const char *p = body;
    for (;;) {
        size_t len = strcspn(p, "\r\n");
        qp_append_line(b, (const unsigned char *)p, len);
        p += len;
        if (!*p) break;
        p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
        buf_puts(b, "\r\n");
    }
}

/* ---- multipart assembly ---- */

/* BOUNDARY_PREFIX + message id (boundary-safe chars only) + "_" + counter,
 * counting up until neither body contains it. */
static void choose_boundary(const char *message_id, const char *text, const char *html, char *out, size_t size)
{
    char base[sizeof BOUNDARY_PREFIX + BOUNDARY_ID_CHARS];
    size_t n = strlen(BOUNDARY_PREFIX);
    memcpy(base, BOUNDARY_PREFIX, n);
    for (const char *p = message_id; *p && n < sizeof base - 1; p++) {
        char c = *p;
        int safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
        base[n++] = safe ? c : '_';
    }
    base[n] = '\0';
    for (unsigned long long counter = 0;; counter++) {
        snprintf(out, size, "%s_%llu", base, counter);
        if (!strstr(text, out) && !strstr(html, out)) return;
    }
}

static void append_part(struct buf *b, const char *boundary, const char *content_type, const char *body)
{
    buf_puts(b, "--");
    buf_puts(b, boundary);
    buf_puts(b, "\r\nContent-Type: ");
    buf_puts(b, content_type);
    buf_puts(b, "\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
    qp_append_body(b, body);
    /* The CRLF before the next delimiter belongs to the delimiter. */
    buf_puts(b, "\r\n");
}

/* First problem in m, with the field it concerns, or NULL. */
static const char *message_problem(const struct mime_message *m, const char **field)
{
    const char *problem;
    if ((problem = display_name_problem(m->from_name))) return *field = "sender name", problem;
    if ((problem = mime_address_problem(m->from_address))) return *field = "sender address", problem;
    if ((problem = display_name_problem(m->to_name))) return *field = "recipient name", problem;
    if ((problem = mime_address_problem(m->to_address))) return *field = "recipient address", problem;
    if ((problem = mime_header_value_problem(m->subject))) return *field = "subject", problem;
    if ((problem = message_id_problem(m->message_id))) return *field = "message id", problem;
    if (m->date < 0 || m->date > DATE_MAX) return *field = "date", "is outside the years 1970 to 9999";
    if (!m->text_body) return *field = "text body", "is missing";
    if (!m->html_body) return *field = "HTML body", "is missing";
    return NULL;
}

static int build_failure(char *err, size_t err_len, const char *field, const char *reason)
{
    if (err && err_len) snprintf(err, err_len, "%s %s", field, reason);
    return -1;
}

int mime_build(const struct mime_message *m, char **out, size_t *out_len, char *err, size_t err_len)
{
    if (out) *out = NULL;
    if (out_len) *out_len = 0;
    if (err && err_len) err[0] = '\0';
    if (!m || !out) return build_failure(err, err_len, "message", "is missing");

    const char *field = NULL;
    const char *problem = message_problem(m, &field);
    if (problem) return build_failure(err, err_len, field, problem);

    char date[40], boundary[80];
    format_rfc5322_date(m->date, date, sizeof date);
    choose_boundary(m->message_id, m->text_body, m->html_body, boundary, sizeof boundary);

    struct buf b = {0};
    buf_puts(&b, "Date: ");
    buf_puts(&b, date);
    buf_puts(&b, "\r\n");
    append_address_header(&b, "From", m->from_name, m->from_address);
    append_address_header(&b, "To", m->to_name, m->to_address);
    append_subject_header(&b, m->subject);
    buf_puts(&b, "Message-ID: <");
    buf_puts(&b, m->message_id);
    /* Folded so the line stays within 78 chars even for the longest boundary. */
    buf_puts(&b, ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative;" FOLD "boundary=\"");
    buf_puts(&b, boundary);
    buf_puts(&b, "\"\r\n\r\n");
    append_part(&b, boundary, "text/plain; charset=utf-8", m->text_body);
    append_part(&b, boundary, "text/html; charset=utf-8", m->html_body);
    buf_puts(&b, "--");
    buf_puts(&b, boundary);
    buf_puts(&b, "--\r\n");

    size_t len = b.len;
    char *message = buf_take(&b);
    if (!message) return build_failure(err, err_len, "message", "could not be built: out of memory");
    *out = message;
    if (out_len) *out_len = len;
    return 0;
}

/* ---- retry backoff ---- */

int64_t mime_retry_delay(int attempt, int64_t base_seconds, int64_t cap_seconds, double random_fraction)
{
    if (base_seconds <= 0 || cap_seconds <= 0) return 0;
    if (attempt < 1) attempt = 1;

    /* Doubling stops at the cap, which it reaches within 63 steps, so
     * 2^(attempt-1) is never computed and huge attempts cost nothing.
     * delay <= cap / 2 guarantees delay * 2 <= cap, so no overflow. */
    int64_t delay = base_seconds < cap_seconds ? base_seconds : cap_seconds;
    for (int i = 1; i < attempt && delay < cap_seconds; i++)
        delay = delay > cap_seconds / 2 ? cap_seconds : delay * 2;

    /* Jitter spreads retries of many failed mails over [delay/2, delay]. */
    double f = random_fraction;
    if (!(f >= 0.0)) f = 0.0; /* also catches NaN */
    if (f > 1.0) f = 1.0;
    int64_t low = delay / 2, span = delay - low;
    int64_t extra = (int64_t)(f * (double)span);
    if (extra > span) extra = span; /* (double)span may round up */
    return low + extra;
}
