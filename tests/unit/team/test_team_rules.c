/* The last-administrator rule and the other team rules: a table of
 * situations (how many active Administrators, who is changed, how) and
 * the verdict each must get. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/permissions.h"
#include "team/team_rules.h"

enum { ADMIN = 1, PURCHASING = 2, FINANCE = 3, BUYER = 4, VIEWER = 5, CUSTOM_ALL = 42 };

struct row {
    const char *what;
    struct team_change change;
    enum team_verdict verdict;
    int admins_after;
};

#define C(...) { __VA_ARGS__ }

static const struct row rows[] = {
    /* the only Administrator changing themselves */
    { "1 admin demotes themselves", C(TEAM_SET_ROLE, 1, ADMIN, 1, 1, BUYER, ADMIN), TEAM_LAST_ADMIN, 0 },
    { "1 admin deactivates themselves", C(TEAM_DEACTIVATE, 1, ADMIN, 1, 1, 0, ADMIN), TEAM_LAST_ADMIN, 0 },
    { "1 admin removes themselves", C(TEAM_REMOVE, 1, ADMIN, 1, 1, 0, ADMIN), TEAM_LAST_ADMIN, 0 },
    { "1 admin keeps their role", C(TEAM_SET_ROLE, 1, ADMIN, 1, 1, ADMIN, ADMIN), TEAM_ALLOWED, 1 },
    /* the only Administrator changed by someone else (a custom role with
     * member management, which does not count as an Administrator) */
    { "1 admin demoted by another", C(TEAM_SET_ROLE, 1, ADMIN, 1, 0, VIEWER, CUSTOM_ALL), TEAM_LAST_ADMIN, 0 },
    { "1 admin given a custom all-permission role", C(TEAM_SET_ROLE, 1, ADMIN, 1, 0, CUSTOM_ALL, CUSTOM_ALL), TEAM_LAST_ADMIN, 0 },
    { "1 admin deactivated by another", C(TEAM_DEACTIVATE, 1, ADMIN, 1, 0, 0, CUSTOM_ALL), TEAM_LAST_ADMIN, 0 },
    { "1 admin removed by another", C(TEAM_REMOVE, 1, ADMIN, 1, 0, 0, CUSTOM_ALL), TEAM_LAST_ADMIN, 0 },
    /* two Administrators: either may step down or be changed */
    { "2 admins, one demotes themselves", C(TEAM_SET_ROLE, 2, ADMIN, 1, 1, PURCHASING, ADMIN), TEAM_ALLOWED, 1 },
    { "2 admins, one demotes the other", C(TEAM_SET_ROLE, 2, ADMIN, 1, 0, FINANCE, ADMIN), TEAM_ALLOWED, 1 },
    { "2 admins, one deactivates the other", C(TEAM_DEACTIVATE, 2, ADMIN, 1, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "2 admins, one removes the other", C(TEAM_REMOVE, 2, ADMIN, 1, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    /* nobody deactivates or removes themselves from the team page */
    { "2 admins, one deactivates themselves", C(TEAM_DEACTIVATE, 2, ADMIN, 1, 1, 0, ADMIN), TEAM_NOT_YOURSELF, 1 },
    { "2 admins, one removes themselves", C(TEAM_REMOVE, 2, ADMIN, 1, 1, 0, ADMIN), TEAM_NOT_YOURSELF, 1 },
    /* changing members who are not active Administrators never matters */
    { "demote a buyer to viewer", C(TEAM_SET_ROLE, 1, BUYER, 1, 0, VIEWER, ADMIN), TEAM_ALLOWED, 1 },
    { "promote a buyer", C(TEAM_SET_ROLE, 1, BUYER, 1, 0, ADMIN, ADMIN), TEAM_ALLOWED, 2 },
    { "deactivate a buyer", C(TEAM_DEACTIVATE, 1, BUYER, 1, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "remove a buyer", C(TEAM_REMOVE, 1, BUYER, 1, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "remove a deactivated administrator", C(TEAM_REMOVE, 1, ADMIN, 0, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "demote a deactivated administrator", C(TEAM_SET_ROLE, 1, ADMIN, 0, 0, BUYER, ADMIN), TEAM_ALLOWED, 1 },
    { "promote a deactivated buyer (counts once reactivated)", C(TEAM_SET_ROLE, 1, BUYER, 0, 0, ADMIN, ADMIN), TEAM_ALLOWED, 1 },
    { "custom all-permission member deactivated", C(TEAM_DEACTIVATE, 1, CUSTOM_ALL, 1, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "a company that lost its admins can still change others", C(TEAM_SET_ROLE, 0, BUYER, 1, 0, VIEWER, CUSTOM_ALL), TEAM_ALLOWED, 0 },
    /* reactivation */
    { "reactivate a deactivated buyer", C(TEAM_REACTIVATE, 1, BUYER, 0, 0, 0, ADMIN), TEAM_ALLOWED, 1 },
    { "reactivate a deactivated administrator", C(TEAM_REACTIVATE, 1, ADMIN, 0, 0, 0, ADMIN), TEAM_ALLOWED, 2 },
    { "reactivate an active member", C(TEAM_REACTIVATE, 1, BUYER, 1, 0, 0, ADMIN), TEAM_ALREADY, 1 },
    { "deactivate a deactivated member", C(TEAM_DEACTIVATE, 1, BUYER, 0, 0, 0, ADMIN), TEAM_ALREADY, 1 },
    /* hand-over: the only Administrator may hand over and step down */
    { "hand over, stay admin", C(TEAM_HAND_OVER, 1, BUYER, 1, 0, 0, ADMIN), TEAM_ALLOWED, 2 },
    { "hand over and become a buyer", C(TEAM_HAND_OVER, 1, BUYER, 1, 0, BUYER, ADMIN), TEAM_ALLOWED, 1 },
    { "hand over and pick Administrator", C(TEAM_HAND_OVER, 1, VIEWER, 1, 0, ADMIN, ADMIN), TEAM_ALLOWED, 2 },
    { "hand over to an admin and step down", C(TEAM_HAND_OVER, 2, ADMIN, 1, 0, VIEWER, ADMIN), TEAM_ALLOWED, 1 },
    { "hand over to oneself", C(TEAM_HAND_OVER, 1, ADMIN, 1, 1, BUYER, ADMIN), TEAM_NOT_YOURSELF, 0 },
    { "hand over by a custom all-permission role", C(TEAM_HAND_OVER, 1, BUYER, 1, 0, 0, CUSTOM_ALL), TEAM_NOT_ADMIN, 2 },
    { "hand over to a deactivated member", C(TEAM_HAND_OVER, 1, BUYER, 0, 0, BUYER, ADMIN), TEAM_TARGET_INACTIVE, 0 },
};

static void test_rule_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        enum team_verdict got = team_check(&rows[i].change);
        if (got != rows[i].verdict) fail_msg("%s: verdict %d, expected %d", rows[i].what, got, rows[i].verdict);
        int after = team_admins_after(&rows[i].change);
        if (after != rows[i].admins_after) fail_msg("%s: %d admins after, expected %d", rows[i].what, after, rows[i].admins_after);
    }
}

static void test_only_the_builtin_role_counts(void **state)
{
    (void)state;
    assert_true(team_is_admin(ADMIN, 1));
    assert_false(team_is_admin(ADMIN, 0));
    assert_false(team_is_admin(CUSTOM_ALL, 1));
    assert_false(team_is_admin(PURCHASING, 1));
}

static void test_messages(void **state)
{
    (void)state;
    char msg[300];
    team_verdict_message(TEAM_LAST_ADMIN, "Acme", msg, sizeof msg);
    assert_string_equal(msg, "Acme must keep at least one active administrator. Make someone else an administrator first.");
    team_verdict_message(TEAM_ALLOWED, "Acme", msg, sizeof msg);
    assert_string_equal(msg, "");
    const enum team_verdict others[] = { TEAM_NOT_YOURSELF, TEAM_NOT_ADMIN, TEAM_TARGET_INACTIVE, TEAM_ALREADY };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        team_verdict_message(others[i], "Acme", msg, sizeof msg);
        assert_true(strlen(msg) > 20);
    }
    char tiny[10];
    team_verdict_message(TEAM_LAST_ADMIN, "Acme Industrial Supply", tiny, sizeof tiny);
    assert_int_equal(strlen(tiny), 9);   /* truncated, terminated */
}

static void test_may_grant(void **state)
{
    (void)state;
    assert_true(team_may_grant(PERM_ALL, PERM_ALL));
    assert_true(team_may_grant(PERM_ALL, PERM_PLACE_ORDERS | PERM_VIEW_OWN_ORDERS));
    assert_true(team_may_grant(PERM_MANAGE_MEMBERS | PERM_PLACE_ORDERS, PERM_PLACE_ORDERS));
    assert_true(team_may_grant(PERM_MANAGE_MEMBERS, 0));
    assert_false(team_may_grant(PERM_MANAGE_MEMBERS | PERM_PLACE_ORDERS, PERM_ALL));
    assert_false(team_may_grant(PERM_MANAGE_MEMBERS, PERM_MANAGE_MEMBERS | PERM_APPROVE_ORDERS));
}

static void test_like_pattern(void **state)
{
    (void)state;
    char out[32];
    assert_int_equal(team_like_pattern("ben", out, sizeof out), 0);
    assert_string_equal(out, "%ben%");
    assert_int_equal(team_like_pattern("", out, sizeof out), 0);
    assert_string_equal(out, "%%");
    assert_int_equal(team_like_pattern("50%_off\\", out, sizeof out), 0);
    assert_string_equal(out, "%50\\%\\_off\\\\%");
    assert_int_equal(team_like_pattern("%", out, sizeof out), 0);
    assert_string_equal(out, "%\\%%");
    /* exactly fits: % a b c % NUL = 6 bytes */
    char six[6];
    assert_int_equal(team_like_pattern("abc", six, sizeof six), 0);
    assert_string_equal(six, "%abc%");
    assert_int_equal(team_like_pattern("abcd", six, sizeof six), -1);
    assert_string_equal(six, "");
    assert_int_equal(team_like_pattern("ab%", six, sizeof six), -1);
    assert_int_equal(team_like_pattern("a", out, 2), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rule_table),
        cmocka_unit_test(test_only_the_builtin_role_counts),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_may_grant),
        cmocka_unit_test(test_like_pattern),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
