/* Unit tests for src/web/router.c: path patterns with ":name" captures and the
 * method + path lookup over a strided route table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "web/router.h"

/* A route table shaped like the application's: the key first, then fields
 * the router must skip over via the stride. */
struct test_route {
    struct route_key key;
    int access;
    unsigned perms;
    const char *tag;
};

static const struct test_route table[] = {
    { { "GET", "/" }, 0, 0, "root" },
    { { "GET", "/login" }, 0, 0, "login-form" },
    { { "POST", "/login" }, 0, 0, "login-submit" },
    { { "POST", "/logout" }, 0, 0, "logout" },
    { { "GET", "/account/orders" }, 1, 64, "orders" },
    { { "GET", "/account/orders/:number" }, 1, 64, "order" },
    { { "POST", "/account/orders/:number/cancel" }, 1, 32, "order-cancel" },
    { { "GET", "/account/units/:unit/members/:member" }, 1, 1, "unit-member" },
    { { "DELETE", "/account/addresses/:id" }, 1, 8, "address-delete" },
};
static const size_t table_count = sizeof table / sizeof table[0];

static enum router_result find(const char *method, const char *path, size_t *index, struct route_match *m)
{
    *index = (size_t)-1;
    return router_find(&table[0].key, table_count, sizeof table[0], method, path, index, m);
}

/* --- router_path_matches ----------------------------------------------- */

static void test_literal_paths_match_exactly(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/", "/", &m), 1);
    assert_int_equal(m.count, 0);
    assert_int_equal(router_path_matches("/login", "/login", &m), 1);
    assert_int_equal(m.count, 0);
    assert_int_equal(router_path_matches("/account/orders", "/account/orders", &m), 1);
    assert_int_equal(router_path_matches("/login", "/logout", &m), 0);
    assert_int_equal(router_path_matches("/login", "/Login", &m), 0);   /* case-sensitive */
    assert_int_equal(router_path_matches("/login", "/log", &m), 0);     /* prefix of the pattern */
    assert_int_equal(router_path_matches("/log", "/login", &m), 0);     /* pattern is a prefix */
    assert_int_equal(router_path_matches("/", "", &m), 0);
    assert_int_equal(router_path_matches("/account", "/account/orders", &m), 0);
}

static void test_trailing_slash_does_not_match(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/login", "/login/", &m), 0);
    assert_int_equal(router_path_matches("/login/", "/login", &m), 0);
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/42/", &m), 0);
    assert_int_equal(router_path_matches("/", "//", &m), 0);
}

static void test_single_capture(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/PO-1042", &m), 1);
    assert_int_equal(m.count, 1);
    assert_string_equal(m.values[0], "PO-1042");
    /* Captures are taken literally (no decoding). */
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/a%20b+c", &m), 1);
    assert_string_equal(m.values[0], "a%20b+c");
    /* A single character is a non-empty segment. */
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/7", &m), 1);
    assert_string_equal(m.values[0], "7");
}

static void test_capture_followed_by_literal(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/account/orders/:number/cancel", "/account/orders/17/cancel", &m), 1);
    assert_int_equal(m.count, 1);
    assert_string_equal(m.values[0], "17");
    assert_int_equal(router_path_matches("/account/orders/:number/cancel", "/account/orders/17/cancelled", &m), 0);
    assert_int_equal(router_path_matches("/account/orders/:number/cancel", "/account/orders/17", &m), 0);
    assert_int_equal(router_path_matches("/account/orders/:number/cancel", "/account/orders/17/x/cancel", &m), 0);
}

static void test_capture_matches_one_segment_only(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/1/2", &m), 0);
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders", &m), 0);
}

static void test_multiple_captures(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/account/units/:unit/members/:member", "/account/units/west/members/ann",
                                         &m),
                     1);
    assert_int_equal(m.count, 2);
    assert_string_equal(m.values[0], "west");
    assert_string_equal(m.values[1], "ann");
    assert_int_equal(router_path_matches("/:a/:b/:c/:d", "/1/2/3/4", &m), 1);
    assert_int_equal(m.count, ROUTER_MAX_CAPTURES);
    assert_string_equal(m.values[0], "1");
    assert_string_equal(m.values[3], "4");
}

