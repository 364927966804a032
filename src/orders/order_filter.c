/* The order lists' filters from the URL and back (pure). Owner: orders. */
#include "orders/order_filter.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/utf8.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"

const char *const order_open_statuses[] = {
    "draft", "pending_approval", "approved", "credit_review", "processing", "partially_shipped", "shipped",
};
const int order_open_status_count = (int)(sizeof order_open_statuses / sizeof order_open_statuses[0]);

const char *const order_channels[] = { "web", "phone", "erp" };
const int order_channel_count = (int)(sizeof order_channels / sizeof order_channels[0]);

/* How a list takes a filter: not at all, or reporting a value it cannot
 * use, or dropping such a value without a word. */
enum offer { NOT_OFFERED = 0, REPORTED, QUIET };

/* What each list offers, and how it reads and writes what differs. */
struct list_rules {
    unsigned char offer[ORDER_FILTER_FIELD_COUNT];   /* enum offer */
    const char *onward;         /* the cursor's parameter for ORDER_PAGE_AFTER */
    const char *back;           /* ... and for ORDER_PAGE_BEFORE */
    char cursor_sep;            /* between the key and the id */
    long number_max;
    int number_as_typed;        /* 0: letters, digits and dashes, upper-cased */
    const char *bad_number, *bad_from, *bad_to, *bad_range;
};

static const struct list_rules list_rules[ORDER_LIST_SCOPE_COUNT] = {
    [ORDER_LIST_MEMBER] = {
        .offer = {
            [ORDER_FILTER_STATUS] = REPORTED, [ORDER_FILTER_DATES] = REPORTED, [ORDER_FILTER_NUMBER] = REPORTED,
            [ORDER_FILTER_PO] = REPORTED, [ORDER_FILTER_PAGE] = REPORTED, [ORDER_FILTER_PLACED_BY] = REPORTED,
            [ORDER_FILTER_UNIT] = REPORTED, [ORDER_FILTER_SKU] = REPORTED, [ORDER_FILTER_SORT] = REPORTED,
        },
        .onward = "after",
        .back = "before",
        .cursor_sep = ',',
        .number_max = 31,
        .number_as_typed = 0,
        .bad_number = "An order number holds letters, digits and dashes, like SO-2026-004152.",
        .bad_from = "Enter the start date as a real day, like 2026-03-31.",
        .bad_to = "Enter the end date as a real day, like 2026-03-31.",
        .bad_range = "The end date is before the start date.",
    },
    /* newest first only; "before" is older, further on in that order */
    [ORDER_LIST_STAFF] = {
        .offer = {
            [ORDER_FILTER_STATUS] = QUIET, [ORDER_FILTER_DATES] = REPORTED, [ORDER_FILTER_NUMBER] = REPORTED,
            [ORDER_FILTER_PO] = QUIET, [ORDER_FILTER_PAGE] = QUIET, [ORDER_FILTER_COMPANY] = QUIET,
            [ORDER_FILTER_CHANNEL] = QUIET,
        },
        .onward = "before",
        .back = "after",
        .cursor_sep = '.',
        .number_max = 40,
        .number_as_typed = 1,          /* ERP numbers hold . _ and lower case */
        .bad_number = "An order number is at most 40 characters.",
        .bad_from = "Write the date as YYYY-MM-DD, such as 2026-03-01.",
        .bad_to = "Write the date as YYYY-MM-DD, such as 2026-03-31.",
        .bad_range = "The end date comes before the start date.",
    },
};

static const struct list_rules *rules_of(enum order_list_scope scope)
{
    return &list_rules[scope >= 0 && scope < ORDER_LIST_SCOPE_COUNT ? scope : ORDER_LIST_MEMBER];
}

int order_filter_offers(enum order_list_scope scope, enum order_filter_field field)
{
    return field >= 0 && field < ORDER_FILTER_FIELD_COUNT && rules_of(scope)->offer[field] != NOT_OFFERED;
}

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

