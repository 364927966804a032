/* Offline orders: the "orders" shape of the CSV import. Owner: backoffice orders. */
#include "import_orders.h"
