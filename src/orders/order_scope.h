#ifndef BUYERDESK_ORDER_SCOPE_H
#define BUYERDESK_ORDER_SCOPE_H

/* Which orders a member may see: the widest scope their permissions give.
 * A branch sees its own unit and the units below it, never a sibling
 * branch's spending. Pure; the store applies the scope in SQL. */

enum order_scope {
    ORDER_SCOPE_NONE = 0,
    ORDER_SCOPE_OWN = 1,       /* orders they placed */
    ORDER_SCOPE_UNIT = 2,      /* their business unit and everything below it */
    ORDER_SCOPE_COMPANY = 3,   /* the whole company */
};

enum order_scope order_scope_for(unsigned permissions);

/* "Your orders", "Orders of your unit and the units below it", ... */
const char *order_scope_label(enum order_scope scope);

#endif
