/* Back office: one order with everything the buyer sees, and the
 * seller's moves along the lifecycle: start processing, record a shipment
 * (partial or complete), mark delivered, cancel with a reason.
 *
 * Each move is one transaction: the lifecycle allows it
 * (order_can_move_named), the UPDATE only applies while the order is
 * still in the status the page showed (else 409 "changed meanwhile"), the
 * timeline event, the audit entry and the buyer's mail go in with it. */
#include "orders/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "orders/carriers.h"
#include "base/db.h"
#include "base/staff_scope.h"
#include "web/form.h"
#include "orders/order_draft.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"
#include "orders/order_view.h"
#include "web/response.h"
#include "orders/orders_admin_store.h"
#include "orders/order_detail_store.h"
#include "base/validate.h"
#include "orders/approval_trail.h"
#include "orders/order_move.h"
#include "base/money.h"
#include "web/transaction.h"

#define DASH "\xe2\x80\x94"

/* Every move's form carries the status the page showed (still_as_shown). */
#define SHOWN_STATUS { "status", "Status", FIELD_TEXT, 0, 0, 32, NULL, NULL, NULL }

static const char *const moves[] = { "processing", "delivered", NULL };
static const struct field order_status_fields[] = {
    { "to", "Next step", FIELD_ENUM, 1, 0, 0, moves, "Choose what should happen to the order.",
      "Choose what should happen to the order." },
    SHOWN_STATUS,
    { NULL },
};
const struct form_spec form_order_status = { "order_status", order_status_fields };

static const struct field order_cancel_fields[] = {
    { "reason", "Reason", FIELD_LINES, 1, 0, 500, NULL, NULL, NULL },
    SHOWN_STATUS,
    { NULL },
};
const struct form_spec form_order_cancel = { "order_cancel", order_cancel_fields };

static const struct field order_release_fields[] = {
    SHOWN_STATUS,
    { NULL },
};
const struct form_spec form_order_credit_release = { "order_credit_release", order_release_fields };

/* One quantity per line still to ship (ship_<line id>); whether it is
 * more than is left is the handler's to say (read_quantities). */
static const struct field order_shipment_fields[] = {
    { "ship_*", "Quantity to ship", FIELD_INT, 0, 0, ORDER_QUANTITY_MAX, NULL, NULL, "Enter a whole number, 0 or more." },
    { "carrier", "Carrier", FIELD_ENUM, 1, 0, 0, carrier_names, "Choose the carrier.", "Choose the carrier." },
    { "tracking_number", "Tracking number", FIELD_TEXT, 0, 0, 60, NULL, NULL, NULL },
    SHOWN_STATUS,
    { NULL },
};
const struct form_spec form_order_shipment = { "order_shipment", order_shipment_fields };

/* --- one order --------------------------------------------------------------- */

static struct order_line_row lines[ORDER_LINES_MAX];
static struct order_event_row events[ORDER_EVENTS_MAX];
static struct shipment_row shipments[ORDER_SHIPMENTS_MAX];

/* The order named by :number, or a 404 page: also an order of a company
 * outside the staff member's scope. */
static int load_order(struct request *req, struct order_header *o)
{
    struct staff_scope scope = staff_scope_of(&req->actor);
    return response_found(req, store_bo_order_get(&scope, req->params.values[0], o), "order");
}

static void order_path(const struct order_header *o, char *out, size_t size)
{
    snprintf(out, size, "/backoffice/orders/%s", o->number);
}

static void ship_field(int64_t line_id, char *out, size_t size)
{
    snprintf(out, size, "ship_%lld", (long long)line_id);
}

static const char *field_error(const struct form_errors *errors, const char *field)
{
    for (int i = 0; errors && i < errors->count; i++)
        if (strcmp(errors->items[i].field, field) == 0) return errors->items[i].message;
    return NULL;
}

