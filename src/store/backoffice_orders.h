#ifndef BUYERDESK_STORE_BACKOFFICE_ORDERS_H
#define BUYERDESK_STORE_BACKOFFICE_ORDERS_H

/* Back-office order SQL: all orders, status moves, shipments. Owner: backoffice orders. */

#endif
