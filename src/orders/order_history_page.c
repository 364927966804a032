/* Order history (issue 8, the buyer's side): the list with filters that
 * live in the URL and keyset paging, and the CSV export of exactly that
 * list. What a member sees is their scope (member_scope.h). One order's
 * page is order_page.c. */
#include "orders/pages.h"
#include "base/clock.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "orders/carriers.h"
#include "base/csv.h"
#include "base/format.h"
#include "orders/member_scope.h"
#include "orders/order_filter.h"
#include "orders/order_scope.h"
#include "orders/order_status.h"
#include "orders/order_view.h"
#include "web/response.h"
#include "orders/order_history_store.h"
#include "orders/order_placers_store.h"
#include "team/unit_tree.h"

/* ---- the list's query ---------------------------------------------------- */

#define LIST_PATH "/account/orders"

/* Up to this many people who placed orders are offered in a list; more
 * (a customer with hundreds of buyers) get a field for a name or email
 * instead: a list of 700 names is no way to find one, and building it
 * was most of such a company's order page. */
#define ORDER_PLACERS_LISTED 100
#define PLACER_MATCHES_SHOWN 5

static struct order_placer_option placers[ORDER_PLACERS_LISTED];

struct list_ctx {
    struct member_scope sc;
    struct order_filter f;
    struct order_filter_errors errors;
    struct order_list_query q;
    int n_placers;               /* listed; 0 with by_search */
    int by_search;               /* too many to list: the "placer" field */
    char placer_shown[sizeof placers[0].name];   /* the chosen person's name in that field */
    char placer_message[600];    /* why the typed name was not used */
};

/* The "placer" field of a company with too many people to list: the
 * member placed_by names (from a link), else the one person the typed
 * name or email means. 0, or -1 on a database error. */
static int resolve_placer(struct list_ctx *c, int64_t company_id, int64_t unit_id)
{
    struct order_filter *f = &c->f;
    struct order_placer_option *m = placers;
    if (f->placed_by) {
        int found = store_order_placer(company_id, unit_id, f->placed_by, m);
        if (found < 0) return -1;
        if (found) snprintf(c->placer_shown, sizeof c->placer_shown, "%s", m->name);
        else {
            f->placed_by = 0;
            order_filter_error(&c->errors, "placer", "Nobody with that id has placed an order here.");
        }
        return 0;
    }
    if (!f->placer[0]) return 0;
    snprintf(c->placer_shown, sizeof c->placer_shown, "%s", f->placer);
    int n = store_order_placers_matching(company_id, unit_id, f->placer, m, PLACER_MATCHES_SHOWN + 1);
    if (n < 0) return -1;
    /* the first is the one meant when it is the email, the whole name,
     * or the only match */
    int exact = n > 0 && (strcasecmp(m[0].email, f->placer) == 0 || strcasecmp(m[0].name, f->placer) == 0)
        && !(n > 1 && strcasecmp(m[1].name, f->placer) == 0 && strcasecmp(m[0].email, f->placer) != 0);
    if (n == 1 || exact) {
        f->placed_by = m[0].id;
        snprintf(c->placer_shown, sizeof c->placer_shown, "%s", m[0].name);
        return 0;
    }
    if (n == 0) {
        snprintf(c->placer_message, sizeof c->placer_message,
                 "Nobody whose name or email matches \u201c%s\u201d has placed an order here.", f->placer);
    } else {
        size_t len = (size_t)snprintf(c->placer_message, sizeof c->placer_message, "Several people match: ");
        for (int i = 0; i < n && i < PLACER_MATCHES_SHOWN && len < sizeof c->placer_message; i++)
            len += (size_t)snprintf(c->placer_message + len, sizeof c->placer_message - len, "%s%s (%s)",
                                    i ? ", " : "", m[i].name, m[i].email);
        if (len < sizeof c->placer_message)
            snprintf(c->placer_message + len, sizeof c->placer_message - len, "%s. Type the whole name or the email.",
                     n > PLACER_MATCHES_SHOWN ? " and more" : "");
    }
    order_filter_error(&c->errors, "placer", c->placer_message);
    return 0;
}

