#include "catalog/pricing.h"

int price_for_qty(int64_t list_price, const struct price_break *rows, size_t n, int64_t qty,
                  struct price_quote *out)
{
    if (qty < 1 || list_price < 0 || !out) return -1;
    const struct price_break *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].unit_price < 0) return -1;
        if (rows[i].min_qty <= qty && (!best || rows[i].min_qty > best->min_qty)) best = &rows[i];
    }
    if (best) {
        out->unit_price = best->unit_price;
        out->source = PRICE_CONTRACT;
    } else {
        out->unit_price = list_price;
        out->source = PRICE_PUBLIC;
    }
    return 0;
}

int price_line_total(int64_t qty, int64_t unit_price, int64_t *total)
{
    if (qty < 0 || unit_price < 0 || !total) return -1;
    if (unit_price != 0 && qty > INT64_MAX / unit_price) return -1;
    *total = qty * unit_price;
    return 0;
}

void price_line_today(int64_t list_price, const struct price_break *rows, size_t n, int64_t qty,
                      struct price_quote *out, int64_t *line_total)
{
    if (price_for_qty(list_price, rows, n, qty, out) != 0) {
        out->unit_price = list_price;
        out->source = PRICE_PUBLIC;
    }
    if (price_line_total(qty, out->unit_price, line_total) != 0) *line_total = -1;
}
