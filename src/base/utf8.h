#ifndef BUYERDESK_BASE_UTF8_H
#define BUYERDESK_BASE_UTF8_H

#include <stddef.h>

/* 1 when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
int utf8_valid(const char *s, size_t len);

#endif
