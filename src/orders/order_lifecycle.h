#ifndef BUYERDESK_ORDER_LIFECYCLE_H
#define BUYERDESK_ORDER_LIFECYCLE_H

/* The order lifecycle, one state machine for every channel and screen:
 *
 *   draft -> pending_approval -> approved -> processing -> partially_shipped -> shipped -> delivered
 *         \-> approved           \-> rejected              \----------------------------^
 *   An order accepted over its company's available credit enters
 *   credit_review instead of approved (from draft, or from pending_approval
 *   once its approvals are complete); the seller releases it (approved) or
 *   cancels it.
 *   cancelled from draft, pending_approval, approved, credit_review and processing (not
 *   once goods have left). rejected, delivered and cancelled are final.
 *
 * Pure: callers check a move here, then write it (store) and record it in
 * order_events in the same transaction. */

enum order_state {
    ORDER_DRAFT,
    ORDER_PENDING_APPROVAL,
    ORDER_APPROVED,
    ORDER_REJECTED,
    ORDER_PROCESSING,
    ORDER_PARTIALLY_SHIPPED,
    ORDER_SHIPPED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_CREDIT_REVIEW,     /* accepted over the available credit: the seller releases or cancels it */
    ORDER_STATE_COUNT
};

/* "pending_approval" <-> ORDER_PENDING_APPROVAL. Parse returns 0, or -1
 * for an unknown name (out untouched). */
const char *order_state_name(enum order_state s);
int order_state_parse(const char *name, enum order_state *out);

/* 1 when the lifecycle allows from -> to, else 0. A partially shipped
 * order may take further partial shipments (partially_shipped ->
 * partially_shipped); no other state moves to itself. */
int order_can_move(enum order_state from, enum order_state to);

/* Same on names; unknown names are never allowed. */
int order_can_move_named(const char *from, const char *to);

/* 1 for rejected, delivered and cancelled. */
int order_state_is_final(enum order_state s);

/* 1 when staff may still cancel an order in this state. */
int order_state_cancellable(enum order_state s);

/* The state after a shipment: shipped when every line is fully shipped,
 * else partially_shipped. */
enum order_state order_state_after_shipment(long long ordered_total, long long shipped_total);

/* 1 when from -> to is the same state, or one the lifecycle reaches from
 * `from` in any number of moves (an ERP reports where an order is now,
 * not every step on the way). */
int order_can_reach(enum order_state from, enum order_state to);

#endif
