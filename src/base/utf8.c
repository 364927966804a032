/* UTF-8 checks shared by every parser (requests, CSV, forms). Pure. */
#include "base/utf8.h"

#include <string.h>

int utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        size_t n;
        unsigned min;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { n = 1; min = 0x80; c &= 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; min = 0x800; c &= 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; min = 0x10000; c &= 0x07; }
        else return 0;
        if (len - i <= n) return 0;
        for (size_t k = 1; k <= n; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return 0;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
        i += n + 1;
    }
    return 1;
}

static int continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t utf8_chars_in(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (!continuation((unsigned char)s[i])) n++;
    return n;
}

size_t utf8_chars(const char *s)
{
    return utf8_chars_in(s, strlen(s));
}

size_t utf8_fit(const char *s, size_t len, size_t max)
{
    if (len <= max) return len;
    size_t n = max;
    while (n > 0 && continuation((unsigned char)s[n])) n--;
    return n;
}

void utf8_copy(char *dst, size_t size, const char *src)
{
    if (!size) return;
    size_t n = utf8_fit(src, strlen(src), size - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

void utf8_tidy(char *s)
{
    size_t n = strlen(s), start = n;
    while (start > 0 && continuation((unsigned char)s[start - 1])) start--;
    if (start == 0) return;
    unsigned char lead = (unsigned char)s[start - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (n - (start - 1) < want) s[start - 1] = '\0';
}

size_t utf8_prefix(const char *s, size_t n)
{
    size_t bytes = 0;
    for (size_t chars = 0; s[bytes] && chars < n; chars++) {
        bytes++;
        while (continuation((unsigned char)s[bytes])) bytes++;
    }
    return bytes;
}
