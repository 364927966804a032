#ifndef BUYERDESK_VALIDATE_H
#define BUYERDESK_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

/* Field validators shared by forms and commands. Each returns NULL when the
 * value is acceptable, or a message fit to show next to the field. */

#define VALIDATE_EMAIL_MAX 254
#define VALIDATE_PASSWORD_MIN 12
#define VALIDATE_PASSWORD_MAX 128

/* Trims and lower-cases into out (at least VALIDATE_EMAIL_MAX + 1 bytes). */
const char *validate_email(const char *in, char *out, size_t size);

/* Length counted in characters (UTF-8 code points), no composition rules. */
const char *validate_password(const char *password);

/* Required single-line text of at most max characters. */
const char *validate_text(const char *value, size_t max, int required);

/* Free text that may span lines (notes, reasons, messages): at most max
 * characters, no control characters but line breaks and tabs. */
const char *validate_multiline(const char *value, size_t max, int required);

/* Copies in without leading and trailing blanks (never meant in a name),
 * cut to fit out. */
void text_trim_copy(const char *in, char *out, size_t size);

/* The same for text of several lines (notes, comments, instructions):
 * line breaks kept as LF (browsers send CRLF). */
void text_trim_lines(const char *in, char *out, size_t size);

/* A positive whole-number id from a URL or form (digits only, at most
 * 2^53). Returns 1 and sets *out, or 0 for anything else. */
int parse_id(const char *text, int64_t *out);

/* "2026-03-09" (a real calendar day, years 2000-2099) -> Unix seconds at
 * 12:00 UTC that day (the same calendar day in the Americas and Europe).
 * 0 or -1. */
int parse_day_noon(const char *text, int64_t *when);

/* A whole number in [min, max], digits only. 0 or -1. */
int parse_count(const char *text, int64_t min, int64_t max, int64_t *out);

#endif
