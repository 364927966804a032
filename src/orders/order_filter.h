#ifndef BUYERDESK_ORDER_FILTER_H
#define BUYERDESK_ORDER_FILTER_H

/* Order history filters from the URL and back (pure). Owner: orders.
 *
 * Every filter of the order list lives in the query string, so a view can
 * be bookmarked and shared:
 *
 *   status=open|<lifecycle state>   from=YYYY-MM-DD   to=YYYY-MM-DD
 *   number=<order number or its beginning>   po=<part of the PO number>
 *   placed_by=<member id>   unit=<business unit id>   sku=<exact SKU>
 *   sort=date_desc|date_asc|total_desc|total_asc
 *   after=<key>,<id> | before=<key>,<id>      (keyset paging)
 *
 * Dates are whole UTC days, both ends included. The page cursor is the
 * sort key (placed_at for date sorts, total_cents for total sorts) and the
 * order id of the row the page continues from: "after" walks on in the
 * sort order, "before" walks back. */

#include <stddef.h>
#include <stdint.h>

#include "web/http.h"

#define ORDER_PAGE_SIZE 25

#define ORDER_FILTER_NUMBER_MAX 31
#define ORDER_FILTER_PO_MAX 60
#define ORDER_FILTER_SKU_MAX 60

enum order_sort {
    ORDER_SORT_DATE_DESC = 0,   /* the default: newest first */
    ORDER_SORT_DATE_ASC,
    ORDER_SORT_TOTAL_DESC,
    ORDER_SORT_TOTAL_ASC,
    ORDER_SORT_COUNT
};

enum order_page_dir {
    ORDER_PAGE_FIRST = 0,
    ORDER_PAGE_AFTER,           /* rows that come after the cursor in the sort order */
    ORDER_PAGE_BEFORE,          /* rows that come before it (walking back) */
};

struct order_cursor {
    enum order_page_dir dir;
    int64_t key;                /* placed_at or total_cents of the cursor row */
    int64_t id;                 /* its order id (ties) */
};

struct order_filter {
    char status[24];            /* "" any, "open" (not final), or a lifecycle state */
    char from[11];              /* YYYY-MM-DD or "" */
    char to[11];
    int64_t from_ts;            /* placed_at >= from_ts (INT64_MIN: no bound) */
    int64_t to_ts;              /* placed_at <  to_ts   (INT64_MAX: no bound) */
    char number[ORDER_FILTER_NUMBER_MAX + 1];   /* upper case; exact or beginning */
    char po[ORDER_FILTER_PO_MAX * 4 + 1];       /* UTF-8, matched anywhere, any case */
    int64_t placed_by;          /* 0: anyone */
    int64_t unit;               /* 0: any unit */
    char sku[ORDER_FILTER_SKU_MAX + 1];         /* upper case, exact */
    enum order_sort sort;
    struct order_cursor cursor;
};

#define ORDER_FILTER_MAX_ERRORS 12

/* A filter value that could not be used: the field (the query parameter's
 * name, which is also the form field's id) and a sentence for people. */
struct order_filter_errors {
    int count;
    struct {
        const char *field;
        const char *message;
    } items[ORDER_FILTER_MAX_ERRORS];
};

/* A filter with nothing set (the default list). */
void order_filter_init(struct order_filter *f);

/* Reads the filters from a parsed query string. Values that are invalid
 * are left out of f (so the rest still applies) and reported in errors
 * (may be NULL). Returns the number of errors. */
int order_filter_parse(const struct http_params *query, struct order_filter *f, struct order_filter_errors *errors);

/* 1 when any filter (not the sort, not the cursor) is set. */
int order_filter_active(const struct order_filter *f);

/* The query string (without '?') that gives back f's filters and sort;
 * with_cursor adds after=/before= from f->cursor. Defaults are left out,
 * so the plain list is "". Returns 0, or -1 when out is too small (out is
 * then ""). */
int order_filter_query(const struct order_filter *f, int with_cursor, char *out, size_t size);

/* "date_desc" ... and back. Parse: 0, or -1 for an unknown name. */
const char *order_sort_name(enum order_sort sort);
int order_sort_parse(const char *name, enum order_sort *out);

/* 1 when the sort is by total (the cursor key is total_cents). */
int order_sort_by_total(enum order_sort sort);

/* "123,456" -> key 123, id 456 (key may be negative, id > 0). 0 or -1. */
int order_cursor_parse(const char *text, int64_t *key, int64_t *id);

/* "YYYY-MM-DD" (a real calendar day) -> Unix seconds at 00:00 UTC. 0 or -1. */
int order_date_parse(const char *text, int64_t *out);

/* The statuses "open" stands for: every state that is not final. */
extern const char *const order_open_statuses[];
extern const int order_open_status_count;

#endif
