#ifndef BUYERDESK_ORDER_SUBMIT_H
#define BUYERDESK_ORDER_SUBMIT_H

/* The submit step: one transaction from cart to order. Owner: checkout. */

#endif
