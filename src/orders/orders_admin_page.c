/* Back office: every order across companies (filters, keyset pages,
 * counts of what waits), one order with everything the buyer sees, and
 * the seller's moves along the lifecycle: start processing, record a
 * shipment (partial or complete), mark delivered, cancel with a reason.
 *
 * Each move is one transaction: the lifecycle allows it
 * (order_can_move_named), the UPDATE only applies while the order is
 * still in the status the page showed (else 409 "changed meanwhile"), the
 * timeline event, the audit entry and the buyer's mail go in with it. */
#include "orders/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "orders/carriers.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "web/http.h"
#include "orders/order_draft.h"
#include "mail/mail.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"
#include "web/response.h"
#include "orders/orders_admin_store.h"
#include "orders/order_detail_store.h"
#include "base/validate.h"
#include "base/companies_store.h"
#include "orders/approval_trail.h"
#include "orders/order_move.h"

#define PAGE_SIZE 50
#define COMPANY_CHOICES_MAX 500
#define REASON_MAX 500
#define TRACKING_MAX 60
#define DASH "\xe2\x80\x94"

/* The statuses that wait for someone, with how the counts read. */
static const struct {
    const char *status;
    const char *label;
} waiting[] = {
    { "approved", "waiting to be processed" },
    { "processing", "being processed" },
    { "partially_shipped", "partially shipped" },
    { "shipped", "shipped, not yet delivered" },
    { "pending_approval", "waiting for the customer's approval" },
};
#define WAITING_COUNT (sizeof waiting / sizeof waiting[0])

static const char *const channels[] = { "web", "phone", "erp" };
static const char *const channel_labels[] = { "Web", "Phone", "ERP" };

static const char *channel_label(const char *channel)
{
    for (size_t i = 0; i < sizeof channels / sizeof channels[0]; i++)
        if (strcmp(channels[i], channel) == 0) return channel_labels[i];
    return channel;
}

/* Unix seconds (UTC) in a strftime pattern; "" when it cannot be shown. */
static void when_text(int64_t when, const char *pattern, char *out, size_t size)
{
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, pattern, &tm) == 0) out[0] = '\0';
}

static void set_when(tpl_dict *d, const char *prefix, int64_t when)
{
    char key[48], date[32], time_of_day[32], iso[32];
    format_date(when, date, sizeof date);
    when_text(when, "%H:%M UTC", time_of_day, sizeof time_of_day);
    when_text(when, "%Y-%m-%dT%H:%M:%SZ", iso, sizeof iso);
    snprintf(key, sizeof key, "%s_DATE", prefix);
    tpl_set(d, key, date);
    snprintf(key, sizeof key, "%s_TIME", prefix);
    tpl_set(d, key, time_of_day);
    snprintf(key, sizeof key, "%s_ISO", prefix);
    tpl_set(d, key, iso);
}


static void set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency)
{
    char money[48];
    format_money(cents, currency, money, sizeof money);
    tpl_set(d, key, money);
}

static void set_status(tpl_dict *d, const char *status)
{
    tpl_set(d, "STATUS", order_status_label(status));
    tpl_set(d, "STATUS_CODE", status);
    tpl_set(d, "BADGE", order_status_badge(status));
}

/* --- the list ------------------------------------------------------------- */

struct list_query {
    int64_t company_id;
    char status[32];
    char channel[16];
    char from[16], to[16];
    char number[48];
    char po[64];
    struct bo_order_filter filter;
    char candidates[BO_NUMBER_CANDIDATES][52];
};

static void query_value(const struct request *req, const char *name, char *out, size_t size)
{
    text_trim_copy(req_query(req, name), out, size);
}

static int known_status(const char *status)
{
    enum order_state s;
    return order_state_parse(status, &s) == 0;
}

static int known_channel(const char *channel)
{
    for (size_t i = 0; i < sizeof channels / sizeof channels[0]; i++)
        if (strcmp(channels[i], channel) == 0) return 1;
    return 0;
}

/* The portal numbers an order-number search may mean: as typed, upper-
 * cased, the ERP's number as the portal shows it, and for bare
 * digits the SO number of this year and the nine before. */
