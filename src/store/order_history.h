#ifndef BUYERDESK_STORE_ORDER_HISTORY_H
#define BUYERDESK_STORE_ORDER_HISTORY_H

/* Order history SQL: filtered, scoped, paged lists and the CSV stream. Owner: orders. */

#endif
