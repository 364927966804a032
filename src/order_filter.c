/* Order history filters from the URL and back (pure). Owner: orders. */
#include "order_filter.h"