static void fill_lines(tpl_dict *d, const struct order_header *o, int n)
{
    for (int i = 0; i < n; i++) {
        const struct order_line_row *l = &lines[i];
        tpl_dict *row = tpl_add_section(d, "LINE");
        order_set_line(row, l, o->currency);
        if (l->quantity_shipped >= l->quantity) tpl_show(row, "ALL_SHIPPED");
        else if (l->quantity_shipped > 0) tpl_show(row, "SOME_SHIPPED");
        else tpl_show(row, "NONE_SHIPPED");
        if (strcmp(l->price_source, "contract") == 0) tpl_show(row, "CONTRACT");
    }
    order_set_totals(d, o);
    /* The snapshot is the whole label ("Tax (IL 8.25%)", "No tax"). */
    tpl_set(d, "TAX_LABEL", o->tax_label[0] ? o->tax_label : "Tax");
    if (o->shipping_method[0]) tpl_set(tpl_add_section(d, "SHIPPING_METHOD"), "TEXT", o->shipping_method);
}

static void fill_timeline(tpl_dict *d, int64_t order_id)
{
    int n = store_order_events(order_id, events, ORDER_EVENTS_MAX);
    if (n <= 0) tpl_show(d, "NO_EVENTS");
    for (int i = 0; i < n; i++) {
        tpl_dict *e = tpl_add_section(d, "EVENT");
        order_set_when(e, "AT", events[i].at);
        order_set_status(e, events[i].to_status);
        if (events[i].from_status[0]) tpl_set(tpl_add_section(e, "FROM"), "STATUS", order_status_label(events[i].from_status));
        tpl_set(e, "ACTOR", events[i].actor[0] ? events[i].actor : DASH);
        if (events[i].note[0]) tpl_set(tpl_add_section(e, "NOTE"), "TEXT", events[i].note);
    }
}

static void fill_shipments(tpl_dict *d, int64_t order_id)
{
    int n = store_order_shipments(order_id, shipments, ORDER_SHIPMENTS_MAX);
    if (n <= 0) tpl_show(d, "NO_SHIPMENTS");
    else tpl_show(d, "HAS_SHIPMENTS");
    for (int i = 0; i < n; i++) {
        const struct shipment_row *s = &shipments[i];
        tpl_dict *row = tpl_add_section(d, "SHIPMENT");
        tpl_set(row, "CARRIER", s->carrier);
        order_set_when(row, "SHIPPED", s->shipped_at);
        tpl_set(row, "CONTENTS", s->contents);
        char url[512];
        if (s->tracking_number[0]) {
            tpl_dict *t = tpl_add_section(row, "TRACKING");
            tpl_set(t, "NUMBER", s->tracking_number);
            if (carrier_tracking_url(s->carrier, s->tracking_number, url, sizeof url))
                tpl_set(tpl_add_section(t, "LINK"), "URL", url);
            else
                tpl_show(t, "PLAIN");
        } else {
            tpl_show(row, "NO_TRACKING");
        }
        if (s->delivered_at) order_set_when(tpl_add_section(row, "DELIVERED"), "AT", s->delivered_at);
        else tpl_show(row, "IN_TRANSIT");
    }
}

