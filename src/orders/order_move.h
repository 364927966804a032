#ifndef BUYERDESK_ORDERS_ORDER_MOVE_H
#define BUYERDESK_ORDERS_ORDER_MOVE_H

#include <stdint.h>

#include "audit/audit.h"
#include "base/actor.h"
#include "orders/order_detail_store.h"
#include "web/render.h"

/* The one way an order's status changes, whoever moves it: checkout
 * placing it, an approver deciding, an address being approved, staff
 * processing, shipping or cancelling it, the ERP import. Inside the
 * caller's transaction, order_move
 *   - checks the move against the lifecycle (order_lifecycle.h),
 *   - writes the status, only if the order is still where the caller saw
 *     it (two concurrent moves cannot both win),
 *   - withdraws the approval steps still open when the order ends
 *     rejected or cancelled,
 *   - records the move on the order's timeline and in the audit log,
 *   - queues the buyer's mail,
 * and is where later work hooks in (credit, stock, ERP events), so every
 * channel gets it at once. Nothing else writes orders.status. */

/* The order as the caller read it. */
struct order_ref {
    int64_t id;
    int64_t company_id;
    const char *number;
    const char *status;           /* where the caller saw it; "draft" for an order being placed */
    int64_t buyer_user_id;        /* who placed it; 0: offline, nobody to mail */
    const char *buyer_email;
    const char *buyer_name;
    const char *company_name;
};

/* The reference of an order read with store_order_get. */
struct order_ref order_ref_of(const struct order_header *o);

struct order_move {
    const char *to;
    const char *note;                    /* on the timeline; NULL or "" none */
    /* The audit entry: action ("order.cancelled") with "Status" before and
     * after, then these lines. NULL action: the caller records its own
     * entry (an import run records one for the whole file). */
    const char *action;
    const struct audit_change *changes;
    int change_count;
    const char *cancel_reason;           /* kept on a cancelled order */
    /* The buyer's mail ("order_shipped"), NULL none. ORDER_NUMBER,
     * ORDER_PATH and COMPANY_NAME are added to values (the caller's). */
    const char *mail_type;
    tpl_dict *mail_values;
    int jump;                            /* the ERP may report any later state at once: reachable is enough */
    int64_t at;                          /* when, for the timeline; 0: now */
    int *withdrawn;                      /* out, may be NULL: approval steps withdrawn */
};

enum order_move_result {
    ORDER_MOVE_ERROR = -1,
    ORDER_MOVE_REFUSED = 0,              /* the lifecycle does not allow it */
    ORDER_MOVE_STALE,                    /* the order is no longer where the caller saw it (or gone) */
    ORDER_MOVED,
};

enum order_move_result order_move(const struct actor *who, const struct order_ref *order, const struct order_move *m);

#endif
