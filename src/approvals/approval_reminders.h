#ifndef BUYERDESK_APPROVAL_REMINDERS_H
#define BUYERDESK_APPROVAL_REMINDERS_H

#include <stdint.h>

/* What happens after checkout wrote an order's approval steps (issue 9):
 * the pure rules of the inbox (when a step is decided, how an order moves
 * on, when a reminder is due, who a step escalates to), unit-tested, and
 * the reminder pass that uses them. Owner: approval inbox. */

/* --- One step's outcome ----------------------------------------------------
 * Each approver of a step has a decision. A stand-in (a delegate, or the
 * superior a step escalated to) has on_behalf_of set to the approver they
 * stand in for; their decision counts for that approver. */

enum approval_vote { VOTE_NONE = 0, VOTE_APPROVED, VOTE_REJECTED };

struct approval_voter {
    int64_t user_id;
    int64_t on_behalf_of;      /* 0: a principal approver */
    enum approval_vote vote;
};

enum approval_step_result {
    STEP_WAITING = 0,          /* needs more decisions */
    STEP_APPROVED,
    STEP_REJECTED,
};

/* any: the first approval approves. all: approved once every principal
 * approved (themselves or through a stand-in). Any rejection rejects, in
 * both modes. A step with no principal at all (bad data) is approved by
 * any approval. mode is "any" or "all" (anything else reads as "all",
 * the stricter). */
enum approval_step_result approval_step_result(const char *mode, const struct approval_voter *voters, int n);

/* --- How the order moves on ------------------------------------------------
 * After a step was decided, from the levels and statuses of every step of
 * the order: */

enum approval_step_status { STEP_S_WAITING, STEP_S_QUEUED, STEP_S_APPROVED, STEP_S_REJECTED, STEP_S_CANCELLED };

struct approval_step_state {
    int level;
    enum approval_step_status status;
};

enum approval_progress_kind {
    PROGRESS_WAIT = 0,         /* a step of the current level still waits */
    PROGRESS_OPEN_LEVEL,       /* request the queued steps of `level` now */
    PROGRESS_APPROVED,         /* nothing waits or is queued: approvals are complete */
    PROGRESS_REJECTED,         /* a step was rejected: the order is rejected */
};

struct approval_progress {
    enum approval_progress_kind kind;
    int level;                 /* PROGRESS_OPEN_LEVEL: the lowest queued level */
};

struct approval_progress approval_order_progress(const struct approval_step_state *steps, int n);

/* "waiting" -> STEP_S_WAITING ... Returns 0, or -1 for an unknown name. */
int approval_step_status_parse(const char *name, enum approval_step_status *out);

/* --- Reminders ------------------------------------------------------------ */

#define APPROVAL_DAY_SECONDS 86400

/* 1 when a step requested at requested_at (last reminded at reminded_at,
 * 0 = never) should be reminded now: days > 0, it has waited at least
 * `days` days, and no reminder went out in the last `days` days. */
int approval_reminder_due(int64_t now, int64_t requested_at, int64_t reminded_at, int days);

/* Whole days a step has waited (0 for the first day, never negative). */
int approval_days_waiting(int64_t now, int64_t requested_at);

/* --- Out of office ----------------------------------------------------------
 * A period is whole days (UTC): from the start of the first day to the end
 * of the last. */

enum approval_period_problem {
    PERIOD_OK = 0,
    PERIOD_ENDS_BEFORE_START,      /* the last day is before the first */
    PERIOD_ENDED,                  /* the last day is already over */
    PERIOD_TOO_LONG,               /* longer than APPROVAL_PERIOD_MAX_DAYS */
};

#define APPROVAL_PERIOD_MAX_DAYS 366

/* Checks a period given by its first and last day (day starts) at `now`,
 * and gives its [starts_at, ends_at) in seconds. */
enum approval_period_problem approval_period_check(int64_t first_day, int64_t last_day, int64_t now,
                                                   int64_t *starts_at, int64_t *ends_at);

/* --- Escalation target ------------------------------------------------------
 * The company's units with their managers (0: none, or not an active
 * member). The superior of an approver is the manager of the approver's
 * unit, walking up while that manager is missing, the approver, the buyer
 * or someone in `skip` (people already on the step). An approver with no
 * unit (or an unknown one) starts at the company itself. Returns the
 * superior's user id, or 0 when the walk reaches the top without one. */

struct approval_unit {
    int64_t id;
    int64_t parent_id;         /* 0: the company itself */
    int64_t manager_user_id;
};

int64_t approval_superior(const struct approval_unit *units, int n, int64_t unit_id, int64_t approver,
                          int64_t buyer, const int64_t *skip, int n_skip);

/* --- The reminder pass ----------------------------------------------------- */

/* One pass: every step waiting longer than its company's reminder days
 * (and not reminded since) gets a reminder mail to its approvers, and is
 * escalated to their superior when the company says so. Templates must be
 * loaded. Returns the number of reminders queued, or -1. */
int approval_reminders_run(int64_t now);

#endif
