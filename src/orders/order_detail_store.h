#ifndef BUYERDESK_STORE_ORDER_DETAIL_H
#define BUYERDESK_STORE_ORDER_DETAIL_H

#include <stdint.h>

#include "base/staff_scope.h"

/* One order as its detail pages show it (the buyer's and the back
 * office's): header, lines, status timeline and shipments. Whatever takes
 * a company_id reads and writes that company's orders only; the back
 * office's lookup of an order of any company its staff scope reaches is
 * store_bo_order_get (store_bo_*: seller staff, base/staff_scope.h). Returns: 1 found, 0 not found (or another
 * company's), -1 error; lists return the rows written or -1. */

#define ORDER_LINES_MAX 1000
#define ORDER_EVENTS_MAX 100
#define ORDER_SHIPMENTS_MAX 50

struct order_header {
    int64_t id;
    int64_t company_id;
    char company_name[256];
    char number[32];
    char erp_order_no[64];
    int64_t placed_by_user_id;       /* 0: placed offline */
    char placed_by[128];             /* name, or "By phone" / "From our ERP" */
    char requested_by[128];          /* who asked for it by a requisition; "" none */
    char placed_by_email[256];
    int64_t business_unit_id;
    char unit_name[128];
    char status[32];
    char channel[16];                /* web, phone, erp */
    char po_number[64];
    char currency[8];
    int64_t subtotal, shipping, tax, total;   /* minor units */
    char shipping_method[128];
    char tax_label[128];
    int64_t tax_rate_bp;
    int64_t ship_to_address_id, bill_to_address_id;
    char ship_to_label[128];
    char ship_to_text[1024];
    char bill_to_label[128];
    char bill_to_text[1024];
    char payment_method[32];
    char requested_delivery_date[16];
    char notes[2048];
    char cancel_reason[512];
    int waiting_for_address;
    int64_t placed_at;
    int64_t updated_at;
};

struct order_line_row {
    int64_t id;
    int line_no;
    int64_t product_id;              /* 0: not (or no longer) in the catalog */
    char sku[64];
    char name[256];
    char unit[32];
    int64_t quantity;
    int64_t quantity_shipped;
    int64_t unit_price;
    int64_t line_total;
    char price_source[16];           /* list, contract */
};

struct order_event_row {
    char from_status[32];
    char to_status[32];
    char actor[128];                 /* a person's name, or actor_label */
    char note[512];
    int64_t at;
};

struct shipment_row {
    int64_t id;
    char carrier[64];
    char tracking_number[128];
    int64_t shipped_at;
    int64_t delivered_at;            /* 0: not yet */
    char contents[1024];             /* "2 x GEN-000123, 5 x GEN-000456" */
};

int store_order_get(int64_t company_id, const char *number, struct order_header *out);
/* Back office only: the order with this number, of whichever company the
 * scope reaches (0: none, or another company's). */
int store_bo_order_get(const struct staff_scope *scope, const char *number, struct order_header *out);
int store_order_lines(int64_t order_id, struct order_line_row *out, int max);
int store_order_events(int64_t order_id, struct order_event_row *out, int max);
int store_order_shipments(int64_t order_id, struct shipment_row *out, int max);

/* Records a status move in the timeline (inside the caller's transaction).
 * actor_user_id 0: actor_label names who (a job, a key). 0 or -1. */
int store_order_event_add(int64_t order_id, int64_t company_id, const char *from, const char *to,
                          int64_t actor_user_id, const char *actor_label, const char *note, int64_t at);

/* Moves an order from one status to another, only if it is still in
 * `from` (so two concurrent moves cannot both win); a cancelled order
 * keeps cancel_reason. company_id is the order's own (staff moves too).
 * Only order_move (order_move.h) calls it. 1 moved, 0 not (changed
 * meanwhile, or not found), -1 error. */
int store_order_move(int64_t company_id, int64_t order_id, const char *from, const char *to,
                     const char *cancel_reason, int64_t now);

/* Cancels the order's approval steps still waiting or queued (the order was
 * rejected or cancelled). The number of steps cancelled, or -1. */
int store_order_cancel_open_steps(int64_t order_id, int64_t now);

#endif
