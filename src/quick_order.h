#ifndef BUYERDESK_QUICK_ORDER_H
#define BUYERDESK_QUICK_ORDER_H

/* Quick order: parsing pasted "SKU, quantity" lines (pure). Owner: cart. */

#endif
