/* Saving to a shopping list from elsewhere (issue 21): a product from its
 * page or search results into one of the member's lists or a new one, and
 * the cart or an order as a new list. */
#include "lists/list_page_common.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "catalog/quantity_rules.h"
#include "orders/member_scope.h"
#include "web/response.h"
#include "web/transaction.h"

static const struct field add_fields[] = {
    LIST_SKU_FIELD, LIST_QTY_FIELD,
    { "list_id", "List", FIELD_ID, 0, 0, 0, NULL, NULL, "Choose one of your lists." },
    { "new_name", "New list", FIELD_TEXT, 0, 0, LIST_NAME_MAX, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_list_add = { "list_add", add_fields };

static const struct field name_fields[] = { LIST_NAME_FIELD, { NULL } };
const struct form_spec form_list_name = { "list_name", name_fields };

static struct list_row rows[LISTS_MAX];

/* The lists the member may add to (their own and editable ones), for the
 * chooser. */
static int editable_lists(const struct request *req, struct list_row *out, int max)
{
    static const struct lists_filter all = { LISTS_ALL, "" };
    int n = store_lists_page(req->session.company_id, req->session.user_id, &all, 0, max, out), k = 0;
    for (int i = 0; i < n; i++)
        if (list_page_may_edit(req, &out[i])) out[k++] = out[i];
    return n < 0 ? -1 : k;
}

static void render_add(struct request *req, int status, const struct cart_product *p, const char *message)
{
    tpl_dict *d = response_page(req, status, "lists/add.tpl", "Add to a list");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "SKU", p->sku);
    tpl_set(d, "NAME", p->name);
    tpl_set(d, "UNIT", p->unit);
    tpl_set_int(d, "MOQ", p->min_order_qty);
    if (p->pack_size > 1) tpl_set_int(tpl_add_section(d, "PACK"), "PACK_SIZE", p->pack_size);
    if (status == 200) {
        tpl_set_int(d, "QUANTITY", cart_quantity_round_up(1, p->pack_size, p->min_order_qty));
    } else {
        static const char *const kept[] = { "quantity", "new_name", NULL };
        form_fill(d, req, kept, field_errors(req));
    }
    if (message) tpl_set(tpl_add_section(d, "MESSAGE"), "TEXT", message);
    int n = editable_lists(req, rows, LISTS_MAX);
    int64_t chosen = status == 200 ? 0 : field_number(req, "list_id");
    for (int i = 0; i < n; i++) {
        tpl_dict *o = tpl_add_section(d, "LIST");
        tpl_set_int(o, "ID", rows[i].id);
        tpl_set(o, "NAME", rows[i].name);
        if (rows[i].id == chosen || (!chosen && i == 0)) tpl_show(o, "CHECKED");
    }
    tpl_dict *fresh = tpl_add_section(d, "NEW_LIST");
    if (n == 0 || (status != 200 && !chosen)) tpl_show(fresh, "CHECKED");
}

void page_list_add_form(struct request *req)
{
    struct cart_product p;
    char msg[LIST_MSG_MAX];
    const char *sku = req_query(req, "sku");
    int found = sku[0] && strlen(sku) <= LIST_SKU_CHARS_MAX ? list_product_for(req, sku, &p, msg, sizeof msg) : 0;
    if (found != 1) {
        response_error(req, found < 0 ? 500 : 404, found < 0 ? "Please try again." : "There is no such product.");
        return;
    }
    render_add(req, 200, &p, NULL);
}

void page_list_add(struct request *req)
{
    struct cart_product p;
    char msg[LIST_MSG_MAX] = "";
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "You are viewing this account read-only.");
        return;
    }
    int found = list_product_for(req, field_text(req, "sku"), &p, msg, sizeof msg);
    if (found != 1) {
        response_error(req, found < 0 ? 500 : 404, found < 0 ? "Please try again." : "There is no such product.");
        return;
    }
    if (field_errors(req)->count) {
        render_add(req, 422, &p, NULL);
        return;
    }
    static struct list_row l;
    int64_t list_id = field_number(req, "list_id");
    const char *new_name = field_text(req, "new_name");
    if (!list_id && !new_name[0]) {
        render_add(req, 422, &p, "Choose one of your lists, or name a new one.");
        return;
    }
    struct list_new_line nl = { p.id, field_number(req, "quantity"), "" };
    if (!tx_begin(req)) return;
    int r;
    if (list_id) {
        found = store_list_get(req->session.company_id, req->session.user_id, list_id, &l);
        r = found < 0 ? -1 : found == 0 ? LIST_BAD_INPUT : list_add_lines(&req->actor, &l, &nl, 1, msg, sizeof msg);
        if (found == 0) snprintf(msg, sizeof msg, "Choose one of your lists.");
    } else {
        r = list_create(&req->actor, new_name, "", &nl, 1, &l.id, msg, sizeof msg);
        snprintf(l.name, sizeof l.name, "%s", new_name);
    }
    if (r > 0) {
        db_rollback();
        render_add(req, 422, &p, r == LIST_NOT_ALLOWED ? "You may not change that list." : msg);
        return;
    }
    if (!tx_commit(req, r == 0, "list add")) return;
    snprintf(msg, sizeof msg, "Added %lld x %s to \xe2\x80\x9c%s\xe2\x80\x9d.", (long long)nl.quantity, p.sku, l.name);
    list_page_done(req, &l, "success", msg);
}

