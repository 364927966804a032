#ifndef BUYERDESK_MIME_H
#define BUYERDESK_MIME_H

#include <stddef.h>
#include <stdint.h>

/* Builds the RFC 5322 / MIME messages the mailer hands to libcurl, and the
 * pure rules around them (header safety, addresses, retry backoff).
 * No I/O, no globals: every function is safe to call from any worker. */

/* Longest addr-spec accepted (RFC 5321 path limit minus the angle brackets). */
#define MIME_ADDRESS_MAX 254

struct mime_message {
    const char *from_name;    /* display name, may be UTF-8, may be "" or NULL */
    const char *from_address; /* addr-spec, ASCII */
    const char *to_name;      /* may be UTF-8, "" or NULL */
    const char *to_address;
    const char *subject;    /* UTF-8, may be "" */
    const char *message_id; /* without angle brackets, e.g. "outbox-42.3f9a@seller.test" */
    int64_t date;           /* Unix seconds, rendered as RFC 5322 date in UTC (+0000);
                             * 1970-01-01 .. 9999-12-31 */
    const char *text_body;  /* UTF-8 plain text part, any line endings */
    const char *html_body;  /* UTF-8 HTML part, any line endings */
};

/* NULL when value is safe in a header (no CR, LF or other C0/C1 control
 * characters or DEL except tab, valid UTF-8), else a short English reason to
 * follow a field name, e.g. "contains a line break". */
const char *mime_header_value_problem(const char *value);

/* NULL when address is an acceptable ASCII addr-spec: local@domain, no
 * spaces, controls, quotes, angle brackets, parentheses, square brackets,
 * commas, colons, semicolons or backslashes, at most MIME_ADDRESS_MAX chars,
 * exactly one '@', a dot in the domain, no leading, trailing or double dots
 * in either part. Else a reason such as "has no @". */
const char *mime_address_problem(const char *address);

/* RFC 2047. Returns a malloc'd header value: printable ASCII is returned as
 * is, unless it contains "=?" (a reader would decode it as an encoded-word)
 * or is too long for one header line (> 900 chars). Anything else becomes
 * "=?UTF-8?B?...?=" encoded-words of at most 64 chars (short enough that
 * "Subject: " plus a word stays within the 76-char line limit of RFC 2047),
 * split only on UTF-8 character boundaries and separated by "\r\n ".
 * NULL when utf8 is NULL or on out-of-memory. */
char *mime_encode_header_words(const char *utf8);

/* Builds the complete message: Date, From, To, Subject, Message-ID,
 * MIME-Version and a multipart/alternative Content-Type, then a text/plain
 * and a text/html part (charset=utf-8, quoted-printable, leading dots encoded
 * as =2E so SMTP dot-stuffing cannot matter). All lines end in CRLF.
 * Returns 0 with a malloc'd NUL-terminated message in *out and its length in
 * *out_len, or -1 with *out NULL, *out_len 0 and a reason in err (which may
 * be NULL) when a header value, address, message id or date is unusable, a
 * required field is NULL, or memory runs out. */
int mime_build(const struct mime_message *m, char **out, size_t *out_len, char *err, size_t err_len);

/* Delay in seconds before retry number attempt (1 = first retry):
 * base_seconds * 2^(attempt-1) capped at cap_seconds, then jittered into
 * [delay/2, delay] by random_fraction in [0,1] (0 -> delay/2, 1 -> delay;
 * out-of-range or NaN fractions are clamped, NaN counts as 0). attempt < 1
 * counts as 1; a non-positive base or cap gives 0. Never overflows. */
int64_t mime_retry_delay(int attempt, int64_t base_seconds, int64_t cap_seconds, double random_fraction);

#endif
