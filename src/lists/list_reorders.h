#ifndef BUYERDESK_LIST_REORDERS_H
#define BUYERDESK_LIST_REORDERS_H

/* The list-reorders job: every due schedule places its list's order for
 * the list's owner through checkout_place() (approval rules, spending
 * limits, address rules and credit apply as if they had clicked), or fills
 * their cart and mails them to review it. Exactly once per run day: the
 * order carries the submit key "list-<list>-<day>", claimed in the order's
 * own transaction, so a runner killed after placing it finds that order
 * again instead of placing another; the run row (UNIQUE list and day)
 * records it. A run that cannot go through is recorded with its reason and
 * mailed; the schedule goes on. An owner no longer active pauses the
 * schedule and the company's administrators are mailed. After downtime
 * only the latest missed day runs; earlier ones are recorded "missed". */

#include <stddef.h>
#include <stdint.h>

#include "lists/list_schedules_store.h"

/* One pass at `now`: handles every due schedule. Returns how many were
 * handled, or -1 when none could be for a database error. */
int list_reorders_run(int64_t now);

/* The owner's choices for a schedule, checked as the job will use them:
 * 0, or -1 with a sentence in msg. */
int list_schedule_check(const struct list_schedule_row *s, char *msg, size_t size);

/* Sets (or replaces) the list's schedule, for its owner only: the
 * choices are checked as the job will use them (list_schedule_check), the
 * ship-to must be one the owner may use, the start today or later; the
 * days before the start count as dealt with (no "missed" burst). 0, -1,
 * or LIST_NOT_ALLOWED / LIST_BAD_INPUT (lists.h) with msg. */
struct actor;
struct list_row;
int list_schedule_set(const struct actor *who, const struct list_row *list, struct list_schedule_row *s, char *msg,
                      size_t size);

#endif
