#ifndef BUYERDESK_IMPORT_ORDERS_H
#define BUYERDESK_IMPORT_ORDERS_H

#include <stddef.h>
#include <stdint.h>

#include "erp/import.h"
#include "orders/order_draft.h"
#include "orders/order_lifecycle.h"

/* The "orders" import shape: offline orders (taken by phone or entered in
 * the ERP) as one row per order line. erp_order_no and line_no together
 * are the row's key; the order-level columns (customer_account, channel,
 * placed_on, status, po_number, ship_to, currency, shipping, tax) repeat
 * on every row of an order and must agree.
 *
 * - A new erp_order_no becomes an order of the customer whose ERP account
 *   number is customer_account, numbered "ERP-" + erp_order_no in the
 *   portal (never clashes with the portal's own SO-YYYY-NNNNNN numbers);
 *   a known one is updated when anything differs. An ERP order never moves
 *   between customers, and an order placed in the portal is never changed.
 * - A file gives each order whole: a line of an imported order that the
 *   file no longer lists is removed (unless the seller recorded a shipment
 *   of it). Totals are computed: the lines, plus shipping, plus tax.
 * - name may be empty when the SKU is in the catalog (the catalog's name
 *   and unit are used). quantity_shipped empty: all of it for shipped and
 *   delivered orders, none otherwise.
 * - status is any lifecycle state but draft and pending_approval; a later
 *   import may move an order forward (skipping steps is fine: the ERP
 *   knows) but never back. Each change of status adds a timeline event.
 * - Importing the same file again changes nothing (every row unchanged,
 *   no audit entry). One audit entry (order.imported) per company touched. */

extern const struct import_shape import_orders_shape;

enum {
    ORD_COL_ERP_NO, ORD_COL_LINE_NO, ORD_COL_CUSTOMER, ORD_COL_CHANNEL, ORD_COL_PLACED_ON, ORD_COL_STATUS,
    ORD_COL_PO, ORD_COL_SHIP_TO, ORD_COL_CURRENCY, ORD_COL_SHIPPING, ORD_COL_TAX, ORD_COL_SKU, ORD_COL_NAME,
    ORD_COL_QUANTITY, ORD_COL_UNIT_PRICE, ORD_COL_QTY_SHIPPED, ORD_COL_COUNT
};

#define IMPORT_ORDER_ERP_NO_MAX 24      /* the portal number "ERP-" + it fits 32 bytes */
#define IMPORT_ORDER_QUANTITY_MAX ORDER_QUANTITY_MAX
#define IMPORT_ORDER_LINE_NO_MAX 9999
#define IMPORT_ORDER_MONEY_MAX 10000000000LL   /* cents: $100,000,000.00 */

/* Pure: the row checks without the database (the shape's validate_row). */
int import_orders_validate(const char *const fields[], struct import_row_error *errs, int max);

/* An amount of the file (base/money.h's grammar: "12.50", "1,250.00"),
 * not negative, at most IMPORT_ORDER_MONEY_MAX. 0 or -1. */
int import_orders_amount(const char *text, int64_t *cents);


#endif
