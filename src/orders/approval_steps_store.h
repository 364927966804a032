#ifndef BUYERDESK_ORDERS_APPROVAL_STEPS_STORE_H
#define BUYERDESK_ORDERS_APPROVAL_STEPS_STORE_H

#include <stdint.h>

/* An order's approval steps and their approvers, read-only (the approvals
 * area writes them). Whatever takes a company_id reads that company's
 * steps only (the back office passes the order's own company). Lookups
 * return 1 found, 0 not found, -1 error; lists the rows written (at most
 * max) or -1. */

#define APPROVAL_COMMENT_MAX 1000                    /* characters */
#define APPROVAL_COMMENT_BYTES (APPROVAL_COMMENT_MAX * 4 + 1)
#define APPROVAL_APPROVERS_MAX 64                    /* per step */
#define APPROVAL_ORDER_STEPS_MAX 32                  /* per order */
#define ORDER_APPROVERS_MAX 256                      /* per order, every step */

/* --- Steps and their approvers ---------------------------------------------- */

struct approval_step {
    int64_t id;
    int64_t order_id;
    int64_t company_id;
    int level;
    char rule_name[128];
    char reason[512];
    char approver_label[256];
    char mode[8];                  /* any, all */
    char note[512];
    char status[16];               /* waiting, queued, approved, rejected, cancelled */
    int64_t requested_at;          /* 0: not requested yet */
    int64_t decided_at;
    int64_t reminded_at;
    int64_t version;
    char order_number[32];
    char order_status[32];
    int64_t placed_by_user_id;     /* 0: placed offline */
};

int store_approval_step_get(int64_t company_id, int64_t step_id, struct approval_step *out);

/* Every step of the company's order, by level then id. */
int store_approval_order_steps(int64_t company_id, int64_t order_id, struct approval_step *out, int max);

struct approval_approver {
    int64_t step_id;
    int64_t user_id;
    char name[128];
    char email[256];
    char via[16];                  /* role, member, superior, administrator, delegate, escalation */
    int64_t on_behalf_of;          /* 0: none */
    char on_behalf_name[128];
    char decision[16];             /* "", approved, rejected */
    char comment[APPROVAL_COMMENT_BYTES];
    int64_t decided_at;
    int64_t unit_id;               /* the approver's unit in the company, 0: none */
};

/* Approvers of one step / of every step of an order (one query), by step
 * then principals first, then name. */
int store_approval_step_approvers(int64_t step_id, struct approval_approver *out, int max);
int store_approval_order_approvers(int64_t order_id, struct approval_approver *out, int max);

/* The waiting steps of the company's orders pending approval, oldest first. */
int store_approval_company_waiting_steps(int64_t company_id, struct approval_step *out, int max);

#endif
