#ifndef BUYERDESK_BASE_UTF8_H
#define BUYERDESK_BASE_UTF8_H

#include <stddef.h>

/* UTF-8 for every parser and form: checking it, counting characters (what
 * a field's limit means) and cutting without splitting a character (what
 * a fixed buffer needs). Pure. Text reaching these functions has passed
 * utf8_valid at the door (the request layer refuses anything else). */

/* 1 when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
int utf8_valid(const char *s, size_t len);

/* Characters (code points) in s: "Müller" is 6; in s[0..len). */
size_t utf8_chars(const char *s);
size_t utf8_chars_in(const char *s, size_t len);

/* The longest prefix of s[0..len) of at most max bytes that ends on a
 * character boundary: its length in bytes. */
size_t utf8_fit(const char *s, size_t len, size_t max);

/* The bytes of the first n characters of s (all of s when it is shorter). */
size_t utf8_prefix(const char *s, size_t n);

/* Copies src into dst (size bytes, terminated), cut at a character
 * boundary when it does not fit. */
void utf8_copy(char *dst, size_t size, const char *src);

/* Drops a character cut in half at the end of s (after some other code
 * truncated it by bytes). */
void utf8_tidy(char *s);

#endif
