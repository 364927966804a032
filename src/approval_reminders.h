#ifndef BUYERDESK_APPROVAL_REMINDERS_H
#define BUYERDESK_APPROVAL_REMINDERS_H

#include <stdint.h>

/* Reminders and escalation of waiting approval steps. Owner: approval inbox. */

/* One pass: every step waiting longer than its company's reminder days
 * (and not reminded since) gets a reminder mail to its approvers, and is
 * escalated to their superior when the company says so. Templates must be
 * loaded. Returns the number of reminders queued, or -1. */
int approval_reminders_run(int64_t now);

#endif
