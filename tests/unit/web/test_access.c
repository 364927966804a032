/* Permission resolution: built-in roles x actions, and the special cases
 * (applicants, staff, staff viewing as a customer). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "web/access.h"
#include "orders/order_scope.h"

enum { ADMIN, PURCHASING, FINANCE, BUYER, VIEWER, ROLES };

/* 1: allowed. Rows are actions, columns the built-in roles in id order. */
static const int expected[ACTION_COUNT][ROLES] = {
    [ACTION_VIEW_DASHBOARD] = { 1, 1, 1, 1, 1 },
    [ACTION_VIEW_TEAM] = { 1, 0, 0, 0, 0 },
    [ACTION_INVITE_MEMBER] = { 1, 0, 0, 0, 0 },
    [ACTION_EDIT_MEMBER] = { 1, 0, 0, 0, 0 },
    [ACTION_VIEW_ROLES] = { 1, 0, 0, 0, 0 },
    [ACTION_EDIT_ROLES] = { 1, 0, 0, 0, 0 },
    [ACTION_VIEW_UNITS] = { 1, 0, 0, 0, 0 },
    [ACTION_EDIT_UNITS] = { 1, 0, 0, 0, 0 },
    [ACTION_VIEW_ACTIVITY] = { 1, 0, 0, 0, 0 },
    [ACTION_MANAGE_ADDRESSES] = { 1, 0, 0, 0, 0 },
    [ACTION_PLACE_ORDER] = { 1, 1, 0, 1, 0 },
    [ACTION_VIEW_OWN_ORDERS] = { 1, 1, 1, 1, 1 },
    [ACTION_VIEW_UNIT_ORDERS] = { 1, 1, 0, 0, 1 },
    [ACTION_VIEW_ALL_ORDERS] = { 1, 1, 1, 0, 0 },
    [ACTION_APPROVE_ORDERS] = { 1, 1, 1, 0, 0 },
    [ACTION_MANAGE_APPROVAL_RULES] = { 1, 0, 0, 0, 0 },
    [ACTION_VIEW_CREDIT] = { 1, 1, 1, 0, 0 },     /* purchasing sees the credit headroom */
    [ACTION_REQUEST_CREDIT] = { 1, 0, 1, 0, 0 },
    [ACTION_MANAGE_SHARED_LISTS] = { 1, 1, 0, 0, 0 },
    [ACTION_EXPORT] = { 1, 1, 1, 0, 0 },
    [ACTION_VIEW_COMPANY_INFO] = { 1, 1, 1, 1, 1 },
};

static void test_builtin_roles_by_action(void **state)
{
    (void)state;
    assert_int_equal(builtin_role_count, ROLES);
    for (int role = 0; role < ROLES; role++) {
        struct access_context ctx = { .member = 1, .role_permissions = builtin_roles[role].permissions };
        unsigned granted = access_resolve(&ctx);
        for (int action = 0; action < ACTION_COUNT; action++) {
            if (access_allows(granted, (enum action)action) != expected[action][role])
                fail_msg("%s, action %d: expected %d", builtin_roles[role].name, action, expected[action][role]);
        }
    }
}

static void test_administrator_has_every_permission(void **state)
{
    (void)state;
    assert_int_equal(builtin_roles[ADMIN].permissions, PERM_ALL);
}

static void test_applicants_have_no_permissions(void **state)
{
    (void)state;
    struct access_context ctx = { .member = 1, .role_permissions = PERM_ALL, .applicant = 1 };
    unsigned granted = access_resolve(&ctx);
    assert_int_equal(granted, 0);
    assert_true(access_allows(granted, ACTION_VIEW_DASHBOARD));
    assert_false(access_allows(granted, ACTION_PLACE_ORDER));
}

static void test_staff_only_through_view_as(void **state)
{
    (void)state;
    struct access_context staff = { .member = 0, .role_permissions = PERM_ALL };
    assert_int_equal(access_resolve(&staff), 0);
    struct access_context viewing = { .member = 0, .viewing_as_customer = 1 };
    assert_int_equal(access_resolve(&viewing), PERM_ALL | PERM_USE_CART);
}

/* The cart is for those who may order, and for applicants only when the
 * seller's pre-approval policy lets them fill one. */
static void test_who_may_fill_a_cart(void **state)
{
    (void)state;
    struct access_context buyer = { .member = 1, .role_permissions = PERM_PLACE_ORDERS | PERM_VIEW_OWN_ORDERS };
    assert_true(permissions_allow(access_resolve(&buyer), PERM_USE_CART));
    struct access_context viewer = { .member = 1, .role_permissions = PERM_VIEW_OWN_ORDERS };
    assert_false(permissions_allow(access_resolve(&viewer), PERM_USE_CART));
    struct access_context stored = { .member = 1, .role_permissions = PERM_USE_CART };   /* never from a role */
    assert_int_equal(access_resolve(&stored), 0);
    struct access_context applicant = { .member = 1, .role_permissions = PERM_ALL, .applicant = 1 };
    assert_int_equal(access_resolve(&applicant), 0);
    applicant.applicant_may_fill_cart = 1;
    assert_int_equal(access_resolve(&applicant), PERM_USE_CART);
    struct access_context staff = { .member = 0, .applicant_may_fill_cart = 1 };
    assert_int_equal(access_resolve(&staff), 0);
}

