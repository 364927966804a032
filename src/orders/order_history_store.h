#ifndef BUYERDESK_STORE_ORDER_HISTORY_H
#define BUYERDESK_STORE_ORDER_HISTORY_H

/* The order lists' SQL: one engine for the member's order history and the
 * back office's list of every company's orders. Owner: orders.
 *
 * A list is an order_filter (its scope says which list) and the rows the
 * viewer may see: the member's list is scoped to one company, and
 * optionally to the orders one member placed (own scope, or the "placed
 * by" filter) and to one business unit and the units below it (unit
 * scope, or the unit filter); the staff's list sees the companies of the
 * staff member's scope (base/staff_scope.h), or the one of them its
 * company filter names. Paging is by keyset (sort key, id), so a
 * deep page costs what the first one does. Beside the list: the member's
 * unit, the choices of the unit filter and the lines to order again (the
 * people of the "placed by" filter: order_placers_store.h). */

#include <stdint.h>

#include "base/staff_scope.h"
#include "orders/order_filter.h"

struct order_list_query {
    int64_t company_id;          /* member's list: their company, always applied; not read by the staff's */
    int64_t company_filter;      /* staff's list: only this company's orders, 0 those of every company
                                    in staff_scope; not read by the member's */
    const struct staff_scope *staff_scope;   /* staff's list: the companies it may show; required (the
                                                staff's list fails without one); not read by the member's */
    int64_t user_id;             /* > 0: only orders this member placed */
    int64_t unit_id;             /* > 0: only orders of this unit and the units below it */
    const struct order_filter *filter;   /* its scope, the filters, sort and cursor; its placed_by,
                                            unit and company are NOT read here */
};

struct order_list_row {
    int64_t id;
    char number[32];
    int64_t company_id;
    char company[256];
    int64_t placed_at;
    char po_number[256];
    char placed_by[128];         /* a name, or "By phone" / "From our ERP" */
    char ship_to_label[256];
    int64_t total;
    char currency[8];
    char status[32];
    char channel[16];
    char carrier[64];            /* of the latest shipment; "" when none */
    char tracking_number[128];
};

/* Up to max rows from the filter's cursor, in display order (walking back
 * for ORDER_PAGE_BEFORE, then put back in display order). Returns the
 * number of rows, or -1. */
int store_order_list_rows(const struct order_list_query *q, struct order_list_row *out, int max);

/* One page as a pager shows it. */
struct order_list_page {
    int n;                       /* rows shown, at most the page size */
    int has_prev, has_next;      /* rows before the first shown / after the last, in display order */
    enum order_page_dir dir;     /* as read: ORDER_PAGE_FIRST when walking back reached the start */
};

/* The page the filter's cursor asks for, page_size rows (rows holds one
 * more). Walking back to the start shows the full first page instead.
 * 0 or -1. */
int store_order_list_page(const struct order_list_query *q, struct order_list_row *rows, int page_size,
                          struct order_list_page *page);

/* The staff's page: store_order_list_page over the orders of the
 * companies scope reaches (q->staff_scope is not read). 0 or -1. */
int store_bo_order_list_page(const struct staff_scope *scope, const struct order_list_query *q,
                             struct order_list_row *rows, int page_size, struct order_list_page *page);

/* The cursor of a link from row: dir from there, keyed by the sort. */
struct order_cursor order_list_cursor(const struct order_filter *f, enum order_page_dir dir,
                                      const struct order_list_row *row);

/* The member's list only: how many orders match (the cursor is ignored).
 * 0 or -1. */
int store_order_list_count(const struct order_list_query *q, int64_t *count);

/* The member's list only, the export: every matching order (with_lines
 * 0), or every line of every matching order (with_lines 1), in the list's
 * sort order, one call per row while the statement is stepped (nothing is
 * collected). The strings are valid during the call only. fn returns 0 to
 * go on, else the walk stops and that value is returned; -1 on a database
 * error. */
struct order_export_row {
    const char *number;
    int64_t placed_at;
    const char *status;
    const char *channel;
    const char *po_number;
    const char *placed_by;
    const char *unit_name;
    const char *ship_to_label;
    const char *currency;
    int64_t subtotal, shipping, tax, total;
    const char *carrier;
    const char *tracking_number;
    /* with_lines only */
    int line_no;
    const char *sku;
    const char *name;
    const char *unit;
    int64_t quantity, quantity_shipped, unit_price, line_total;
};
typedef int (*order_export_fn)(void *ctx, const struct order_export_row *row);
int store_order_list_export(const struct order_list_query *q, int with_lines, order_export_fn fn, void *ctx);

/* --- beside the member's list ------------------------------------------- */

/* The member's business unit in the company (0 when they have none). 1
 * found, 0 not a member, -1 error. */
int store_order_history_member_unit(int64_t company_id, int64_t user_id, int64_t *unit_id);

/* The company's business units (for the unit filter and scope checks). */
struct order_unit_option {
    int64_t id;
    int64_t parent_id;           /* 0: the root */
    char name[256];
};
#define ORDER_UNITS_MAX 500
int store_order_history_units(int64_t company_id, struct order_unit_option *out, int max);

/* An order's lines for "Order again", each with today's product behind it:
 * the line's product, or the active catalog product with its SKU. */
struct reorder_line {
    int line_no;
    char sku[64];
    char name[256];
    int64_t quantity;
    int64_t product_id;          /* 0: no such product any more */
    int active;                  /* 0: withdrawn from the catalog */
    int64_t pack_size;
    int64_t min_order_qty;
    char unit[32];
};
int store_order_reorder_lines(int64_t company_id, int64_t order_id, struct reorder_line *out, int max);

#endif
