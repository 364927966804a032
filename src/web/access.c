#include "web/access.h"

#include <string.h>

unsigned access_resolve(const struct access_context *ctx)
{
    if (!ctx->member) return ctx->viewing_as_customer ? PERM_ALL | PERM_USE_CART : 0;
    /* Before approval the company may look around (settings.h decides
     * whether it may even sign in) but do nothing that needs a right. */
    if (ctx->applicant) return ctx->applicant_may_fill_cart ? PERM_USE_CART : 0;
    unsigned granted = ctx->role_permissions & PERM_ALL;
    return granted & PERM_PLACE_ORDERS ? granted | PERM_USE_CART : granted;
}

static const unsigned action_needs[ACTION_COUNT] = {
    [ACTION_VIEW_DASHBOARD] = 0,
    [ACTION_VIEW_TEAM] = PERM_MANAGE_MEMBERS,
    [ACTION_INVITE_MEMBER] = PERM_MANAGE_MEMBERS,
    [ACTION_EDIT_MEMBER] = PERM_MANAGE_MEMBERS,
    [ACTION_VIEW_ROLES] = PERM_MANAGE_ROLES,
    [ACTION_EDIT_ROLES] = PERM_MANAGE_ROLES,
    [ACTION_VIEW_UNITS] = PERM_MANAGE_UNITS,
    [ACTION_EDIT_UNITS] = PERM_MANAGE_UNITS,
    [ACTION_VIEW_ACTIVITY] = PERM_MANAGE_MEMBERS,
    [ACTION_MANAGE_ADDRESSES] = PERM_MANAGE_ADDRESSES,
    [ACTION_PLACE_ORDER] = PERM_PLACE_ORDERS,
    [ACTION_VIEW_OWN_ORDERS] = PERM_VIEW_OWN_ORDERS,
    [ACTION_VIEW_UNIT_ORDERS] = PERM_VIEW_UNIT_ORDERS,
    [ACTION_VIEW_ALL_ORDERS] = PERM_VIEW_ALL_ORDERS,
    [ACTION_APPROVE_ORDERS] = PERM_APPROVE_ORDERS,
    [ACTION_MANAGE_APPROVAL_RULES] = PERM_MANAGE_APPROVAL_RULES,
    [ACTION_VIEW_CREDIT] = PERM_VIEW_CREDIT,
    [ACTION_REQUEST_CREDIT] = PERM_REQUEST_CREDIT,
    [ACTION_MANAGE_SHARED_LISTS] = PERM_MANAGE_SHARED_LISTS,
    [ACTION_EXPORT] = PERM_EXPORT_DATA,
    [ACTION_VIEW_COMPANY_INFO] = PERM_VIEW_COMPANY_INFO,
};

unsigned action_permissions(enum action action)
{
    return action >= 0 && action < ACTION_COUNT ? action_needs[action] : PERM_ALL + 1u;
}

int access_allows(unsigned granted, enum action action)
{
    return permissions_allow(granted, action_permissions(action));
}

const struct builtin_role builtin_roles[] = {
    { 1, "Administrator", 32767 },
    { 2, "Purchasing manager", 30688 },
    { 3, "Finance manager", 28480 },
    { 4, "Buyer", 16480 },
    { 5, "Viewer", 16576 },
};
const int builtin_role_count = (int)(sizeof builtin_roles / sizeof builtin_roles[0]);

unsigned staff_role_permissions(const char *role)
{
    static const struct {
        const char *role;
        unsigned permissions;
    } roles[] = {
        { "admin", STAFF_ALL },
        { "account_manager", STAFF_COMPANIES | STAFF_MANAGE_COMPANIES | STAFF_BLOCK_COMPANIES | STAFF_APPLICATIONS
                                 | STAFF_ORDERS | STAFF_ADDRESSES | STAFF_VIEW_AS | STAFF_MAIL | STAFF_CREDIT
                                 | STAFF_MANAGE_CREDIT },
        { "customer_service", STAFF_COMPANIES | STAFF_BLOCK_COMPANIES | STAFF_APPLICATIONS | STAFF_ORDERS
                                  | STAFF_ADDRESSES | STAFF_VIEW_AS | STAFF_MAIL | STAFF_MAIL_RETRY | STAFF_CREDIT },
    };
    for (size_t i = 0; role && i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(roles[i].role, role) == 0) return roles[i].permissions;
    return 0;
}

int staff_role_managed_companies_only(const char *role)
{
    return role && strcmp(role, "account_manager") == 0;
}

const char *staff_role_label(const char *role)
{
    if (strcmp(role, "admin") == 0) return "Administrator";
    if (strcmp(role, "account_manager") == 0) return "Account manager";
    if (strcmp(role, "customer_service") == 0) return "Customer service";
    return role;
}
