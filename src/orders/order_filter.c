/* Order history filters from the URL and back (pure). Owner: orders. */
#include "orders/order_filter.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"
#include "orders/order_lifecycle.h"
#include "base/utf8.h"

const char *const order_open_statuses[] = {
    "draft", "pending_approval", "approved", "processing", "partially_shipped", "shipped",
};
const int order_open_status_count = (int)(sizeof order_open_statuses / sizeof order_open_statuses[0]);

static const char *const sort_names[ORDER_SORT_COUNT] = {
    [ORDER_SORT_DATE_DESC] = "date_desc",
    [ORDER_SORT_DATE_ASC] = "date_asc",
    [ORDER_SORT_TOTAL_DESC] = "total_desc",
    [ORDER_SORT_TOTAL_ASC] = "total_asc",
};

const char *order_sort_name(enum order_sort sort)
{
    return sort >= 0 && sort < ORDER_SORT_COUNT ? sort_names[sort] : sort_names[0];
}

int order_sort_parse(const char *name, enum order_sort *out)
{
    for (int i = 0; i < ORDER_SORT_COUNT; i++)
        if (strcmp(sort_names[i], name) == 0) {
            *out = (enum order_sort)i;
            return 0;
        }
    return -1;
}

int order_sort_by_total(enum order_sort sort)
{
    return sort == ORDER_SORT_TOTAL_DESC || sort == ORDER_SORT_TOTAL_ASC;
}

void order_filter_init(struct order_filter *f)
{
    memset(f, 0, sizeof *f);
    f->from_ts = INT64_MIN;
    f->to_ts = INT64_MAX;
    f->sort = ORDER_SORT_DATE_DESC;
    f->cursor.dir = ORDER_PAGE_FIRST;
}

int order_filter_active(const struct order_filter *f)
{
    return f->status[0] || f->from[0] || f->to[0] || f->number[0] || f->po[0] || f->placed_by || f->unit
        || f->sku[0];
}

/* --- parsing ---------------------------------------------------------- */

static void add_error(struct order_filter_errors *errors, const char *field, const char *message)
{
    if (errors && errors->count < ORDER_FILTER_MAX_ERRORS) {
        errors->items[errors->count].field = field;
        errors->items[errors->count].message = message;
        errors->count++;
    }
}

static const char *param(const struct http_params *query, const char *name)
{
    const char *v = query ? http_params_get(query, name) : NULL;
    return v ? v : "";
}

/* Copies value without surrounding blanks. Returns its length, or -1 when
 * it does not fit in size. */
static long trimmed(const char *value, char *out, size_t size)
{
    while (*value == ' ' || *value == '\t') value++;
    size_t n = strlen(value);
    while (n && (value[n - 1] == ' ' || value[n - 1] == '\t')) n--;
    if (n >= size) {
        out[0] = '\0';
        return -1;
    }
    memcpy(out, value, n);
    out[n] = '\0';
    return (long)n;
}

static int has_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s == 0x7F) return 1;
    return 0;
}


int order_date_parse(const char *text, int64_t *out)
{
    struct civil_date c;
    if (civil_date_parse(text, &c) != CIVIL_DATE_OK || c.year < 1970) return -1;
    *out = civil_days_from_date(c.year, c.month, c.day) * 86400;
    return 0;
}

/* A signed or unsigned decimal int64 filling the whole text. */
static int parse_int64(const char *text, size_t len, int allow_negative, int64_t *out)
{
    char buf[24];
    if (len == 0 || len >= sizeof buf) return -1;
    memcpy(buf, text, len);
    buf[len] = '\0';
    size_t i = buf[0] == '-' && allow_negative ? 1 : 0;
    if (!buf[i]) return -1;
    for (size_t j = i; buf[j]; j++)
        if (buf[j] < '0' || buf[j] > '9') return -1;
    errno = 0;
    char *end;
    long long v = strtoll(buf, &end, 10);
    if (errno || *end) return -1;
    *out = (int64_t)v;
    return 0;
}

