#include "team/unit_tree.h"

#include <stdlib.h>

int unit_tree_index(const struct unit_node *units, int n, int64_t id)
{
    if (id <= 0) return -1;
    for (int i = 0; i < n; i++)
        if (units[i].id == id) return i;
    return -1;
}

int unit_tree_is_descendant(const struct unit_node *units, int n, int64_t ancestor, int64_t node)
{
    if (ancestor == node || unit_tree_index(units, n, ancestor) < 0) return 0;
    int i = unit_tree_index(units, n, node);
    /* Each step goes one level up; a tree of n units has no path longer
     * than n, so more steps than that mean a cycle in the data. */
    for (int steps = 0; i >= 0 && steps < n; steps++) {
        int64_t parent = units[i].parent_id;
        if (parent == 0) return 0;
        if (parent == ancestor) return 1;
        i = unit_tree_index(units, n, parent);
    }
    return 0;
}

int unit_tree_in_subtree(const struct unit_node *units, int n, int64_t root, int64_t node)
{
    if (unit_tree_index(units, n, root) < 0 || unit_tree_index(units, n, node) < 0) return 0;
    return root == node || unit_tree_is_descendant(units, n, root, node);
}

enum unit_move_result unit_tree_can_move(const struct unit_node *units, int n, int64_t unit, int64_t new_parent)
{
    int i = unit_tree_index(units, n, unit);
    if (i < 0) return UNIT_MOVE_UNKNOWN_UNIT;
    if (units[i].parent_id == 0) return UNIT_MOVE_ROOT;
    if (unit_tree_index(units, n, new_parent) < 0) return UNIT_MOVE_UNKNOWN_PARENT;
    if (new_parent == unit) return UNIT_MOVE_UNDER_ITSELF;
    if (unit_tree_is_descendant(units, n, unit, new_parent)) return UNIT_MOVE_UNDER_DESCENDANT;
    if (units[i].parent_id == new_parent) return UNIT_MOVE_UNCHANGED;
    return UNIT_MOVE_OK;
}

static int listed(const int64_t *ids, int count, int64_t id)
{
    for (int i = 0; i < count; i++)
        if (ids[i] == id) return 1;
    return 0;
}

int unit_tree_subtree(const struct unit_node *units, int n, int64_t root, int64_t *out_ids, int max)
{
    if (unit_tree_index(units, n, root) < 0) return -1;
    if (max <= 0) return 0;
    int count = 0;
    out_ids[count++] = root;
    /* out_ids is also the queue: each listed unit adds its children. */
    for (int head = 0; head < count; head++) {
        for (int j = 0; j < n && count < max; j++) {
            if (units[j].parent_id != out_ids[head] || listed(out_ids, count, units[j].id)) continue;
            out_ids[count++] = units[j].id;
        }
    }
    return count;
}

/* Depth-first from start without recursion: stack[] holds the path from
 * start, next[] where to go on looking for children at each level. */
static void place_from(const struct unit_node *units, int n, int start, int *order, int *depth,
                       char *placed, int *stack, int *next, int *count)
{
    int top = 0;
    stack[0] = start;
    next[0] = 0;
    placed[start] = 1;
    order[*count] = start;
    depth[*count] = 0;
    (*count)++;
    while (top >= 0) {
        int cur = stack[top], j;
        for (j = next[top]; j < n; j++)
            if (!placed[j] && units[j].parent_id == units[cur].id) break;
        if (j == n) {
            top--;
            continue;
        }
        next[top] = j + 1;
        placed[j] = 1;
        order[*count] = j;
        depth[*count] = top + 1;
        (*count)++;
        top++;
        stack[top] = j;
        next[top] = 0;
    }
}

int unit_tree_depth_order(const struct unit_node *units, int n, int *order, int *depth)
{
    if (n <= 0) return 0;
    char *placed = calloc((size_t)n, 1);
    int *stack = malloc((size_t)n * sizeof *stack);
    int *next = malloc((size_t)n * sizeof *next);
    int count = 0;
    if (!placed || !stack || !next) {
        /* No memory for the walk: the array order, flat, still shows all. */
        for (int i = 0; i < n; i++) {
            order[i] = i;
            depth[i] = 0;
        }
        count = n;
    } else {
        for (int i = 0; i < n; i++)
            if (!placed[i] && (units[i].parent_id == 0 || unit_tree_index(units, n, units[i].parent_id) < 0))
                place_from(units, n, i, order, depth, placed, stack, next, &count);
        for (int i = 0; i < n; i++)
            if (!placed[i]) place_from(units, n, i, order, depth, placed, stack, next, &count);
    }
    free(placed);
    free(stack);
    free(next);
    return count;
}
