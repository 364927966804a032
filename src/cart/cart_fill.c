#include "cart/cart_fill.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "cart/cart_store.h"
#include "catalog/quantity_rules.h"

void cart_fill_problem(const struct cart_fill_item *l, char *out, size_t size)
{
    out[0] = '\0';
    if (!l->product_id) {
        snprintf(out, size, "is no longer in our catalog");
        return;
    }
    if (!l->active) {
        snprintf(out, size, "is no longer sold");
        return;
    }
    enum cart_qty_problem p = cart_quantity_check(l->quantity, l->pack_size, l->min_order_qty);
    if (p != CART_QTY_OK) {
        char why[160];
        cart_quantity_message(p, l->pack_size, l->min_order_qty, l->unit, why, sizeof why);
        snprintf(out, size, "cannot be ordered as %" PRId64 " %s: %s", l->quantity, l->unit, why);
    }
}

/* Appends "; GEN-000123 is no longer sold" while there is room (else
 * counts what did not fit). */
static void add_reason(char *out, size_t size, const char *sku, const char *why, int *left_out)
{
    size_t len = strlen(out);
    char piece[400];
    snprintf(piece, sizeof piece, "%s%s %s", len ? "; " : "", sku, why);
    if (len + strlen(piece) + 24 < size) memcpy(out + len, piece, strlen(piece) + 1);
    else (*left_out)++;
}

int cart_fill(const struct actor *who, int use_list_prices, const struct cart_fill_item *items, int n,
              struct cart_fill_result *r)
{
    memset(r, 0, sizeof *r);
    int64_t now = clock_now(), cart_lines = 0, cart_units = 0;
    if (store_cart_count(who->company_id, who->user_id, &cart_lines, &cart_units) != 0) return -1;
    int left_out = 0;
    char why[256];
    for (int i = 0; i < n; i++) {
        const struct cart_fill_item *l = &items[i];
        cart_fill_problem(l, why, sizeof why);
        int64_t in_cart = 0;
        if (!why[0]) {
            in_cart = store_cart_quantity(who->company_id, who->user_id, l->product_id);
            if (in_cart < 0) return -1;
            if (in_cart + l->quantity > CART_QTY_MAX)
                snprintf(why, sizeof why, "would make more than %d in your cart", CART_QTY_MAX);
            else if (in_cart == 0 && cart_lines >= CART_MAX_LINES)
                snprintf(why, sizeof why, "does not fit: your cart is full (%d lines)", CART_MAX_LINES);
        }
        struct price_quote quote;
        int found = 0;
        if (!why[0]) {
            found = store_cart_quote(who->company_id, use_list_prices, l->product_id, in_cart + l->quantity, &quote);
            if (found < 0) return -1;
            if (found == 0) snprintf(why, sizeof why, "is no longer in our catalog");
        }
        if (why[0]) {
            r->refused++;
            add_reason(r->reasons, sizeof r->reasons, l->sku, why, &left_out);
            continue;
        }
        if (store_cart_add(who->company_id, who->user_id, l->product_id, l->quantity, quote.unit_price, now) != 0)
            return -1;
        if (in_cart == 0) cart_lines++;
        r->added++;
    }
    if (left_out) {
        size_t len = strlen(r->reasons);
        snprintf(r->reasons + len, sizeof r->reasons - len, "; and %d more", left_out);
    }
    return 0;
}

void cart_fill_message_end(const struct cart_fill_result *r, const char *done, char *out, size_t size)
{
    size_t len = strlen(out);
    if (len + 1 >= size) return;
    if (r->refused) snprintf(out + len, size - len, "; %d could not be: %s.", r->refused, r->reasons);
    else snprintf(out + len, size - len, "%s", done);
}
