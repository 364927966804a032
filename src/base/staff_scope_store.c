#include "base/staff_scope_store.h"

/* q's scope parameters are its own: each has its number to itself (a
 * named parameter that took ?61 or ?62 first would hide it from
 * sqlite3_bind_parameter_index), and no bare "?" was numbered after them. */
static int scope_slots(sqlite3_stmt *q, int *all, int *manager)
{
    *all = sqlite3_bind_parameter_index(q, STAFF_SCOPE_ALL);
    *manager = sqlite3_bind_parameter_index(q, STAFF_SCOPE_MANAGER);
    if (*all == 0 || *manager == 0) return -1;
    for (int i = *manager + 1; i <= sqlite3_bind_parameter_count(q); i++)
        if (!sqlite3_bind_parameter_name(q, i)) return -1;
    return 0;
}

int staff_scope_bind(sqlite3_stmt *q, const struct staff_scope *scope)
{
    int all, manager;
    if (!q || !scope || scope_slots(q, &all, &manager) != 0) return -1;
    sqlite3_bind_int(q, all, scope->all_companies ? 1 : 0);
    sqlite3_bind_int64(q, manager, scope->all_companies ? 0 : scope->manager_id);
    return 0;
}