int order_cursor_parse(const char *text, int64_t *key, int64_t *id)
{
    const char *comma = strchr(text, ',');
    if (!comma) return -1;
    int64_t k, i;
    if (parse_int64(text, (size_t)(comma - text), 1, &k) != 0) return -1;
    if (parse_int64(comma + 1, strlen(comma + 1), 0, &i) != 0 || i <= 0) return -1;
    *key = k;
    *id = i;
    return 0;
}

/* A positive id (digits only, at most 2^53, like parse_id). */
static int parse_positive_id(const char *text, int64_t *out)
{
    int64_t v;
    if (parse_int64(text, strlen(text), 0, &v) != 0 || v <= 0 || v > ((int64_t)1 << 53)) return -1;
    *out = v;
    return 0;
}

static void upper_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
}

static void parse_status(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char v[sizeof f->status];
    if (trimmed(param(q, "status"), v, sizeof v) < 0) {
        add_error(e, "status", "Choose a status from the list.");
        return;
    }
    enum order_state s;
    if (!v[0]) return;
    if (strcmp(v, "open") == 0 || order_state_parse(v, &s) == 0) snprintf(f->status, sizeof f->status, "%s", v);
    else add_error(e, "status", "Choose a status from the list.");
}

static void parse_dates(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char from[16], to[16];
    int64_t from_ts = 0, to_ts = 0;
    int from_ok = 0, to_ok = 0;
    long n = trimmed(param(q, "from"), from, sizeof from);
    if (n > 0) {
        if (order_date_parse(from, &from_ts) == 0) from_ok = 1;
        else add_error(e, "from", "Enter the start date as a real day, like 2026-03-31.");
    } else if (n < 0) {
        add_error(e, "from", "Enter the start date as a real day, like 2026-03-31.");
    }
    n = trimmed(param(q, "to"), to, sizeof to);
    if (n > 0) {
        if (order_date_parse(to, &to_ts) == 0) to_ok = 1;
        else add_error(e, "to", "Enter the end date as a real day, like 2026-03-31.");
    } else if (n < 0) {
        add_error(e, "to", "Enter the end date as a real day, like 2026-03-31.");
    }
    if (from_ok && to_ok && to_ts < from_ts) {
        add_error(e, "to", "The end date is before the start date.");
        return;
    }
    if (from_ok) {
        memcpy(f->from, from, 11);
        f->from_ts = from_ts;
    }
    if (to_ok) {
        memcpy(f->to, to, 11);
        f->to_ts = to_ts + 86400;   /* the whole day is included */
    }
}

static void parse_number(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char v[ORDER_FILTER_NUMBER_MAX + 1];
    long n = trimmed(param(q, "number"), v, sizeof v);
    if (n == 0) return;
    int ok = n > 0;
    for (const char *p = v; ok && *p; p++)
        ok = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
    if (!ok) {
        add_error(e, "number", "An order number holds letters, digits and dashes, like SO-2026-004152.");
        return;
    }
    upper_ascii(v);
    memcpy(f->number, v, (size_t)n + 1);
}

static void parse_po(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char v[sizeof f->po];
    long n = trimmed(param(q, "po"), v, sizeof v);
    if (n == 0) return;
    if (n < 0 || utf8_chars(v) > ORDER_FILTER_PO_MAX || has_control(v)) {
        add_error(e, "po", "Enter at most 60 characters of the PO number, on one line.");
        return;
    }
    memcpy(f->po, v, (size_t)n + 1);
}

static void parse_sku(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char v[ORDER_FILTER_SKU_MAX + 1];
    long n = trimmed(param(q, "sku"), v, sizeof v);
    if (n == 0) return;
    int ok = n > 0;
    for (const char *p = v; ok && *p; p++) ok = (unsigned char)*p > 0x20 && (unsigned char)*p < 0x7F;
    if (!ok) {
        add_error(e, "sku", "Enter one SKU as printed on the order, like FAS-HCS-0500.");
        return;
    }
    upper_ascii(v);
    memcpy(f->sku, v, (size_t)n + 1);
}

