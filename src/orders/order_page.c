/* One order's page for the member (printable): the details, the lines,
 * the timeline, shipments and approvals, and "Order again", which puts
 * the ticked lines back into the cart at today's prices. An order outside
 * the member's scope (member_scope.h) reads as missing. */
#include "orders/pages.h"
#include "base/clock.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "orders/carriers.h"
#include "catalog/quantity_rules.h"
#include "base/db.h"
#include "orders/member_scope.h"
#include "orders/order_filter.h"
#include "orders/order_status.h"
#include "orders/order_view.h"
#include "web/response.h"
#include "cart/cart_fill.h"
#include "cart/cart_store.h"
#include "orders/order_detail_store.h"
#include "orders/approval_trail.h"

/* ---- GET /account/orders/:number ---------------------------------------- */

static struct order_line_row line_rows[ORDER_LINES_MAX];
static struct reorder_line reorder_rows[ORDER_LINES_MAX];
static struct order_event_row event_rows[ORDER_EVENTS_MAX];
static struct shipment_row shipment_rows[ORDER_SHIPMENTS_MAX];

/* The order named by :number when the member may see it; else 404 (the
 * same for another company's, one outside the scope, or none). */
static int load_order(struct request *req, struct member_scope *sc, struct order_header *o)
{
    if (!member_scope_resolve(req, sc, 0)) return 0;
    int found = store_order_get(req->session.company_id, req->params.values[0], o);
    if (found == 1 && !member_scope_allows(sc, o)) found = 0;
    return response_found(req, found, "order");
}

static int may_reorder(const struct request *req)
{
    return permissions_allow(req->session.permissions, PERM_PLACE_ORDERS) && !req->session.viewing_as_customer;
}

static void fill_header(tpl_dict *d, const struct order_header *o)
{
    tpl_set(d, "NUMBER", o->number);
    tpl_set(d, "COMPANY", o->company_name);
    tpl_set(d, "STATUS", order_status_label(o->status));
    tpl_set(d, "BADGE", order_status_badge(o->status));
    tpl_set(d, "CHANNEL", order_channel_label(o->channel));
    tpl_set(d, "CHANNEL_BADGE", strcmp(o->channel, "web") == 0 ? "light" : strcmp(o->channel, "phone") == 0 ? "secondary" : "dark");
    tpl_set_date(d, "PLACED", o->placed_at);
    tpl_set(d, "PLACED_BY", o->placed_by);
    tpl_set_shown(d, "REQUESTED_BY", "REQUESTED_BY_NAME", o->requested_by);
    tpl_set_shown(d, "UNIT", "UNIT_NAME", o->unit_name);
    tpl_set(d, "PO_NUMBER", o->po_number[0] ? o->po_number : "\xe2\x80\x94");
    tpl_set_shown(d, "ERP_NO", "ERP_NO_VALUE", o->erp_order_no);
    char payment[64];
    order_payment_label(o->payment_method, "", payment, sizeof payment);
    tpl_set(d, "PAYMENT", payment[0] ? payment : "\xe2\x80\x94");
    if (o->requested_delivery_date[0]) {
        int64_t day;
        tpl_show(d, "REQUESTED");
        if (order_date_parse(o->requested_delivery_date, &day) == 0) tpl_set_date(d, "REQUESTED_DATE", day);
        else tpl_set(d, "REQUESTED_DATE", o->requested_delivery_date);
    }
    char shipping[160];
    if (o->shipping_method[0]) snprintf(shipping, sizeof shipping, "Shipping \xe2\x80\x94 %s", o->shipping_method);
    else snprintf(shipping, sizeof shipping, "Shipping");
    tpl_set(d, "SHIPPING_LABEL", shipping);
    tpl_set(d, "SHIPPING_METHOD_DETAIL", o->shipping_method[0] ? o->shipping_method : "\xe2\x80\x94");
    tpl_set(d, "SHIP_TO_LABEL", o->ship_to_label);
    tpl_set(d, "SHIP_TO_TEXT", o->ship_to_text[0] ? o->ship_to_text : "\xe2\x80\x94");
    tpl_set(d, "BILL_TO_LABEL", o->bill_to_label);
    tpl_set(d, "BILL_TO_TEXT", o->bill_to_text[0] ? o->bill_to_text : "\xe2\x80\x94");
    tpl_set_shown(d, "NOTES", "NOTES_TEXT", o->notes);
    tpl_set_shown(d, "CANCEL_REASON", "CANCEL_REASON_TEXT", o->cancel_reason);
    if (o->waiting_for_address) tpl_show(d, "WAITING_FOR_ADDRESS");
    order_set_totals(d, o);
    tpl_set(d, "TAX_NAME", o->tax_label[0] ? o->tax_label : "Tax");
}

