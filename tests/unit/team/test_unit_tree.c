/* The business-unit tree: moves that would make a cycle are refused, legal
 * moves pass, the root never moves, subtrees are exact, the display order
 * is depth-first, and bad data (cycles, unknown parents) never loops. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "team/unit_tree.h"

/*  1 Acme (root)
 *  ├── 2 Operations
 *  │   ├── 4 Chicago
 *  │   │   └── 6 Maintenance
 *  │   │       └── 9 Tools crib
 *  │   │           └── 10 Night shift
 *  │   └── 5 Houston
 *  │       └── 7 Shipping
 *  └── 3 Corporate
 *      └── 8 Finance
 * Listed out of order on purpose: children before their parents. */
static const struct unit_node tree[] = {
    { 8, 3 }, { 1, 0 }, { 2, 1 }, { 10, 9 }, { 3, 1 }, { 4, 2 },
    { 5, 2 }, { 6, 4 }, { 7, 5 }, { 9, 6 },
};
#define N ((int)(sizeof tree / sizeof tree[0]))

static void test_index(void **state)
{
    (void)state;
    assert_int_equal(unit_tree_index(tree, N, 8), 0);
    assert_int_equal(unit_tree_index(tree, N, 9), 9);
    assert_int_equal(unit_tree_index(tree, N, 11), -1);
    assert_int_equal(unit_tree_index(tree, N, 0), -1);
    assert_int_equal(unit_tree_index(tree, N, -3), -1);
    assert_int_equal(unit_tree_index(tree, 0, 1), -1);
}

static void test_descendants(void **state)
{
    (void)state;
    assert_true(unit_tree_is_descendant(tree, N, 1, 10));   /* five levels down */
    assert_true(unit_tree_is_descendant(tree, N, 2, 10));
    assert_true(unit_tree_is_descendant(tree, N, 6, 10));
    assert_true(unit_tree_is_descendant(tree, N, 9, 10));
    assert_true(unit_tree_is_descendant(tree, N, 2, 7));
    assert_true(unit_tree_is_descendant(tree, N, 3, 8));
    assert_false(unit_tree_is_descendant(tree, N, 10, 1));  /* upwards is not below */
    assert_false(unit_tree_is_descendant(tree, N, 4, 7));   /* a branch does not contain its sibling's */
    assert_false(unit_tree_is_descendant(tree, N, 5, 6));
    assert_false(unit_tree_is_descendant(tree, N, 3, 2));
    assert_false(unit_tree_is_descendant(tree, N, 4, 4));   /* not below itself */
    assert_false(unit_tree_is_descendant(tree, N, 42, 4));
    assert_false(unit_tree_is_descendant(tree, N, 4, 42));

    assert_true(unit_tree_in_subtree(tree, N, 4, 4));
    assert_true(unit_tree_in_subtree(tree, N, 4, 10));
    assert_false(unit_tree_in_subtree(tree, N, 4, 5));
    assert_false(unit_tree_in_subtree(tree, N, 42, 42));
}

static void test_moves_that_make_a_cycle_are_refused(void **state)
{
    (void)state;
    assert_int_equal(unit_tree_can_move(tree, N, 4, 4), UNIT_MOVE_UNDER_ITSELF);
    assert_int_equal(unit_tree_can_move(tree, N, 4, 6), UNIT_MOVE_UNDER_DESCENDANT);   /* child */
    assert_int_equal(unit_tree_can_move(tree, N, 4, 9), UNIT_MOVE_UNDER_DESCENDANT);   /* grandchild */
    assert_int_equal(unit_tree_can_move(tree, N, 4, 10), UNIT_MOVE_UNDER_DESCENDANT);  /* deeper still */
    assert_int_equal(unit_tree_can_move(tree, N, 2, 10), UNIT_MOVE_UNDER_DESCENDANT);
    assert_int_equal(unit_tree_can_move(tree, N, 2, 7), UNIT_MOVE_UNDER_DESCENDANT);
    assert_int_equal(unit_tree_can_move(tree, N, 9, 10), UNIT_MOVE_UNDER_DESCENDANT);
    assert_int_equal(unit_tree_can_move(tree, N, 10, 10), UNIT_MOVE_UNDER_ITSELF);
}

static void test_legal_moves(void **state)
{
    (void)state;
    assert_int_equal(unit_tree_can_move(tree, N, 4, 5), UNIT_MOVE_OK);    /* to a sibling */
    assert_int_equal(unit_tree_can_move(tree, N, 4, 3), UNIT_MOVE_OK);    /* to another division */
    assert_int_equal(unit_tree_can_move(tree, N, 10, 1), UNIT_MOVE_OK);   /* a leaf to the top */
    assert_int_equal(unit_tree_can_move(tree, N, 10, 8), UNIT_MOVE_OK);
    assert_int_equal(unit_tree_can_move(tree, N, 6, 7), UNIT_MOVE_OK);    /* a subtree across branches */
    assert_int_equal(unit_tree_can_move(tree, N, 3, 10), UNIT_MOVE_OK);   /* under a deep leaf elsewhere */
    assert_int_equal(unit_tree_can_move(tree, N, 2, 8), UNIT_MOVE_OK);
    assert_int_equal(unit_tree_can_move(tree, N, 4, 2), UNIT_MOVE_UNCHANGED);
    assert_int_equal(unit_tree_can_move(tree, N, 8, 3), UNIT_MOVE_UNCHANGED);
}

