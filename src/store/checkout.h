#ifndef BUYERDESK_STORE_CHECKOUT_H
#define BUYERDESK_STORE_CHECKOUT_H

/* Checkout SQL: shipping methods, tax rates, payment methods, order creation. Owner: checkout. */

#endif
