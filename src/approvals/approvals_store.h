#ifndef BUYERDESK_STORE_APPROVALS_H
#define BUYERDESK_STORE_APPROVALS_H

#include <stdint.h>

#include "approvals/approval_reminders.h"
#include "orders/approval_steps_store.h"
#include "team/units_store.h"

/* Approval steps SQL: inbox, decisions, trail, delegation, reminders and
 * the back office's read-only view. Owner: approval inbox.
 *
 * Every lookup that takes an id from a request is scoped to a company; a
 * row of another company is "not found" (the back office's view passes the
 * company it shows). Lookups return 1 found, 0 not found, -1 error; lists
 * return the rows written (at most max) or -1. Functions that write run
 * inside the caller's transaction (db_begin). */


/* --- The inbox --------------------------------------------------------------- */

struct approval_inbox_row {
    int64_t step_id;
    int64_t order_id;
    char number[32];
    char buyer[128];
    int64_t total;                 /* minor units */
    char currency[8];
    int64_t placed_at;
    int64_t requested_at;
    int level;
    char rule_name[128];
    char reason[512];
    char approver_label[256];
    char via[16];                  /* how this member came to approve it ("" company-wide) */
    char on_behalf_of[128];        /* a delegate's or escalation's principal, by name */
};

/* Steps waiting for this member's decision, oldest request first: the
 * member is an approver who has not decided, the step is 'waiting' and
 * the order 'pending_approval'; never the member's own orders.
 * user_id 0: every waiting step of the company (staff viewing as the
 * customer), one row per step. */
int store_approvals_waiting(int64_t company_id, int64_t user_id, struct approval_inbox_row *out, int max);
int store_approvals_waiting_count(int64_t company_id, int64_t user_id);

struct approval_history_row {
    int64_t step_id;
    char number[32];
    char buyer[128];
    int64_t total;
    char currency[8];
    char rule_name[128];
    char decision[16];             /* approved, rejected */
    char comment[APPROVAL_COMMENT_BYTES];
    int64_t decided_at;
    char step_status[16];
    char order_status[32];
    char via[16];
    char on_behalf_of[128];
};

/* What this member decided, newest first. */
int store_approvals_decided_by(int64_t company_id, int64_t user_id, struct approval_history_row *out, int max);

/* --- Deciding (inside the caller's transaction) ------------------------------ */

/* Records this approver's decision while the step waits and they have not
 * decided: 1 recorded, 0 not (decided already, step no longer waiting,
 * not an approver, another company's step), -1 error. */
int store_approval_vote(int64_t company_id, int64_t step_id, int64_t user_id, const char *decision,
                        const char *comment, int64_t now);

/* Closes a waiting step at the version read: 1 closed, 0 changed meanwhile, -1. */
int store_approval_step_close(int64_t step_id, int64_t version, const char *status, int64_t now);


/* Requests the order's queued steps of `level` (status waiting,
 * requested_at now), and adds the delegates of their approvers who are
 * out of office now (never the buyer). Rows changed, or -1. */
int store_approval_open_level(int64_t order_id, int level, int64_t now);


/* --- Out of office ------------------------------------------------------------- */

struct approval_delegation {
    int64_t delegate_user_id;
    char delegate_name[128];
    int64_t starts_at;             /* [starts_at, ends_at) */
    int64_t ends_at;
};

int store_delegation_get(int64_t company_id, int64_t user_id, struct approval_delegation *out);
int store_delegation_set(int64_t company_id, int64_t user_id, int64_t delegate_user_id, int64_t starts_at,
                         int64_t ends_at);
/* 1 cleared, 0 there was none, -1. */
int store_delegation_clear(int64_t company_id, int64_t user_id);

/* 1 when user_id is an active member of the company (with their name).
 * The list to choose from is store_unit_member_choices (team/units_store.h). */
int store_inbox_member_get(int64_t company_id, int64_t user_id, struct unit_member *out);

/* --- Reminders ------------------------------------------------------------------ */

struct approval_due_step {
    int64_t step_id;
    int64_t company_id;
    char company_name[256];
    int64_t order_id;
    char number[32];
    int64_t total;
    char currency[8];
    int64_t buyer_user_id;
    char buyer[128];
    char rule_name[128];
    char reason[512];
    int64_t requested_at;
    int64_t reminded_at;
    int days;                      /* the company's reminder days */
    int escalate;                  /* the company escalates */
};

/* Waiting steps (of orders pending approval) of companies with reminders
 * that are due now, by company then oldest request. */
int store_approval_due_steps(int64_t now, struct approval_due_step *out, int max);

/* Marks a step reminded if it still waits and was not reminded since
 * `since`: 1 marked, 0 someone else did, -1. */
int store_approval_mark_reminded(int64_t step_id, int64_t since, int64_t now);

/* The company's units with their managers (0 when none or not an active member). */
int store_inbox_units(int64_t company_id, struct approval_unit *out, int max);

/* Adds an approver to a step (escalation): 0 or -1. */
int store_approval_add_approver(int64_t step_id, int64_t company_id, int64_t user_id, const char *via,
                                int64_t on_behalf_of);

/* --- Back office: a company's orders waiting for approval -------------------------------
 * (Its rules, limits and settings come from approvals/approval_rules_store.h.) */

struct approval_waiting_order {
    int64_t order_id;
    char number[32];
    char buyer[128];
    int64_t total;
    char currency[8];
    int64_t placed_at;
};

int store_approval_company_waiting_orders(int64_t company_id, struct approval_waiting_order *out, int max);

#endif
