#ifndef BUYERDESK_TEAM_RULES_H
#define BUYERDESK_TEAM_RULES_H

#include <stddef.h>
#include <stdint.h>

/* The rules of running a company's team, as pure functions (no SQL, no
 * I/O), unit-tested in tests/unit/test_team_rules.c. The store supplies
 * the facts (read inside the write transaction, so two administrators
 * demoting each other at once cannot both succeed); these decide.
 *
 * "Administrator" means an ACTIVE member holding the built-in
 * Administrator role (id 1). A custom role that happens to hold every
 * permission does NOT count: the company's last line of control is the
 * built-in role, which nobody can edit or delete, so the rule stays true
 * whatever happens to custom roles later. */

#define TEAM_ADMIN_ROLE_ID 1

enum team_action {
    TEAM_SET_ROLE,      /* give the target new_role_id */
    TEAM_DEACTIVATE,    /* the target can no longer sign in to the company */
    TEAM_REACTIVATE,
    TEAM_REMOVE,        /* the target leaves the company */
    TEAM_HAND_OVER,     /* the actor makes the target an Administrator and
                           may take new_role_id themselves (0: keep theirs) */
};

struct team_change {
    enum team_action action;
    int active_admins;          /* active Administrators in the company now */
    int64_t target_role_id;     /* the target's role now */
    int target_active;          /* the target's membership is active */
    int self;                   /* the actor is the target */
    int64_t new_role_id;        /* SET_ROLE: the target's new role;
                                   HAND_OVER: the actor's new role, 0 to keep */
    int64_t actor_role_id;      /* the actor's role now (HAND_OVER) */
};

enum team_verdict {
    TEAM_ALLOWED = 0,
    TEAM_LAST_ADMIN,        /* would leave the company without an active Administrator */
    TEAM_NOT_YOURSELF,      /* deactivating, removing or handing over to oneself */
    TEAM_NOT_ADMIN,         /* only an Administrator hands the role over */
    TEAM_TARGET_INACTIVE,   /* hand over to a deactivated member */
    TEAM_ALREADY,           /* deactivate a deactivated member, reactivate an active one */
};

/* 1 when a member with this role and status counts as an Administrator. */
int team_is_admin(int64_t role_id, int active);

/* Whether the change may be made. The last-administrator rule is checked
 * first, so the only Administrator trying to leave hears about that. */
enum team_verdict team_check(const struct team_change *change);

/* Active Administrators the company would have after the change. */
int team_admins_after(const struct team_change *change);

/* What to tell the person; company names the company in the message. */
void team_verdict_message(enum team_verdict verdict, const char *company, char *out, size_t size);

/* A member may hand out only permissions they hold themselves: 1 when
 * `granted` (the role being given) is within `actor` (the actor's). */
int team_may_grant(unsigned actor_permissions, unsigned granted);

/* Escapes % _ and \ with \ for a LIKE pattern (ESCAPE '\') and wraps the
 * text in %...%: "50%_off" -> "%50\%\_off%". Returns 0, or -1 when out is
 * too small (out is then ""). */
int team_like_pattern(const char *text, char *out, size_t size);

#endif
