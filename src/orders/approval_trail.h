#ifndef BUYERDESK_ORDERS_APPROVAL_TRAIL_H
#define BUYERDESK_ORDERS_APPROVAL_TRAIL_H

#include <stddef.h>
#include <stdint.h>

#include "web/render.h"

/* The approval trail of an order (steps, approvers, decisions, comments)
 * as {{>APPROVAL_TRAIL}} in d; nothing when the order had no steps. */
void approval_trail_fill(tpl_dict *d, int64_t company_id, int64_t order_id);

/* The pieces, shared with the approval inbox. */
/* How an approver came to decide a step, in words ("Asked while Tamara was out of office"). */
void approval_via_text(const char *via, const char *on_behalf, char *out, size_t size);
void approval_set_via(tpl_dict *d, const char *via, const char *on_behalf);          /* VIA */
/* A step status's label and badge colour ("waiting" -> "Waiting", "warning"). */
void approval_step_look(const char *status, const char **label, const char **badge);
void approval_set_step_status(tpl_dict *d, const char *status);                     /* STEP_STATUS, STEP_BADGE */
/* An approver's decision as a badge (DECISION, DECISION_BADGE); undecided
 * reads "Waiting" while the step waits, else "No decision". */
void approval_set_decision(tpl_dict *d, const char *decision, const char *step_status);
/* "any" / "all" in words. */
const char *approval_mode_text(const char *mode);

#endif