void order_filter_init(struct order_filter *f, enum order_list_scope scope)
{
    memset(f, 0, sizeof *f);
    f->scope = scope;
    f->from_ts = INT64_MIN;
    f->to_ts = INT64_MAX;
    f->sort = ORDER_SORT_DATE_DESC;
    f->cursor.dir = ORDER_PAGE_FIRST;
}

int order_filter_active(const struct order_filter *f)
{
    return f->status[0] || f->from[0] || f->to[0] || f->number[0] || f->po[0] || f->placed_by || f->unit
        || f->sku[0] || f->company || f->channel[0];
}

/* --- parsing ---------------------------------------------------------- */

void order_filter_error(struct order_filter_errors *errors, const char *field, const char *message)
{
    if (errors && errors->count < ORDER_FILTER_MAX_ERRORS) {
        errors->items[errors->count].field = field;
        errors->items[errors->count].message = message;
        errors->count++;
    }
}

/* One parse: the query, the list's rules, the filter being filled. */
struct parse {
    const struct http_params *query;
    const struct list_rules *rules;
    struct order_filter *f;
    struct order_filter_errors *errors;
};

static void add_error(struct parse *p, enum order_filter_field field, const char *name, const char *message)
{
    if (p->rules->offer[field] == REPORTED) order_filter_error(p->errors, name, message);
}

