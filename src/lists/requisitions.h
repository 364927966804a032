#ifndef BUYERDESK_REQUISITIONS_H
#define BUYERDESK_REQUISITIONS_H

/* Requisitions' domain functions (in the caller's write transaction; the
 * results of lists.h: 0, -1, LIST_NOT_ALLOWED, LIST_BAD_INPUT with msg).
 * A member who may not order sends a list to those who may (a role or a
 * named member, with a message); a recipient puts it in their cart
 * (merged with what is there) or declines it with a reason; the requester
 * is mailed either way, and follows the order placed from it. */

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"
#include "cart/cart_fill.h"
#include "lists/lists_store.h"
#include "lists/requisitions_store.h"

/* to: "role-<id>" or "member-<id>". */
int requisition_send(const struct actor *who, const struct list_row *list, const char *to, const char *message,
                     int64_t *id, char *msg, size_t size);

/* 1 when the actor received it (named, or holding the role). */
int requisition_is_recipient(const struct actor *who, int64_t role_id, const struct requisition_row *r);

int requisition_convert(const struct actor *who, int64_t role_id, const struct requisition_row *r,
                        struct cart_fill_result *fill, char *msg, size_t size);
int requisition_decline(const struct actor *who, int64_t role_id, const struct requisition_row *r, const char *reason,
                        char *msg, size_t size);

#endif
