/* Checkout SQL: shipping methods, tax rates, payment methods, order creation. Owner: checkout. */
#include "checkout.h"
