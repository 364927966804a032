/* The submit step: one transaction from cart to order. Owner: checkout. */
#include "order_submit.h"