static void fill_details(tpl_dict *d, const struct order_header *o)
{
    tpl_set(d, "NUMBER", o->number);
    tpl_set(d, "COMPANY", o->company_name);
    tpl_set_int(d, "COMPANY_ID", o->company_id);
    order_set_status(d, o->status);
    tpl_set(d, "CHANNEL", order_channel_label(o->channel));
    order_set_when(d, "PLACED", o->placed_at);
    tpl_set(d, "PLACED_BY", o->placed_by);
    if (o->placed_by_user_id) tpl_set(tpl_add_section(d, "BY_PERSON"), "NAME", o->placed_by);
    else tpl_set(tpl_add_section(d, "OFFLINE"), "HOW", o->placed_by);
    if (o->placed_by_email[0]) tpl_set(tpl_add_section(d, "PLACED_BY_EMAIL"), "EMAIL", o->placed_by_email);
    tpl_set(d, "UNIT_NAME", o->unit_name[0] ? o->unit_name : DASH);
    tpl_set(d, "PO_NUMBER", o->po_number[0] ? o->po_number : DASH);
    if (o->erp_order_no[0]) tpl_set(tpl_add_section(d, "ERP"), "NUMBER", o->erp_order_no);
    char payment[64];
    order_payment_label(o->payment_method, "", payment, sizeof payment);
    tpl_set(d, "PAYMENT_METHOD", payment[0] ? payment : "\xe2\x80\x94");
    if (o->requested_delivery_date[0]) tpl_set(tpl_add_section(d, "REQUESTED"), "DATE", o->requested_delivery_date);
    tpl_set(d, "SHIP_TO_LABEL", o->ship_to_label);
    tpl_set(d, "SHIP_TO_TEXT", o->ship_to_text[0] ? o->ship_to_text : DASH);
    tpl_set(d, "BILL_TO_LABEL", o->bill_to_label);
    tpl_set(d, "BILL_TO_TEXT", o->bill_to_text[0] ? o->bill_to_text : DASH);
    if (o->notes[0]) tpl_set(tpl_add_section(d, "NOTES"), "TEXT", o->notes);
    if (o->cancel_reason[0]) tpl_set(tpl_add_section(d, "CANCEL_REASON"), "TEXT", o->cancel_reason);
    if (o->waiting_for_address) tpl_show(d, "WAITING_FOR_ADDRESS");
    char path[64];
    order_path(o, path, sizeof path);
    tpl_set(d, "PATH", path);
}

/* The shipment form: per line what is left, the quantity to ship now
 * (what is left, on a fresh form), carrier and tracking number. */
