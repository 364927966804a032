#include "base/actor.h"

#include <stdio.h>

struct actor actor_system(const char *label)
{
    struct actor a = { .kind = ACTOR_SYSTEM };
    snprintf(a.label, sizeof a.label, "%s", label && label[0] ? label : "System");
    return a;
}

struct actor actor_member(int64_t user_id, int64_t company_id, unsigned permissions, const char *name)
{
    struct actor a = { .kind = ACTOR_MEMBER, .user_id = user_id, .company_id = company_id, .permissions = permissions };
    snprintf(a.label, sizeof a.label, "%s", name && name[0] ? name : "A member");
    return a;
}

struct actor actor_job_for_member(int64_t user_id, int64_t company_id, unsigned permissions, const char *label)
{
    struct actor a = actor_system(label);
    a.user_id = user_id;
    a.company_id = company_id;
    a.permissions = permissions;
    return a;
}

int actor_is_person(const struct actor *a)
{
    return a->kind == ACTOR_MEMBER || a->kind == ACTOR_STAFF;
}

const char *actor_kind_name(enum actor_kind kind)
{
    switch (kind) {
    case ACTOR_MEMBER: return "member";
    case ACTOR_STAFF: return "staff";
    case ACTOR_API_KEY: return "api";
    case ACTOR_SYSTEM: break;
    }
    return "system";
}
