#ifndef BUYERDESK_MEMBER_SCOPE_H
#define BUYERDESK_MEMBER_SCOPE_H

/* Which orders the signed-in member may see (order_scope.h), worked out
 * for one request with the company's unit tree: shared by the order
 * history and one order's page. Private to the orders area. */

#include <stdint.h>

#include "orders/order_detail_store.h"
#include "orders/order_history_store.h"
#include "orders/order_scope.h"
#include "team/unit_tree.h"
#include "web/request.h"

struct member_scope {
    enum order_scope scope;          /* after falling back (unit without a unit -> own) */
    int64_t user_id;
    int64_t member_unit;             /* unit scope: the member's unit */
    struct order_unit_option *units; /* the company's units (all of them when
                                        asked for, else only for unit scope) */
    int n_units;
    struct unit_node *nodes;
};

/* Works out what the member may see. 1, or 0 after answering 403/500.
 * with_units: read the company's units whatever the scope (the list's
 * unit filter offers them); without, they are read only where the scope
 * needs them (a unit and those below it). */
int member_scope_resolve(struct request *req, struct member_scope *sc, int with_units);

/* 1 when the order lies in the member's scope. */
int member_scope_allows(const struct member_scope *sc, const struct order_header *o);

/* 1 when unit may be offered in the unit filter. */
int member_scope_offers_unit(const struct member_scope *sc, int64_t unit);

#endif