/* A reorder line as the cart's fill sees it. */
static struct cart_fill_item fill_item(const struct reorder_line *l)
{
    return (struct cart_fill_item){ l->product_id, l->sku, l->unit, l->active, l->quantity, l->pack_size,
                                    l->min_order_qty };
}

static void reorder_problem(const struct reorder_line *l, char *out, size_t size)
{
    struct cart_fill_item item = fill_item(l);
    cart_fill_problem(&item, out, size);
}

static void render_order(struct request *req, int status, const struct order_header *o, const char *reorder_error,
                         const int *ticked)
{
    tpl_dict *d = response_page(req, status, "orders/detail.tpl", o->number);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    fill_header(d, o);
    if (!req->session.viewing_as_customer) tpl_show(d, "SAVE_AS_LIST");   /* the lists area's form */

    int n = store_order_lines(o->id, line_rows, ORDER_LINES_MAX);
    int can_reorder = may_reorder(req) && n > 0;
    int nr = can_reorder ? store_order_reorder_lines(req->session.company_id, o->id, reorder_rows, ORDER_LINES_MAX) : 0;
    if (can_reorder) {
        tpl_dict *r = tpl_add_section(d, "REORDER");
        tpl_set(r, "CSRF_TOKEN", req->csrf_token);
        tpl_set(r, "NUMBER", o->number);
        tpl_show(d, "REORDER_COLUMN");
        if (reorder_error) tpl_set(tpl_add_section(d, "REORDER_ERROR"), "MESSAGE", reorder_error);
    }
    for (int i = 0; i < n; i++) {
        const struct order_line_row *l = &line_rows[i];
        tpl_dict *row = tpl_add_section(d, "LINE");
        order_set_line(row, l, o->currency);
        if (l->quantity_shipped >= l->quantity) tpl_show(row, "FULLY_SHIPPED");
        if (!can_reorder) continue;
        tpl_dict *cb = tpl_add_section(row, "REORDER_CELL");
        tpl_set_int(cb, "LINE_NO", l->line_no);
        tpl_set(cb, "SKU", l->sku);
        if (!ticked || ticked[i]) tpl_show(cb, "CHECKED");
        for (int k = 0; k < nr; k++)
            if (reorder_rows[k].line_no == l->line_no) {
                char why[256];
                reorder_problem(&reorder_rows[k], why, sizeof why);
                if (why[0]) tpl_set(tpl_add_section(row, "UNAVAILABLE"), "WHY", why);
                break;
            }
    }
    if (n <= 0) tpl_show(d, "NO_LINES");

    int ne = store_order_events(o->id, event_rows, ORDER_EVENTS_MAX);
    for (int i = 0; i < ne; i++) {
        const struct order_event_row *e = &event_rows[i];
        tpl_dict *ev = tpl_add_section(d, "EVENT");
        tpl_set_date(ev, "DATE", e->at);
        tpl_set(ev, "STATUS", order_status_label(e->to_status));
        tpl_set(ev, "BADGE", order_status_badge(e->to_status));
        if (e->from_status[0]) tpl_set_shown(ev, "FROM", "FROM_STATUS", order_status_label(e->from_status));
        tpl_set_shown(ev, "ACTOR", "ACTOR_NAME", e->actor);
        tpl_set_shown(ev, "NOTE", "NOTE_TEXT", e->note);
    }
    if (ne <= 0) tpl_show(d, "NO_EVENTS");

    int ns = store_order_shipments(o->id, shipment_rows, ORDER_SHIPMENTS_MAX);
    if (ns > 0) {
        tpl_dict *box = tpl_add_section(d, "SHIPMENTS");
        for (int i = 0; i < ns; i++) {
            const struct shipment_row *s = &shipment_rows[i];
            tpl_dict *row = tpl_add_section(box, "SHIPMENT");
            tpl_set(row, "CARRIER", s->carrier);
            char url[512];
            if (carrier_tracking_url(s->carrier, s->tracking_number, url, sizeof url)) {
                tpl_set(row, "TRACKING_URL", url);
                tpl_set(row, "TRACKING_NUMBER", s->tracking_number);
                tpl_show(row, "LINK");
            } else {
                tpl_set_shown(row, "PLAIN", "TRACKING_NUMBER", s->tracking_number[0] ? s->tracking_number : "\xe2\x80\x94");
            }
            tpl_set(row, "CONTENTS", s->contents[0] ? s->contents : "\xe2\x80\x94");
            tpl_set_date(row, "SHIPPED", s->shipped_at);
            if (s->delivered_at) {
                tpl_set_date(row, "DELIVERED_DATE", s->delivered_at);
                tpl_show(row, "DELIVERED");
            } else {
                tpl_show(row, "NOT_DELIVERED");
            }
        }
    }
    approval_trail_fill(d, req->session.company_id, o->id);
}

