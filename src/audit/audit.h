#ifndef BUYERDESK_AUDIT_H
#define BUYERDESK_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"

/* The audit log: every change to members, invitations, roles, units (and
 * later addresses, rules, credit) is recorded with who, when, what, and
 * the values before and after. Entries are only ever added. */

struct audit_change {
    const char *field;     /* "Role" */
    const char *before;    /* NULL or "" when there was none */
    const char *after;
};

/* Records one entry inside the caller's open transaction, done by actor
 * (a page passes &req->actor, the signed-in member or staff). company_id 0: not about
 * one company. action is a dotted name such as "member.invited"; subject
 * says what it is about in words ("Ben Carter"). Returns 0 or -1. */
int audit_record(const struct actor *actor, int64_t company_id, const char *action, const char *subject,
                 const struct audit_change *changes, size_t change_count);

/* How an action reads on the activity page: "member.invited" -> "Invited a member". */
const char *audit_action_label(const char *action);

#endif