/* Parses the filters and checks the member and unit against the scope.
 * 1, or 0 after answering 403/500. */
static int list_prepare(struct request *req, struct list_ctx *c)
{
    if (!member_scope_resolve(req, &c->sc, 1)) return 0;
    order_filter_parse(&req->query, ORDER_LIST_MEMBER, &c->f, &c->errors);
    struct member_scope *sc = &c->sc;
    c->n_placers = 0;
    c->by_search = 0;
    c->placer_shown[0] = '\0';
    if (sc->scope != ORDER_SCOPE_OWN) {
        int64_t unit = sc->scope == ORDER_SCOPE_UNIT ? sc->member_unit : 0;
        int n = store_order_placer_count(req->session.company_id, unit, ORDER_PLACERS_LISTED + 1);
        c->by_search = n > ORDER_PLACERS_LISTED;
        c->n_placers = n < 0 ? -1 : c->by_search ? 0
                     : store_order_placers(req->session.company_id, unit, placers, ORDER_PLACERS_LISTED);
        if (c->n_placers < 0 || (c->by_search && resolve_placer(c, req->session.company_id, unit) != 0)) {
            response_error(req, 500, "Orders cannot be shown right now. Please try again.");
            return 0;
        }
    }
    if (sc->scope == ORDER_SCOPE_OWN) {
        c->f.placed_by = 0;    /* neither is offered: own orders only */
        c->f.unit = 0;
    }
    if (c->f.placed_by && !c->by_search) {
        int known = 0;
        for (int i = 0; i < c->n_placers && !known; i++) known = placers[i].id == c->f.placed_by;
        if (!known) {
            c->f.placed_by = 0;
            order_filter_error(&c->errors, "placed_by", "Choose a member from the list.");
        }
    }
    if (c->f.unit && !member_scope_offers_unit(sc, c->f.unit)) {
        c->f.unit = 0;
        order_filter_error(&c->errors, "unit", "Choose a business unit from the list.");
    }
    c->q.company_id = req->session.company_id;
    c->q.filter = &c->f;
    c->q.user_id = sc->scope == ORDER_SCOPE_OWN ? sc->user_id : c->f.placed_by;
    c->q.unit_id = c->f.unit ? c->f.unit : sc->scope == ORDER_SCOPE_UNIT ? sc->member_unit : 0;
    return 1;
}

/* ---- GET /account/orders -------------------------------------------------- */

static const char *const status_values[] = {
    "open", "pending_approval", "approved", "processing", "partially_shipped", "shipped", "delivered",
    "rejected", "cancelled",
};
static const char *const sort_labels[ORDER_SORT_COUNT] = {
    [ORDER_SORT_DATE_DESC] = "Newest first",
    [ORDER_SORT_DATE_ASC] = "Oldest first",
    [ORDER_SORT_TOTAL_DESC] = "Highest total first",
    [ORDER_SORT_TOTAL_ASC] = "Lowest total first",
};

static void set_option(tpl_dict *d, const char *section, const char *value, const char *label, const char *current)
{
    tpl_dict *o = tpl_add_section(d, section);
    tpl_set(o, "VALUE", value);
    tpl_set(o, "LABEL", label);
    if (strcmp(value, current) == 0) tpl_show(o, "SELECTED");
}

/* The filter form with what was typed (also when it was not valid), except
 * a date that is not a real day: <input type="date"> may only hold a real
 * one (browsers show any other value as empty); the message says what was
 * wrong. */
