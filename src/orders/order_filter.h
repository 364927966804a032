#ifndef BUYERDESK_ORDER_FILTER_H
#define BUYERDESK_ORDER_FILTER_H

/* The order lists' filters from the URL and back (pure). Owner: orders.
 *
 * Two lists read them: the member's order history (/account/orders, one
 * company's orders) and the back office's (/backoffice/orders, every
 * company's). Every filter lives in the query string, so a view can be
 * bookmarked and shared; the list's scope says which ones it offers (a
 * filter a list does not offer is ignored, like any unknown parameter):
 *
 *   status=open|<lifecycle state>   from=YYYY-MM-DD   to=YYYY-MM-DD   both
 *   number=<order number>   po=<PO number text>                       both
 *   placed_by=<member id>   unit=<business unit id>   sku=<exact SKU>
 *   placer=<name or email> (where the people are too many to list)
 *   sort=date_desc|date_asc|total_desc|total_asc                     member
 *   company=<company id>   channel=web|phone|erp                     staff
 *
 * The member's number is an order number or its beginning (letters,
 * digits and dashes) and the PO text is found anywhere in the PO number;
 * staff type a whole number (the portal's, the ERP's, or the digits of an
 * SO number) and the beginning of the PO number.
 *
 * Dates are whole UTC days, both ends included. The page cursor is the
 * sort key (placed_at for date sorts, total_cents for total sorts) and the
 * order id of the row the page continues from. The member's links say
 * after=<key>,<id> to walk on in the sort order and before= to walk back;
 * the back office's, named by time in its newest-first list, say
 * before=<key>.<id> for older orders (on) and after= for newer ones (back). */

#include <stddef.h>
#include <stdint.h>

#include "web/http.h"

#define ORDER_PAGE_SIZE 25

#define ORDER_FILTER_NUMBER_MAX 40      /* the longer of the two lists' limits */
#define ORDER_FILTER_PO_MAX 60
#define ORDER_FILTER_SKU_MAX 60
#define ORDER_FILTER_PLACER_MAX 120

/* Which list reads the filters. */
enum order_list_scope {
    ORDER_LIST_MEMBER = 0,      /* the order history: one company, the member's scope */
    ORDER_LIST_STAFF,           /* the back office: every company */
    ORDER_LIST_SCOPE_COUNT
};

/* The filters a list may offer (order_filter_offers). */
enum order_filter_field {
    ORDER_FILTER_STATUS, ORDER_FILTER_DATES, ORDER_FILTER_NUMBER, ORDER_FILTER_PO, ORDER_FILTER_PAGE,
    ORDER_FILTER_PLACED_BY, ORDER_FILTER_UNIT, ORDER_FILTER_SKU, ORDER_FILTER_SORT,
    ORDER_FILTER_COMPANY, ORDER_FILTER_CHANNEL,
    ORDER_FILTER_FIELD_COUNT
};

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
    enum order_list_scope scope;
    char status[24];            /* "" any, "open" (not final), or a lifecycle state */
    char from[11];              /* YYYY-MM-DD or "" */
    char to[11];
    int64_t from_ts;            /* placed_at >= from_ts (INT64_MIN: no bound) */
    int64_t to_ts;              /* placed_at <  to_ts   (INT64_MAX: no bound) */
    char number[ORDER_FILTER_NUMBER_MAX + 1];   /* member: upper case; staff: as typed */
    char po[ORDER_FILTER_PO_MAX * 4 + 1];       /* UTF-8, any case */
    int64_t placed_by;          /* 0: anyone */
    char placer[ORDER_FILTER_PLACER_MAX * 4 + 1];   /* member: a name or email typed, to resolve
                                                       to placed_by (never in links) */
    int64_t unit;               /* 0: any unit */
    char sku[ORDER_FILTER_SKU_MAX + 1];         /* upper case, exact */
    int64_t company;            /* 0: every company */
    char channel[8];            /* "" any, or one of order_channels */
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

/* Adds an error (dropped when errors is full or NULL). */
void order_filter_error(struct order_filter_errors *errors, const char *field, const char *message);

/* 1 when the list offers the filter (ORDER_FILTER_PAGE: the cursor). */
int order_filter_offers(enum order_list_scope scope, enum order_filter_field field);

/* A filter with nothing set (the default list). */
void order_filter_init(struct order_filter *f, enum order_list_scope scope);

/* Reads the filters the scope offers from a parsed query string. Values
 * that are invalid are left out of f (so the rest still applies) and
 * reported in errors (may be NULL), except where the back office has
 * always dropped them without a word (status, company, channel, PO and a
 * page link it cannot read). Returns the number of errors. */
int order_filter_parse(const struct http_params *query, enum order_list_scope scope, struct order_filter *f,
                       struct order_filter_errors *errors);

/* 1 when any filter (not the sort, not the cursor) is set. */
int order_filter_active(const struct order_filter *f);

/* The query string (without '?') that gives back f's filters and sort;
 * with_cursor adds the cursor as f's list spells it. Defaults are left
 * out, so the plain list is "". Returns 0, or -1 when out is too small
 * (out is then ""). */
int order_filter_query(const struct order_filter *f, int with_cursor, char *out, size_t size);

/* "date_desc" ... and back. Parse: 0, or -1 for an unknown name. */
const char *order_sort_name(enum order_sort sort);
int order_sort_parse(const char *name, enum order_sort *out);

/* 1 when the sort is by total (the cursor key is total_cents). */
int order_sort_by_total(enum order_sort sort);

/* "123,456" or "123.456" -> key 123, id 456 (key may be negative, id > 0).
 * 0 or -1. */
int order_cursor_parse(const char *text, int64_t *key, int64_t *id);

/* "YYYY-MM-DD" (a real calendar day) -> Unix seconds at 00:00 UTC. 0 or -1. */
int order_date_parse(const char *text, int64_t *out);

/* What a date field may show of a typed value: the value when it is a real
 * day, else "" (<input type="date"> holds only a real day; browsers show
 * anything else as empty, so the message says what was wrong). */
const char *order_date_field(const char *typed);

/* The portal numbers a staff number search may mean, into out: as typed,
 * upper-cased, the ERP's number as the portal shows it ("ERP-" + typed)
 * and, for up to six bare digits, the SO number of that sequence in year
 * and each of the nine years before. Returns how many (at most max). */
#define ORDER_NUMBER_CANDIDATES 14
#define ORDER_NUMBER_CANDIDATE_SIZE 52
int order_number_candidates(const char *typed, int64_t year, char out[][ORDER_NUMBER_CANDIDATE_SIZE], int max);

/* text with \ % _ escaped and a '%' after it, for LIKE ... ESCAPE '\';
 * with a '%' before it too when it may stand anywhere (the member's PO,
 * a placer's name), not only first (the staff's PO). "" for "", and cut
 * to fit out. */
void order_like_pattern(const char *text, int anywhere, char *out, size_t size);

/* The statuses "open" stands for: every state that is not final. */
extern const char *const order_open_statuses[];
extern const int order_open_status_count;

/* The channels an order comes in by (the staff's channel filter). */
extern const char *const order_channels[];
extern const int order_channel_count;

#endif
