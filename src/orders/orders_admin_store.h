#ifndef BUYERDESK_STORE_BACKOFFICE_ORDERS_H
#define BUYERDESK_STORE_BACKOFFICE_ORDERS_H

/* Back-office order SQL: counts by status, shipments, and the writes of
 * the offline orders import (the list of every company's orders is
 * order_history_store.h). Staff only: nothing here is scoped to one company
 * (the back office sees them all). Returns: rows or 0 / -1 as each
 * function says. */

#include <stddef.h>
#include <stdint.h>

#include "base/staff_scope.h"

/* --- counts ------------------------------------------------------------- */

/* How many orders of the companies the staff scope reaches have this
 * status, or of company_filter's only when it is > 0 (none when that
 * company is outside the scope). -1 on error. */
int store_bo_orders_count_status(const struct staff_scope *scope, int64_t company_filter, const char *status);

/* --- shipments (inside the caller's transaction) -------------------------- */

/* Each of an order of a company in the staff scope only (the page found the
 * order through store_bo_order_get already; these hold to it too). */

/* Records a shipment (no lines yet); *id is the new shipment. 0, or -1 on
 * an error or when the company is outside the scope. */
int store_bo_shipment_add(const struct staff_scope *scope, int64_t order_id, int64_t company_id, const char *carrier,
                          const char *tracking, int64_t shipped_at, int64_t created_by, int64_t *id);

/* Adds quantity of one order line to a shipment and to the line's shipped
 * quantity, unless that would ship more than was ordered. 1 done, 0 the
 * line is not the order's (in the scope) or has less than quantity left,
 * -1 error. */
int store_bo_shipment_line_add(const struct staff_scope *scope, int64_t shipment_id, int64_t order_id,
                               int64_t line_id, int64_t quantity);

/* Ordered and shipped quantities over all the order's lines (0 and 0 for
 * an order outside the scope). 0 or -1. */
int store_bo_order_quantities(const struct staff_scope *scope, int64_t order_id, int64_t *ordered, int64_t *shipped);

/* Sets delivered_at on the order's shipments that have none. Rows or -1. */
int store_bo_shipments_delivered(const struct staff_scope *scope, int64_t order_id, int64_t now);

/* --- the offline orders import (inside import_run's transaction) ---------- */

struct import_company {
    int64_t id;
    char currency[8];
};

/* The customer with this ERP account number. 1 found, 0 none, -1 error. */
int store_import_company(const char *account, struct import_company *out);

struct import_order_row {
    int64_t id;
    int64_t company_id;
    char company_account[48];
    char number[32];
    char channel[16];
    char status[32];
    char po_number[64];
    char ship_to_text[1024];
    char currency[8];
    int64_t placed_at;
    int64_t shipping, tax;
};

/* The order with this ERP order number. 1 found, 0 none, -1 error. */
int store_import_order_find(const char *erp_no, struct import_order_row *out);

/* 1 when some order already has this portal number, 0 not, -1 error. */
int store_import_number_taken(const char *number);

/* A new order from the ERP, in draft until order_move puts it where the
 * ERP says (totals 0 until store_import_order_totals). ship_to_label is
 * the first line of ship_to_text. 0 or -1. */
int store_import_order_insert(const struct import_order_row *o, const char *erp_no, int64_t now, int64_t *id);

/* Writes o's header values (channel, po, ship-to, currency, placed_at,
 * shipping, tax) onto order o->id; its status moves by order_move. 0 or -1. */
int store_import_order_update(const struct import_order_row *o, int64_t now);

/* subtotal = the lines, total = subtotal + shipping + tax. 0 or -1. */
int store_import_order_totals(int64_t order_id, int64_t now);

struct import_line_row {
    int64_t id;
    int line_no;
    int64_t product_id;              /* 0: not in the catalog */
    char sku[64];
    char name[256];
    char unit[32];
    int64_t quantity, quantity_shipped, unit_price;
};

/* The order's line with this number. 1 found, 0 none, -1 error. */
int store_import_line_find(int64_t order_id, int line_no, struct import_line_row *out);
int store_import_line_insert(int64_t order_id, int64_t company_id, const struct import_line_row *l);
int store_import_line_update(const struct import_line_row *l);

/* The catalog product with this SKU: 1 (id, name, unit written), 0 none, -1 error. */
int store_import_product(const char *sku, int64_t *id, char *name, size_t name_size, char *unit, size_t unit_size);

/* The order's line numbers (at most max), or -1. */
int store_import_line_numbers(int64_t order_id, int *out, int max);

/* Removes the order's line with this number unless a shipment names it.
 * 1 removed, 0 kept, -1 error. */
int store_import_line_remove(int64_t order_id, int line_no);

#endif
