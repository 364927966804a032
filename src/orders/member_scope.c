/* The member's scope over orders (see member_scope.h): their own orders,
 * their unit's and the units below it, or the whole company. An order
 * outside it reads as missing, exactly like another company's. */
#include "orders/member_scope.h"

#include <string.h>

#include "web/response.h"

static struct order_unit_option unit_rows[ORDER_UNITS_MAX];
static struct unit_node unit_nodes[ORDER_UNITS_MAX];

int member_scope_resolve(struct request *req, struct member_scope *sc, int with_units)
{
    const struct session_info *s = &req->session;
    memset(sc, 0, sizeof *sc);
    sc->scope = order_scope_for(s->permissions);
    sc->user_id = s->user_id;
    if (sc->scope == ORDER_SCOPE_NONE) {
        response_error(req, 403, "Your role does not let you see orders. Ask your company's administrator.");
        return 0;
    }
    sc->units = unit_rows;
    sc->nodes = unit_nodes;
    if (!with_units && sc->scope != ORDER_SCOPE_UNIT) return 1;
    int n = store_order_history_units(s->company_id, unit_rows, ORDER_UNITS_MAX);
    if (n < 0) {
        response_error(req, 500, "Orders cannot be shown right now. Please try again.");
        return 0;
    }
    sc->n_units = n;
    for (int i = 0; i < n; i++) unit_nodes[i] = (struct unit_node){ unit_rows[i].id, unit_rows[i].parent_id };
    if (sc->scope == ORDER_SCOPE_UNIT) {
        int64_t unit = 0;
        int found = store_order_history_member_unit(s->company_id, s->user_id, &unit);
        if (found < 0) {
            response_error(req, 500, "Orders cannot be shown right now. Please try again.");
            return 0;
        }
        /* No unit to look after: only what they placed themselves. */
        if (found == 0 || unit == 0 || unit_tree_index(unit_nodes, n, unit) < 0) sc->scope = ORDER_SCOPE_OWN;
        else sc->member_unit = unit;
    }
    return 1;
}

int member_scope_allows(const struct member_scope *sc, const struct order_header *o)
{
    switch (sc->scope) {
    case ORDER_SCOPE_COMPANY: return 1;
    case ORDER_SCOPE_UNIT:
        return o->business_unit_id > 0
            && unit_tree_in_subtree(sc->nodes, sc->n_units, sc->member_unit, o->business_unit_id);
    case ORDER_SCOPE_OWN: return o->placed_by_user_id > 0 && o->placed_by_user_id == sc->user_id;
    default: return 0;
    }
}

int member_scope_offers_unit(const struct member_scope *sc, int64_t unit)
{
    if (sc->scope == ORDER_SCOPE_COMPANY) return unit_tree_index(sc->nodes, sc->n_units, unit) >= 0;
    if (sc->scope == ORDER_SCOPE_UNIT) return unit_tree_in_subtree(sc->nodes, sc->n_units, sc->member_unit, unit);
    return 0;
}
