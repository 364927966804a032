/* Order history SQL: filtered, scoped, paged lists and the CSV stream. Owner: orders. */
#include "order_history.h"
