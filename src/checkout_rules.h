#ifndef BUYERDESK_CHECKOUT_RULES_H
#define BUYERDESK_CHECKOUT_RULES_H

/* Checkout figures and checks: totals, tax, shipping by weight band, order numbers (pure). Owner: checkout. */

#endif