/* A new list from lines already chosen (the cart's, an order's). */
static void save_as_list(struct request *req, const struct list_new_line *nl, int n, const char *back)
{
    char msg[LIST_MSG_MAX] = "";
    if (field_errors(req)->count || n == 0) {
        flash_set(req, "danger", n == 0 ? "There is nothing to save as a list." : "Give the new list a name.");
        response_redirect(req, back);
        return;
    }
    struct list_row l = { 0 };
    if (!tx_begin(req)) return;
    int r = list_create(&req->actor, field_text(req, "name"), "", nl, n > LIST_LINES_MAX ? LIST_LINES_MAX : n, &l.id,
                        msg, sizeof msg);
    if (r > 0) {
        db_rollback();
        flash_set(req, "danger", msg);
        response_redirect(req, back);
        return;
    }
    if (!tx_commit(req, r == 0, "list save")) return;
    snprintf(msg, sizeof msg, "Saved %d product%s as the list \xe2\x80\x9c%s\xe2\x80\x9d.", n, n == 1 ? "" : "s",
             field_text(req, "name"));
    list_page_done(req, &l, "success", msg);
}

void page_list_from_cart(struct request *req)
{
    static struct cart_line cart[CART_MAX_LINES];
    static struct list_new_line nl[CART_MAX_LINES];
    int n = store_cart_lines(req->session.company_id, req->session.user_id, list_use_list_prices(req), cart, CART_MAX_LINES);
    if (n < 0) {
        response_error(req, 500, "Your cart cannot be read right now. Please try again.");
        return;
    }
    for (int i = 0; i < n; i++) nl[i] = (struct list_new_line){ cart[i].product_id, cart[i].quantity, "" };
    save_as_list(req, nl, n, "/cart");
}

void page_list_from_order(struct request *req)
{
    struct member_scope sc;
    static struct order_header o;
    static struct reorder_line ol[ORDER_LINES_MAX];
    static struct list_new_line nl[ORDER_LINES_MAX];
    if (!member_scope_resolve(req, &sc, 0)) return;
    int found = store_order_get(req->session.company_id, req->params.values[0], &o);
    if (found == 1 && !member_scope_allows(&sc, &o)) found = 0;
    if (!response_found(req, found, "order")) return;
    int n = store_order_reorder_lines(req->session.company_id, o.id, ol, ORDER_LINES_MAX), k = 0;
    if (n < 0) {
        response_error(req, 500, "The order cannot be read right now. Please try again.");
        return;
    }
    for (int i = 0; i < n; i++)   /* lines of products no longer in the catalog cannot be kept */
        if (ol[i].product_id) nl[k++] = (struct list_new_line){ ol[i].product_id, ol[i].quantity, "" };
    char back[96];
    snprintf(back, sizeof back, "/account/orders/%s", o.number);
    save_as_list(req, nl, k, back);
}
