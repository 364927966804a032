/* Quick order: SKU, quantity lines into the cart (issue 7). The lines
 * that can be ordered go into the cart in one transaction; the others come
 * back in the box, each with its line number and reason, for correction. */
#include "cart/pages.h"
#include "catalog/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "catalog/quantity_rules.h"
#include "base/db.h"
#include "cart/quick_order.h"
#include "web/response.h"
#include "cart/cart_store.h"
#include "base/utf8.h"
#include "web/fields.h"

#define REASON_MAX 320
#define SHOWN_TEXT_MAX 120       /* bytes of a refused line shown in the list */

static struct quick_order_line lines[QUICK_ORDER_MAX_LINES];
static struct quick_order_item items[QUICK_ORDER_MAX_LINES];
static struct cart_product products[QUICK_ORDER_MAX_LINES];
static char reasons[QUICK_ORDER_MAX_LINES][REASON_MAX];
static int keep[QUICK_ORDER_MAX_LINES];
static char kept_text[QUICK_ORDER_MAX_BYTES + 1];

/* What the page shows after a POST with problems. */
struct outcome {
    const char *box_error;       /* a message about the whole box (too long, empty...) */
    const char *box_text;        /* what goes back into the box */
    int added_lines;             /* lines of the paste that went into the cart */
    int refused;                 /* lines listed with a reason (keep[i] set) */
};

static void fill_refused(tpl_dict *r, const char *text, int n)
{
    for (int i = 0; i < n; i++) {
        if (!keep[i]) continue;
        tpl_dict *row = tpl_add_section(r, "REFUSED_LINE");
        char shown[SHOWN_TEXT_MAX + 4];
        const char *from = text + lines[i].start;
        size_t len = utf8_fit(from, lines[i].len, SHOWN_TEXT_MAX);   /* whole characters */
        memcpy(shown, from, len);
        if (len < lines[i].len) {
            memcpy(shown + len, "\xe2\x80\xa6", 3);   /* an ellipsis */
            len += 3;
        }
        shown[len] = '\0';
        tpl_set_int(row, "LINE_NO", lines[i].line_no);
        tpl_set(row, "TEXT", shown);
        tpl_set(row, "REASON", reasons[i]);
    }
}

/* o NULL: the empty form. text/n: the paste and its parsed lines. */
static void render_form(struct request *req, int status, const struct outcome *o, const char *text, int n)
{
    tpl_dict *d = response_page(req, status, "cart/quick_order.tpl", "Quick order");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "MAX_LINES", QUICK_ORDER_MAX_LINES);
    if (req->session.viewing_as_customer) tpl_show(d, "READ_ONLY");
    else tpl_show(d, "CAN_SUBMIT");
    if (!o) return;
    tpl_set(d, "LINES", o->box_text);
    if (o->box_error) {
        tpl_show(d, "LINES_INVALID");
        tpl_set(tpl_add_section(d, "LINES_ERROR"), "MESSAGE", o->box_error);
        return;
    }
    if (o->refused == 0) return;
    tpl_show(d, "LINES_INVALID");
    tpl_set(tpl_add_section(d, "LINES_ERROR"), "MESSAGE",
            "Only the lines that need attention are left here: correct them and add them again.");
    tpl_dict *r = tpl_add_section(d, "RESULT");
    if (o->added_lines > 0) {
        tpl_dict *a = tpl_add_section(r, "ADDED");
        tpl_set_int(a, "COUNT", o->added_lines);
        tpl_set(a, "WORD", o->added_lines == 1 ? "line" : "lines");
    } else {
        tpl_show(r, "NOTHING_ADDED");
    }
    tpl_set_int(r, "REFUSED", o->refused);
    tpl_set(r, "REFUSED_WORD", o->refused == 1 ? "line needs" : "lines need");
    fill_refused(r, text, n);
}

void page_quick_order_form(struct request *req)
{
    render_form(req, 200, NULL, NULL, 0);
}

static const struct cart_product *product_of(const char *sku, int n)
{
    for (int k = 0; k < n; k++) {
        const char *a = products[k].sku, *b = sku;
        while (*a && *b) {
            char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 32) : *a;
            char y = *b >= 'a' && *b <= 'z' ? (char)(*b - 32) : *b;
            if (x != y) break;
            a++, b++;
        }
        if (!*a && !*b) return &products[k];
    }
    return NULL;
}

/* The items' products: by exact SKU (the index), then the rest with ASCII
 * case ignored (people type "fas-hcs-0500"). Returns the count or -1. */
static int lookup(const struct request *req, int n_items)
{
    static const char *skus[QUICK_ORDER_MAX_LINES];
    const int64_t company = req->session.company_id, user = req->session.user_id;
    const int list_prices = req->session.applicant != 0;
    if (n_items == 0) return 0;
    for (int k = 0; k < n_items; k++) skus[k] = items[k].sku;
    int found = store_cart_products(company, user, list_prices, 1, skus, n_items, products, QUICK_ORDER_MAX_LINES);
    if (found < 0) return -1;
    int rest = 0;
    for (int k = 0; k < n_items; k++)
        if (!product_of(items[k].sku, found)) skus[rest++] = items[k].sku;
    if (rest == 0) return found;
    int more = store_cart_products(company, user, list_prices, 0, skus, rest, products + found,
                                   QUICK_ORDER_MAX_LINES - found);
    return more < 0 ? -1 : found + more;
}