static void test_unknown_bits_and_actions_are_refused(void **state)
{
    (void)state;
    struct access_context ctx = { .member = 1, .role_permissions = 0xFFFFFFFFu };
    assert_int_equal(access_resolve(&ctx), PERM_ALL | PERM_USE_CART);
    assert_false(access_allows(PERM_ALL, ACTION_COUNT));
    assert_false(access_allows(PERM_ALL, (enum action)-1));
}

static void test_custom_role(void **state)
{
    (void)state;
    struct access_context ctx = { .member = 1, .role_permissions = PERM_MANAGE_ADDRESSES | PERM_VIEW_OWN_ORDERS };
    unsigned granted = access_resolve(&ctx);
    assert_true(access_allows(granted, ACTION_MANAGE_ADDRESSES));
    assert_true(access_allows(granted, ACTION_VIEW_OWN_ORDERS));
    assert_false(access_allows(granted, ACTION_PLACE_ORDER));
    assert_false(access_allows(granted, ACTION_VIEW_TEAM));
}

/* The widest order scope a role's permissions give, per built-in role. */
static void test_order_scope_by_role(void **state)
{
    (void)state;
    static const enum order_scope expected_scope[ROLES] = {
        ORDER_SCOPE_COMPANY, ORDER_SCOPE_COMPANY, ORDER_SCOPE_COMPANY, ORDER_SCOPE_OWN, ORDER_SCOPE_UNIT,
    };
    for (int role = 0; role < ROLES; role++)
        assert_int_equal(order_scope_for(builtin_roles[role].permissions), expected_scope[role]);
    assert_int_equal(order_scope_for(0), ORDER_SCOPE_NONE);
    assert_int_equal(order_scope_for(PERM_VIEW_UNIT_ORDERS | PERM_VIEW_OWN_ORDERS), ORDER_SCOPE_UNIT);
    assert_string_equal(order_scope_label(ORDER_SCOPE_UNIT), "Orders of your unit and the units below it");
    assert_string_equal(order_scope_label(ORDER_SCOPE_NONE), "");
}

/* The staff roles' back-office permissions (README's table). */
static void test_staff_roles(void **state)
{
    (void)state;
    unsigned admin = staff_role_permissions("admin");
    unsigned manager = staff_role_permissions("account_manager");
    unsigned service = staff_role_permissions("customer_service");
    assert_int_equal(admin, STAFF_ALL);
    const unsigned admin_only = STAFF_CATALOG | STAFF_SHIPPING_TAX | STAFF_SETTINGS | STAFF_IMPORTS;
    assert_int_equal(manager & admin_only, 0);
    assert_int_equal(service & admin_only, 0);
    const unsigned both = STAFF_COMPANIES | STAFF_BLOCK_COMPANIES | STAFF_APPLICATIONS | STAFF_ORDERS
                        | STAFF_ADDRESSES | STAFF_VIEW_AS | STAFF_MAIL;
    assert_int_equal(manager & both, both);
    assert_int_equal(service & both, both);
    assert_true(manager & STAFF_MANAGE_COMPANIES);
    assert_false(service & STAFF_MANAGE_COMPANIES);
    assert_true(service & STAFF_MAIL_RETRY);
    /* Credit: everyone reads; administrators and account managers change it. */
    assert_true(manager & STAFF_CREDIT && service & STAFF_CREDIT);
    assert_true(manager & STAFF_MANAGE_CREDIT);
    assert_false(service & STAFF_MANAGE_CREDIT);
    assert_false(manager & STAFF_MAIL_RETRY);
    assert_int_equal(staff_role_permissions("superuser"), 0);     /* unknown: nothing */
    assert_int_equal(staff_role_permissions(""), 0);
    assert_int_equal(staff_role_permissions(NULL), 0);
}

/* Only account managers are limited to the companies they manage. */
static void test_staff_roles_managed_companies_only(void **state)
{
    (void)state;
    assert_true(staff_role_managed_companies_only("account_manager"));
    assert_false(staff_role_managed_companies_only("admin"));
    assert_false(staff_role_managed_companies_only("customer_service"));
    assert_false(staff_role_managed_companies_only("Account_manager"));
    assert_false(staff_role_managed_companies_only(""));
    assert_false(staff_role_managed_companies_only(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_roles_by_action),
        cmocka_unit_test(test_administrator_has_every_permission),
        cmocka_unit_test(test_applicants_have_no_permissions),
        cmocka_unit_test(test_who_may_fill_a_cart),
        cmocka_unit_test(test_staff_only_through_view_as),
        cmocka_unit_test(test_unknown_bits_and_actions_are_refused),
        cmocka_unit_test(test_custom_role),
        cmocka_unit_test(test_order_scope_by_role),
        cmocka_unit_test(test_staff_roles),
        cmocka_unit_test(test_staff_roles_managed_companies_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