static void fill_filter_form(tpl_dict *d, struct request *req, const struct list_ctx *c)
{
    static const char *const text_fields[] = { "from", "to", "number", "po", "sku" };
    for (size_t i = 0; i < sizeof text_fields / sizeof text_fields[0]; i++) {
        char key[32];
        snprintf(key, sizeof key, "%s", text_fields[i]);
        for (char *p = key; *p; p++) *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
        const char *value = req_query(req, text_fields[i]);
        tpl_set(d, key, i < 2 ? order_date_field(value) : value);
    }
    const char *status = req_query(req, "status");
    for (size_t i = 0; i < sizeof status_values / sizeof status_values[0]; i++)
        set_option(d, "STATUS_OPTION", status_values[i],
                   strcmp(status_values[i], "open") == 0 ? "Open (not delivered, rejected or cancelled)"
                                                         : order_status_label(status_values[i]), status);
    const char *sort = req_query(req, "sort");
    if (!sort[0]) sort = order_sort_name(ORDER_SORT_DATE_DESC);
    for (int i = 0; i < ORDER_SORT_COUNT; i++) set_option(d, "SORT_OPTION", order_sort_name(i), sort_labels[i], sort);

    const struct member_scope *sc = &c->sc;
    tpl_dict *who = NULL, *units = NULL;
    if (sc->scope != ORDER_SCOPE_OWN) {
        const char *chosen = req_query(req, "placed_by");
        if (c->by_search) {
            who = tpl_add_section(d, "PLACER_SEARCH");
            tpl_set(who, "PLACER", c->placer_shown);
        } else {
            who = tpl_add_section(d, "PLACED_BY_FILTER");
            for (int i = 0; i < c->n_placers; i++) {
                char id[24];
                snprintf(id, sizeof id, "%" PRId64, placers[i].id);
                set_option(who, "OPTION", id, placers[i].name, chosen);
            }
        }
        /* Units in tree order, indented, limited to the scope. */
        static int order[ORDER_UNITS_MAX], depth[ORDER_UNITS_MAX];
        unit_tree_depth_order(sc->nodes, sc->n_units, order, depth);
        units = tpl_add_section(d, "UNIT_FILTER");
        chosen = req_query(req, "unit");
        int base = -1;
        for (int k = 0; k < sc->n_units; k++) {
            const struct order_unit_option *u = &sc->units[order[k]];
            if (!member_scope_offers_unit(sc, u->id)) continue;
            if (base < 0) base = depth[k];
            char id[24], label[300];
            int indent = depth[k] - base > 0 ? depth[k] - base : 0;
            snprintf(id, sizeof id, "%" PRId64, u->id);
            /* two no-break spaces (4 bytes) per level, at most 4 levels */
            snprintf(label, sizeof label, "%.*s%s", (indent > 4 ? 4 : indent) * 4,
                     "\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0", u->name);
            set_option(units, "OPTION", id, label, chosen);
        }
    }
    /* errors: the summary, and each field marked with its message */
    if (c->errors.count) {
        tpl_dict *summary = tpl_add_section(d, "FILTER_ERRORS");
        for (int i = 0; i < c->errors.count; i++) {
            const char *field = c->errors.items[i].field;
            tpl_dict *item = tpl_add_section(summary, "ITEM");
            tpl_set(item, "FIELD", strcmp(field, "page") == 0 ? "orders-title" : field);
            tpl_set(item, "MESSAGE", c->errors.items[i].message);
            tpl_dict *target = strcmp(field, "placed_by") == 0 || strcmp(field, "placer") == 0 ? who
                             : strcmp(field, "unit") == 0 ? units : d;
            if (!target) continue;
            char key[48];
            snprintf(key, sizeof key, "%s", field);
            for (char *p = key; *p; p++) *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
            size_t n = strlen(key);
            snprintf(key + n, sizeof key - n, "_INVALID");
            tpl_show(target, key);
            snprintf(key + n, sizeof key - n, "_ERROR");
            tpl_set(tpl_add_section(target, key), "MESSAGE", c->errors.items[i].message);
        }
    }
    tpl_set(d, "HEADING", order_filter_active(&c->f) ? "Matching orders" : "All orders");
    if (order_filter_active(&c->f) || c->errors.count) tpl_show(d, "FILTERED");
}

