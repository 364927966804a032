#ifndef BUYERDESK_ACCESS_H
#define BUYERDESK_ACCESS_H

#include "base/permissions.h"

/* Permission resolution: what a signed-in user may do right now, from
 * who they are, their role, their company's state and how they came in.
 * Pure: one function, unit-tested with a table of roles x actions. */

struct access_context {
    int member;                  /* a company member (else seller staff) */
    unsigned role_permissions;   /* the member's role */
    int applicant;               /* the company is not approved yet */
    int viewing_as_customer;     /* staff looking at a company, read-only */
    int applicant_may_fill_cart; /* the seller's pre-approval policy */
};

unsigned access_resolve(const struct access_context *ctx);

/* Things people do, each needing a set of permissions. Pages check these
 * (through the route table) rather than bits, so the rules live here. */
enum action {
    ACTION_VIEW_DASHBOARD,
    ACTION_VIEW_TEAM,
    ACTION_INVITE_MEMBER,
    ACTION_EDIT_MEMBER,
    ACTION_VIEW_ROLES,
    ACTION_EDIT_ROLES,
    ACTION_VIEW_UNITS,
    ACTION_EDIT_UNITS,
    ACTION_VIEW_ACTIVITY,
    ACTION_MANAGE_ADDRESSES,
    ACTION_PLACE_ORDER,
    ACTION_VIEW_OWN_ORDERS,
    ACTION_VIEW_UNIT_ORDERS,
    ACTION_VIEW_ALL_ORDERS,
    ACTION_APPROVE_ORDERS,
    ACTION_MANAGE_APPROVAL_RULES,
    ACTION_VIEW_CREDIT,
    ACTION_REQUEST_CREDIT,
    ACTION_MANAGE_SHARED_LISTS,
    ACTION_EXPORT,
    ACTION_VIEW_COMPANY_INFO,
    ACTION_COUNT
};

unsigned action_permissions(enum action action);
int access_allows(unsigned granted, enum action action);

/* Built-in roles as sql/002_builtin_roles.sql creates them (same masks). */
struct builtin_role {
    int id;
    const char *name;
    unsigned permissions;
};
extern const struct builtin_role builtin_roles[];
extern const int builtin_role_count;

/* What a staff role may do in the back office (enum staff_permission):
 * "admin" everything; "account_manager" its customers' companies,
 * applications, orders, addresses, view-as and the outbox (read);
 * "customer_service" applications, companies (read, block/unblock),
 * orders, addresses, view-as and the outbox (read, retry); never prices,
 * tax, settings or imports. An unknown role may do nothing. */
unsigned staff_role_permissions(const char *role);

/* 1 when the staff role works on the companies its holder manages only
 * ("account_manager": companies.account_manager_id, base/staff_scope.h);
 * 0 for roles that see every company. */
int staff_role_managed_companies_only(const char *role);

/* "admin" -> "Administrator", "account_manager" -> "Account manager",
 * "customer_service" -> "Customer service"; anything else as it is. */
const char *staff_role_label(const char *role);

#endif
