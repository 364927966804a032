#ifndef BUYERDESK_STORE_AUDIT_H
#define BUYERDESK_STORE_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "audit/audit.h"
#include "base/staff_scope.h"

int store_audit_insert(int64_t company_id, const struct actor *actor, const char *action,
                       const char *subject, const struct audit_change *changes, size_t count, int64_t now);

#define AUDIT_CHANGES_MAX 8

struct audit_entry {
    int64_t id;
    int64_t company_id;
    char company[256];
    char actor[128];
    char actor_kind[16];
    char action[64];
    char subject[256];
    int64_t created_at;
    int change_count;
    struct {
        char field[64];
        char before[256];
        char after[256];
    } changes[AUDIT_CHANGES_MAX];
};

/* The company's entries, newest first. Returns rows written (at most max)
 * with their changes, in two queries. -1 on error. */
int store_audit_list(int64_t company_id, int offset, struct audit_entry *out, int max);
int store_audit_count(int64_t company_id);

/* Like store_audit_list / store_audit_count, only entries whose action
 * starts with action_prefix ("member." ...; "" for every action). One
 * query each. */
int store_activity_list(int64_t company_id, const char *action_prefix, int offset, struct audit_entry *out,
                        int max);
int store_activity_count(int64_t company_id, const char *action_prefix);

/* Back office only (store_bo_*: seller staff): the same over the entries
 * of every company the staff scope reaches (base/staff_scope.h), or of
 * company_filter's only when it is > 0 (none when that company is outside
 * the scope). Entries about no company are in a scope of every company
 * only, without a company filter. */
int store_bo_activity_list(const struct staff_scope *scope, int64_t company_filter, const char *action_prefix,
                           int offset, struct audit_entry *out, int max);
int store_bo_activity_count(const struct staff_scope *scope, int64_t company_filter, const char *action_prefix);

#endif
