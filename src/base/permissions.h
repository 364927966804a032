#ifndef BUYERDESK_PERMISSIONS_H
#define BUYERDESK_PERMISSIONS_H

/* Member permissions, stored as a bitmask in roles.permissions.
 * sql/002_builtin_roles.sql holds the built-in roles' masks: keep in step. */
enum permission {
    PERM_MANAGE_MEMBERS        = 1 << 0,
    PERM_MANAGE_ROLES          = 1 << 1,
    PERM_MANAGE_UNITS          = 1 << 2,
    PERM_MANAGE_ADDRESSES      = 1 << 3,
    PERM_MANAGE_APPROVAL_RULES = 1 << 4,
    PERM_PLACE_ORDERS          = 1 << 5,
    PERM_VIEW_OWN_ORDERS       = 1 << 6,
    PERM_VIEW_UNIT_ORDERS      = 1 << 7,
    PERM_VIEW_ALL_ORDERS       = 1 << 8,
    PERM_APPROVE_ORDERS        = 1 << 9,
    PERM_VIEW_CREDIT           = 1 << 10,
    PERM_REQUEST_CREDIT        = 1 << 11,
    PERM_MANAGE_SHARED_LISTS   = 1 << 12,
    PERM_EXPORT_DATA           = 1 << 13,
    PERM_VIEW_COMPANY_INFO     = 1 << 14,
};

#define PERM_ALL ((1 << 15) - 1)

/* Derived, never stored in a role: may this session fill a cart? Members
 * who may place orders, and applicants when the seller lets them fill a
 * cart before approval (access_resolve). The cart routes declare it, so
 * the route table says who may use them. */
#define PERM_USE_CART (1u << 15)

/* Seller staff permissions: what each staff role may do in the back
 * office (staff_role_permissions in web/access.c; README's table). Every
 * /backoffice route names the bits it needs, checked before its handler. */
enum staff_permission {
    STAFF_COMPANIES        = 1 << 0,   /* customer companies: records, activity, approval set-up (read) */
    STAFF_MANAGE_COMPANIES = 1 << 1,   /* new accounts, administrators, ordering settings, change requests */
    STAFF_BLOCK_COMPANIES  = 1 << 2,   /* block and unblock a company */
    STAFF_APPLICATIONS     = 1 << 3,   /* review and decide applications */
    STAFF_ORDERS           = 1 << 4,   /* see orders and move them: process, ship, deliver, cancel */
    STAFF_ADDRESSES        = 1 << 5,   /* the address queue, edits, decisions, change requests */
    STAFF_VIEW_AS          = 1 << 6,   /* open a company's account as the customer sees it */
    STAFF_MAIL             = 1 << 7,   /* the mail outbox (read) */
    STAFF_MAIL_RETRY       = 1 << 8,   /* send a failed message again */
    STAFF_CATALOG          = 1 << 9,   /* products, price lists and contract prices */
    STAFF_SHIPPING_TAX     = 1 << 10,  /* shipping methods, tax rates, payment methods */
    STAFF_SETTINGS         = 1 << 11,  /* seller-wide settings, test mail */
    STAFF_IMPORTS          = 1 << 12,  /* ERP imports and exports */
    STAFF_CREDIT           = 1 << 13,  /* credit accounts, exposure, invoices, requests (read) */
    STAFF_MANAGE_CREDIT    = 1 << 14,  /* limits, terms, holds, payments, credit notes, adjustments, request decisions, credit review */
};

#define STAFF_ALL ((1u << 15) - 1)

/* Who may reach a route at all; member and staff routes may also require
 * bits (enum permission for members, enum staff_permission for staff). */
enum access {
    ACCESS_PUBLIC,     /* anyone, signed in or not */
    ACCESS_MEMBER,     /* a signed-in company member (plus route perms) */
    ACCESS_STAFF,      /* a signed-in seller staff user */
};

/* True when a member holding `granted` may use something that needs
 * `required` (every required bit must be granted). */
static inline int permissions_allow(unsigned granted, unsigned required)
{
    return (granted & required) == required;
}

#endif