static void fill_row(tpl_dict *row, const struct order_list_row *o, int show_buyer)
{
    tpl_set(row, "NUMBER", o->number);
    tpl_set_date(row, "DATE", o->placed_at);
    tpl_set(row, "PO_NUMBER", o->po_number[0] ? o->po_number : "\xe2\x80\x94");
    if (show_buyer) tpl_set(tpl_add_section(row, "SHOW_BUYER"), "PLACED_BY", o->placed_by);
    tpl_set(row, "SHIP_TO", o->ship_to_label[0] ? o->ship_to_label : "\xe2\x80\x94");
    order_set_money(row, "TOTAL", o->total, o->currency);
    tpl_set(row, "STATUS", order_status_label(o->status));
    tpl_set(row, "BADGE", order_status_badge(o->status));
    if (o->carrier[0]) {
        tpl_dict *t = tpl_add_section(row, "TRACKING");
        tpl_set(t, "CARRIER", o->carrier);
        char url[512];
        if (carrier_tracking_url(o->carrier, o->tracking_number, url, sizeof url)) {
            tpl_dict *link = tpl_add_section(t, "LINK");
            tpl_set(link, "URL", url);
            tpl_set(link, "NUMBER", o->tracking_number);
        } else if (o->tracking_number[0]) {
            tpl_set(tpl_add_section(t, "PLAIN"), "NUMBER", o->tracking_number);
        }
    } else {
        tpl_show(row, "NO_TRACKING");
    }
}

void page_orders(struct request *req)
{
    static struct list_ctx c;
    memset(&c, 0, sizeof c);
    if (!list_prepare(req, &c)) return;
    struct order_filter *f = &c.f;

    static struct order_list_row rows[ORDER_PAGE_SIZE + 1];
    struct order_list_page page;
    int64_t total = 0;
    if (store_order_list_page(&c.q, rows, ORDER_PAGE_SIZE, &page) != 0 || store_order_list_count(&c.q, &total) != 0) {
        response_error(req, 500, "Orders cannot be shown right now. Please try again.");
        return;
    }
    f->cursor.dir = page.dir;
    int n = page.n, has_prev = page.has_prev, has_next = page.has_next;

    tpl_dict *d = response_page(req, c.errors.count ? 422 : 200, "orders/list.tpl", "Orders");
    tpl_set(d, "SCOPE", order_scope_label(c.sc.scope));
    fill_filter_form(d, req, &c);
    tpl_set_int(d, "TOTAL", total);
    tpl_set(d, "TOTAL_NOUN", total == 1 ? "order" : "orders");
    static const char *const sort_texts[ORDER_SORT_COUNT] = {
        "newest first", "oldest first", "highest total first", "lowest total first",
    };
    tpl_set(d, "SORT_TEXT", sort_texts[f->sort]);

    char query[2048], first[2100];   /* this view from its first page */
    if (order_filter_query(f, 0, query, sizeof query) != 0) query[0] = '\0';
    order_list_href(LIST_PATH, f, 0, first, sizeof first);
    if (permissions_allow(req->session.permissions, PERM_EXPORT_DATA)) {
        tpl_dict *csv = tpl_add_section(d, "EXPORT");
        char href[2100];
        snprintf(href, sizeof href, "/account/orders.csv%s%s", query[0] ? "?" : "", query);
        tpl_set(csv, "ORDERS_HREF", href);
        snprintf(href, sizeof href, "/account/orders.csv?%s%slines=1", query, query[0] ? "&" : "");
        tpl_set(csv, "LINES_HREF", href);
    }

    int show_buyer = c.sc.scope != ORDER_SCOPE_OWN;
    if (n == 0) {
        tpl_dict *empty = tpl_add_section(d, "EMPTY");
        if (f->cursor.dir != ORDER_PAGE_FIRST) tpl_set(tpl_add_section(empty, "EMPTY_PAGE"), "FIRST_HREF", first);
        else if (order_filter_active(f)) tpl_show(empty, "EMPTY_FILTERED");
        else tpl_show(empty, "EMPTY_NONE");
    } else {
        tpl_dict *table = tpl_add_section(d, "HAS_ORDERS");
        if (show_buyer) tpl_show(table, "SHOW_BUYER");
        for (int i = 0; i < n; i++) fill_row(tpl_add_section(table, "ORDER"), &rows[i], show_buyer);
    }

    if (has_prev || has_next) {
        tpl_dict *p = tpl_add_section(d, "PAGER");
        int date_sort = !order_sort_by_total(f->sort);
        int newest_first = f->sort == ORDER_SORT_DATE_DESC;
        tpl_set(p, "PREV_LABEL", date_sort ? (newest_first ? "Newer" : "Older") : "Previous");
        tpl_set(p, "NEXT_LABEL", date_sort ? (newest_first ? "Older" : "Newer") : "Next");
        if (has_prev && n > 0) order_set_page_link(p, "PREV", LIST_PATH, f, ORDER_PAGE_BEFORE, &rows[0]);
        else tpl_show(p, "NO_PREV");
        if (has_next && n > 0) order_set_page_link(p, "NEXT", LIST_PATH, f, ORDER_PAGE_AFTER, &rows[n - 1]);
        else tpl_show(p, "NO_NEXT");
        if (has_prev) tpl_set(tpl_add_section(p, "FIRST"), "HREF", first);
    }
}

