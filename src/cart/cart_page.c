/* Cart: one per member per company (issue 7). The lines are priced at
 * today's prices on every view; a line whose product was withdrawn or whose
 * quantity no longer fits its pack size or minimum says so and blocks
 * checkout until it is fixed. Changes are the member's own working state
 * (nothing company-wide), so they are not written to the audit log; the
 * order placed from the cart is. */
#include "cart/pages.h"
#include "catalog/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "catalog/quantity_rules.h"
#include "base/db.h"
#include "base/format.h"
#include "base/permissions.h"
#include "web/response.h"
#include "base/settings.h"
#include "cart/cart_store.h"
#include "catalog/catalog_store.h"

#define MSG_MAX 256
#define SKU_CHARS_MAX 63         /* what a product's SKU holds (cart_product.sku) */

/* The quantity's messages name the product's pack size and minimum, so
 * the handler words them (the declaration's own are not shown). */
static const struct field add_fields[] = {
    { "sku", "SKU", FIELD_TEXT, 1, 0, SKU_CHARS_MAX, NULL, NULL, NULL },
    { "quantity", "Quantity to add", FIELD_QUANTITY, 1, 1, CART_QTY_MAX, NULL, NULL, NULL },
    { "return_to", "Back", FIELD_TEXT, 0, 0, HTTP_LOCAL_PATH_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_cart_add = { "cart_add", add_fields };

/* One field per line, qty_<product id>; 0 removes the line. */
static const struct field update_fields[] = {
    { "qty_*", "Quantity", FIELD_INT, 1, 0, CART_QTY_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_cart_update = { "cart_update", update_fields };

/* Applicants see public prices only. */
static int list_prices_only(const struct request *req)
{
    return req->session.applicant != 0;
}

static void currency_of(const struct request *req, char *out, size_t size)
{
    int64_t list_id = 0;
    snprintf(out, size, "USD");
    if (list_prices_only(req)) return;
    if (store_catalog_company_price_list(req->session.company_id, &list_id, out, size) != 1 || !out[0])
        snprintf(out, size, "USD");
}

static void field_name(int64_t product_id, char *out, size_t size)
{
    snprintf(out, size, "qty_%lld", (long long)product_id);
}

/* --- the cart page ------------------------------------------------------ */

static struct cart_line lines[CART_MAX_LINES];
static char typed_error[CART_MAX_LINES][MSG_MAX];   /* the update form's message per line */

static void fill_price_badge(tpl_dict *row, enum price_source source)
{
    tpl_show(row, source == PRICE_CONTRACT ? "CONTRACT" : "PUBLIC");
}

/* errors: 1 when the update form came back with messages in typed_error
 * (the typed quantities are shown again). */
static void render_cart(struct request *req, int status, int n, int errors)
{
    const struct session_info *s = &req->session;
    char currency[8], money[64], unit_price[64], was[64], msg[MSG_MAX], key[48];
    currency_of(req, currency, sizeof currency);
    tpl_dict *d = response_page(req, status, "cart/index.tpl", "Your cart");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    int editable = !s->viewing_as_customer;
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    if (n == 0) {
        tpl_show(d, "EMPTY");
        if (editable) tpl_show(d, "CAN_QUICK_ORDER");
        return;
    }
    tpl_dict *has = tpl_add_section(d, "HAS_LINES");
    int64_t subtotal = 0, units = 0;
    int problems = 0, changed = 0, overflow = 0;
    tpl_dict *summary = NULL;
    for (int i = 0; i < n; i++) {
        const struct cart_line *l = &lines[i];
        tpl_dict *row = tpl_add_section(has, "LINE");
        field_name(l->product_id, key, sizeof key);
        tpl_set(row, "FIELD", key);
        tpl_set(row, "SKU", l->sku);
        tpl_show(row, l->active ? "SKU_LINK" : "SKU_TEXT");   /* a withdrawn product has no page */
        tpl_set(row, "NAME", l->name);
        tpl_set(row, "UNIT", l->unit);
        tpl_set_int(row, "PACK_SIZE", l->pack_size);
        tpl_set_int(row, "MOQ", l->min_order_qty);
        if (l->pack_size > 1) tpl_show(row, "PACK");
        format_money(l->unit_price, currency, unit_price, sizeof unit_price);
        tpl_set(row, "UNIT_PRICE", unit_price);
        fill_price_badge(row, l->source);
        if (!l->active) {
            tpl_set(row, "LINE_TOTAL", "\xe2\x80\x94");       /* cannot be ordered: not in the total */
        } else if (l->line_total >= 0) {
            format_money(l->line_total, currency, money, sizeof money);
            tpl_set(row, "LINE_TOTAL", money);
            if (subtotal <= INT64_MAX - l->line_total) subtotal += l->line_total;
            else overflow = 1;
        } else {
            tpl_set(row, "LINE_TOTAL", "\xe2\x80\x94");
            overflow = 1;
        }
        units += l->quantity;
        if (l->active && l->unit_price != l->added_price) {
            changed++;
            format_money(l->added_price, currency, was, sizeof was);
            tpl_dict *c = tpl_add_section(row, "PRICE_CHANGED");
            tpl_set(c, "WAS", was);
            tpl_set(c, "NOW", unit_price);
        }
        int problem = cart_line_problem(l->active, l->quantity, l->pack_size, l->min_order_qty, l->unit, msg,
                                        sizeof msg);
        if (problem || l->line_total < 0) problems++;
        if (!l->active) {
            tpl_show(row, "INACTIVE");
            tpl_set(tpl_add_section(row, "PROBLEM"), "MESSAGE", msg);
            tpl_set_int(row, "QTY", l->quantity);
            if (editable) tpl_show(row, "CAN_REMOVE");
            continue;
        }
        tpl_dict *input = tpl_add_section(row, editable ? "QTY_INPUT" : "QTY_TEXT");
        if (editable) tpl_show(row, "CAN_REMOVE");
        if (errors && http_params_get(&req->form, key)) {
            tpl_set(input, "QTY", req_form(req, key));
        } else {
            tpl_set_int(input, "QTY", l->quantity);
            tpl_set_int(row, "QTY", l->quantity);
        }
        if (errors && typed_error[i][0]) {
            tpl_show(input, "INVALID");
            tpl_set(tpl_add_section(input, "ERROR"), "MESSAGE", typed_error[i]);
            if (!summary) summary = tpl_add_section(d, "FORM_ERRORS");
            tpl_dict *item = tpl_add_section(summary, "ITEM");
            tpl_set(item, "FIELD", key);
            tpl_set(item, "SKU", l->sku);
            tpl_set(item, "MESSAGE", typed_error[i]);
        } else if (problem) {
            tpl_show(input, "INVALID");
            tpl_set(tpl_add_section(input, "ERROR"), "MESSAGE", msg);
        }
    }
    format_money(subtotal, currency, money, sizeof money);
    tpl_set(d, "SUBTOTAL", overflow ? "\xe2\x80\x94" : money);
    tpl_set(has, "SUBTOTAL", overflow ? "\xe2\x80\x94" : money);
    tpl_set_int(has, "LINE_COUNT", n);
    tpl_set(has, "LINE_WORD", n == 1 ? "line" : "lines");
    tpl_set_int(has, "UNIT_COUNT", units);
    if (changed) {
        tpl_dict *c = tpl_add_section(d, "PRICES_CHANGED");
        tpl_set_int(c, "COUNT", changed);
        tpl_set(c, "WORD", changed == 1 ? "product has" : "products have");
    }
    if (problems) {
        tpl_dict *p = tpl_add_section(d, "PROBLEMS");
        tpl_set_int(p, "COUNT", problems);
        tpl_set(p, "WORD", problems == 1 ? "line needs" : "lines need");
    }
    if (editable) tpl_show(has, "EDITABLE");
    /* checkout: members who may order, with a cart that can be ordered */
    const char *blocked = NULL;
    if (s->viewing_as_customer) blocked = "You are viewing this account read-only.";
    else if (s->applicant) blocked = "Your company's account is still being reviewed. You can fill your cart "
                                     "now and check out once it is approved.";
    else if (problems) blocked = "Fix the lines marked in red to check out.";
    else if (overflow) blocked = "The cart total is too large to order at once.";
    if (blocked) tpl_set(tpl_add_section(has, "CHECKOUT_BLOCKED"), "REASON", blocked);
    else tpl_show(has, "CAN_CHECKOUT");
}

static int load_lines(struct request *req)
{
    if (req->session.viewing_as_customer) return 0;   /* staff have no cart of their own here */
    int n = store_cart_lines(req->session.company_id, req->session.user_id, list_prices_only(req), lines,
                             CART_MAX_LINES);
    if (n < 0) response_error(req, 500, "Your cart cannot be shown right now. Please try again.");
    return n;
}

void page_cart(struct request *req)
{
    int n = load_lines(req);
    if (n >= 0) render_cart(req, 200, n, 0);
}

/* --- adding from a product, catalog or search page ---------------------- */

static const char *return_path(const struct request *req)
{
    const char *to = field_text(req, "return_to");
    return http_local_path_safe(to) ? to : "/cart";
}

static void render_add_problem(struct request *req, int status, const struct cart_product *p, const char *message)
{
    tpl_dict *d = response_page(req, status, "cart/add.tpl", "Add to cart");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "SKU", p->sku);
    tpl_set(d, "NAME", p->name);
    tpl_set(d, "UNIT", p->unit);
    tpl_set_int(d, "PACK_SIZE", p->pack_size);
    tpl_set_int(d, "MOQ", p->min_order_qty);
    if (p->pack_size > 1) tpl_show(d, "PACK");
    if (p->in_cart > 0) tpl_set_int(tpl_add_section(d, "IN_CART"), "QTY", p->in_cart);
    static const char *const kept[] = { "quantity", NULL };
    form_fill(d, req, kept, NULL);   /* as typed */
    tpl_set(d, "RETURN_TO", return_path(req));
    tpl_set(d, "MESSAGE", message);
}

/* Looks one product up by its exact SKU inside the open transaction.
 * 1 found, 0 not, -1 error. */
static int product_by_sku(const struct request *req, const char *sku, struct cart_product *p)
{
    const char *skus[1] = { sku };
    int n = store_cart_products(req->session.company_id, req->session.user_id, list_prices_only(req), 1, skus, 1,
                                p, 1);
    return n < 0 ? -1 : n;
}

/* The message for a quantity that would make `total` in the cart, or NULL
 * when it may be ordered. */
static const char *add_message(const struct cart_product *p, int64_t qty, char *out, size_t size)
{
    char rule[MSG_MAX];
    int64_t total = p->in_cart + qty;
    enum cart_qty_problem problem = cart_quantity_check(total, p->pack_size, p->min_order_qty);
    if (problem == CART_QTY_OK) return NULL;
    if (p->in_cart > 0 && problem == CART_QTY_INVALID)
        snprintf(rule, sizeof rule, "At most %d of one product fit in a cart.", CART_QTY_MAX);
    else
        cart_quantity_message(problem, p->pack_size, p->min_order_qty, p->unit, rule, sizeof rule);
    if (p->in_cart > 0)
        snprintf(out, size, "Your cart already has %lld; with %lld more that makes %lld. %s", (long long)p->in_cart,
                 (long long)qty, (long long)total, rule);
    else
        snprintf(out, size, "%s", rule);
    return out;
}

void page_cart_add(struct request *req)
{
    const char *sku = field_text(req, "sku");   /* "" when missing or too long: no such product */
    struct cart_product p;
    int64_t qty = 0, lines_now = 0, units_now = 0;
    char msg[2 * MSG_MAX];
    if (db_begin() != 0) {
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    int found = sku[0] ? product_by_sku(req, sku, &p) : 0;
    if (found != 1 || !p.active) {
        db_rollback();
        if (found < 0) response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        else if (found == 1) response_error(req, 404, "This product is no longer available.");
        else response_error(req, 404, "There is no such product.");
        return;
    }
    const char *problem = NULL;
    if (!field_ok(req, "quantity")) {
        cart_quantity_message(CART_QTY_INVALID, p.pack_size, p.min_order_qty, p.unit, msg, sizeof msg);
        problem = msg;
    } else {
        qty = field_number(req, "quantity");
        problem = add_message(&p, qty, msg, sizeof msg);
    }
    if (!problem && p.in_cart == 0) {
        if (store_cart_count(req->session.company_id, req->session.user_id, &lines_now, &units_now) != 0) {
            db_rollback();
            response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
            return;
        }
        if (lines_now >= CART_MAX_LINES) {
            snprintf(msg, sizeof msg, "Your cart is full: it holds at most %d products. Check out or remove some "
                                      "first.", CART_MAX_LINES);
            problem = msg;
        }
    }
    if (problem) {
        db_rollback();
        render_add_problem(req, 422, &p, problem);
        return;
    }
    struct price_quote quote;
    store_cart_product_quote(&p, p.in_cart + qty, &quote);
    if (store_cart_add(req->session.company_id, req->session.user_id, p.id, qty, quote.unit_price, clock_now()) != 0
        || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    if (p.in_cart > 0)
        snprintf(msg, sizeof msg, "Added %lld x %s to your cart (%lld in all).", (long long)qty, p.sku,
                 (long long)(p.in_cart + qty));
    else
        snprintf(msg, sizeof msg, "Added %lld x %s to your cart.", (long long)qty, p.sku);
    flash_set(req, "success", msg);
    response_redirect(req, return_path(req));
}

/* --- updating all quantities at once ------------------------------------ */

static struct cart_product priced[CART_MAX_LINES];

/* The quantity typed for a line: 1 and *qty (0 removes the line), 0 when
 * it is not a quantity, -1 when the form has no field for the line. */
static int typed_quantity(const struct request *req, const char *key, int64_t *qty)
{
    const struct field_value *v = form_value(req->input, key);
    if (!v) return -1;
    *qty = v->number;
    return v->ok;
}

void page_cart_update(struct request *req)
{
    static int64_t wanted[CART_MAX_LINES];   /* 0: remove; -1: no field (left as it is) */
    static const char *skus[CART_MAX_LINES];
    char key[48], msg[MSG_MAX];
    if (db_begin() != 0) {
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    int n = load_lines(req);
    if (n < 0) {
        db_rollback();
        return;
    }
    int errors = 0;
    for (int i = 0; i < n; i++) {
        const struct cart_line *l = &lines[i];
        typed_error[i][0] = '\0';
        skus[i] = l->sku;
        field_name(l->product_id, key, sizeof key);
        int64_t qty = 0;
        int typed = typed_quantity(req, key, &qty);
        wanted[i] = -1;
        if (!l->active || typed < 0) continue;
        enum cart_qty_problem problem = !typed ? CART_QTY_INVALID
                                      : qty == 0 ? CART_QTY_OK : cart_quantity_check(qty, l->pack_size, l->min_order_qty);
        if (problem != CART_QTY_OK) {
            cart_quantity_message(problem, l->pack_size, l->min_order_qty, l->unit, msg, sizeof msg);
            snprintf(typed_error[i], MSG_MAX, "%s", msg);
            errors++;
            continue;
        }
        wanted[i] = qty;
    }
    if (errors) {
        db_rollback();
        render_cart(req, 422, n, 1);
        return;
    }
    /* today's prices for the new quantities: the breaks of every line, one query */
    int found = n > 0 ? store_cart_products(req->session.company_id, req->session.user_id, list_prices_only(req), 1,
                                            skus, n, priced, CART_MAX_LINES) : 0;
    int ok = found >= 0;
    int64_t now = clock_now();
    for (int i = 0; ok && i < n; i++) {
        if (wanted[i] < 0) continue;
        if (wanted[i] == 0) {
            ok = store_cart_remove(req->session.company_id, req->session.user_id, lines[i].product_id) >= 0;
            continue;
        }
        struct price_quote quote = { lines[i].unit_price, lines[i].source };
        for (int k = 0; k < found; k++)
            if (priced[k].id == lines[i].product_id) store_cart_product_quote(&priced[k], wanted[i], &quote);
        ok = store_cart_set(req->session.company_id, req->session.user_id, lines[i].product_id, wanted[i],
                            quote.unit_price, now) >= 0;
    }
    if (!ok || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    flash_set(req, "success", "Your cart is up to date.");
    response_redirect(req, "/cart");
}

/* --- removing a line, emptying the cart --------------------------------- */

void page_cart_remove(struct request *req)
{
    struct cart_product p;
    char msg[MSG_MAX];
    if (db_begin() != 0) {
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    int found = product_by_sku(req, req->params.values[0], &p);
    int removed = found == 1 && p.in_cart > 0
                ? store_cart_remove(req->session.company_id, req->session.user_id, p.id) : (found < 0 ? -1 : 0);
    if (removed != 1 || db_commit() != 0) {
        db_rollback();
        if (removed == 0) response_error(req, 404, "This product is not in your cart.");
        else response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    snprintf(msg, sizeof msg, "Removed %s from your cart.", p.sku);
    flash_set(req, "success", msg);
    response_redirect(req, "/cart");
}

void page_cart_empty(struct request *req)
{
    if (db_begin() != 0 || store_cart_clear(req->session.company_id, req->session.user_id) != 0
        || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your cart cannot be changed right now. Please try again.");
        return;
    }
    flash_set(req, "success", "Your cart is empty now.");
    response_redirect(req, "/cart");
}