static void number_candidates(struct list_query *q)
{
    struct bo_order_filter *f = &q->filter;
    int n = 0;
    snprintf(q->candidates[n++], sizeof q->candidates[0], "%s", q->number);
    snprintf(q->candidates[n], sizeof q->candidates[n], "%s", q->number);
    for (char *p = q->candidates[n]; *p; p++)
        if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    n++;
    order_number_of_erp(q->number, q->candidates[n], sizeof q->candidates[n]);
    n++;
    size_t len = strlen(q->number);
    int digits = len > 0 && len <= 6 && strspn(q->number, "0123456789") == len;
    if (digits) {
        char year_text[8];
        when_text(clock_now(), "%Y", year_text, sizeof year_text);
        int year = 0;
        sscanf(year_text, "%d", &year);
        long seq = strtol(q->number, NULL, 10);
        for (int y = year; y > year - 10 && n < BO_NUMBER_CANDIDATES; y--, n++)
            snprintf(q->candidates[n], sizeof q->candidates[n], "SO-%d-%06ld", y, seq);
    }
    for (int i = 0; i < n; i++) f->numbers[i] = q->candidates[i];
    f->number_count = n;
    f->erp_no = q->number;
}

/* Reads the filters from the URL; errors for the ones that cannot be
 * understood (those filters are then left out). */
static void read_query(const struct request *req, struct list_query *q, struct form_errors *errors)
{
    memset(q, 0, sizeof *q);
    char company[24];
    query_value(req, "company", company, sizeof company);
    if (company[0] && !parse_id(company, &q->company_id)) q->company_id = 0;
    query_value(req, "status", q->status, sizeof q->status);
    if (!known_status(q->status)) q->status[0] = '\0';
    query_value(req, "channel", q->channel, sizeof q->channel);
    if (!known_channel(q->channel)) q->channel[0] = '\0';
    query_value(req, "from", q->from, sizeof q->from);
    query_value(req, "to", q->to, sizeof q->to);
    query_value(req, "number", q->number, sizeof q->number);
    query_value(req, "po", q->po, sizeof q->po);

    struct bo_order_filter *f = &q->filter;
    f->company_id = q->company_id;
    f->status = q->status;
    f->channel = q->channel;
    int64_t noon;
    if (q->from[0]) {
        if (parse_day_noon(q->from, &noon) == 0) f->placed_from = noon - 12 * 3600;
        else form_error(errors, "from", "Write the date as YYYY-MM-DD, such as 2026-03-01.");
    }
    if (q->to[0]) {
        if (parse_day_noon(q->to, &noon) == 0) f->placed_before = noon + 12 * 3600;
        else form_error(errors, "to", "Write the date as YYYY-MM-DD, such as 2026-03-31.");
    }
    if (f->placed_from && f->placed_before && f->placed_before <= f->placed_from) {
        form_error(errors, "to", "The end date comes before the start date.");
        f->placed_before = 0;
    }
    if (q->number[0]) {
        if (strlen(q->number) > 40) form_error(errors, "number", "An order number is at most 40 characters.");
        else number_candidates(q);
    }
    f->po_prefix = q->po;
}

/* "status=approved&company=2" for the filters in use (URL-encoded). */
static void filter_query(const struct list_query *q, char *out, size_t size)
{
    const struct {
        const char *name;
        const char *value;
    } pairs[] = {
        { "status", q->status }, { "channel", q->channel }, { "from", q->from },
        { "to", q->to }, { "number", q->number }, { "po", q->po },
    };
    size_t n = 0;
    out[0] = '\0';
    if (q->company_id) n += (size_t)snprintf(out, size, "company=%lld", (long long)q->company_id);
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0] && n < size; i++) {
        if (!pairs[i].value[0]) continue;
        char encoded[200];
        if (http_percent_encode(pairs[i].value, encoded, sizeof encoded) != 0) continue;
        n += (size_t)snprintf(out + n, size - n, "%s%s=%s", n ? "&" : "", pairs[i].name, encoded);
    }
    if (n >= size) out[0] = '\0';
}

static int parse_cursor(const char *text, struct bo_order_cursor *c)
{
    long long at, id;
    char extra;
    if (!text[0] || sscanf(text, "%lld.%lld%c", &at, &id, &extra) != 2 || at < 0 || id <= 0) return 0;
    c->placed_at = at;
    c->id = id;
    return 1;
}

