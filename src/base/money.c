/* Money in integer minor units (money.h): one grammar, checked arithmetic. */
#include "base/money.h"

#include <stdio.h>
#include <string.h>

static const char *currency_symbol(const char *currency)
{
    if (strcmp(currency, "USD") == 0 || strcmp(currency, "CAD") == 0) return "$";
    if (strcmp(currency, "EUR") == 0) return "\xe2\x82\xac";
    if (strcmp(currency, "GBP") == 0) return "\xc2\xa3";
    return NULL;
}

/* Copies `text` after the `*used` bytes already in `out`, as much as fits
 * with its NUL (snprintf's truncation). */
static void put_text(char *out, size_t size, size_t *used, const char *text, size_t len)
{
    if (*used + 1 >= size) return;
    size_t room = size - 1 - *used;
    if (len > room) len = room;
    memcpy(out + *used, text, len);
    *used += len;
    out[*used] = '\0';
}

/* "1,234,567.89" for 123456789, written from the last digit back; no
 * printf: a list page formats hundreds of amounts, and two snprintf calls
 * each cost ten times the digits. Returns where the text starts in buf. */
static char *amount_text(uint64_t magnitude, char *end)
{
    char *p = end;
    *--p = (char)('0' + magnitude % 10);
    magnitude /= 10;
    *--p = (char)('0' + magnitude % 10);
    magnitude /= 10;
    *--p = '.';
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0) *--p = ',';
        *--p = (char)('0' + magnitude % 10);
        magnitude /= 10;
        digits++;
    } while (magnitude > 0);
    return p;
}

void format_money(int64_t minor_units, const char *currency, char *out, size_t size)
{
    if (size == 0) return;
    out[0] = '\0';
    /* Work on the magnitude as unsigned so INT64_MIN cannot overflow. */
    uint64_t magnitude = minor_units < 0 ? (uint64_t)0 - (uint64_t)minor_units : (uint64_t)minor_units;
    char buf[40];
    char *amount = amount_text(magnitude, buf + sizeof buf);
    size_t used = 0;
    const char *symbol = currency ? currency_symbol(currency) : "$";
    if (minor_units < 0) put_text(out, size, &used, "-", 1);
    if (symbol) put_text(out, size, &used, symbol, strlen(symbol));
    put_text(out, size, &used, amount, (size_t)(buf + sizeof buf - amount));
    if (!symbol) {
        put_text(out, size, &used, " ", 1);
        put_text(out, size, &used, currency, strlen(currency));
    }
}

/* ---- the grammar -------------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The whole part at *p: plain digits, or 1-3 digits then groups of
 * ",ddd". Sets *value (capped: anything above MONEY_MAX / 100 reads as
 * too big) and moves *p past it. 0, or -1 for a misplaced comma or no
 * digit at all. */
static int whole_part(const char **p, int64_t *value, int *too_big)
{
    const char *s = *p;
    int64_t v = 0;
    int digits = 0, group = 0, grouped = 0;
    for (;; s++) {
        if (is_digit(*s)) {
            if (v > MONEY_MAX / 100) *too_big = 1;
            else v = v * 10 + (*s - '0');
            digits++;
            group++;
        } else if (*s == ',') {
            /* the first group 1-3 digits, every later one exactly 3 */
            if (group == 0 || group > 3 || (grouped && group != 3)) return -1;
            grouped = 1;
            group = 0;
        } else {
            break;
        }
    }
    if (digits == 0 || (grouped && group != 3)) return -1;
    *value = v;
    *p = s;
    return 0;
}

const char *money_parse(const char *text, enum money_sign sign, int64_t *cents)
{
    static const char *const shape =
        "Enter an amount like 1,234.50: digits, commas only between thousands, at most two decimals.";
    const char *s = text ? text : "";
    while (*s == ' ' || *s == '\t') s++;
    if (!*s) return "Enter an amount, like 1,234.50.";
    int negative = *s == '-';
    if (negative) s++;
    if (*s == '$') s++;
    int64_t whole = 0, fraction = 0;
    int too_big = 0, decimals = 0;
    /* ".75" is 0.75: two of the grammars this one replaced took it, and
     * people type it. */
    if (!(s[0] == '.' && is_digit(s[1])) && whole_part(&s, &whole, &too_big) != 0) return shape;
    if (*s == '.') {
        s++;
        for (; is_digit(*s); s++) {
            if (++decimals > 2) return "Enter at most two decimals (cents).";
            fraction = fraction * 10 + (*s - '0');
        }
        if (decimals == 0) return shape;
        if (decimals == 1) fraction *= 10;
    }
    while (*s == ' ' || *s == '\t') s++;
    if (*s) return shape;
    int64_t value = whole * 100 + fraction;
    if (too_big || value > MONEY_MAX) return "Enter at most 1,000,000,000,000.00.";
    if (negative && sign != MONEY_SIGNED) return "Enter an amount of zero or more (no minus sign).";
    if (negative && value == 0) return "Zero has no sign: enter 0 without the minus.";
    *cents = negative ? -value : value;
    return NULL;
}

void money_plain(int64_t cents, char *out, size_t size)
{
    int negative = cents < 0;
    uint64_t magnitude = negative ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;
    snprintf(out, size, "%s%llu.%02u", negative ? "-" : "", (unsigned long long)(magnitude / 100),
             (unsigned)(magnitude % 100));
}

/* ---- arithmetic ----------------------------------------------------------------- */

int money_add(int64_t *acc, int64_t value)
{
    int64_t sum;
    if (value < 0 || *acc < 0 || __builtin_add_overflow(*acc, value, &sum)) return -1;
    *acc = sum;
    return 0;
}

int money_add_product(int64_t *acc, int64_t qty, int64_t each)
{
    int64_t product;
    if (qty < 0 || each < 0 || __builtin_mul_overflow(qty, each, &product)) return -1;
    return money_add(acc, product);
}

int money_percent(int64_t base, int64_t rate_bp, int64_t *out)
{
    if (base < 0 || rate_bp < 0 || rate_bp > 10000) return -1;
    /* base = q * 10000 + r, so base * rate / 10000 = q * rate + r * rate / 10000,
     * and only the second part needs rounding (half up). */
    int64_t q = base / 10000, r = base % 10000, whole;
    if (__builtin_mul_overflow(q, rate_bp, &whole)) return -1;
    int64_t part = (r * rate_bp + 5000) / 10000;
    if (__builtin_add_overflow(whole, part, &whole)) return -1;
    *out = whole;
    return 0;
}
