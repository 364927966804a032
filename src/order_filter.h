#ifndef BUYERDESK_ORDER_FILTER_H
#define BUYERDESK_ORDER_FILTER_H

/* Order history filters from the URL and back (pure). Owner: orders. */

#endif