static void fill_shipment_form(tpl_dict *d, const struct request *req, const struct order_header *o, int n,
                               const struct form_errors *errors, int submitted)
{
    tpl_dict *f = tpl_add_section(d, "SHIP_FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set(f, "STATUS_CODE", o->status);
    tpl_show(f, o->placed_by_user_id ? "MAILS_BUYER" : "NO_BUYER");
    char path[64];
    order_path(o, path, sizeof path);
    tpl_set(f, "PATH", path);
    static const char *const fields[] = { "carrier", "tracking_number", NULL };
    form_fill(f, req, fields, submitted ? errors : NULL);
    const char *chosen = field_text(req, "carrier");
    for (int i = 0; i < CARRIER_COUNT; i++) {
        tpl_dict *c = tpl_add_section(f, "CARRIER_CHOICE");
        tpl_set(c, "NAME", carrier_names[i]);
        if (submitted && strcmp(chosen, carrier_names[i]) == 0) tpl_show(c, "SELECTED");
    }
    for (int i = 0; i < n; i++) {
        const struct order_line_row *l = &lines[i];
        int64_t left = l->quantity - l->quantity_shipped;
        if (left <= 0) continue;
        tpl_dict *row = tpl_add_section(f, "SHIP_LINE");
        char field[40];
        ship_field(l->id, field, sizeof field);
        tpl_set(row, "FIELD", field);
        tpl_set(row, "SKU", l->sku);
        tpl_set(row, "NAME", l->name);
        tpl_set(row, "UNIT", l->unit);
        tpl_set_int(row, "LEFT", left);
        if (submitted) tpl_set(row, "VALUE", req_form(req, field));
        else tpl_set_int(row, "VALUE", left);
        const char *message = field_error(submitted ? errors : NULL, field);
        if (message) {
            tpl_show(row, "INVALID");
            tpl_set(tpl_add_section(row, "ERROR"), "MESSAGE", message);
        }
    }
}

/* which: the form that was submitted ("ship", "cancel") so its values and
 * errors come back; alert: a conflict message on top. */
static void render_order(struct request *req, int status, const struct order_header *o, const char *which,
                         const struct form_errors *errors, const char *alert)
{
    tpl_dict *d = response_page(req, status, "orders/admin_order.tpl", o->number);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    fill_details(d, o);
    if (alert) tpl_set(tpl_add_section(d, "CONFLICT"), "TEXT", alert);
    if (errors && errors->count) {
        tpl_dict *summary = tpl_add_section(d, "FORM_ERRORS");
        for (int i = 0; i < errors->count; i++) {
            tpl_dict *item = tpl_add_section(summary, "ITEM");
            tpl_set(item, "FIELD", errors->items[i].field);
            tpl_set(item, "MESSAGE", errors->items[i].message);
        }
    }
    int n = store_order_lines(o->id, lines, ORDER_LINES_MAX);
    if (n < 0) n = 0;
    fill_lines(d, o, n);
    fill_shipments(d, o->id);
    fill_timeline(d, o->id);
    approval_trail_fill(d, o->company_id, o->id);

    enum order_state state = ORDER_DRAFT;
    int known = order_state_parse(o->status, &state) == 0;
    int any = 0;
    if (known && order_can_move(state, ORDER_PROCESSING)) {
        tpl_dict *a = tpl_add_section(d, "START_PROCESSING");
        tpl_set(a, "CSRF_TOKEN", req->csrf_token);
        tpl_set(a, "STATUS_CODE", o->status);
        any = 1;
    }
    if (known && order_can_move(state, ORDER_DELIVERED)) {
        tpl_dict *a = tpl_add_section(d, "MARK_DELIVERED");
        tpl_set(a, "CSRF_TOKEN", req->csrf_token);
        tpl_set(a, "STATUS_CODE", o->status);
        any = 1;
    }
    if (known && state == ORDER_CREDIT_REVIEW) {
        /* Over the customer's available credit: the seller releases it (the
         * reservation is then made, over the limit) or cancels it. */
        tpl_dict *a = tpl_add_section(d, "CREDIT_REVIEW");
        if (req->session.staff_permissions & STAFF_MANAGE_CREDIT) {
            tpl_dict *f = tpl_add_section(a, "RELEASE");
            tpl_set(f, "CSRF_TOKEN", req->csrf_token);
            tpl_set(f, "STATUS_CODE", o->status);
        }
        any = 1;
    }
    if (known && (state == ORDER_PROCESSING || state == ORDER_PARTIALLY_SHIPPED)) {
        fill_shipment_form(d, req, o, n, errors, which && strcmp(which, "ship") == 0);
        tpl_show(d, "SHIP_HINT");
        any = 1;
    }
    if (!any) {   /* nothing for the seller to move forward: say why */
        const char *why = !known ? "This order's status is not one the portal knows."
                        : state == ORDER_PENDING_APPROVAL
                            ? (o->waiting_for_address ? "Waiting for the customer's approval and for its new ship-to address to be approved. It can still be cancelled."
                                                      : "Waiting for the customer's approval. It can still be cancelled.")
                        : state == ORDER_DRAFT ? "A draft: the customer has not placed it yet." : NULL;
        if (why) tpl_set(tpl_add_section(d, "WAITING_NOTE"), "TEXT", why);
    }
    if (known && order_state_cancellable(state)) {
        tpl_dict *c = tpl_add_section(d, "CANCEL_FORM");
        tpl_set(c, "CSRF_TOKEN", req->csrf_token);
        tpl_set(c, "STATUS_CODE", o->status);
        static const char *const fields[] = { "reason", NULL };
        int mine = which && strcmp(which, "cancel") == 0;
        form_fill(c, req, fields, mine ? errors : NULL);
        if (!mine) tpl_set(c, "REASON", "");
        if (state == ORDER_PENDING_APPROVAL) tpl_show(c, "WITHDRAWS_STEPS");
        if (o->placed_by_user_id) tpl_show(c, "TELLS_BUYER");
        any = 1;
    }
    if (!any && known && order_state_is_final(state)) tpl_show(d, "NO_ACTIONS");
}

void page_bo_order(struct request *req)
{
    struct order_header o;
    if (load_order(req, &o)) render_order(req, 200, &o, NULL, NULL, NULL);
}

/* --- the moves ------------------------------------------------------------------ */

/* The page showed another status than the order has now (someone moved
 * it meanwhile), or the move is not allowed from here: 409 with the
 * order as it is now. */
static void conflict(struct request *req, const char *number)
{
    struct order_header now;
    struct staff_scope scope = staff_scope_of(&req->actor);
    if (store_bo_order_get(&scope, number, &now) != 1) {
        response_error(req, 409, "This order was changed meanwhile. Reload it to see where it is.");
        return;
    }
    char text[256];
    snprintf(text, sizeof text, "This order was changed meanwhile: it is now %s. Check it and try again if still needed.",
             order_status_label(now.status));
    render_order(req, 409, &now, NULL, NULL, text);
}

/* The order is where the page showed it, but the lifecycle does not allow
 * this from there (a hand-made request): 409 with the order as it is. */
static void refused(struct request *req, const struct order_header *o, const char *what)
{
    char text[256];
    snprintf(text, sizeof text, "An order that is %s cannot %s.", order_status_label(o->status), what);
    render_order(req, 409, o, NULL, NULL, text);
}

/* The status the form was made for (when it says) must still be the order's. */
static int still_as_shown(struct request *req, const struct order_header *o)
{
    const struct field_value *seen = form_value(req->input, "status");
    if (seen && seen->present && (!seen->ok || strcmp(seen->text, o->status) != 0)) {
        conflict(req, o->number);
        return 0;
    }
    return 1;
}

static void back_to(struct request *req, const struct order_header *o, const char *message)
{
    char path[64];
    order_path(o, path, sizeof path);
    flash_set(req, "success", message);
    response_redirect(req, path);
}

/* Mail to whoever placed the order (none for orders placed offline). */
/* Values every mail to the buyer about their order has beside those
 * order_move adds: the PO number. The caller frees them. */
static tpl_dict *buyer_mail_values(const struct order_header *o)
{
    tpl_dict *values = tpl_dict_new();
    if (o->po_number[0]) tpl_set(tpl_add_section(values, "PO"), "NUMBER", o->po_number);
    return values;
}

void page_bo_order_status(struct request *req)
{
    struct order_header o;
    if (!load_order(req, &o)) return;
    const char *to = field_text(req, "to");
    if (!to[0]) {
        response_error(req, 422, field_error(field_errors(req), "to"));
        return;
    }
    if (!still_as_shown(req, &o)) return;
    if (!order_can_move_named(o.status, to)) {
        refused(req, &o, strcmp(to, "delivered") == 0 ? "be marked delivered" : "start processing");
        return;
    }
    if (!tx_begin(req)) return;
    int delivered = strcmp(to, "delivered") == 0;
    struct order_ref ref = order_ref_of(&o);
    struct order_move m = { .to = to, .action = delivered ? "order.delivered" : "order.status_changed" };
    enum order_move_result moved = order_move(&req->actor, &ref, &m);
    if (moved == ORDER_MOVE_STALE) {
        db_rollback();
        conflict(req, o.number);
        return;
    }
    struct staff_scope scope = staff_scope_of(&req->actor);
    int ok = moved == ORDER_MOVED && (!delivered || store_bo_shipments_delivered(&scope, o.id, clock_now()) >= 0);
    if (!tx_commit(req, ok, "status change")) return;
    back_to(req, &o, delivered ? "The order is marked delivered." : "The order is being processed.");
}

/* Released from credit review: a recorded staff decision that reserves the
 * order's total even over the limit (credit.h via order_move). */
void page_bo_order_credit_release(struct request *req)
{
    struct order_header o;
    if (!load_order(req, &o)) return;
    if (!still_as_shown(req, &o)) return;
    if (strcmp(o.status, "credit_review") != 0) {
        refused(req, &o, "be released from credit review");
        return;
    }
    if (!tx_begin(req)) return;
    char total[48];
    format_money(o.total, o.currency, total, sizeof total);
    struct audit_change changes[] = { { "Reserved over the limit", "", total } };
    struct order_ref ref = order_ref_of(&o);
    struct order_move m = { .to = "approved", .note = "Released from credit review by the seller",
                            .action = "credit.review_released", .changes = changes, .change_count = 1 };
    enum order_move_result moved = order_move(&req->actor, &ref, &m);
    if (moved == ORDER_MOVE_STALE) {
        db_rollback();
        conflict(req, o.number);
        return;
    }
    if (!tx_commit(req, moved == ORDER_MOVED, "credit release")) return;
    back_to(req, &o, "The order is released: its total is reserved on the customer's credit.");
}

void page_bo_order_cancel(struct request *req)
{
    struct order_header o;
    if (!load_order(req, &o)) return;
    if (!still_as_shown(req, &o)) return;
    enum order_state state;
    if (order_state_parse(o.status, &state) != 0 || !order_state_cancellable(state)) {
        refused(req, &o, "be cancelled");
        return;
    }
    const char *reason = field_text(req, "reason");
    if (!reason[0]) {
        render_order(req, 422, &o, "cancel", field_errors(req), NULL);
        return;
    }
    if (!tx_begin(req)) return;
    int steps = 0;
    struct audit_change changes[] = { { "Reason", "", reason } };
    tpl_dict *values = buyer_mail_values(&o);
    tpl_set(values, "REASON", reason);
    order_set_money(values, "TOTAL", o.total, o.currency);
    struct order_ref ref = order_ref_of(&o);
    struct order_move m = {
        .to = "cancelled", .note = reason, .action = "order.cancelled", .changes = changes, .change_count = 1,
        .cancel_reason = reason, .mail_type = "order_cancelled", .mail_values = values, .withdrawn = &steps,
    };
    enum order_move_result moved = order_move(&req->actor, &ref, &m);
    tpl_dict_free(values);
    if (moved == ORDER_MOVE_STALE) {
        db_rollback();
        conflict(req, o.number);
        return;
    }
    if (!tx_commit(req, moved == ORDER_MOVED, "cancellation")) return;
    char message[200];
    snprintf(message, sizeof message, "The order is cancelled.%s%s",
             steps > 0 ? " Its pending approvals were withdrawn." : "",
             o.placed_by_user_id ? " The buyer has been told why." : "");
    back_to(req, &o, message);
}

/* Reads the quantities to ship; errors per line. Returns units to ship. */
static int64_t read_quantities(const struct request *req, int n, int64_t qty[], struct form_errors *errors)
{
    static char messages[ORDER_LINES_MAX][64];
    static char fields[ORDER_LINES_MAX][40];
    int64_t total = 0;
    const char *first_field = NULL;
    for (int i = 0; i < n; i++) {
        const struct order_line_row *l = &lines[i];
        int64_t left = l->quantity - l->quantity_shipped;
        qty[i] = 0;
        if (left <= 0) continue;
        ship_field(l->id, fields[i], sizeof fields[i]);
        if (!first_field) first_field = fields[i];
        const struct field_value *typed = form_value(req->input, fields[i]);
        if (!typed || !typed->ok) continue;   /* not sent, blank, or refused by the declaration */
        int64_t v = typed->number;
        if (v > left) {
            snprintf(messages[i], sizeof messages[i], "Only %lld of %.30s are left to ship.", (long long)left, l->sku);
            form_error(errors, fields[i], messages[i]);
        } else {
            qty[i] = v;
            total += v;
        }
    }
    if (total == 0 && errors->count == 0)
        form_error(errors, first_field ? first_field : "carrier", "Enter a quantity to ship for at least one line.");
    return total;
}

/* ALL: the whole order in this one shipment; REST: the last of several;
 * PART: more to come. */
static void shipment_mail_values(tpl_dict *values, const struct order_header *o, int n, const int64_t qty[],
                                 const char *carrier, const char *tracking, int complete)
{
    tpl_set(values, "CARRIER", carrier);
    if (tracking[0]) {
        tpl_dict *t = tpl_add_section(values, "TRACKING");
        tpl_set(t, "NUMBER", tracking);
        char url[512];
        if (carrier_tracking_url(carrier, tracking, url, sizeof url)) tpl_set(tpl_add_section(t, "LINK"), "URL", url);
    }
    for (int i = 0; i < n; i++) {
        if (qty[i] <= 0) continue;
        tpl_dict *row = tpl_add_section(values, "LINE");
        tpl_set_int(row, "QUANTITY", qty[i]);
        tpl_set(row, "UNIT", lines[i].unit);
        tpl_set(row, "SKU", lines[i].sku);
        tpl_set(row, "NAME", lines[i].name);
    }
    int first = strcmp(o->status, "processing") == 0;
    tpl_show(values, !complete ? "PART" : first ? "ALL" : "REST");
}

void page_bo_order_shipment(struct request *req)
{
    struct order_header o;
    if (!load_order(req, &o)) return;
    if (!still_as_shown(req, &o)) return;
    enum order_state state;
    if (order_state_parse(o.status, &state) != 0 || (state != ORDER_PROCESSING && state != ORDER_PARTIALLY_SHIPPED)) {
        refused(req, &o, "ship");
        return;
    }
    int n = store_order_lines(o.id, lines, ORDER_LINES_MAX);
    if (n < 0) {
        response_error(req, 500, "The order's lines could not be read. Try again.");
        return;
    }
    struct form_errors errors = *field_errors(req);
    const char *carrier = field_text(req, "carrier"), *tracking = field_text(req, "tracking_number");
    static int64_t qty[ORDER_LINES_MAX];
    int64_t units = read_quantities(req, n, qty, &errors);
    if (errors.count) {
        render_order(req, 422, &o, "ship", &errors, NULL);
        return;
    }

    if (!tx_begin(req)) return;
    int64_t now = clock_now(), shipment = 0, ordered = 0, shipped = 0;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int ok = store_bo_shipment_add(&scope, o.id, o.company_id, carrier, tracking, now, req->session.user_id,
                                   &shipment) == 0;
    int line_count = 0;
    for (int i = 0; ok && i < n; i++) {
        if (qty[i] <= 0) continue;
        int added = store_bo_shipment_line_add(&scope, shipment, o.id, lines[i].id, qty[i]);
        if (added == 0) {   /* someone shipped it meanwhile */
            db_rollback();
            conflict(req, o.number);
            return;
        }
        ok = added == 1;
        line_count++;
    }
    ok = ok && store_bo_order_quantities(&scope, o.id, &ordered, &shipped) == 0;
    const char *to = order_state_name(order_state_after_shipment(ordered, shipped));
    char note[200], what[64];
    snprintf(note, sizeof note, "%s%s%s", carrier, tracking[0] ? " " : "", tracking);
    snprintf(what, sizeof what, "%lld unit%s on %d line%s", (long long)units, units == 1 ? "" : "s", line_count,
             line_count == 1 ? "" : "s");
    struct audit_change changes[] = {
        { "Carrier", "", carrier },
        { "Tracking number", "", tracking },
        { "Shipped", "", what },
    };
    enum order_move_result moved = ORDER_MOVE_ERROR;
    if (ok) {
        tpl_dict *values = buyer_mail_values(&o);
        shipment_mail_values(values, &o, n, qty, carrier, tracking, strcmp(to, "shipped") == 0);
        struct order_ref ref = order_ref_of(&o);
        struct order_move m = {
            .to = to, .note = note, .action = "order.shipment_recorded", .changes = changes, .change_count = 3,
            .mail_type = "order_shipped", .mail_values = values,
        };
        moved = order_move(&req->actor, &ref, &m);
        tpl_dict_free(values);
    }
    if (moved == ORDER_MOVE_STALE) {
        db_rollback();
        conflict(req, o.number);
        return;
    }
    if (!tx_commit(req, moved == ORDER_MOVED, "shipment")) return;
    char message[160];
    snprintf(message, sizeof message, "Shipment recorded: %s. The order is %s.", what,
             strcmp(to, "shipped") == 0 ? "fully shipped" : "partially shipped");
    back_to(req, &o, message);
}
