/* Offline orders: the "orders" shape of the CSV import (see import_orders.h). */
#include "erp/import_orders.h"
#include "base/clock.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/db.h"
#include "audit/audit_store.h"
#include "orders/orders_admin_store.h"
#include "orders/order_detail_store.h"
#include "base/validate.h"
#include "orders/order_move.h"
#include "orders/order_status.h"
#include "base/money.h"

#define ACCOUNT_MAX 40
#define PO_MAX 60
#define SHIP_TO_MAX 1000
#define SKU_MAX 60
#define LINE_NAME_MAX 200
#define DAY 86400

static const char *const columns[ORD_COL_COUNT] = {
    [ORD_COL_ERP_NO] = "erp_order_no",
    [ORD_COL_LINE_NO] = "line_no",
    [ORD_COL_CUSTOMER] = "customer_account",
    [ORD_COL_CHANNEL] = "channel",
    [ORD_COL_PLACED_ON] = "placed_on",
    [ORD_COL_STATUS] = "status",
    [ORD_COL_PO] = "po_number",
    [ORD_COL_SHIP_TO] = "ship_to",
    [ORD_COL_CURRENCY] = "currency",
    [ORD_COL_SHIPPING] = "shipping",
    [ORD_COL_TAX] = "tax",
    [ORD_COL_SKU] = "sku",
    [ORD_COL_NAME] = "name",
    [ORD_COL_QUANTITY] = "quantity",
    [ORD_COL_UNIT_PRICE] = "unit_price",
    [ORD_COL_QTY_SHIPPED] = "quantity_shipped",
};

#define STATUS_CHOICES "approved, processing, partially_shipped, shipped, delivered, cancelled or rejected"

/* --- pure parsing ------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int import_orders_amount(const char *text, int64_t *cents)
{
    int64_t v;
    if (money_parse(text, MONEY_UNSIGNED, &v) != NULL || v > IMPORT_ORDER_MONEY_MAX) return -1;
    *cents = v;
    return 0;
}


/* --- the row checks ------------------------------------------------------ */

static int push(struct import_row_error *errs, int max, int n, int column, const char *message)
{
    if (!message || n >= max) return n;
    memset(&errs[n], 0, sizeof errs[n]);
    snprintf(errs[n].column, sizeof errs[n].column, "%s", columns[column]);
    snprintf(errs[n].message, sizeof errs[n].message, "%s", message);
    return n + 1;
}

static const char *check_erp_no(const char *v)
{
    if (!v[0]) return "This field is required.";
    if (strlen(v) > IMPORT_ORDER_ERP_NO_MAX) return "Use at most 24 characters.";
    for (const char *p = v; *p; p++) {
        int alnum = is_digit(*p) || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z');
        if (!alnum && !((*p == '-' || *p == '.' || *p == '_') && p != v))
            return "Use letters, digits, and - . _ inside (it becomes part of the order's web address).";
    }
    return NULL;
}

static const char *check_status(const char *v)
{
    enum order_state s;
    if (order_state_parse(v, &s) != 0) return "Use " STATUS_CHOICES ".";
    if (s == ORDER_DRAFT || s == ORDER_PENDING_APPROVAL)
        return "An order from the ERP is approved already: use " STATUS_CHOICES ".";
    return NULL;
}

static const char *check_money(const char *v, int required)
{
    int64_t cents;
    if (!v[0]) return required ? "This field is required." : NULL;
    if (import_orders_amount(v, &cents) != 0)
        return "Write the amount as a number with at most two decimals, such as 12.50 or 1,250.00.";
    return NULL;
}

static const char *check_currency(const char *v)
{
    if (!v[0]) return NULL;
    if (strlen(v) != 3) return "Use a three-letter currency code such as USD, or leave it empty for the customer's currency.";
    for (int i = 0; i < 3; i++)
        if (v[i] < 'A' || v[i] > 'Z')
            return "Use a three-letter currency code such as USD, or leave it empty for the customer's currency.";
    return NULL;
}