static void test_more_captures_than_room_refused(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/:a/:b/:c/:d/:e", "/1/2/3/4/5", &m), 0);
}

static void test_empty_segment_refused(void **state)
{
    (void)state;
    struct route_match m;
    assert_int_equal(router_path_matches("/account/orders/:number", "/account/orders/", &m), 0);
    assert_int_equal(router_path_matches("/account/orders/:number/cancel", "/account/orders//cancel", &m), 0);
    assert_int_equal(router_path_matches("/account/units/:unit/members/:member", "/account/units//members/ann", &m),
                     0);
    assert_int_equal(router_path_matches("/account/units/:unit/members/:member", "/account/units/west/members/", &m),
                     0);
    assert_int_equal(router_path_matches("/:a", "/", &m), 0);
}

static void test_capture_length_limit(void **state)
{
    (void)state;
    struct route_match m;
    char path[ROUTER_CAPTURE_MAX + 32];
    /* ROUTER_CAPTURE_MAX - 1 characters fit with the NUL. */
    strcpy(path, "/o/");
    memset(path + 3, 'x', ROUTER_CAPTURE_MAX - 1);
    path[3 + ROUTER_CAPTURE_MAX - 1] = '\0';
    assert_int_equal(router_path_matches("/o/:id", path, &m), 1);
    assert_int_equal(m.count, 1);
    assert_int_equal(strlen(m.values[0]), ROUTER_CAPTURE_MAX - 1);
    assert_int_equal(m.values[0][ROUTER_CAPTURE_MAX - 2], 'x');

    /* Exactly ROUTER_CAPTURE_MAX characters is refused... */
    memset(path + 3, 'x', ROUTER_CAPTURE_MAX);
    path[3 + ROUTER_CAPTURE_MAX] = '\0';
    assert_int_equal(router_path_matches("/o/:id", path, &m), 0);
    /* ...and so is anything longer, also in the middle of a path. */
    memset(path + 3, 'x', ROUTER_CAPTURE_MAX + 5);
    strcpy(path + 3 + ROUTER_CAPTURE_MAX + 5, "/e");
    assert_int_equal(router_path_matches("/o/:id/e", path, &m), 0);
}

/* --- router_find -------------------------------------------------------- */

