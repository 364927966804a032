/* Checkout figures and checks: totals, tax, shipping by weight band, order
 * numbers, and the form's fields. Pure; see checkout_rules.h. */
#include "checkout/checkout_rules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/validate.h"
#include "base/utf8.h"

/* ---- money ---------------------------------------------------------------- */

void checkout_rate_text(int64_t rate_bp, char *out, size_t size)
{
    if (rate_bp < 0) rate_bp = 0;
    long long whole = (long long)(rate_bp / 100), frac = (long long)(rate_bp % 100);
    if (frac == 0) snprintf(out, size, "%lld", whole);
    else if (frac % 10 == 0) snprintf(out, size, "%lld.%lld", whole, frac / 10);
    else snprintf(out, size, "%lld.%02lld", whole, frac);
}

/* Digits with an optional dot and at most `max_decimals` decimals (blanks
 * around allowed). The value scaled by 10^max_decimals into *out; at most
 * `limit`. 0 or -1. */
static int parse_decimal(const char *text, int max_decimals, int64_t limit, int64_t *out)
{
    const char *s = text;
    while (*s == ' ' || *s == '\t') s++;
    int64_t value = 0;
    int digits = 0, decimals = 0;
    for (; isdigit((unsigned char)*s); s++) {
        if (++digits > 15) return -1;
        value = value * 10 + (*s - '0');
    }
    if (*s == '.') {
        s++;
        for (; isdigit((unsigned char)*s); s++) {
            if (++decimals > max_decimals) return -1;
            value = value * 10 + (*s - '0');
        }
        if (decimals == 0 && digits == 0) return -1;
    }
    if (digits == 0 && decimals == 0) return -1;
    for (int i = decimals; i < max_decimals; i++) value *= 10;
    while (*s == ' ' || *s == '\t') s++;
    if (*s) return -1;
    if (value > limit) return -1;
    *out = value;
    return 0;
}

int checkout_rate_parse(const char *text, int64_t *rate_bp)
{
    char buf[32];
    size_t n = strlen(text);
    if (n >= sizeof buf) return -1;
    memcpy(buf, text, n + 1);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t')) buf[--n] = '\0';
    if (n && buf[n - 1] == '%') buf[--n] = '\0';
    return parse_decimal(buf, 2, CHECKOUT_RATE_MAX_BP, rate_bp);
}

void checkout_tax_label(const char *name, int64_t rate_bp, char *out, size_t size)
{
    if (rate_bp <= 0) {
        snprintf(out, size, "No tax");
        return;
    }
    char rate[24];
    checkout_rate_text(rate_bp, rate, sizeof rate);
    if (name && name[0]) snprintf(out, size, "Tax (%s %s%%)", name, rate);
    else snprintf(out, size, "Tax (%s%%)", rate);
}

/* ---- shipping -------------------------------------------------------------- */

int checkout_band_for_weight(const struct weight_band *bands, int n, int64_t grams)
{
    int best = -1;
    for (int i = 0; i < n; i++)
        if (bands[i].up_to_grams >= grams && (best < 0 || bands[i].up_to_grams < bands[best].up_to_grams))
            best = i;
    return best;
}

int checkout_shipping_cost(const struct shipping_method *m, int64_t grams, int64_t *cents)
{
    if (!m->active) return -1;
    if (m->kind == SHIPPING_FLAT) {
        *cents = m->flat_cents;
        return 0;
    }
    int band = checkout_band_for_weight(m->bands, m->n_bands, grams);
    if (band < 0) return -1;
    *cents = m->bands[band].cents;
    return 0;
}

const char *const checkout_shipping_kinds[] = { "flat", "weight", NULL };

const char *checkout_shipping_kind_name(enum shipping_kind kind)
{
    return checkout_shipping_kinds[kind == SHIPPING_WEIGHT ? SHIPPING_WEIGHT : SHIPPING_FLAT];
}

int checkout_shipping_kind_parse(const char *text, enum shipping_kind *out)
{
    for (int i = 0; checkout_shipping_kinds[i]; i++)
        if (strcmp(text, checkout_shipping_kinds[i]) == 0) {
            *out = (enum shipping_kind)i;
            return 0;
        }
    return -1;
}

int checkout_kg_parse(const char *text, int64_t *grams)
{
    int64_t g;
    if (parse_decimal(text, 3, INT64_C(1000000000), &g) != 0 || g <= 0) return -1;
    *grams = g;
    return 0;
}

void checkout_kg_text(int64_t grams, char *out, size_t size)
{
    if (grams < 0) grams = 0;
    long long whole = (long long)(grams / 1000), frac = (long long)(grams % 1000);
    if (frac == 0) snprintf(out, size, "%lld", whole);
    else if (frac % 100 == 0) snprintf(out, size, "%lld.%lld", whole, frac / 100);
    else if (frac % 10 == 0) snprintf(out, size, "%lld.%02lld", whole, frac / 10);
    else snprintf(out, size, "%lld.%03lld", whole, frac);
}