int import_orders_validate(const char *const f[], struct import_row_error *errs, int max)
{
    int n = 0;
    int64_t value, quantity = 0;
    n = push(errs, max, n, ORD_COL_ERP_NO, check_erp_no(f[ORD_COL_ERP_NO]));
    if (parse_count(f[ORD_COL_LINE_NO], 1, IMPORT_ORDER_LINE_NO_MAX, &value) != 0)
        n = push(errs, max, n, ORD_COL_LINE_NO, "Give the line's number, a whole number from 1 to 9999.");
    n = push(errs, max, n, ORD_COL_CUSTOMER, validate_text(f[ORD_COL_CUSTOMER], ACCOUNT_MAX, 1));
    if (strcmp(f[ORD_COL_CHANNEL], "phone") != 0 && strcmp(f[ORD_COL_CHANNEL], "erp") != 0)
        n = push(errs, max, n, ORD_COL_CHANNEL, "Use phone or erp.");
    if (parse_day_noon(f[ORD_COL_PLACED_ON], &value) != 0)
        n = push(errs, max, n, ORD_COL_PLACED_ON, "Write the date as YYYY-MM-DD, such as 2026-03-09 (a real day).");
    n = push(errs, max, n, ORD_COL_STATUS, check_status(f[ORD_COL_STATUS]));
    n = push(errs, max, n, ORD_COL_PO, validate_text(f[ORD_COL_PO], PO_MAX, 0));
    n = push(errs, max, n, ORD_COL_SHIP_TO, validate_multiline(f[ORD_COL_SHIP_TO], SHIP_TO_MAX, 0));
    n = push(errs, max, n, ORD_COL_CURRENCY, check_currency(f[ORD_COL_CURRENCY]));
    n = push(errs, max, n, ORD_COL_SHIPPING, check_money(f[ORD_COL_SHIPPING], 0));
    n = push(errs, max, n, ORD_COL_TAX, check_money(f[ORD_COL_TAX], 0));
    n = push(errs, max, n, ORD_COL_SKU, validate_text(f[ORD_COL_SKU], SKU_MAX, 1));
    n = push(errs, max, n, ORD_COL_NAME, validate_text(f[ORD_COL_NAME], LINE_NAME_MAX, 0));
    if (parse_count(f[ORD_COL_QUANTITY], 1, IMPORT_ORDER_QUANTITY_MAX, &quantity) != 0) {
        quantity = 0;
        n = push(errs, max, n, ORD_COL_QUANTITY, "Give a whole number from 1 to 1,000,000.");
    }
    n = push(errs, max, n, ORD_COL_UNIT_PRICE, check_money(f[ORD_COL_UNIT_PRICE], 1));
    if (f[ORD_COL_QTY_SHIPPED][0]) {
        if (parse_count(f[ORD_COL_QTY_SHIPPED], 0, IMPORT_ORDER_QUANTITY_MAX, &value) != 0)
            n = push(errs, max, n, ORD_COL_QTY_SHIPPED, "Give a whole number, 0 or more, or leave it empty.");
        else if (quantity > 0 && value > quantity)
            n = push(errs, max, n, ORD_COL_QTY_SHIPPED, "More than the quantity ordered cannot have shipped.");
    }
    return n;
}

/* --- the database side ---------------------------------------------------- */

/* The order-level values of a row, as they are written. */
struct header {
    char account[ACCOUNT_MAX * 4 + 1];
    char channel[16];
    char status[32];
    char po[PO_MAX * 4 + 1];
    const char *ship_to;             /* the row's text (valid during the row) */
    char currency[8];                /* "" in the file: the customer's */
    int64_t placed_at, shipping, tax;
};

static void header_of(const char *const f[], struct header *h)
{
    memset(h, 0, sizeof *h);
    snprintf(h->account, sizeof h->account, "%s", f[ORD_COL_CUSTOMER]);
    snprintf(h->channel, sizeof h->channel, "%s", f[ORD_COL_CHANNEL]);
    snprintf(h->status, sizeof h->status, "%s", f[ORD_COL_STATUS]);
    snprintf(h->po, sizeof h->po, "%s", f[ORD_COL_PO]);
    h->ship_to = f[ORD_COL_SHIP_TO];
    snprintf(h->currency, sizeof h->currency, "%s", f[ORD_COL_CURRENCY]);
    parse_day_noon(f[ORD_COL_PLACED_ON], &h->placed_at);
    if (f[ORD_COL_SHIPPING][0]) import_orders_amount(f[ORD_COL_SHIPPING], &h->shipping);
    if (f[ORD_COL_TAX][0]) import_orders_amount(f[ORD_COL_TAX], &h->tax);
}

