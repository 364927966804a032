/* Back office: the orders of every company the staff member works on (an
 * account manager's own customers'), with filters, keyset pages and counts
 * of what waits. One order and the seller's moves on it are
 * order_admin_page.c. */
#include "orders/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/companies_store.h"
#include "base/staff_scope.h"
#include "orders/order_filter.h"
#include "orders/order_lifecycle.h"
#include "orders/order_history_store.h"
#include "orders/order_status.h"
#include "orders/order_view.h"
#include "orders/orders_admin_store.h"
#include "web/company_picker.h"
#include "web/form.h"
#include "web/response.h"

#define PAGE_SIZE 50
#define LIST_PATH "/backoffice/orders"

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

/* --- the list ------------------------------------------------------------- */

struct list_ctx {
    struct staff_scope scope;
    struct company_picker picker;
    struct order_filter f;
    struct order_list_query q;
    struct form_errors errors;
};

/* Reads the filters the back office offers from the URL: errors for dates
 * and a number that cannot be understood (those filters are then left
 * out; any other value it cannot use is dropped without a word). */
static int list_prepare(const struct request *req, struct list_ctx *c)
{
    struct order_filter_errors errors;
    order_filter_parse(&req->query, ORDER_LIST_STAFF, &c->f, &errors);
    for (int i = 0; i < errors.count; i++) form_error(&c->errors, errors.items[i].field, errors.items[i].message);
    c->scope = staff_scope_of(&req->actor);
    /* An id outside the scope stays the filter (the list is then empty,
     * as the scope makes it); a company found by its name becomes it. */
    if (company_picker_read(req, &c->scope, &c->picker) != 0) return -1;
    if (c->picker.id) c->f.company = c->picker.id;
    if (c->picker.error[0]) form_error(&c->errors, "company", c->picker.error);
    c->q.company_filter = c->f.company;
    c->q.filter = &c->f;
    return 0;
}

static void fill_choices(tpl_dict *d, const struct request *req, const struct list_ctx *ctx)
{
    const struct order_filter *f = &ctx->f;
    company_picker_fill(d, &ctx->picker);
    for (int s = 0; s < ORDER_STATE_COUNT; s++) {
        const char *name = order_state_name((enum order_state)s);
        tpl_dict *c = tpl_add_section(d, "STATUS_CHOICE");
        tpl_set(c, "VALUE", name);
        tpl_set(c, "LABEL", order_status_label(name));
        if (strcmp(name, f->status) == 0) tpl_show(c, "SELECTED");
    }
    for (int i = 0; i < order_channel_count; i++) {
        tpl_dict *c = tpl_add_section(d, "CHANNEL_CHOICE");
        tpl_set(c, "VALUE", order_channels[i]);
        tpl_set(c, "LABEL", order_channel_label(order_channels[i]));
        if (strcmp(order_channels[i], f->channel) == 0) tpl_show(c, "SELECTED");
    }
    tpl_set(d, "FROM", order_date_field(req_query(req, "from")));
    tpl_set(d, "TO", order_date_field(req_query(req, "to")));
    tpl_set(d, "NUMBER", req_query(req, "number"));
    tpl_set(d, "PO", req_query(req, "po"));
}

static void fill_counts(tpl_dict *d, const struct list_ctx *ctx)
{
    const struct order_filter *f = &ctx->f;
    for (size_t i = 0; i < WAITING_COUNT; i++) {
        int n = store_bo_orders_count_status(&ctx->scope, f->company, waiting[i].status);
        tpl_dict *c = tpl_add_section(d, "WAITING");
        tpl_set_int(c, "COUNT", n < 0 ? 0 : n);
        tpl_set(c, "LABEL", waiting[i].label);
        tpl_set(c, "BADGE", order_status_badge(waiting[i].status));
        char href[96];
        if (f->company)
            snprintf(href, sizeof href, "/backoffice/orders?company=%lld&status=%s", (long long)f->company, waiting[i].status);
        else
            snprintf(href, sizeof href, "/backoffice/orders?status=%s", waiting[i].status);
        tpl_set(c, "HREF", href);
        tpl_show(c, strcmp(f->status, waiting[i].status) == 0 ? "CURRENT" : "NOT_CURRENT");
    }
}

static void fill_rows(tpl_dict *d, const struct order_list_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        const struct order_list_row *r = &rows[i];
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
    static struct list_ctx c;
    memset(&c, 0, sizeof c);
    static struct order_list_row rows[PAGE_SIZE + 1];
    if (list_prepare(req, &c) != 0) {
        response_error(req, 500, "The orders could not be read. Try again.");
        return;
    }
    struct order_list_page page;
    if (store_bo_order_list_page(&c.scope, &c.q, rows, PAGE_SIZE, &page) != 0) {
        response_error(req, 500, "The orders could not be read. Try again.");
        return;
    }
    int n = page.n;

    tpl_dict *d = response_page(req, c.errors.count ? 422 : 200, "orders/admin_orders.tpl", "Orders");
    static const char *const fields[] = { "from", "to", "number", NULL };
    form_fill(d, req, fields, &c.errors);
    fill_choices(d, req, &c);
    fill_counts(d, &c);
    if (order_filter_active(&c.f) || c.errors.count) tpl_show(d, "FILTERED");
    if (n == 0) tpl_show(d, "EMPTY");
    else tpl_show(d, "HAS_ROWS");
    fill_rows(d, rows, n);

    /* Newer / Older: keyset links from the first and last row shown (the
     * list is newest first: newer is back, older is on). */
    if (n > 0 && (page.has_prev || page.has_next)) {
        tpl_dict *p = tpl_add_section(d, "PAGER");
        if (page.has_prev) order_set_page_link(p, "NEWER", LIST_PATH, &c.f, ORDER_PAGE_BEFORE, &rows[0]);
        else tpl_show(p, "NO_NEWER");
        if (page.has_next) order_set_page_link(p, "OLDER", LIST_PATH, &c.f, ORDER_PAGE_AFTER, &rows[n - 1]);
        else tpl_show(p, "NO_OLDER");
        if (page.has_prev) {
            char href[2100];
            order_list_href(LIST_PATH, &c.f, 0, href, sizeof href);
            tpl_set(tpl_add_section(p, "NEWEST"), "HREF", href);
        }
    }
    tpl_set_int(d, "SHOWN", n);
}
