#include "base/format.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *currency_symbol(const char *currency)
{
    if (strcmp(currency, "USD") == 0 || strcmp(currency, "CAD") == 0) return "$";
    if (strcmp(currency, "EUR") == 0) return "\xe2\x82\xac";
    if (strcmp(currency, "GBP") == 0) return "\xc2\xa3";
    return NULL;
}

/* Whole units with thousands separators, e.g. 1234567 -> "1,234,567". */
static void group_thousands(uint64_t units, char *out, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)units);
    size_t len = strlen(digits), o = 0;
    for (size_t i = 0; i < len && o + 1 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0 && o + 2 < size) out[o++] = ',';
        out[o++] = digits[i];
    }
    out[o] = '\0';
}

void format_money(int64_t minor_units, const char *currency, char *out, size_t size)
{
    /* Work on the magnitude as unsigned so INT64_MIN cannot overflow. */
    uint64_t magnitude = minor_units < 0 ? (uint64_t)0 - (uint64_t)minor_units : (uint64_t)minor_units;
    char whole[40];
    group_thousands(magnitude / 100, whole, sizeof whole);
    unsigned cents = (unsigned)(magnitude % 100);
    const char *sign = minor_units < 0 ? "-" : "";
    const char *symbol = currency ? currency_symbol(currency) : "$";
    if (symbol)
        snprintf(out, size, "%s%s%s.%02u", sign, symbol, whole, cents);
    else
        snprintf(out, size, "%s%s.%02u %s", sign, whole, cents, currency);
}

/* strftime leaves the buffer undefined when it fails: always terminate,
 * and print nothing for times gmtime cannot represent. */
static void format_time(int64_t when, const char *pattern, char *out, size_t size)
{
    if (size == 0) return;
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, pattern, &tm) == 0) out[0] = '\0';
}

void format_date(int64_t when, char *out, size_t size)
{
    format_time(when, "%b %d, %Y", out, size);
}

void format_iso_date(int64_t when, char *out, size_t size)
{
    format_time(when, "%Y-%m-%d", out, size);
}

void format_weight(int64_t grams, char *out, size_t size)
{
    if (grams >= 1000) snprintf(out, size, "%lld.%lld kg", (long long)(grams / 1000), (long long)(grams % 1000 / 100));
    else snprintf(out, size, "%lld g", (long long)grams);
}