/* One order seen in this file. */
struct seen {
    char erp_no[IMPORT_ORDER_ERP_NO_MAX + 1];
    int64_t order_id, company_id;
    struct header h;                 /* as on its first row (ship_to: owned copy) */
    char *ship_to;
    int created, changed;
    int *lines;                      /* line numbers the file gives */
    int line_count, line_cap;
};

struct touched {
    int64_t company_id;
    long created, updated;
};

struct run {
    struct actor actor;
    struct seen **table;             /* open addressing on erp_no */
    size_t cap, count;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static struct seen **slot(struct run *r, const char *erp_no)
{
    size_t i = (size_t)(hash(erp_no) & (r->cap - 1));
    while (r->table[i] && strcmp(r->table[i]->erp_no, erp_no) != 0) i = (i + 1) & (r->cap - 1);
    return &r->table[i];
}

static int grow(struct run *r)
{
    size_t old_cap = r->cap;
    struct seen **old = r->table;
    r->cap = old_cap ? old_cap * 2 : 256;
    r->table = calloc(r->cap, sizeof *r->table);
    if (!r->table) {
        r->table = old;
        r->cap = old_cap;
        return -1;
    }
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) *slot(r, old[i]->erp_no) = old[i];
    free(old);
    return 0;
}

static int begin(void **ctx, const struct actor *actor)
{
    struct run *r = calloc(1, sizeof *r);
    if (!r || grow(r) != 0) {
        free(r);
        return -1;
    }
    r->actor = *actor;
    *ctx = r;
    return 0;
}

