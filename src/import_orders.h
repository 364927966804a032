#ifndef BUYERDESK_IMPORT_ORDERS_H
#define BUYERDESK_IMPORT_ORDERS_H

/* Offline orders: the "orders" shape of the CSV import. Owner: backoffice orders. */

#endif
