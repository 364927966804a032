#include "orders/order_scope.h"

#include "base/permissions.h"

enum order_scope order_scope_for(unsigned permissions)
{
    if (permissions & PERM_VIEW_ALL_ORDERS) return ORDER_SCOPE_COMPANY;
    if (permissions & PERM_VIEW_UNIT_ORDERS) return ORDER_SCOPE_UNIT;
    if (permissions & PERM_VIEW_OWN_ORDERS) return ORDER_SCOPE_OWN;
    return ORDER_SCOPE_NONE;
}

const char *order_scope_label(enum order_scope scope)
{
    switch (scope) {
    case ORDER_SCOPE_COMPANY: return "All orders of the company";
    case ORDER_SCOPE_UNIT: return "Orders of your unit and the units below it";
    case ORDER_SCOPE_OWN: return "Your orders";
    default: return "";
    }
}