static enum import_outcome row_error(struct import_row_error *err, int column, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum import_outcome row_error(struct import_row_error *err, int column, const char *fmt, ...)
{
    snprintf(err->column, sizeof err->column, "%s", column >= 0 ? columns[column] : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return IMPORT_ERROR;
}

static enum import_outcome db_failed(struct import_row_error *err)
{
    return row_error(err, -1, "The database failed on this row: %.180s.", db_error());
}

static int add_line_no(struct seen *s, int line_no)
{
    for (int i = 0; i < s->line_count; i++)
        if (s->lines[i] == line_no) return 1;
    if (s->line_count == s->line_cap) {
        int cap = s->line_cap ? s->line_cap * 2 : 8;
        int *l = realloc(s->lines, (size_t)cap * sizeof *l);
        if (!l) return -1;
        s->lines = l;
        s->line_cap = cap;
    }
    s->lines[s->line_count++] = line_no;
    return 0;
}

/* Rows of one order must agree on its order-level columns. */
static enum import_outcome check_agrees(const struct seen *s, const struct header *h, struct import_row_error *err)
{
    static const char disagree[] = "Rows of order %s disagree: this one says \"%.60s\", an earlier one \"%.60s\".";
    char a[32], b[32];
    if (strcmp(s->h.account, h->account) != 0)
        return row_error(err, ORD_COL_CUSTOMER, disagree, s->erp_no, h->account, s->h.account);
    if (strcmp(s->h.channel, h->channel) != 0)
        return row_error(err, ORD_COL_CHANNEL, disagree, s->erp_no, h->channel, s->h.channel);
    if (s->h.placed_at != h->placed_at)
        return row_error(err, ORD_COL_PLACED_ON, "Rows of order %s disagree on the date it was placed.", s->erp_no);
    if (strcmp(s->h.status, h->status) != 0)
        return row_error(err, ORD_COL_STATUS, disagree, s->erp_no, h->status, s->h.status);
    if (strcmp(s->h.po, h->po) != 0)
        return row_error(err, ORD_COL_PO, disagree, s->erp_no, h->po, s->h.po);
    if (strcmp(s->ship_to, h->ship_to) != 0)
        return row_error(err, ORD_COL_SHIP_TO, "Rows of order %s disagree on the ship-to address.", s->erp_no);
    if (h->currency[0] && strcmp(s->h.currency, h->currency) != 0)
        return row_error(err, ORD_COL_CURRENCY, disagree, s->erp_no, h->currency, s->h.currency);
    if (s->h.shipping != h->shipping) {
        snprintf(a, sizeof a, "%lld.%02lld", (long long)(h->shipping / 100), (long long)(h->shipping % 100));
        snprintf(b, sizeof b, "%lld.%02lld", (long long)(s->h.shipping / 100), (long long)(s->h.shipping % 100));
        return row_error(err, ORD_COL_SHIPPING, disagree, s->erp_no, a, b);
    }
    if (s->h.tax != h->tax) {
        snprintf(a, sizeof a, "%lld.%02lld", (long long)(h->tax / 100), (long long)(h->tax % 100));
        snprintf(b, sizeof b, "%lld.%02lld", (long long)(s->h.tax / 100), (long long)(s->h.tax % 100));
        return row_error(err, ORD_COL_TAX, disagree, s->erp_no, a, b);
    }
    return IMPORT_UNCHANGED;
}

/* Puts an imported order where the ERP says it is (o->status), from
 * `from`, in one move: the ERP reports where an order is now, not each
 * step. The run's summary is the audit entry (no entry per order), and
 * nobody is mailed. 0 or -1. */
static int move_to(const struct run *r, const struct import_order_row *o, const char *from, const char *note,
                   int64_t at)
{
    struct order_ref ref = { .id = o->id, .company_id = o->company_id, .number = o->number, .status = from };
    struct order_move m = { .to = o->status, .note = note, .jump = 1, .at = at };
    return order_move(&r->actor, &ref, &m) == ORDER_MOVED ? 0 : -1;
}

/* The first row of an order in this file: finds or creates the order and
 * brings its header up to date. *header_changed: an existing order's
 * values were written. */
static enum import_outcome first_row(struct run *run, const char *erp_no, struct header *h, struct seen **out,
                                     int *header_changed, struct import_row_error *err)
{
    *header_changed = 0;
    struct import_company company;
    int found = store_import_company(h->account, &company);
    if (found < 0) return db_failed(err);
    if (!found) return row_error(err, ORD_COL_CUSTOMER, "No customer has the account number %.60s.", h->account);
    if (!h->currency[0]) snprintf(h->currency, sizeof h->currency, "%s", company.currency);

    struct import_order_row o;
    int exists = store_import_order_find(erp_no, &o);
    if (exists < 0) return db_failed(err);
    int64_t now = clock_now();
    if (exists) {
        if (strcmp(o.channel, "web") == 0)
            return row_error(err, ORD_COL_ERP_NO, "%s is the ERP number of %s, an order placed in the portal; an import never changes it.",
                             erp_no, o.number);
        if (o.company_id != company.id)
            return row_error(err, ORD_COL_ERP_NO, "Order %s belongs to another customer (%.40s); an order never moves between customers.",
                             erp_no, o.company_account[0] ? o.company_account : "no account number");
        enum order_state was, now_state;
        if (order_state_parse(o.status, &was) != 0 || order_state_parse(h->status, &now_state) != 0
            || !order_can_reach(was, now_state))
            return row_error(err, ORD_COL_STATUS, "Order %s is %s in the portal already; its status cannot go back to %s.",
                             erp_no, o.status, h->status);
        int same = strcmp(o.channel, h->channel) == 0 && strcmp(o.status, h->status) == 0
                && strcmp(o.po_number, h->po) == 0 && strcmp(o.ship_to_text, h->ship_to) == 0
                && strcmp(o.currency, h->currency) == 0 && o.placed_at == h->placed_at
                && o.shipping == h->shipping && o.tax == h->tax;
        if (!same) {
            char old_status[32];
            snprintf(old_status, sizeof old_status, "%s", o.status);
            snprintf(o.channel, sizeof o.channel, "%s", h->channel);
            snprintf(o.status, sizeof o.status, "%s", h->status);
            snprintf(o.po_number, sizeof o.po_number, "%s", h->po);
            snprintf(o.ship_to_text, sizeof o.ship_to_text, "%s", h->ship_to);
            snprintf(o.currency, sizeof o.currency, "%s", h->currency);
            o.placed_at = h->placed_at;
            o.shipping = h->shipping;
            o.tax = h->tax;
            if (store_import_order_update(&o, now) != 0) return db_failed(err);
            if (strcmp(old_status, h->status) != 0
                && move_to(run, &o, old_status, "Status from the ERP", 0) != 0)
                return db_failed(err);
            *header_changed = 1;
        }
    } else {
        memset(&o, 0, sizeof o);
        order_number_of_erp(erp_no, o.number, sizeof o.number);
        int taken = store_import_number_taken(o.number);
        if (taken < 0) return db_failed(err);
        if (taken) return row_error(err, ORD_COL_ERP_NO, "The portal already has an order numbered %s.", o.number);
        o.company_id = company.id;
        snprintf(o.channel, sizeof o.channel, "%s", h->channel);
        snprintf(o.status, sizeof o.status, "%s", h->status);
        snprintf(o.po_number, sizeof o.po_number, "%s", h->po);
        snprintf(o.ship_to_text, sizeof o.ship_to_text, "%s", h->ship_to);
        snprintf(o.currency, sizeof o.currency, "%s", h->currency);
        o.placed_at = h->placed_at;
        o.shipping = h->shipping;
        o.tax = h->tax;
        if (store_import_order_insert(&o, erp_no, now, &o.id) != 0) return db_failed(err);
        if (move_to(run, &o, "draft", "Imported from the ERP", h->placed_at) != 0) return db_failed(err);
    }

    if (run->count * 2 >= run->cap && grow(run) != 0) return db_failed(err);
    struct seen *s = calloc(1, sizeof *s);
    if (!s || !(s->ship_to = strdup(h->ship_to))) {
        free(s);
        return row_error(err, -1, "Out of memory.");
    }
    snprintf(s->erp_no, sizeof s->erp_no, "%s", erp_no);
    s->order_id = o.id;
    s->company_id = o.company_id;
    s->h = *h;
    s->h.ship_to = s->ship_to;
    s->created = !exists;
    s->changed = !exists || *header_changed;
    *slot(run, erp_no) = s;
    run->count++;
    *out = s;
    return IMPORT_UNCHANGED;
}

static enum import_outcome upsert(void *ctx, const char *const f[], struct import_row_error *err)
{
    struct run *run = ctx;
    const char *erp_no = f[ORD_COL_ERP_NO];
    struct header h;
    header_of(f, &h);
    struct seen *s = *slot(run, erp_no);
    int header_changed = 0;
    if (!s) {
        if (first_row(run, erp_no, &h, &s, &header_changed, err) == IMPORT_ERROR) return IMPORT_ERROR;
    } else if (check_agrees(s, &h, err) == IMPORT_ERROR) {
        return IMPORT_ERROR;
    }

    struct import_line_row line;
    memset(&line, 0, sizeof line);
    int64_t n;
    parse_count(f[ORD_COL_LINE_NO], 1, IMPORT_ORDER_LINE_NO_MAX, &n);
    line.line_no = (int)n;
    int dup = add_line_no(s, line.line_no);
    if (dup < 0) return row_error(err, -1, "Out of memory.");
    /* a line given twice: import_run has reported it (the key is
     * erp_order_no + line_no) and refuses the file; leave it out */
    if (dup) return IMPORT_SKIPPED;

    snprintf(line.sku, sizeof line.sku, "%s", f[ORD_COL_SKU]);
    char catalog_name[256] = "", unit[32] = "";
    int known = store_import_product(line.sku, &line.product_id, catalog_name, sizeof catalog_name, unit, sizeof unit);
    if (known < 0) return db_failed(err);
    if (!known && !f[ORD_COL_NAME][0])
        return row_error(err, ORD_COL_NAME, "SKU %.60s is not in the catalog: give the line's name.", line.sku);
    snprintf(line.name, sizeof line.name, "%s", f[ORD_COL_NAME][0] ? f[ORD_COL_NAME] : catalog_name);
    snprintf(line.unit, sizeof line.unit, "%s", known && unit[0] ? unit : "each");
    parse_count(f[ORD_COL_QUANTITY], 1, IMPORT_ORDER_QUANTITY_MAX, &line.quantity);
    import_orders_amount(f[ORD_COL_UNIT_PRICE], &line.unit_price);
    if (f[ORD_COL_QTY_SHIPPED][0])
        parse_count(f[ORD_COL_QTY_SHIPPED], 0, IMPORT_ORDER_QUANTITY_MAX, &line.quantity_shipped);
    else
        line.quantity_shipped = strcmp(h.status, "shipped") == 0 || strcmp(h.status, "delivered") == 0 ? line.quantity : 0;

    struct import_line_row old;
    int exists = s->created ? 0 : store_import_line_find(s->order_id, line.line_no, &old);
    if (exists < 0) return db_failed(err);
    if (!exists) {
        if (store_import_line_insert(s->order_id, s->company_id, &line) != 0) return db_failed(err);
        s->changed = 1;
        return IMPORT_CREATED;
    }
    int same = old.product_id == line.product_id && strcmp(old.sku, line.sku) == 0 && strcmp(old.name, line.name) == 0
            && strcmp(old.unit, line.unit) == 0 && old.quantity == line.quantity
            && old.quantity_shipped == line.quantity_shipped && old.unit_price == line.unit_price;
    if (same) return header_changed ? IMPORT_UPDATED : IMPORT_UNCHANGED;
    line.id = old.id;
    if (store_import_line_update(&line) != 0) return db_failed(err);
    s->changed = 1;
    return IMPORT_UPDATED;
}

static int count_touch(struct touched **list, size_t *count, size_t *cap, const struct seen *s)
{
    size_t i = 0;
    while (i < *count && (*list)[i].company_id != s->company_id) i++;
    if (i == *count) {
        if (*count == *cap) {
            size_t c = *cap ? *cap * 2 : 8;
            struct touched *t = realloc(*list, c * sizeof *t);
            if (!t) return -1;
            *list = t;
            *cap = c;
        }
        (*list)[(*count)++] = (struct touched){ s->company_id, 0, 0 };
    }
    if (s->created) (*list)[i].created++;
    else (*list)[i].updated++;
    return 0;
}

/* An existing order loses the lines the file no longer gives (unless
 * shipped in the portal). 1 when any went, 0 none, -1 error. */
static int prune_lines(struct seen *s)
{
    static int numbers[ORDER_LINES_MAX];
    int n = store_import_line_numbers(s->order_id, numbers, ORDER_LINES_MAX);
    if (n < 0) return -1;
    int removed = 0;
    for (int i = 0; i < n; i++) {
        int listed = 0;
        for (int k = 0; k < s->line_count && !listed; k++) listed = s->lines[k] == numbers[i];
        if (listed) continue;
        int rc = store_import_line_remove(s->order_id, numbers[i]);
        if (rc < 0) return -1;
        removed |= rc;
    }
    return removed;
}

static int end(void *ctx, int write)
{
    struct run *r = ctx;
    if (!r) return 0;
    int rc = 0;
    int64_t now = clock_now();
    struct touched *companies = NULL;
    size_t count = 0, cap = 0;
    for (size_t i = 0; i < r->cap; i++) {
        struct seen *s = r->table[i];
        if (!s) continue;
        if (write && rc == 0 && !s->created) {
            int pruned = prune_lines(s);
            if (pruned < 0) rc = -1;
            else if (pruned) s->changed = 1;
        }
        if (write && rc == 0 && s->changed) {
            if (store_import_order_totals(s->order_id, now) != 0 || count_touch(&companies, &count, &cap, s) != 0) rc = -1;
        }
        free(s->lines);
        free(s->ship_to);
        free(s);
    }
    for (size_t i = 0; write && rc == 0 && i < count; i++) {
        long n = companies[i].created + companies[i].updated;
        char subject[64], created[24], updated[24];
        snprintf(subject, sizeof subject, "%ld order%s", n, n == 1 ? "" : "s");
        snprintf(created, sizeof created, "%ld", companies[i].created);
        snprintf(updated, sizeof updated, "%ld", companies[i].updated);
        struct audit_change changes[] = { { "Created", "", created }, { "Updated", "", updated } };
        rc = store_audit_insert(companies[i].company_id, &r->actor, "order.imported", subject, changes, 2, now);
    }
    free(companies);
    free(r->table);
    free(r);
    return rc;
}

const struct import_shape import_orders_shape = {
    .name = "orders",
    .title = "Offline orders",
    .columns = columns,
    .column_count = ORD_COL_COUNT,
    .key_columns = 2,
    .validate_row = import_orders_validate,
    .begin = begin,
    .upsert_row = upsert,
    .end = end,
};