const char *checkout_bands_check(const struct weight_band *bands, int n)
{
    for (int i = 0; i < n; i++) {
        if (bands[i].up_to_grams <= 0) return "Each band needs a weight above zero.";
        if (bands[i].cents < 0) return "A band's cost cannot be negative.";
        for (int k = 0; k < i; k++)
            if (bands[k].up_to_grams == bands[i].up_to_grams) return "Two bands have the same weight.";
    }
    return NULL;
}

/* ---- order numbers ------------------------------------------------------- */

int checkout_order_number_format(int year, int64_t seq, char *out, size_t size)
{
    if (year < 2000 || year > 9999 || seq < 1 || seq > CHECKOUT_ORDER_SEQ_MAX) return -1;
    int n = snprintf(out, size, "SO-%04d-%06lld", year, (long long)seq);
    return n > 0 && (size_t)n < size ? 0 : -1;
}

int checkout_order_number_at(int64_t placed_at, int64_t seq, char *out, size_t size)
{
    return checkout_order_number_format(checkout_year_of(placed_at), seq, out, size);
}

int checkout_order_number_parse(const char *text, int *year, int64_t *seq)
{
    /* S O - Y Y Y Y - N N N N N N [N N N] */
    size_t len = strlen(text);
    if (len < 14 || len > 17 || strncmp(text, "SO-", 3) != 0 || text[7] != '-') return -1;
    int y = 0;
    int64_t s = 0;
    for (size_t i = 3; i < 7; i++) {
        if (!isdigit((unsigned char)text[i])) return -1;
        y = y * 10 + (text[i] - '0');
    }
    for (size_t i = 8; i < len; i++) {
        if (!isdigit((unsigned char)text[i])) return -1;
        s = s * 10 + (text[i] - '0');
    }
    if (y < 2000 || s < 1 || (len > 14 && text[8] == '0')) return -1;
    *year = y;
    *seq = s;
    return 0;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

int checkout_year_of(int64_t when)
{
    return (int)civil_date_from_days(floor_div(when, 86400)).year;
}

/* ---- the form's other fields -------------------------------------------- */

const char *checkout_po_check(const char *po, int required)
{
    if (!po[0]) return required ? "Enter your purchase order number: your company requires one on every order." : NULL;
    for (const unsigned char *p = (const unsigned char *)po; *p; p++)
        if (*p < ' ' || *p == 0x7f) return "Use letters, digits and punctuation only, on one line.";
    if (utf8_chars(po) > CHECKOUT_PO_MAX) return "Keep the PO number to 64 characters or fewer.";
    return NULL;
}

const char *checkout_date_check(const char *text, int64_t now)
{
    if (!text[0]) return NULL;
    struct civil_date c;
    switch (civil_date_parse(text, &c)) {
    case CIVIL_DATE_OK: break;
    case CIVIL_DATE_NO_SUCH_DAY: return "There is no such day in the calendar.";
    default: return "Enter the date as YYYY-MM-DD, for example 2026-03-15.";
    }
    int64_t day = civil_days_from_date(c.year, c.month, c.day);
    int64_t today = floor_div(now, 86400);
    if (day < today) return "Choose today or a later day.";
    struct civil_date t = civil_date_from_days(today);
    if (t.month == 2 && t.day == 29) t.day = 28;   /* a year after Feb 29 is Feb 28 */
    if (day > civil_days_from_date(t.year + 1, t.month, t.day)) return "Choose a day within a year from today.";
    return NULL;
}

const char *checkout_notes_check(const char *notes)
{
    const char *problem = validate_multiline(notes, CHECKOUT_NOTES_MAX, 0);
    if (problem && strcmp(problem, "This is too long.") == 0) return "Keep the notes to 2,000 characters or fewer.";
    return problem;
}

/* ---- payment methods -------------------------------------------------------- */

const char *const payment_method_codes[PAYMENT_METHOD_COUNT + 1] = { "on_account", "bank_transfer", "card_on_file", NULL };

unsigned checkout_payment_bit(const char *code)
{
    for (int i = 0; i < PAYMENT_METHOD_COUNT; i++)
        if (strcmp(payment_method_codes[i], code) == 0) return 1u << i;
    return 0;
}

unsigned checkout_payment_parse_list(const char *csv)
{
    unsigned bits = 0;
    char code[32];
    const char *p = csv;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n < sizeof code) {
            memcpy(code, p, n);
            code[n] = '\0';
            char trimmed[32];
            text_trim_copy(code, trimmed, sizeof trimmed);
            bits |= checkout_payment_bit(trimmed);
        }
        p += n;
        if (*p == ',') p++;
    }
    return bits;
}

void checkout_payment_list_text(unsigned bits, char *out, size_t size)
{
    size_t used = 0;
    if (size) out[0] = '\0';
    for (int i = 0; i < PAYMENT_METHOD_COUNT; i++) {
        if (!(bits & (1u << i)) || used >= size) continue;
        int n = snprintf(out + used, size - used, "%s%s", used ? "," : "", payment_method_codes[i]);
        if (n < 0) break;
        used += (size_t)n;
    }
}