/* ---- GET /account/orders.csv ---------------------------------------------- */

/* A cell a spreadsheet would run as a formula gets a leading quote. */
static void safe_field(struct csv_out *out, const char *value, int first)
{
    if (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t'
        || value[0] == '\r') {
        size_t n = strlen(value);
        char *quoted = malloc(n + 2);
        if (!quoted) {
            out->failed = 1;
            return;
        }
        quoted[0] = '\'';
        memcpy(quoted + 1, value, n + 1);
        csv_write_field(out, quoted, first);
        free(quoted);
        return;
    }
    csv_write_field(out, value, first);
}

/* 123456 -> "1234.56": plain numbers a spreadsheet can add up. */
static void decimal(int64_t minor, char *out, size_t size)
{
    uint64_t v = minor < 0 ? (uint64_t)0 - (uint64_t)minor : (uint64_t)minor;
    snprintf(out, size, "%s%" PRIu64 ".%02" PRIu64, minor < 0 ? "-" : "", v / 100, v % 100);
}

/* The export is streamed: rows are written into a buffer while the
 * statement is stepped, and the buffer goes out every CSV_CHUNK bytes. */
#define CSV_CHUNK 65536

struct csv_ctx {
    struct request *req;
    struct csv_out out;
    int with_lines;
    int gone;                        /* the client stopped reading */
};

static int csv_flush(struct csv_ctx *c)
{
    if (c->out.failed) return -1;
    if (c->out.len && response_stream_write(c->req, c->out.data, c->out.len) != 0) {
        c->gone = 1;
        return -1;
    }
    c->out.len = 0;
    return 0;
}