static void fill_choices(tpl_dict *d, const struct list_query *q)
{
    static struct company_choice companies[COMPANY_CHOICES_MAX];
    int n = store_company_choices(companies, COMPANY_CHOICES_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *c = tpl_add_section(d, "COMPANY_CHOICE");
        tpl_set_int(c, "ID", companies[i].id);
        tpl_set(c, "NAME", companies[i].name);
        if (companies[i].id == q->company_id) tpl_show(c, "SELECTED");
    }
    for (int s = 0; s < ORDER_STATE_COUNT; s++) {
        const char *name = order_state_name((enum order_state)s);
        tpl_dict *c = tpl_add_section(d, "STATUS_CHOICE");
        tpl_set(c, "VALUE", name);
        tpl_set(c, "LABEL", order_status_label(name));
        if (strcmp(name, q->status) == 0) tpl_show(c, "SELECTED");
    }
    for (size_t i = 0; i < sizeof channels / sizeof channels[0]; i++) {
        tpl_dict *c = tpl_add_section(d, "CHANNEL_CHOICE");
        tpl_set(c, "VALUE", channels[i]);
        tpl_set(c, "LABEL", channel_labels[i]);
        if (strcmp(channels[i], q->channel) == 0) tpl_show(c, "SELECTED");
    }
    /* a date field holds only a real day (<input type="date">) */
    int64_t noon;
    tpl_set(d, "FROM", parse_day_noon(q->from, &noon) == 0 ? q->from : "");
    tpl_set(d, "TO", parse_day_noon(q->to, &noon) == 0 ? q->to : "");
    tpl_set(d, "NUMBER", q->number);
    tpl_set(d, "PO", q->po);
}

static void fill_counts(tpl_dict *d, const struct list_query *q)
{
    for (size_t i = 0; i < WAITING_COUNT; i++) {
        int n = store_bo_orders_count_status(q->company_id, waiting[i].status);
        tpl_dict *c = tpl_add_section(d, "WAITING");
        tpl_set_int(c, "COUNT", n < 0 ? 0 : n);
        tpl_set(c, "LABEL", waiting[i].label);
        tpl_set(c, "BADGE", order_status_badge(waiting[i].status));
        char href[96];
        if (q->company_id)
            snprintf(href, sizeof href, "/backoffice/orders?company=%lld&status=%s", (long long)q->company_id, waiting[i].status);
        else
            snprintf(href, sizeof href, "/backoffice/orders?status=%s", waiting[i].status);
        tpl_set(c, "HREF", href);
        tpl_show(c, strcmp(q->status, waiting[i].status) == 0 ? "CURRENT" : "NOT_CURRENT");
    }
}

static void fill_rows(tpl_dict *d, const struct bo_order_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        const struct bo_order_row *r = &rows[i];
        tpl_dict *row = tpl_add_section(d, "ORDER");
        tpl_set(row, "NUMBER", r->number);
        tpl_set(row, "COMPANY", r->company);
        tpl_set_int(row, "COMPANY_ID", r->company_id);
        set_when(row, "PLACED", r->placed_at);
        tpl_set(row, "PLACED_BY", r->placed_by);
        set_money(row, "TOTAL", r->total, r->currency);
        set_status(row, r->status);
        tpl_set(row, "CHANNEL", channel_label(r->channel));
        if (r->po_number[0]) tpl_set(tpl_add_section(row, "PO"), "NUMBER", r->po_number);
    }
}

void page_bo_orders(struct request *req)
{
    struct list_query q;
    struct form_errors errors = { 0 };
    read_query(req, &q, &errors);
    struct bo_order_cursor cursor;
    int newer = 0, have_cursor = parse_cursor(req_query(req, "before"), &cursor);
    if (!have_cursor && parse_cursor(req_query(req, "after"), &cursor)) have_cursor = newer = 1;

    static struct bo_order_row rows[PAGE_SIZE + 1];
    int n = store_bo_orders_list(&q.filter, have_cursor ? &cursor : NULL, newer, rows, PAGE_SIZE + 1);
    if (n < 0) {
        response_error(req, 500, "The orders could not be read. Try again.");
        return;
    }
    int more = n > PAGE_SIZE;                 /* beyond this page in the direction we went */
    const struct bo_order_row *shown = rows;
    if (more) {
        n = PAGE_SIZE;
        if (newer) shown = rows + 1;          /* the extra one is the newest */
    }

    tpl_dict *d = response_page(req, errors.count ? 422 : 200, "backoffice/orders.tpl", "Orders");
    static const char *const fields[] = { "from", "to", "number", NULL };
    form_fill(d, req, fields, &errors);
    fill_choices(d, &q);
    fill_counts(d, &q);
    char query[1024];
    filter_query(&q, query, sizeof query);
    if (query[0] || q.company_id) tpl_show(d, "FILTERED");
    if (n == 0) tpl_show(d, "EMPTY");
    else tpl_show(d, "HAS_ROWS");
    fill_rows(d, shown, n);

    /* Newer / Older: keyset links from the first and last row shown. */
    int has_newer = newer ? more : have_cursor;
    int has_older = newer ? 1 : more;
    if (n > 0 && (has_newer || has_older)) {
        tpl_dict *p = tpl_add_section(d, "PAGER");
        char href[1400];
        const char *sep = query[0] ? "&" : "";
        if (has_newer) {
            snprintf(href, sizeof href, "/backoffice/orders?%s%safter=%lld.%lld", query, sep,
                     (long long)shown[0].placed_at, (long long)shown[0].id);
            tpl_set(tpl_add_section(p, "NEWER"), "HREF", href);
        } else {
            tpl_show(p, "NO_NEWER");
        }
        if (has_older) {
            snprintf(href, sizeof href, "/backoffice/orders?%s%sbefore=%lld.%lld", query, sep,
                     (long long)shown[n - 1].placed_at, (long long)shown[n - 1].id);
            tpl_set(tpl_add_section(p, "OLDER"), "HREF", href);
        } else {
            tpl_show(p, "NO_OLDER");
        }
        if (has_newer) {
            snprintf(href, sizeof href, "/backoffice/orders%s%s", query[0] ? "?" : "", query);
            tpl_set(tpl_add_section(p, "NEWEST"), "HREF", href);
        }
    }
    tpl_set_int(d, "SHOWN", n);
}

