#ifndef BUYERDESK_LISTS_H
#define BUYERDESK_LISTS_H

/* Shopping lists' domain functions: they take an actor (a member at a
 * browser, the demo data, a scheduled job acting for the owner) and plain
 * data, never a request, and run inside the caller's write transaction.
 * Results: 0 done, -1 database error (roll back), or a positive
 * list_problem with a sentence in msg. */

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"
#include "cart/cart_fill.h"
#include "lists/lists_rules.h"
#include "lists/lists_store.h"

enum list_problem {
    LIST_DONE = 0,
    LIST_NOT_ALLOWED = 1,       /* the actor may not change this list */
    LIST_BAD_INPUT = 2,         /* msg says what */
};

/* One line to put in a list: a product by id (already looked up). */
struct list_new_line {
    int64_t product_id;
    int64_t quantity;
    const char *note;
};

/* A new list owned by the actor, with lines (n may be 0). */
int list_create(const struct actor *who, const char *name, const char *description, const struct list_new_line *lines,
                int n, int64_t *id, char *msg, size_t size);

/* Adds lines to a list the actor may edit (quantities summed with lines
 * already there); refuses to grow past LIST_LINES_MAX lines. */
int list_add_lines(const struct actor *who, const struct list_row *list, const struct list_new_line *lines, int n,
                   char *msg, size_t size);

/* A copy of a list the actor may see, owned by the actor, private. */
int list_duplicate(const struct actor *who, const struct list_row *list, int64_t *id);

/* Sharing: the actor must manage the list; "editable" needs the
 * permission; a unit list needs one of the company's units. */
int list_share(const struct actor *who, const struct list_row *list, enum list_sharing sharing, int64_t unit_id,
               char *msg, size_t size);

/* Hands the list to another active member of the company. */
int list_hand_over(const struct actor *who, const struct list_row *list, int64_t new_owner, char *msg, size_t size);

/* The list's lines (those whose id is in only[], all when n_only is 0)
 * into the actor's cart at today's prices; what cannot be ordered is
 * reported in r. */
int list_to_cart(const struct actor *who, int use_list_prices, const struct list_line *lines, int n,
                 const int64_t *only, int n_only, struct cart_fill_result *r);

#endif
