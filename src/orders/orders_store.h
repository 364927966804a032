#ifndef BUYERDESK_STORE_ORDERS_H
#define BUYERDESK_STORE_ORDERS_H

#include <stdint.h>

#include "base/staff_scope.h"

struct order_summary {
    char number[32];
    char placed_by[128];
    int64_t placed_at;
    char status[32];
    char po_number[64];
    int64_t total_cents;
    char currency[8];
};

/* The latest orders a member may see, newest first: scope is an enum
 * order_scope (own, unit subtree, company). Returns rows written (at most
 * max), or -1. */
int store_orders_recent_in_scope(int64_t company_id, int64_t user_id, int scope, struct order_summary *out, int max);

struct order_totals {
    int count;
    int64_t total_cents;
};

/* Orders placed since `since` by the companies the staff scope reaches
 * (back office). 0 or -1. */
int store_bo_orders_totals_since(const struct staff_scope *scope, int64_t since, struct order_totals *out);

/* Orders of the company waiting for this ship-to address. */
struct waiting_order {
    int64_t id;
    char number[32];
    char status[32];
};
int store_orders_waiting_for_address(int64_t company_id, int64_t address_id, struct waiting_order *out, int max);
/* waiting_for_address = 0. 0 or -1. */
int store_order_address_cleared(int64_t company_id, int64_t order_id, int64_t now);
/* Approval steps of the order still 'waiting' or 'queued': count, or -1. */
int store_order_open_steps(int64_t company_id, int64_t order_id);

#endif
