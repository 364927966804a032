#ifndef BUYERDESK_APPROVALS_DECISION_H
#define BUYERDESK_APPROVALS_DECISION_H

/* Deciding one approval step (decision.c), for the decision page and the
 * inbox's bulk approval, and who among a step's approvers already decided
 * for whom, which the decision page shows too. Private to the approvals
 * area. */

#include <stdint.h>

#include "approvals/approval_reminders.h"
#include "orders/approval_steps_store.h"
#include "web/request.h"

/* The index of the approver with this user id in list, or -1. */
int approval_find_approver(const struct approval_approver *list, int n, int64_t user_id);

/* The approver whose decision already covers list[me]'s part of the step:
 * the principal they stand in for, or a stand-in of theirs. -1: none. */
int approval_covered_by(const struct approval_approver *list, int n, int me);

enum decide_result { DECIDED = 0, DECIDE_NOT_FOUND, DECIDE_OWN_ORDER, DECIDE_CONFLICT, DECIDE_ERROR };

struct decision {
    int approve;
    const char *comment;             /* cleaned */
    char number[32];
    char message[300];               /* DECIDE_CONFLICT: why */
    enum approval_progress_kind progress;
    int waiting_address;             /* approvals complete, the address is not */
    char waiting_for[600];           /* approver labels of what still waits */
};

/* One decision on one step, in one transaction with everything it causes.
 * dec->approve and dec->comment go in; the rest comes out. */
enum decide_result decide_step(const struct request *req, int64_t step_id, struct decision *dec);

#endif
