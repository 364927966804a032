/* Back office: every order across companies, with filters, keyset pages
 * and counts of what waits. One order and the seller's moves on it are
 * order_admin_page.c. */
#include "orders/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/form.h"
#include "web/http.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"
#include "orders/order_view.h"
#include "web/response.h"
#include "orders/orders_admin_store.h"
#include "base/validate.h"
#include "base/companies_store.h"

#define PAGE_SIZE 50
#define COMPANY_CHOICES_MAX 500

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
        order_when_text(clock_now(), "%Y", year_text, sizeof year_text);
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
        tpl_set(c, "LABEL", order_channel_label(channels[i]));
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
        order_set_when(row, "PLACED", r->placed_at);
        tpl_set(row, "PLACED_BY", r->placed_by);
        order_set_money(row, "TOTAL", r->total, r->currency);
        order_set_status(row, r->status);
        tpl_set(row, "CHANNEL", order_channel_label(r->channel));
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

    tpl_dict *d = response_page(req, errors.count ? 422 : 200, "orders/admin_orders.tpl", "Orders");
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
