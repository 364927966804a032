#ifndef BUYERDESK_BASE_MONEY_H
#define BUYERDESK_BASE_MONEY_H

#include <stddef.h>
#include <stdint.h>

/* Money, always integer minor units (cents) in an int64_t: one grammar for
 * every amount a person or a file gives us, and arithmetic that says so
 * instead of overflowing.
 *
 * The grammar (money_parse), blanks around it allowed:
 *     [-] [$] whole [. d [d]]
 *   whole  is digits ("1234"), or digits grouped by commas in threes
 *          ("1,234", "12,345,678"): a comma anywhere else is refused, so
 *          "10,00" and "1,0,0" never read as some other amount;
 *   .dd    at most two decimals ("12.5" is 12.50; "12.345" is refused);
 *   -      only where negative amounts are allowed (credit notes,
 *          adjustments); "-0" is refused even there.
 *   ".75" is 0.75 (no whole part before the point).
 * Refused: "", "1.234,50", "1e3", "5.", "1 000", anything above MONEY_MAX. */

#define MONEY_MAX INT64_C(100000000000000)     /* 10^14 cents: $1,000,000,000,000.00 */

enum money_sign {
    MONEY_UNSIGNED,     /* zero or more */
    MONEY_SIGNED,       /* negative allowed */
};

/* Parses text into *cents. Returns NULL, or (*cents untouched) a message
 * fit to show next to the field. */
const char *money_parse(const char *text, enum money_sign sign, int64_t *cents);

/* 1250 -> "12.50", -5 -> "-0.05": a form field's value (no currency sign,
 * no separators), which money_parse reads back. */
void money_plain(int64_t cents, char *out, size_t size);

/* 123456 USD -> "$1,234.56"; -5 -> "-$0.05". Unknown currencies are
 * written as "1,234.56 EUR". */
void format_money(int64_t cents, const char *currency, char *out, size_t size);

/* *acc += value. 0, or -1 (acc untouched) when value is negative or the sum
 * does not fit an int64. */
int money_add(int64_t *acc, int64_t value);

/* *acc += qty * each (a line: quantity x unit price; or grams). 0, or -1
 * (acc untouched) on a negative factor or overflow. */
int money_add_product(int64_t *acc, int64_t qty, int64_t each);

/* base * rate_bp / 10000 rounded half up on the cent (base >= 0, rate in
 * 0..10000 basis points): tax. 0, or -1 for values out of range (out
 * untouched). Exact for every int64 base: no intermediate overflow. */
int money_percent(int64_t base, int64_t rate_bp, int64_t *out);

#endif
