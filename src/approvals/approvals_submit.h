#ifndef BUYERDESK_APPROVALS_SUBMIT_H
#define BUYERDESK_APPROVALS_SUBMIT_H

#include <stddef.h>
#include <stdint.h>

#include "orders/order_draft.h"

/* Where the company's approval rules plug into checkout (issue 9).
 * Checkout calls approvals_preview on the review page and
 * approvals_on_submit inside the one submit transaction, right after the
 * order and its lines are written. */

#define APPROVAL_PREVIEW_MAX 16

struct approval_preview_item {
    int level;
    char rule_name[128];
    char approver_label[256];   /* "a Purchasing manager AND a Finance manager" */
    char reason[512];           /* "the order total $12,000.00 is at least $10,000.00" */
    char note[256];             /* e.g. "you are the only approver: it goes to your superior" */
};

enum approvals_outcome {
    APPROVALS_ERROR = -1,
    APPROVALS_NONE = 0,         /* no approval needed */
    APPROVALS_REQUIRED = 1,     /* steps needed (preview) / written (submit) */
    APPROVALS_REFUSED = 2,      /* a spending limit refuses the order (refusal says why) */
};

/* Which approvals the order would need. Fills up to max items and *count. */
enum approvals_outcome approvals_preview(const struct order_draft *draft, struct approval_preview_item *out,
                                         int max, int *count, char *refusal, size_t refusal_size);

/* Inside the caller's transaction: snapshots the steps the order needs,
 * resolves their approvers (with delegates) and queues the approvers'
 * mail. The caller sets the order to pending_approval on
 * APPROVALS_REQUIRED, and rolls back on APPROVALS_REFUSED / ERROR. */
enum approvals_outcome approvals_on_submit(const struct order_draft *draft, int64_t order_id, const char *order_number,
                                           char *refusal, size_t refusal_size);

#endif
