#include "catalog/quantity_rules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int cart_quantity_parse(const char *text, int64_t *out)
{
    if (!text) return -1;
    while (*text == ' ' || *text == '\t') text++;
    int64_t v = 0;
    int digits = 0;
    for (; isdigit((unsigned char)*text); text++) {
        v = v * 10 + (*text - '0');
        if (v > CART_QTY_MAX) return -1;
        digits++;
    }
    while (*text == ' ' || *text == '\t') text++;
    if (!digits || *text || v < 1) return -1;
    *out = v;
    return 0;
}

static int64_t pack_of(int64_t pack_size)
{
    return pack_size < 1 ? 1 : pack_size;
}

int64_t cart_quantity_round_up(int64_t qty, int64_t pack_size, int64_t min_order_qty)
{
    int64_t pack = pack_of(pack_size);
    if (qty < min_order_qty) qty = min_order_qty;
    if (qty < 1) qty = 1;
    int64_t rem = qty % pack;
    return rem ? qty + (pack - rem) : qty;
}

enum cart_qty_problem cart_quantity_check(int64_t qty, int64_t pack_size, int64_t min_order_qty)
{
    if (qty < 1 || qty > CART_QTY_MAX) return CART_QTY_INVALID;
    if (qty < min_order_qty) return CART_QTY_BELOW_MIN;
    if (qty % pack_of(pack_size) != 0) return CART_QTY_NOT_PACK;
    return CART_QTY_OK;
}

/* "box" -> "boxes", "roll" -> "rolls"; "each" and abbreviations ("ft")
 * stay as they are. */
static void unit_plural(const char *unit, int64_t qty, char *out, size_t size)
{
    size_t n = strlen(unit);
    if (qty == 1 || strcmp(unit, "each") == 0 || n <= 2 || unit[n - 1] == '.') {
        snprintf(out, size, "%s", unit);
        return;
    }
    char last = unit[n - 1];
    int es = last == 's' || last == 'x' || last == 'z'
          || (last == 'h' && (unit[n - 2] == 'c' || unit[n - 2] == 's'));
    snprintf(out, size, "%s%s", unit, es ? "es" : "s");
}

void cart_quantity_message(enum cart_qty_problem problem, int64_t pack_size, int64_t min_order_qty,
                           const char *unit, char *out, size_t size)
{
    int64_t pack = pack_of(pack_size);
    int64_t first = cart_quantity_round_up(min_order_qty, pack, min_order_qty);
    char u[48];
    unit_plural(unit && unit[0] ? unit : "each", problem == CART_QTY_BELOW_MIN && pack > 1 ? first : min_order_qty,
                u, sizeof u);
    switch (problem) {
    case CART_QTY_OK:
        snprintf(out, size, "%s", "");
        break;
    case CART_QTY_INVALID:
        snprintf(out, size, "Enter a whole number from 1 to %d.", CART_QTY_MAX);
        break;
    case CART_QTY_BELOW_MIN:
        if (pack > 1)
            snprintf(out, size, "Order at least %lld %s, in packs of %lld.", (long long)first, u, (long long)pack);
        else
            snprintf(out, size, "Order at least %lld %s.", (long long)min_order_qty, u);
        break;
    case CART_QTY_NOT_PACK:
        snprintf(out, size, "Order in packs of %lld (%lld, %lld, %lld ...).", (long long)pack, (long long)first,
                 (long long)(first + pack), (long long)(first + 2 * pack));
        break;
    }
}

int cart_line_problem(int active, int64_t qty, int64_t pack_size, int64_t min_order_qty, const char *unit,
                      char *out, size_t size)
{
    if (!active) {
        snprintf(out, size, "%s", "This product is no longer available. Remove it to check out.");
        return 1;
    }
    enum cart_qty_problem p = cart_quantity_check(qty, pack_size, min_order_qty);
    cart_quantity_message(p, pack_size, min_order_qty, unit, out, size);
    return p != CART_QTY_OK;
}
