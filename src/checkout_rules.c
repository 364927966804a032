/* Checkout figures and checks: totals, tax, shipping by weight band, order numbers (pure). Owner: checkout. */
#include "checkout_rules.h"