static void test_root_never_moves(void **state)
{
    (void)state;
    assert_int_equal(unit_tree_can_move(tree, N, 1, 2), UNIT_MOVE_ROOT);
    assert_int_equal(unit_tree_can_move(tree, N, 1, 8), UNIT_MOVE_ROOT);
    assert_int_equal(unit_tree_can_move(tree, N, 1, 1), UNIT_MOVE_ROOT);
    assert_int_equal(unit_tree_can_move(tree, N, 1, 42), UNIT_MOVE_ROOT);
}

static void test_unknown_ids(void **state)
{
    (void)state;
    assert_int_equal(unit_tree_can_move(tree, N, 42, 2), UNIT_MOVE_UNKNOWN_UNIT);
    assert_int_equal(unit_tree_can_move(tree, N, 0, 2), UNIT_MOVE_UNKNOWN_UNIT);
    assert_int_equal(unit_tree_can_move(tree, N, 4, 42), UNIT_MOVE_UNKNOWN_PARENT);
    assert_int_equal(unit_tree_can_move(tree, N, 4, 0), UNIT_MOVE_UNKNOWN_PARENT);   /* a second root */
    assert_int_equal(unit_tree_can_move(tree, N, 4, -1), UNIT_MOVE_UNKNOWN_PARENT);
    assert_int_equal(unit_tree_can_move(tree, 0, 4, 2), UNIT_MOVE_UNKNOWN_UNIT);
    int64_t ids[4];
    assert_int_equal(unit_tree_subtree(tree, N, 42, ids, 4), -1);
    assert_int_equal(unit_tree_subtree(tree, N, 0, ids, 4), -1);
}

static void test_subtree_is_exact(void **state)
{
    (void)state;
    int64_t ids[16];
    int n = unit_tree_subtree(tree, N, 4, ids, 16);
    assert_int_equal(n, 4);
    assert_int_equal(ids[0], 4);
    assert_int_equal(ids[1], 6);
    assert_int_equal(ids[2], 9);
    assert_int_equal(ids[3], 10);

    n = unit_tree_subtree(tree, N, 2, ids, 16);
    assert_int_equal(n, 7);
    const int64_t ops[] = { 2, 4, 5, 6, 7, 9, 10 };   /* level by level */
    for (int i = 0; i < 7; i++) assert_int_equal(ids[i], ops[i]);

    n = unit_tree_subtree(tree, N, 5, ids, 16);       /* Houston: never Chicago */
    assert_int_equal(n, 2);
    assert_int_equal(ids[0], 5);
    assert_int_equal(ids[1], 7);

    assert_int_equal(unit_tree_subtree(tree, N, 1, ids, 16), N);
    assert_int_equal(unit_tree_subtree(tree, N, 10, ids, 16), 1);
    assert_int_equal(ids[0], 10);
    assert_int_equal(unit_tree_subtree(tree, N, 1, ids, 3), 3);   /* never past max */
    assert_int_equal(unit_tree_subtree(tree, N, 1, ids, 0), 0);
}

static void test_depth_order(void **state)
{
    (void)state;
    int order[N], depth[N];
    assert_int_equal(unit_tree_depth_order(tree, N, order, depth), N);
    const int64_t ids[N] = { 1, 2, 4, 6, 9, 10, 5, 7, 3, 8 };
    const int depths[N] = { 0, 1, 2, 3, 4, 5, 2, 3, 1, 2 };
    for (int i = 0; i < N; i++) {
        assert_int_equal(tree[order[i]].id, ids[i]);
        assert_int_equal(depth[i], depths[i]);
    }
    assert_int_equal(unit_tree_depth_order(tree, 0, order, depth), 0);
}

/* Bad data never hangs a walk and never hides a unit. */
static void test_cycles_in_data_end(void **state)
{
    (void)state;
    /* 1 is the root; 2 -> 3 -> 4 -> 2 is a loop cut off from it; 5 -> 5. */
    static const struct unit_node bad[] = { { 1, 0 }, { 2, 4 }, { 3, 2 }, { 4, 3 }, { 5, 5 }, { 6, 99 } };
    const int n = 6;
    assert_false(unit_tree_is_descendant(bad, n, 1, 3));
    assert_true(unit_tree_is_descendant(bad, n, 2, 3));
    assert_false(unit_tree_is_descendant(bad, n, 5, 5));
    assert_false(unit_tree_is_descendant(bad, n, 1, 6));
    assert_int_equal(unit_tree_can_move(bad, n, 2, 4), UNIT_MOVE_UNDER_DESCENDANT);
    assert_int_equal(unit_tree_can_move(bad, n, 5, 1), UNIT_MOVE_OK);

    int64_t ids[8];
    assert_int_equal(unit_tree_subtree(bad, n, 2, ids, 8), 3);
    assert_int_equal(unit_tree_subtree(bad, n, 5, ids, 8), 1);

    int order[6], depth[6];
    assert_int_equal(unit_tree_depth_order(bad, n, order, depth), n);
    int seen[7] = { 0 };
    for (int i = 0; i < n; i++) seen[bad[order[i]].id]++;
    for (int id = 1; id <= 6; id++) assert_int_equal(seen[id], 1);
    assert_int_equal(bad[order[0]].id, 1);    /* the real root first, */
    assert_int_equal(bad[order[1]].id, 6);    /* then an orphan whose parent is unknown */
    assert_int_equal(depth[1], 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index),
        cmocka_unit_test(test_descendants),
        cmocka_unit_test(test_moves_that_make_a_cycle_are_refused),
        cmocka_unit_test(test_legal_moves),
        cmocka_unit_test(test_root_never_moves),
        cmocka_unit_test(test_unknown_ids),
        cmocka_unit_test(test_subtree_is_exact),
        cmocka_unit_test(test_depth_order),
        cmocka_unit_test(test_cycles_in_data_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