static const char *param(const struct parse *p, const char *name)
{
    const char *v = p->query ? http_params_get(p->query, name) : NULL;
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

const char *order_date_field(const char *typed)
{
    int64_t day;
    return order_date_parse(typed, &day) == 0 ? typed : "";
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
    const char *sep = strpbrk(text, ",.");
    if (!sep) return -1;
    int64_t k, i;
    if (parse_int64(text, (size_t)(sep - text), 1, &k) != 0) return -1;
    if (parse_int64(sep + 1, strlen(sep + 1), 0, &i) != 0 || i <= 0) return -1;
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

/* A value from a fixed list ("" when blank); 0, or -1 reported. */
static int parse_choice(struct parse *p, enum order_filter_field field, const char *name, int (*known)(const char *),
                        char *out, size_t size, const char *message)
{
    char v[24];
    long n = trimmed(param(p, name), v, sizeof v);
    if (n == 0) return 0;
    if (n < 0 || (size_t)n >= size || !known(v)) {
        add_error(p, field, name, message);
        return -1;
    }
    memcpy(out, v, (size_t)n + 1);
    return 0;
}

static int known_status(const char *v)
{
    enum order_state s;
    return strcmp(v, "open") == 0 || order_state_parse(v, &s) == 0;
}

static int known_channel(const char *v)
{
    for (int i = 0; i < order_channel_count; i++)
        if (strcmp(order_channels[i], v) == 0) return 1;
    return 0;
}

static void parse_dates(struct parse *p)
{
    struct order_filter *f = p->f;
    const struct list_rules *r = p->rules;
    char from[16], to[16];
    int64_t from_ts = 0, to_ts = 0;
    int from_ok = 0, to_ok = 0;
    long n = trimmed(param(p, "from"), from, sizeof from);
    if (n > 0 && order_date_parse(from, &from_ts) == 0) from_ok = 1;
    else if (n != 0) add_error(p, ORDER_FILTER_DATES, "from", r->bad_from);
    n = trimmed(param(p, "to"), to, sizeof to);
    if (n > 0 && order_date_parse(to, &to_ts) == 0) to_ok = 1;
    else if (n != 0) add_error(p, ORDER_FILTER_DATES, "to", r->bad_to);
    if (from_ok && to_ok && to_ts < from_ts) {
        add_error(p, ORDER_FILTER_DATES, "to", r->bad_range);
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

static void parse_number(struct parse *p)
{
    const struct list_rules *r = p->rules;
    char v[ORDER_FILTER_NUMBER_MAX + 1];
    long n = trimmed(param(p, "number"), v, sizeof v);
    if (n == 0) return;
    int ok = n > 0 && n <= r->number_max;
    for (const char *c = v; ok && !r->number_as_typed && *c; c++)
        ok = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-';
    if (!ok) {
        add_error(p, ORDER_FILTER_NUMBER, "number", r->bad_number);
        return;
    }
    if (!r->number_as_typed) upper_ascii(v);
    memcpy(p->f->number, v, (size_t)n + 1);
}

static void parse_po(struct parse *p)
{
    char v[sizeof p->f->po];
    long n = trimmed(param(p, "po"), v, sizeof v);
    if (n == 0) return;
    if (n < 0 || utf8_chars(v) > ORDER_FILTER_PO_MAX || has_control(v)) {
        add_error(p, ORDER_FILTER_PO, "po", "Enter at most 60 characters of the PO number, on one line.");
        return;
    }
    memcpy(p->f->po, v, (size_t)n + 1);
}

static void parse_placer(struct parse *p)
{
    char v[sizeof p->f->placer];
    long n = trimmed(param(p, "placer"), v, sizeof v);
    if (n == 0) return;
    if (n < 0 || utf8_chars(v) > ORDER_FILTER_PLACER_MAX || has_control(v)) {
        add_error(p, ORDER_FILTER_PLACED_BY, "placer", "Enter a name or an email address, at most 120 characters.");
        return;
    }
    memcpy(p->f->placer, v, (size_t)n + 1);
}

static void parse_sku(struct parse *p)
{
    char v[ORDER_FILTER_SKU_MAX + 1];
    long n = trimmed(param(p, "sku"), v, sizeof v);
    if (n == 0) return;
    int ok = n > 0;
    for (const char *c = v; ok && *c; c++) ok = (unsigned char)*c > 0x20 && (unsigned char)*c < 0x7F;
    if (!ok) {
        add_error(p, ORDER_FILTER_SKU, "sku", "Enter one SKU as printed on the order, like FAS-HCS-0500.");
        return;
    }
    upper_ascii(v);
    memcpy(p->f->sku, v, (size_t)n + 1);
}

static void parse_id_field(struct parse *p, enum order_filter_field field, const char *name, int64_t *out, const char *message)
{
    char v[32];
    long n = trimmed(param(p, name), v, sizeof v);
    if (n == 0) return;
    if (n < 0 || parse_positive_id(v, out) != 0) {
        *out = 0;
        add_error(p, field, name, message);
    }
}

static void parse_sort(struct parse *p)
{
    char v[24];
    long n = trimmed(param(p, "sort"), v, sizeof v);
    if (n != 0 && (n < 0 || order_sort_parse(v, &p->f->sort) != 0)) {
        p->f->sort = ORDER_SORT_DATE_DESC;
        add_error(p, ORDER_FILTER_SORT, "sort", "Choose an order from the list.");
    }
}

static void parse_cursor(struct parse *p)
{
    const char *onward = param(p, p->rules->onward), *back = param(p, p->rules->back);
    if (!onward[0] && !back[0]) return;
    int64_t key, id;
    if ((onward[0] && back[0]) || order_cursor_parse(onward[0] ? onward : back, &key, &id) != 0) {
        add_error(p, ORDER_FILTER_PAGE, "page", "This page link is not valid; showing the first page.");
        return;
    }
    p->f->cursor.dir = onward[0] ? ORDER_PAGE_AFTER : ORDER_PAGE_BEFORE;
    p->f->cursor.key = key;
    p->f->cursor.id = id;
}

int order_filter_parse(const struct http_params *query, enum order_list_scope scope, struct order_filter *f,
                       struct order_filter_errors *errors)
{
    order_filter_init(f, scope);
    struct order_filter_errors local = { 0 };
    struct parse p = { query, rules_of(scope), f, errors ? errors : &local };
    p.errors->count = 0;
    const unsigned char *offer = p.rules->offer;
    if (offer[ORDER_FILTER_COMPANY])
        parse_id_field(&p, ORDER_FILTER_COMPANY, "company", &f->company, "Choose a company from the list.");
    if (offer[ORDER_FILTER_STATUS])
        parse_choice(&p, ORDER_FILTER_STATUS, "status", known_status, f->status, sizeof f->status,
                     "Choose a status from the list.");
    if (offer[ORDER_FILTER_CHANNEL])
        parse_choice(&p, ORDER_FILTER_CHANNEL, "channel", known_channel, f->channel, sizeof f->channel,
                     "Choose a channel from the list.");
    if (offer[ORDER_FILTER_DATES]) parse_dates(&p);
    if (offer[ORDER_FILTER_NUMBER]) parse_number(&p);
    if (offer[ORDER_FILTER_PO]) parse_po(&p);
    if (offer[ORDER_FILTER_PLACED_BY]) {
        parse_id_field(&p, ORDER_FILTER_PLACED_BY, "placed_by", &f->placed_by, "Choose a member from the list.");
        parse_placer(&p);
    }
    if (offer[ORDER_FILTER_UNIT])
        parse_id_field(&p, ORDER_FILTER_UNIT, "unit", &f->unit, "Choose a business unit from the list.");
    if (offer[ORDER_FILTER_SKU]) parse_sku(&p);
    if (offer[ORDER_FILTER_SORT]) parse_sort(&p);
    if (offer[ORDER_FILTER_PAGE]) parse_cursor(&p);
    return p.errors->count;
}

/* --- staff number searches --------------------------------------------- */

int order_number_candidates(const char *typed, int64_t year, char out[][ORDER_NUMBER_CANDIDATE_SIZE], int max)
{
    int n = 0;
    if (n < max) snprintf(out[n++], ORDER_NUMBER_CANDIDATE_SIZE, "%s", typed);
    if (n < max) {
        snprintf(out[n], ORDER_NUMBER_CANDIDATE_SIZE, "%s", typed);
        upper_ascii(out[n++]);
    }
    if (n < max) order_number_of_erp(typed, out[n++], ORDER_NUMBER_CANDIDATE_SIZE);
    size_t len = strlen(typed);
    if (len == 0 || len > 6 || strspn(typed, "0123456789") != len) return n;
    long seq = strtol(typed, NULL, 10);
    for (int64_t y = year; y > year - 10 && n < max; y--)
        snprintf(out[n++], ORDER_NUMBER_CANDIDATE_SIZE, "SO-%" PRId64 "-%06ld", y, seq);
    return n;
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
    put_id(&b, "company", f->company);
    put(&b, "status", f->status);
    put(&b, "channel", f->channel);
    put(&b, "from", f->from);
    put(&b, "to", f->to);
    put(&b, "number", f->number);
    put(&b, "po", f->po);
    put_id(&b, "placed_by", f->placed_by);
    put_id(&b, "unit", f->unit);
    put(&b, "sku", f->sku);
    if (f->sort != ORDER_SORT_DATE_DESC) put(&b, "sort", order_sort_name(f->sort));
    if (with_cursor && f->cursor.dir != ORDER_PAGE_FIRST) {
        const struct list_rules *r = rules_of(f->scope);
        char v[48];
        snprintf(v, sizeof v, "%" PRId64 "%c%" PRId64, f->cursor.key, r->cursor_sep, f->cursor.id);
        put(&b, f->cursor.dir == ORDER_PAGE_AFTER ? r->onward : r->back, v);
    }
    if (b.failed) {
        out[0] = '\0';
        return -1;
    }
    return 0;
}

void order_like_pattern(const char *text, int anywhere, char *out, size_t size)
{
    size_t n = 0;
    if (!text[0] || size < 3) {
        if (size) out[0] = '\0';
        return;
    }
    if (anywhere) out[n++] = '%';
    for (const char *p = text; *p && n + 3 < size; p++) {
        if (*p == '\\' || *p == '%' || *p == '_') out[n++] = '\\';
        out[n++] = *p;
    }
    out[n++] = '%';
    out[n] = '\0';
}