static void test_find_literal_route(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("GET", "/", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 0);
    assert_int_equal(find("GET", "/login", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 1);
    assert_string_equal(table[index].tag, "login-form");
    assert_int_equal(find("POST", "/login", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 2);
    assert_string_equal(table[index].tag, "login-submit");
    assert_int_equal(find("POST", "/logout", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 3);
}

static void test_find_route_with_captures(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("GET", "/account/orders/1042", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 5);
    assert_int_equal(m.count, 1);
    assert_string_equal(m.values[0], "1042");

    assert_int_equal(find("POST", "/account/orders/1042/cancel", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 6);
    assert_string_equal(m.values[0], "1042");

    assert_int_equal(find("GET", "/account/units/east/members/77", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 7);
    assert_int_equal(m.count, 2);
    assert_string_equal(m.values[0], "east");
    assert_string_equal(m.values[1], "77");

    /* The literal route is chosen for the literal path. */
    assert_int_equal(find("GET", "/account/orders", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 4);
    assert_int_equal(m.count, 0);
}

static void test_find_not_found(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("GET", "/nope", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(index, (size_t)-1);   /* untouched */
    assert_int_equal(find("POST", "/nope", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(find("GET", "/login/", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(find("GET", "/account/orders/", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(find("POST", "/account/orders//cancel", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(find("GET", "", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(index, (size_t)-1);
}

static void test_find_method_not_allowed(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("DELETE", "/login", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(index, (size_t)-1);
    assert_int_equal(find("GET", "/logout", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(find("POST", "/account/orders/5", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(find("GET", "/account/orders/5/cancel", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(find("GET", "/account/addresses/9", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(find("PUT", "/", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    /* Methods are compared exactly. */
    assert_int_equal(find("get", "/login", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(index, (size_t)-1);
    /* A too-long capture is not a match for any method: 404, not 405. */
    char path[ROUTER_CAPTURE_MAX + 32];
    strcpy(path, "/account/addresses/");
    size_t len = strlen(path);
    memset(path + len, '9', ROUTER_CAPTURE_MAX);
    path[len + ROUTER_CAPTURE_MAX] = '\0';
    assert_int_equal(find("DELETE", path, &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(find("GET", path, &index, &m), ROUTER_NOT_FOUND);
}

static void test_find_other_methods(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("DELETE", "/account/addresses/9", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 8);
    assert_string_equal(m.values[0], "9");
}

static void test_find_head_is_get(void **state)
{
    (void)state;
    size_t index;
    struct route_match m;
    assert_int_equal(find("HEAD", "/login", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 1);   /* the GET route, not the POST one */
    assert_int_equal(find("HEAD", "/account/orders/88", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 5);
    assert_string_equal(m.values[0], "88");
    /* HEAD on a POST-only path is 405, on an unknown path 404. */
    index = (size_t)-1;
    assert_int_equal(find("HEAD", "/logout", &index, &m), ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(index, (size_t)-1);
    assert_int_equal(find("HEAD", "/missing", &index, &m), ROUTER_NOT_FOUND);
}

static void test_find_respects_count_and_stride(void **state)
{
    (void)state;
    size_t index = (size_t)-1;
    struct route_match m;
    /* Only the first two entries are looked at: POST /login is out of range. */
    assert_int_equal(router_find(&table[0].key, 2, sizeof table[0], "POST", "/login", &index, &m),
                     ROUTER_METHOD_NOT_ALLOWED);
    assert_int_equal(router_find(&table[0].key, 2, sizeof table[0], "GET", "/account/orders", &index, &m),
                     ROUTER_NOT_FOUND);
    assert_int_equal(router_find(&table[0].key, 0, sizeof table[0], "GET", "/", &index, &m), ROUTER_NOT_FOUND);
    assert_int_equal(index, (size_t)-1);
    /* Starting further in: indexes are relative to `first`. */
    assert_int_equal(router_find(&table[4].key, table_count - 4, sizeof table[0], "GET", "/account/orders/3", &index,
                                 &m),
                     ROUTER_FOUND);
    assert_int_equal(index, 1);
    /* A bare key array (stride == sizeof key) works too. */
    static const struct route_key keys[] = { { "GET", "/a" }, { "POST", "/b/:x" }, { "GET", "/b/:x" } };
    assert_int_equal(router_find(keys, 3, sizeof keys[0], "GET", "/b/zz", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 2);
    assert_string_equal(m.values[0], "zz");
}

static void test_find_first_matching_route_wins(void **state)
{
    (void)state;
    static const struct route_key keys[] = { { "GET", "/orders/new" }, { "GET", "/orders/:id" } };
    size_t index = (size_t)-1;
    struct route_match m;
    assert_int_equal(router_find(keys, 2, sizeof keys[0], "GET", "/orders/new", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 0);
    assert_int_equal(m.count, 0);
    assert_int_equal(router_find(keys, 2, sizeof keys[0], "GET", "/orders/5", &index, &m), ROUTER_FOUND);
    assert_int_equal(index, 1);
    assert_string_equal(m.values[0], "5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_literal_paths_match_exactly),
        cmocka_unit_test(test_trailing_slash_does_not_match),
        cmocka_unit_test(test_single_capture),
        cmocka_unit_test(test_capture_followed_by_literal),
        cmocka_unit_test(test_capture_matches_one_segment_only),
        cmocka_unit_test(test_multiple_captures),
        cmocka_unit_test(test_more_captures_than_room_refused),
        cmocka_unit_test(test_empty_segment_refused),
        cmocka_unit_test(test_capture_length_limit),
        cmocka_unit_test(test_find_literal_route),
        cmocka_unit_test(test_find_route_with_captures),
        cmocka_unit_test(test_find_not_found),
        cmocka_unit_test(test_find_method_not_allowed),
        cmocka_unit_test(test_find_other_methods),
        cmocka_unit_test(test_find_head_is_get),
        cmocka_unit_test(test_find_respects_count_and_stride),
        cmocka_unit_test(test_find_first_matching_route_wins),
    };
    return cmocka_run_group_tests_name("router", tests, NULL, NULL);
}
