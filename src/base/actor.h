#ifndef BUYERDESK_BASE_ACTOR_H
#define BUYERDESK_BASE_ACTOR_H

#include <stdint.h>

/* Who does something: the one argument every domain function takes in
 * place of an HTTP request, so an order can be placed or moved by a
 * member at a browser, by seller staff, by a scheduled job or by the ERP
 * alike. It names them in the audit log and on an order's timeline. */

enum actor_kind {
    ACTOR_SYSTEM,      /* a job, an import, the demo data: no person */
    ACTOR_MEMBER,      /* a customer's member, signed in */
    ACTOR_STAFF,       /* the seller's staff, signed in */
    ACTOR_API_KEY,     /* a system of the customer's or the seller's, by key */
};

#define ACTOR_LABEL_MAX 128

struct actor {
    enum actor_kind kind;
    int64_t user_id;          /* the person; 0 for a job or a key */
    int64_t company_id;       /* the company a member (or a key) acts for; 0: none in particular */
    unsigned permissions;     /* a member's permission bits (permissions.h); 0 otherwise */
    int managed_companies_only;   /* staff: 1 for an account manager, who works on the companies
                                     they manage only (base/staff_scope.h); 0 otherwise */
    char label[ACTOR_LABEL_MAX];  /* "Ben Carter", "ERP import" */
};

/* A job or an import, named by label. */
struct actor actor_system(const char *label);

/* A member acting in a company with these permissions (a scheduled job
 * acting for the member who set it up is one too). */
struct actor actor_member(int64_t user_id, int64_t company_id, unsigned permissions, const char *name);

/* A job acting for a member (a scheduled reorder): the member's id,
 * company and permissions, named by label ("Scheduled reorder"). */
struct actor actor_job_for_member(int64_t user_id, int64_t company_id, unsigned permissions, const char *label);

/* 1 when the actor is a person signed in (member or staff), whose name
 * the audit log and the timeline show; 0 for jobs and keys, shown by label. */
int actor_is_person(const struct actor *a);

/* "member", "staff", "api", "system": the audit log's actor kind. */
const char *actor_kind_name(enum actor_kind kind);

#endif
