#ifndef BUYERDESK_ORDER_VIEW_H
#define BUYERDESK_ORDER_VIEW_H

/* How an order's amounts, lines, moments and status go into a page's
 * template, and how the order lists link their pages: shared by the
 * orders area's pages (the member's list and order page, the back
 * office's list and order page), so they read the same everywhere.
 * Private to the orders area. */

#include <stddef.h>
#include <stdint.h>

#include "orders/order_detail_store.h"
#include "orders/order_filter.h"
#include "orders/order_history_store.h"
#include "web/render.h"

/* KEY as money in the currency: "$1,234.56". */
void order_set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency);

/* SUBTOTAL, SHIPPING, TAX and TOTAL of the order, as money. */
void order_set_totals(tpl_dict *d, const struct order_header *o);

/* What every page shows of an order line: LINE_NO, SKU, NAME, UNIT,
 * QUANTITY, SHIPPED, UNIT_PRICE and LINE_TOTAL. */
void order_set_line(tpl_dict *row, const struct order_line_row *l, const char *currency);

/* STATUS (the label), STATUS_CODE and BADGE of an order status. */
void order_set_status(tpl_dict *d, const char *status);

/* PREFIX_DATE ("Mar 4, 2026"), PREFIX_TIME ("14:05 UTC") and PREFIX_ISO
 * (for <time datetime>) of a moment. The prefix names a string literal
 * (the keys are pasted from it), so they are hashed once per process. */
#define order_set_when(d, prefix, when) order_set_when_as((d), prefix "_DATE", prefix "_TIME", prefix "_ISO", (when))
void order_set_when_as(tpl_dict *d, const char *date_key, const char *time_key, const char *iso_key, int64_t when);

/* A list's address: path, and "?" with f's query string when it has one
 * (with_cursor: the page f's cursor names). 0, or -1 when out is too
 * small (out is then path alone). */
int order_list_href(const char *path, const struct order_filter *f, int with_cursor, char *out, size_t size);

/* SECTION with HREF, a pager's link: the list at path from row on, in dir.
 * Left out when the address does not fit. */
void order_set_page_link(tpl_dict *d, const char *section, const char *path, const struct order_filter *f,
                         enum order_page_dir dir, const struct order_list_row *row);

#endif
