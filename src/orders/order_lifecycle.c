#include "orders/order_lifecycle.h"

#include <string.h>

static const char *const names[ORDER_STATE_COUNT] = {
    [ORDER_DRAFT] = "draft",
    [ORDER_PENDING_APPROVAL] = "pending_approval",
    [ORDER_APPROVED] = "approved",
    [ORDER_REJECTED] = "rejected",
    [ORDER_PROCESSING] = "processing",
    [ORDER_PARTIALLY_SHIPPED] = "partially_shipped",
    [ORDER_SHIPPED] = "shipped",
    [ORDER_DELIVERED] = "delivered",
    [ORDER_CANCELLED] = "cancelled",
    [ORDER_CREDIT_REVIEW] = "credit_review",
};

#define TO(s) (1u << (s))

/* allowed[from] = the set of states it may move to. */
static const unsigned allowed[ORDER_STATE_COUNT] = {
    [ORDER_DRAFT] = TO(ORDER_PENDING_APPROVAL) | TO(ORDER_APPROVED) | TO(ORDER_CREDIT_REVIEW) | TO(ORDER_CANCELLED),
    [ORDER_PENDING_APPROVAL] = TO(ORDER_APPROVED) | TO(ORDER_CREDIT_REVIEW) | TO(ORDER_REJECTED) | TO(ORDER_CANCELLED),
    [ORDER_APPROVED] = TO(ORDER_PROCESSING) | TO(ORDER_CANCELLED),
    [ORDER_REJECTED] = 0,
    [ORDER_PROCESSING] = TO(ORDER_PARTIALLY_SHIPPED) | TO(ORDER_SHIPPED) | TO(ORDER_CANCELLED),
    [ORDER_PARTIALLY_SHIPPED] = TO(ORDER_PARTIALLY_SHIPPED) | TO(ORDER_SHIPPED),
    [ORDER_SHIPPED] = TO(ORDER_DELIVERED),
    [ORDER_DELIVERED] = 0,
    [ORDER_CANCELLED] = 0,
    [ORDER_CREDIT_REVIEW] = TO(ORDER_APPROVED) | TO(ORDER_CANCELLED),
};

const char *order_state_name(enum order_state s)
{
    return (unsigned)s < ORDER_STATE_COUNT ? names[s] : "";
}

int order_state_parse(const char *name, enum order_state *out)
{
    if (!name) return -1;
    for (int i = 0; i < ORDER_STATE_COUNT; i++)
        if (strcmp(names[i], name) == 0) {
            *out = (enum order_state)i;
            return 0;
        }
    return -1;
}

int order_can_move(enum order_state from, enum order_state to)
{
    if ((unsigned)from >= ORDER_STATE_COUNT || (unsigned)to >= ORDER_STATE_COUNT) return 0;
    return (allowed[from] & TO(to)) != 0;
}

int order_can_move_named(const char *from, const char *to)
{
    enum order_state a, b;
    if (order_state_parse(from, &a) != 0 || order_state_parse(to, &b) != 0) return 0;
    return order_can_move(a, b);
}

int order_state_is_final(enum order_state s)
{
    return s == ORDER_REJECTED || s == ORDER_DELIVERED || s == ORDER_CANCELLED;
}

int order_state_cancellable(enum order_state s)
{
    return order_can_move(s, ORDER_CANCELLED);
}

enum order_state order_state_after_shipment(long long ordered_total, long long shipped_total)
{
    return shipped_total >= ordered_total ? ORDER_SHIPPED : ORDER_PARTIALLY_SHIPPED;
}

int order_can_reach(enum order_state from, enum order_state to)
{
    if ((unsigned)from >= ORDER_STATE_COUNT || (unsigned)to >= ORDER_STATE_COUNT) return 0;
    if (from == to) return 1;
    unsigned reached = 1u << from, frontier = reached;
    while (frontier) {
        unsigned next = 0;
        for (int s = 0; s < ORDER_STATE_COUNT; s++) {
            if (!(frontier & (1u << s))) continue;
            for (int t = 0; t < ORDER_STATE_COUNT; t++)
                if (order_can_move((enum order_state)s, (enum order_state)t) && !(reached & (1u << t))) next |= 1u << t;
        }
        reached |= next;
        frontier = next;
    }
    return (reached & (1u << to)) != 0;
}
