#include "base/staff_scope.h"

struct staff_scope staff_scope_all(void)
{
    return (struct staff_scope){ .all_companies = 1 };
}

struct staff_scope staff_scope_managed_by(int64_t user_id)
{
    /* A negative id is no person: clamp it to the scope of nobody. */
    return (struct staff_scope){ .all_companies = 0, .manager_id = user_id > 0 ? user_id : 0 };
}

struct staff_scope staff_scope_of(const struct actor *a)
{
    if (!a || a->kind != ACTOR_STAFF) return (struct staff_scope){ 0 };
    return a->managed_companies_only ? staff_scope_managed_by(a->user_id) : staff_scope_all();
}
