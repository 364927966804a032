#ifndef BUYERDESK_STORE_AUDIT_H
#define BUYERDESK_STORE_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "../audit.h"

struct audit_actor {
    int64_t user_id;       /* 0: the system */
    const char *name;
    const char *kind;      /* member, staff, system */
};

int store_audit_insert(int64_t company_id, const struct audit_actor *actor, const char *action,
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

/* Newest first. company_id 0: every company (back office). Returns rows
 * written (at most max) with their changes, in two queries. -1 on error. */
int store_audit_list(int64_t company_id, int offset, struct audit_entry *out, int max);
int store_audit_count(int64_t company_id);

#endif
