/* Quick order: parsing pasted "SKU, quantity" lines (pure). Owner: cart. */
#include "quick_order.h"