static int csv_row(void *ctx, const struct order_export_row *r)
{
    struct csv_ctx *c = ctx;
    struct csv_out *out = &c->out;
    char date[16], subtotal[32], shipping[32], tax[32], total[32];
    format_iso_date(r->placed_at, date, sizeof date);
    safe_field(out, r->number, 1);
    csv_write_field(out, date, 0);
    safe_field(out, order_status_label(r->status), 0);
    safe_field(out, order_channel_label(r->channel), 0);
    safe_field(out, r->po_number, 0);
    safe_field(out, r->placed_by, 0);
    safe_field(out, r->unit_name, 0);
    safe_field(out, r->ship_to_label, 0);
    safe_field(out, r->currency, 0);
    if (c->with_lines) {
        char line_no[16], qty[24], shipped[24], price[32], line_total[32];
        snprintf(line_no, sizeof line_no, "%d", r->line_no);
        snprintf(qty, sizeof qty, "%" PRId64, r->quantity);
        snprintf(shipped, sizeof shipped, "%" PRId64, r->quantity_shipped);
        decimal(r->unit_price, price, sizeof price);
        decimal(r->line_total, line_total, sizeof line_total);
        csv_write_field(out, line_no, 0);
        safe_field(out, r->sku, 0);
        safe_field(out, r->name, 0);
        safe_field(out, r->unit, 0);
        csv_write_field(out, qty, 0);
        csv_write_field(out, shipped, 0);
        csv_write_field(out, price, 0);
        csv_write_field(out, line_total, 0);
    } else {
        decimal(r->subtotal, subtotal, sizeof subtotal);
        decimal(r->shipping, shipping, sizeof shipping);
        decimal(r->tax, tax, sizeof tax);
        decimal(r->total, total, sizeof total);
        csv_write_field(out, subtotal, 0);
        csv_write_field(out, shipping, 0);
        csv_write_field(out, tax, 0);
        csv_write_field(out, total, 0);
        safe_field(out, r->carrier, 0);
        safe_field(out, r->tracking_number, 0);
    }
    csv_write_record(out, NULL, 0);    /* ends the record */
    if (out->failed) return 1;
    return out->len >= CSV_CHUNK && csv_flush(c) != 0 ? 1 : 0;
}

void page_orders_csv(struct request *req)
{
    static struct list_ctx c;
    memset(&c, 0, sizeof c);
    if (!list_prepare(req, &c)) return;
    if (c.errors.count) {
        char message[256];
        snprintf(message, sizeof message, "The export was not made: %s Fix the filter on the orders page.",
                 c.errors.items[0].message);
        response_error(req, 422, message);
        return;
    }
    c.f.cursor.dir = ORDER_PAGE_FIRST;   /* all pages */
    struct csv_ctx ctx = { req, { 0 }, strcmp(req_query(req, "lines"), "1") == 0, 0 };
    static const char *const order_header[] = {
        "Order number", "Date", "Status", "Channel", "PO number", "Placed by", "Business unit", "Ship to",
        "Currency", "Subtotal", "Shipping", "Tax", "Total", "Carrier", "Tracking number",
    };
    static const char *const line_header[] = {
        "Order number", "Date", "Status", "Channel", "PO number", "Placed by", "Business unit", "Ship to",
        "Currency", "Line", "SKU", "Product", "Unit", "Quantity", "Quantity shipped", "Unit price", "Line total",
    };
    char today[16], disposition[96];
    format_iso_date(clock_now(), today, sizeof today);
    snprintf(disposition, sizeof disposition, "attachment; filename=\"orders%s-%s.csv\"",
             ctx.with_lines ? "-lines" : "", today);
    response_header(req, "Content-Disposition", disposition);
    if (response_stream_begin(req, 200, "text/csv; charset=utf-8") != 0) return;   /* the client is gone */
    if (ctx.with_lines) csv_write_record(&ctx.out, line_header, sizeof line_header / sizeof line_header[0]);
    else csv_write_record(&ctx.out, order_header, sizeof order_header / sizeof order_header[0]);
    int rc = store_order_list_export(&c.q, ctx.with_lines, csv_row, &ctx);
    if (rc == 0) csv_flush(&ctx);
    else if (!ctx.gone)   /* the head went out already: the file ends short, and the log says why */
        fprintf(stderr, "orders: the CSV export of company %lld stopped: %s\n", (long long)req->session.company_id,
                ctx.out.failed ? "out of memory" : "database error");
    csv_out_free(&ctx.out);
}
