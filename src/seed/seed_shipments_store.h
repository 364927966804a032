#ifndef BUYERDESK_SEED_SHIPMENTS_STORE_H
#define BUYERDESK_SEED_SHIPMENTS_STORE_H

/* The SQL behind seed_demo_shipments() (seed_shipments.c): the seeded
 * orders that have no timeline yet, with the approval decision their steps
 * record; their shipped lines; who acts for each company; and the two
 * writes of a timeline the orders area has no function for (shipment
 * lines of an order whose shipped quantities are written already, a
 * cancellation reason without a move). Writes expect the caller's
 * transaction and return 0 or -1. Private to src/seed/. */

#include <stdint.h>

struct seed_story_order {
    int64_t id, company_id, placed_at, placed_by, subtotal;
    char number[32];
    char status[32];
    char channel[16];
    char placer[128];
    char notes[512];
    int canada;
    /* the approval it needed (seed_approval_steps.c ran first): 0 none */
    int waited;
    int64_t decider, decided_at;
    char decider_name[128], decision_comment[1024];
    int first_line, line_count;       /* into the shipped lines: left 0, for the caller */
};

struct seed_shipped_line {
    int64_t id, order_id, quantity_shipped;
};

struct seed_company_people {
    int64_t company_id;
    int64_t approver;                 /* a purchasing manager, else an administrator; 0: none */
    int64_t account_manager;          /* staff; 0: none */
};

/* The lists below are read whole into a malloc'ed array (*out, which the
 * caller frees, even after an error) of *count rows: 0, or -1. */

/* The orders without a timeline, by id. */
int seed_store_untold_orders(struct seed_story_order **out, int *count);
/* The lines that shipped something, by order id and line number. */
int seed_store_shipped_lines(struct seed_shipped_line **out, int *count);
/* Every company, by id. */
int seed_store_company_people(struct seed_company_people **out, int *count);

/* A staff member who answers for the seller: customer service when there
 * is one. 1 found, 0 no staff, -1 on error. */
int seed_store_service_staff(int64_t *user_id);

/* One line's shipped quantity in a shipment (store_bo_shipment_add): unlike
 * store_bo_shipment_line_add, it leaves the line's quantity_shipped alone,
 * since the order history wrote it with the line. */
int seed_store_shipment_line(int64_t shipment_id, int64_t order_line_id, int64_t quantity);
/* The order's cancellation reason, unless it has one. */
int seed_store_cancel_reason(int64_t order_id, const char *reason);

#endif
