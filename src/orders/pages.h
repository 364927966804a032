#ifndef BUYERDESK_ORDERS_PAGES_H
#define BUYERDESK_ORDERS_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The orders pages, each named in the route table (routes.c). */

/* orders/order_history_page.c: the member's order history and its CSV */
void page_orders(struct request *req);
void page_orders_csv(struct request *req);

/* orders/order_page.c: one order for the member, and ordering it again */
void page_order(struct request *req);
void page_order_reorder(struct request *req);
extern const struct form_spec form_order_reorder;

/* orders/orders_admin_page.c: the back office's order list */
void page_bo_orders(struct request *req);

/* orders/order_admin_page.c: one order in the back office and its moves */
void page_bo_order(struct request *req);
void page_bo_order_status(struct request *req);
void page_bo_order_cancel(struct request *req);
void page_bo_order_credit_release(struct request *req);
void page_bo_order_shipment(struct request *req);
extern const struct form_spec form_order_status;
extern const struct form_spec form_order_cancel;
extern const struct form_spec form_order_credit_release;
extern const struct form_spec form_order_shipment;

#endif
