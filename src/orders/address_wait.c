/* Orders waiting for their ship-to address (address_wait.h). */
#include "orders/address_wait.h"

#include <string.h>

#include "base/clock.h"
#include "orders/order_move.h"
#include "orders/orders_store.h"

#define WAITING_ORDERS_MAX 100

static int move_on(const struct actor *who, int64_t company_id, const struct waiting_order *w, const char *to,
                   const char *note, const char *action)
{
    struct order_ref order = { .id = w->id, .company_id = company_id, .number = w->number, .status = w->status };
    const struct audit_change why[] = { { "Why", "", note } };
    struct order_move m = { .to = to, .note = note, .action = action, .changes = why, .change_count = 1 };
    enum order_move_result r = order_move(who, &order, &m);
    return r == ORDER_MOVE_ERROR ? -1 : 0;
}

int orders_address_decided(const struct actor *who, int64_t company_id, int64_t address_id, int approved)
{
    static struct waiting_order rows[WAITING_ORDERS_MAX];
    int n = store_orders_waiting_for_address(company_id, address_id, rows, WAITING_ORDERS_MAX);
    if (n < 0) return -1;
    int64_t now = clock_now();
    for (int i = 0; i < n; i++) {
        const struct waiting_order *w = &rows[i];
        if (store_order_address_cleared(company_id, w->id, now) != 0) return -1;
        if (strcmp(w->status, "pending_approval") != 0) continue;
        if (approved) {
            int open = store_order_open_steps(company_id, w->id);
            if (open < 0) return -1;
            if (open == 0 && move_on(who, company_id, w, "approved", "The new ship-to address was approved.",
                                     "order.approved") < 0)
                return -1;
        } else if (move_on(who, company_id, w, "rejected", "The proposed ship-to address was not approved.",
                           "order.rejected") < 0) {
            return -1;
        }
    }
    return n;
}
