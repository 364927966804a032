#ifndef BUYERDESK_UNIT_TREE_H
#define BUYERDESK_UNIT_TREE_H

#include <stdint.h>

/* The business-unit tree of one company, as pure functions on an array of
 * (id, parent_id) pairs loaded in one query (store_units_of_company). The
 * company itself is the root (parent_id 0). Nothing here trusts the array
 * to be a tree: every walk is bounded, so a cycle in bad data ends the walk
 * instead of looping. */

struct unit_node {
    int64_t id;
    int64_t parent_id;   /* 0: the root */
};

/* Position of id in the array, or -1. */
int unit_tree_index(const struct unit_node *units, int n, int64_t id);

/* 1 when node lies strictly below ancestor (a child, grandchild...), else
 * 0, also for unknown ids and for node == ancestor. */
int unit_tree_is_descendant(const struct unit_node *units, int n, int64_t ancestor, int64_t node);

/* 1 when node is root itself or lies below it. */
int unit_tree_in_subtree(const struct unit_node *units, int n, int64_t root, int64_t node);

enum unit_move_result {
    UNIT_MOVE_OK = 0,
    UNIT_MOVE_UNKNOWN_UNIT,      /* the unit is not in the array */
    UNIT_MOVE_UNKNOWN_PARENT,    /* the new parent is not in the array */
    UNIT_MOVE_ROOT,              /* the company itself never moves */
    UNIT_MOVE_UNDER_ITSELF,      /* new parent == unit */
    UNIT_MOVE_UNDER_DESCENDANT,  /* new parent lies in the unit's subtree */
    UNIT_MOVE_UNCHANGED,         /* it is already there */
};

/* Whether unit may be moved under new_parent. */
enum unit_move_result unit_tree_can_move(const struct unit_node *units, int n, int64_t unit, int64_t new_parent);

/* The ids of root and everything below it (root first, then level by
 * level) into out_ids: the scope of "my unit and all units below it".
 * Returns how many were written (at most max), or -1 when root is
 * unknown. */
int unit_tree_subtree(const struct unit_node *units, int n, int64_t root, int64_t *out_ids, int max);

/* The display order of the whole tree: every root, each followed by its
 * children depth-first, siblings in array order. order[] receives array
 * indexes, depth[] their level (root 0). Units that no root reaches (bad
 * data) come last at depth 0, so nothing is hidden. Both arrays hold n
 * entries; returns n. */
int unit_tree_depth_order(const struct unit_node *units, int n, int *order, int *depth);

#endif