static void parse_id_field(const struct http_params *q, const char *name, int64_t *out, const char *message,
                           struct order_filter_errors *e)
{
    char v[32];
    long n = trimmed(param(q, name), v, sizeof v);
    if (n == 0) return;
    if (n < 0 || parse_positive_id(v, out) != 0) {
        *out = 0;
        add_error(e, name, message);
    }
}

static void parse_sort_and_cursor(const struct http_params *q, struct order_filter *f, struct order_filter_errors *e)
{
    char v[24];
    long n = trimmed(param(q, "sort"), v, sizeof v);
    if (n != 0 && (n < 0 || order_sort_parse(v, &f->sort) != 0)) {
        f->sort = ORDER_SORT_DATE_DESC;
        add_error(e, "sort", "Choose an order from the list.");
    }
    const char *after = param(q, "after"), *before = param(q, "before");
    if (!after[0] && !before[0]) return;
    int64_t key, id;
    if (after[0] && before[0]) {
        add_error(e, "page", "This page link is not valid; showing the first page.");
        return;
    }
    if (order_cursor_parse(after[0] ? after : before, &key, &id) != 0) {
        add_error(e, "page", "This page link is not valid; showing the first page.");
        return;
    }
    f->cursor.dir = after[0] ? ORDER_PAGE_AFTER : ORDER_PAGE_BEFORE;
    f->cursor.key = key;
    f->cursor.id = id;
}

int order_filter_parse(const struct http_params *query, struct order_filter *f, struct order_filter_errors *errors)
{
    order_filter_init(f);
    if (errors) errors->count = 0;
    struct order_filter_errors local = { 0 };
    struct order_filter_errors *e = errors ? errors : &local;
    parse_status(query, f, e);
    parse_dates(query, f, e);
    parse_number(query, f, e);
    parse_po(query, f, e);
    parse_id_field(query, "placed_by", &f->placed_by, "Choose a member from the list.", e);
    parse_id_field(query, "unit", &f->unit, "Choose a business unit from the list.", e);
    parse_sku(query, f, e);
    parse_sort_and_cursor(query, f, e);
    return e->count;
}

/* --- building --------------------------------------------------------- */

struct builder {
    char *out;
    size_t size, len;
    int failed;
};

static void put(struct builder *b, const char *name, const char *value)
{
    if (b->failed || !value[0]) return;
    size_t cap = strlen(value) * 3 + 1;
    char *encoded = malloc(cap);
    if (!encoded || http_percent_encode(value, encoded, cap) != 0) {
        free(encoded);
        b->failed = 1;
        return;
    }
    int n = snprintf(b->out + b->len, b->size - b->len, "%s%s=%s", b->len ? "&" : "", name, encoded);
    free(encoded);
    if (n < 0 || (size_t)n >= b->size - b->len) b->failed = 1;
    else b->len += (size_t)n;
}

static void put_id(struct builder *b, const char *name, int64_t id)
{
    if (id <= 0) return;
    char v[24];
    snprintf(v, sizeof v, "%" PRId64, id);
    put(b, name, v);
}

int order_filter_query(const struct order_filter *f, int with_cursor, char *out, size_t size)
{
    if (!size) return -1;
    out[0] = '\0';
    struct builder b = { out, size, 0, 0 };
    put(&b, "status", f->status);
    put(&b, "from", f->from);
    put(&b, "to", f->to);
    put(&b, "number", f->number);
    put(&b, "po", f->po);
    put_id(&b, "placed_by", f->placed_by);
    put_id(&b, "unit", f->unit);
    put(&b, "sku", f->sku);
    if (f->sort != ORDER_SORT_DATE_DESC) put(&b, "sort", order_sort_name(f->sort));
    if (with_cursor && f->cursor.dir != ORDER_PAGE_FIRST) {
        char v[48];
        snprintf(v, sizeof v, "%" PRId64 ",%" PRId64, f->cursor.key, f->cursor.id);
        put(&b, f->cursor.dir == ORDER_PAGE_AFTER ? "after" : "before", v);
    }
    if (b.failed) {
        out[0] = '\0';
        return -1;
    }
    return 0;
}