/* Why an item cannot go into the cart, or NULL. */
static const char *item_problem(const struct quick_order_item *it, const struct cart_product *p, char *out,
                                size_t size)
{
    char rule[REASON_MAX], lead[REASON_MAX] = "";
    if (!p) {
        snprintf(out, size, "There is no product with SKU \xe2\x80\x9c%s\xe2\x80\x9d.", it->sku);
        return out;
    }
    if (!p->active) {
        snprintf(out, size, "%s (%s) is no longer available.", p->sku, p->name);
        return out;
    }
    int64_t total = p->in_cart + it->qty;
    enum cart_qty_problem problem = it->qty > CART_QTY_MAX ? CART_QTY_INVALID
                                  : cart_quantity_check(total, p->pack_size, p->min_order_qty);
    if (problem == CART_QTY_OK) return NULL;
    if (problem == CART_QTY_INVALID && (it->lines > 1 || p->in_cart > 0))
        snprintf(rule, sizeof rule, "At most %d of one product fit in a cart.", CART_QTY_MAX);
    else
        cart_quantity_message(problem, p->pack_size, p->min_order_qty, p->unit, rule, sizeof rule);
    size_t w = 0;
    if (it->lines > 1 && it->qty <= CART_QTY_MAX)
        w += (size_t)snprintf(lead, sizeof lead, "The %d lines for %s ask for %lld together. ", it->lines, p->sku,
                              (long long)it->qty);
    if (p->in_cart > 0 && w < sizeof lead)
        snprintf(lead + w, sizeof lead - w, "Your cart already has %lld, which would make %lld. ",
                 (long long)p->in_cart, (long long)total);
    snprintf(out, size, "%s%s", lead, rule);
    return out;
}

/* The pasted box, read line by line exactly as sent (quick_order_parse
 * numbers the lines and says when it is too long). */
static const struct field quick_order_fields[] = {
    { "lines", "SKU and quantity lines", FIELD_RAW, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_quick_order = { "quick_order", quick_order_fields };

void page_quick_order(struct request *req)
{
    const char *text = field_text(req, "lines");
    size_t len = strlen(text);
    struct outcome o = { .box_text = text };
    char box_error[200];
    int n = 0;
    enum quick_order_status status = quick_order_parse(text, len, lines, QUICK_ORDER_MAX_LINES, &n);
    if (status != QUICK_ORDER_PARSED) {
        if (status == QUICK_ORDER_TOO_LONG) {
            snprintf(box_error, sizeof box_error, "This is too much text at once: paste at most %d KB.",
                     QUICK_ORDER_MAX_BYTES / 1024);
            o.box_text = "";
        } else if (status == QUICK_ORDER_TOO_MANY_LINES) {
            snprintf(box_error, sizeof box_error, "Paste at most %d lines at once, then the rest.",
                     QUICK_ORDER_MAX_LINES);
        } else {
            snprintf(box_error, sizeof box_error, "Enter at least one line: a SKU and a quantity.");
        }
        o.box_error = box_error;
        render_form(req, 422, &o, text, 0);
        return;
    }
    int n_items = quick_order_merge(lines, n, items, QUICK_ORDER_MAX_LINES);

    const int64_t company = req->session.company_id, user = req->session.user_id;
    int64_t cart_lines = 0, cart_units = 0;
    if (db_begin() != 0) {
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    int found = lookup(req, n_items);
    int ok = found >= 0 && store_cart_count(company, user, &cart_lines, &cart_units) == 0;
    /* each item: into the cart, or a reason for each of its lines */
    static char item_reason[QUICK_ORDER_MAX_LINES][REASON_MAX];
    static int item_ok[QUICK_ORDER_MAX_LINES];
    int64_t now = clock_now();
    for (int k = 0; ok && k < n_items; k++) {
        const struct cart_product *p = product_of(items[k].sku, found);
        item_ok[k] = !item_problem(&items[k], p, item_reason[k], REASON_MAX);
        if (item_ok[k] && p->in_cart == 0) {
            if (cart_lines >= CART_MAX_LINES) {
                snprintf(item_reason[k], REASON_MAX, "Your cart is full: it holds at most %d products.",
                         CART_MAX_LINES);
                item_ok[k] = 0;
                continue;
            }
            cart_lines++;
        }
        if (!item_ok[k]) continue;
        struct price_quote quote;
        store_cart_product_quote(p, p->in_cart + items[k].qty, &quote);
        ok = store_cart_add(company, user, p->id, items[k].qty, quote.unit_price, now) == 0;
    }
    if (!ok || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    for (int i = 0; i < n; i++) {
        keep[i] = 0;
        if (lines[i].error != QO_OK) {
            quick_order_error_message(&lines[i], reasons[i], REASON_MAX);
            keep[i] = 1;
        } else if (lines[i].item >= 0 && !item_ok[lines[i].item]) {
            snprintf(reasons[i], REASON_MAX, "%s", item_reason[lines[i].item]);
            keep[i] = 1;
        }
        if (keep[i]) o.refused++;
        else o.added_lines++;
    }
    char msg[160];
    if (o.refused == 0) {
        snprintf(msg, sizeof msg, "Added %d %s to your cart.", o.added_lines, o.added_lines == 1 ? "line" : "lines");
        flash_set(req, "success", msg);
        response_redirect(req, "/cart");
        return;
    }
    quick_order_join(text, lines, keep, n, kept_text, sizeof kept_text);
    o.box_text = kept_text;
    render_form(req, 422, &o, text, n);
}
