#include "team/team_rules.h"

#include <stdio.h>
#include <string.h>

int team_is_admin(int64_t role_id, int active)
{
    /* Only the built-in role counts; see team_rules.h. */
    return active && role_id == TEAM_ADMIN_ROLE_ID;
}

int team_admins_after(const struct team_change *c)
{
    int after = c->active_admins;
    int target_admin = team_is_admin(c->target_role_id, c->target_active);
    switch (c->action) {
    case TEAM_SET_ROLE:
        if (target_admin && c->new_role_id != TEAM_ADMIN_ROLE_ID) after--;
        else if (!target_admin && c->target_active && c->new_role_id == TEAM_ADMIN_ROLE_ID) after++;
        break;
    case TEAM_DEACTIVATE:
    case TEAM_REMOVE:
        if (target_admin) after--;
        break;
    case TEAM_REACTIVATE:
        if (!c->target_active && c->target_role_id == TEAM_ADMIN_ROLE_ID) after++;
        break;
    case TEAM_HAND_OVER:
        if (!target_admin && c->target_active) after++;
        if (team_is_admin(c->actor_role_id, 1) && c->new_role_id && c->new_role_id != TEAM_ADMIN_ROLE_ID) after--;
        break;
    }
    return after;
}

/* 1 when the change takes an Administrator away (so the count matters). */
static int loses_admin(const struct team_change *c)
{
    return team_admins_after(c) < c->active_admins;
}

enum team_verdict team_check(const struct team_change *c)
{
    switch (c->action) {
    case TEAM_HAND_OVER:
        if (c->self) return TEAM_NOT_YOURSELF;
        if (!team_is_admin(c->actor_role_id, 1)) return TEAM_NOT_ADMIN;
        if (!c->target_active) return TEAM_TARGET_INACTIVE;
        break;
    case TEAM_DEACTIVATE:
        if (!c->target_active) return TEAM_ALREADY;
        break;
    case TEAM_REACTIVATE:
        if (c->target_active) return TEAM_ALREADY;
        break;
    default:
        break;
    }
    /* A company that has no Administrator at all (the last one left) may
     * still change others; what is refused is losing the last one. */
    if (loses_admin(c) && team_admins_after(c) < 1) return TEAM_LAST_ADMIN;
    if ((c->action == TEAM_DEACTIVATE || c->action == TEAM_REMOVE) && c->self) return TEAM_NOT_YOURSELF;
    return TEAM_ALLOWED;
}

void team_verdict_message(enum team_verdict verdict, const char *company, char *out, size_t size)
{
    switch (verdict) {
    case TEAM_ALLOWED:
        snprintf(out, size, "%s", "");
        break;
    case TEAM_LAST_ADMIN:
        snprintf(out, size, "%s must keep at least one active administrator. "
                            "Make someone else an administrator first.", company);
        break;
    case TEAM_NOT_YOURSELF:
        snprintf(out, size, "%s", "You cannot do this to yourself. Another administrator can, "
                                  "or hand your administrator role to someone else first.");
        break;
    case TEAM_NOT_ADMIN:
        snprintf(out, size, "%s", "Only an administrator can hand over the administrator role.");
        break;
    case TEAM_TARGET_INACTIVE:
        snprintf(out, size, "%s", "Reactivate this member before making them an administrator.");
        break;
    case TEAM_ALREADY:
        snprintf(out, size, "%s", "Someone has already made this change. Reload the page to see where things stand.");
        break;
    }
}

int team_may_grant(unsigned actor_permissions, unsigned granted)
{
    return (granted & ~actor_permissions) == 0;
}

int team_like_pattern(const char *text, char *out, size_t size)
{
    size_t n = 0;
    if (size < 3) goto too_long;
    out[n++] = '%';
    for (const char *p = text; *p; p++) {
        int escape = *p == '%' || *p == '_' || *p == '\\';
        if (n + (size_t)escape + 3 > size) goto too_long;   /* the char, '%' and NUL still fit */
        if (escape) out[n++] = '\\';
        out[n++] = *p;
    }
    out[n++] = '%';
    out[n] = '\0';
    return 0;
too_long:
    if (size) out[0] = '\0';
    return -1;
}