/* --- one order --------------------------------------------------------------- */

static struct order_line_row lines[ORDER_LINES_MAX];
static struct order_event_row events[ORDER_EVENTS_MAX];
static struct shipment_row shipments[ORDER_SHIPMENTS_MAX];

static int load_order(struct request *req, struct order_header *o)
{
    return response_found(req, store_order_get(0, req->params.values[0], o), "order");
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
        tpl_set_int(row, "LINE_NO", l->line_no);
        tpl_set(row, "SKU", l->sku);
        tpl_set(row, "NAME", l->name);
        tpl_set(row, "UNIT", l->unit);
        tpl_set_int(row, "QUANTITY", l->quantity);
        tpl_set_int(row, "SHIPPED", l->quantity_shipped);
        if (l->quantity_shipped >= l->quantity) tpl_show(row, "ALL_SHIPPED");
        else if (l->quantity_shipped > 0) tpl_show(row, "SOME_SHIPPED");
        else tpl_show(row, "NONE_SHIPPED");
        set_money(row, "UNIT_PRICE", l->unit_price, o->currency);
        set_money(row, "LINE_TOTAL", l->line_total, o->currency);
        if (strcmp(l->price_source, "contract") == 0) tpl_show(row, "CONTRACT");
    }
    set_money(d, "SUBTOTAL", o->subtotal, o->currency);
    set_money(d, "SHIPPING", o->shipping, o->currency);
    set_money(d, "TAX", o->tax, o->currency);
    set_money(d, "TOTAL", o->total, o->currency);
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
        set_when(e, "AT", events[i].at);
        set_status(e, events[i].to_status);
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
        set_when(row, "SHIPPED", s->shipped_at);
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
        if (s->delivered_at) set_when(tpl_add_section(row, "DELIVERED"), "AT", s->delivered_at);
        else tpl_show(row, "IN_TRANSIT");
    }
}

