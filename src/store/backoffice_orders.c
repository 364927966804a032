/* Back-office order SQL: all orders, status moves, shipments. Owner: backoffice orders. */
#include "backoffice_orders.h"