void page_order(struct request *req)
{
    struct member_scope sc;
    static struct order_header o;
    if (!load_order(req, &sc, &o)) return;
    render_order(req, 200, &o, NULL, NULL);
}

/* ---- POST /account/orders/:number/reorder --------------------------------- */

#define TICK_A_LINE "Tick at least one line to add to your cart."

/* The line numbers ticked; a checked form holds FIELD_IDS_MAX of them. */
static const struct field reorder_fields[] = {
    { "line", "Lines", FIELD_IDS, 1, 0, 0, NULL, TICK_A_LINE, "Tick the lines to add to your cart, at most 500 at a time." },
    { NULL },
};
const struct form_spec form_order_reorder = { "order_reorder", reorder_fields };

void page_order_reorder(struct request *req)
{
    struct member_scope sc;
    static struct order_header o;
    if (!load_order(req, &sc, &o)) return;
    const struct session_info *s = &req->session;

    int n = store_order_reorder_lines(s->company_id, o.id, reorder_rows, ORDER_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The order could not be added to your cart. Please try again.");
        return;
    }
    /* which lines were ticked (checkboxes named "line" with the line number) */
    static int ticked[ORDER_LINES_MAX];
    int any = 0, sent = 0;
    memset(ticked, 0, sizeof ticked);
    const int64_t *numbers = field_ids(req, "line", &sent);
    for (int k = 0; k < sent; k++)
        for (int i = 0; i < n; i++)
            if (reorder_rows[i].line_no == numbers[k] && !ticked[i]) {
                ticked[i] = 1;
                any = 1;
            }
    const struct form_errors *errors = field_errors(req);
    if (errors->count || !any) {
        /* the lines table uses the same order (line_no), so ticks map 1:1 */
        render_order(req, 422, &o, errors->count ? errors->items[0].message : TICK_A_LINE, ticked);
        return;
    }

    static struct cart_fill_item items[ORDER_LINES_MAX];
    int n_items = 0;
    for (int i = 0; i < n; i++)
        if (ticked[i]) items[n_items++] = fill_item(&reorder_rows[i]);
    struct cart_fill_result fill;
    if (db_begin() != 0) {
        response_error(req, 500, "The order could not be added to your cart. Please try again.");
        return;
    }
    if (cart_fill(&req->actor, s->applicant, items, n_items, &fill) != 0) goto failed;
    int added = fill.added, refused = fill.refused;
    const char *reasons = fill.reasons;
    if (added == 0) {
        db_rollback();
        char message[512];
        snprintf(message, sizeof message, "Nothing could be added to your cart: %s.", reasons);
        render_order(req, 422, &o, message, ticked);
        return;
    }
    if (db_commit() != 0) goto failed;

    char message[512];
    snprintf(message, sizeof message, "%d line%s from %s added to your cart", added, added == 1 ? "" : "s", o.number);
    cart_fill_message_end(&fill, " at today's prices.", message, sizeof message);
    flash_set(req, refused ? "warning" : "success", message);
    response_redirect(req, "/cart");
    return;

failed:
    db_rollback();
    response_error(req, 500, "The order could not be added to your cart. Please try again.");
}