static void fill_details(tpl_dict *d, const struct order_header *o)
{
    tpl_set(d, "NUMBER", o->number);
    tpl_set(d, "COMPANY", o->company_name);
    tpl_set_int(d, "COMPANY_ID", o->company_id);
    set_status(d, o->status);
    tpl_set(d, "CHANNEL", channel_label(o->channel));
    set_when(d, "PLACED", o->placed_at);
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
    const char *chosen = req_form(req, "carrier");
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
    tpl_dict *d = response_page(req, status, "backoffice/order.tpl", o->number);
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
    if (store_order_get(0, number, &now) != 1) {
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

/* The status the form was made for must still be the order's. */
static int still_as_shown(struct request *req, const struct order_header *o)
{
    const char *seen = req_form(req, "status");
    if (seen[0] && strcmp(seen, o->status) != 0) {
        conflict(req, o->number);
        return 0;
    }
    return 1;
}

static int finish(struct request *req, int ok, const char *what)
{
    if (ok && db_commit() == 0) return 1;
    fprintf(stderr, "backoffice orders: %s rolled back: %s\n", what, sqlite3_errmsg(db_handle()));
    db_rollback();
    response_error(req, 500, "The change could not be saved. Nothing was changed.");
    return 0;
}

static void back_to(struct request *req, const struct order_header *o, const char *message)
{
    char path[64];
    order_path(o, path, sizeof path);
    flash_set(req, "success", message);
    response_redirect(req, path);
}

static int begin(struct request *req)
{
    if (db_begin() == 0) return 1;
    response_error(req, 503, "Please try again in a moment.");
    return 0;
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
    const char *to = req_form(req, "to");
    if (strcmp(to, "processing") != 0 && strcmp(to, "delivered") != 0) {
        response_error(req, 422, "Choose what should happen to the order.");
        return;
    }
    if (!still_as_shown(req, &o)) return;
    if (!order_can_move_named(o.status, to)) {
        refused(req, &o, strcmp(to, "delivered") == 0 ? "be marked delivered" : "start processing");
        return;
    }
    if (!begin(req)) return;
    int delivered = strcmp(to, "delivered") == 0;
    struct order_ref ref = order_ref_of(&o);
    struct order_move m = { .to = to, .action = delivered ? "order.delivered" : "order.status_changed" };
    enum order_move_result moved = order_move(&req->actor, &ref, &m);
    if (moved == ORDER_MOVE_STALE) {
        db_rollback();
        conflict(req, o.number);
        return;
    }
    int ok = moved == ORDER_MOVED && (!delivered || store_bo_shipments_delivered(o.id, clock_now()) >= 0);
    if (!finish(req, ok, "status change")) return;
    back_to(req, &o, delivered ? "The order is marked delivered." : "The order is being processed.");
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
    struct form_errors errors = { 0 };
    char reason[REASON_MAX * 4 + 8];
    text_trim_copy(req_form(req, "reason"), reason, sizeof reason);
    const char *problem = validate_multiline(req_form(req, "reason"), REASON_MAX, 1);
    if (!problem && !reason[0]) problem = "This field is required.";
    if (form_error(&errors, "reason", problem)) {
        render_order(req, 422, &o, "cancel", &errors, NULL);
        return;
    }
    if (!begin(req)) return;
    int steps = 0;
    struct audit_change changes[] = { { "Reason", "", reason } };
    tpl_dict *values = buyer_mail_values(&o);
    tpl_set(values, "REASON", reason);
    set_money(values, "TOTAL", o.total, o.currency);
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
    if (!finish(req, moved == ORDER_MOVED, "cancellation")) return;
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
        char text[32];
        text_trim_copy(req_form(req, fields[i]), text, sizeof text);
        if (!text[0]) continue;
        int64_t v;
        if (parse_count(text, 0, ORDER_QUANTITY_MAX, &v) != 0) {
            snprintf(messages[i], sizeof messages[i], "Enter a whole number, 0 or more, for %.30s.", l->sku);
            form_error(errors, fields[i], messages[i]);
        } else if (v > left) {
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
    struct form_errors errors = { 0 };
    char carrier[64], tracking[TRACKING_MAX * 4 + 8];
    text_trim_copy(req_form(req, "carrier"), carrier, sizeof carrier);
    text_trim_copy(req_form(req, "tracking_number"), tracking, sizeof tracking);
    if (!carrier_known(carrier)) form_error(&errors, "carrier", "Choose the carrier.");
    form_error(&errors, "tracking_number", validate_text(req_form(req, "tracking_number"), TRACKING_MAX, 0));
    static int64_t qty[ORDER_LINES_MAX];
    int64_t units = read_quantities(req, n, qty, &errors);
    if (errors.count) {
        render_order(req, 422, &o, "ship", &errors, NULL);
        return;
    }

    if (!begin(req)) return;
    int64_t now = clock_now(), shipment = 0, ordered = 0, shipped = 0;
    int ok = store_bo_shipment_add(o.id, o.company_id, carrier, tracking, now, req->session.user_id, &shipment) == 0;
    int line_count = 0;
    for (int i = 0; ok && i < n; i++) {
        if (qty[i] <= 0) continue;
        int added = store_bo_shipment_line_add(shipment, o.id, lines[i].id, qty[i]);
        if (added == 0) {   /* someone shipped it meanwhile */
            db_rollback();
            conflict(req, o.number);
            return;
        }
        ok = added == 1;
        line_count++;
    }
    ok = ok && store_bo_order_quantities(o.id, &ordered, &shipped) == 0;
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
    if (!finish(req, moved == ORDER_MOVED, "shipment")) return;
    char message[160];
    snprintf(message, sizeof message, "Shipment recorded: %s. The order is %s.", what,
             strcmp(to, "shipped") == 0 ? "fully shipped" : "partially shipped");
    back_to(req, &o, message);
}
