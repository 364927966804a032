#ifndef BUYERDESK_LIST_SCHEDULES_STORE_H
#define BUYERDESK_LIST_SCHEDULES_STORE_H

/* A list's schedule and its runs (sql/021_list_schedules.sql). Writes
 * expect the caller's open transaction. */

#include <stdint.h>

#include "lists/schedule.h"

#define LIST_PO_PATTERN_MAX 40
#define LIST_RUNS_SHOWN 20

struct list_schedule_row {
    int64_t list_id;
    int64_t company_id;
    struct schedule when;
    char action[8];                 /* place, cart */
    int64_t ship_to_address_id;     /* 0: the owner's default */
    char po_pattern[LIST_PO_PATTERN_MAX * 4 + 1];
    char payment_method[16];
    char status[8];                 /* active, paused */
    char paused_reason[400];
    int64_t handled_day;            /* SCHEDULE_NONE: nothing yet */
    int64_t next_day;               /* SCHEDULE_NONE: ended */
    /* read with the list, for the job */
    int64_t owner_user_id;
    char list_name[401];
};

/* 1 found, 0 none, -1. */
int store_list_schedule_get(int64_t company_id, int64_t list_id, struct list_schedule_row *out);
/* Creates or replaces the list's schedule (status active). 0 or -1. */
int store_list_schedule_save(const struct list_schedule_row *s, int64_t now);
int store_list_schedule_delete(int64_t company_id, int64_t list_id);
/* The day dealt with and the next run day (SCHEDULE_NONE: ended). */
int store_list_schedule_advance(int64_t company_id, int64_t list_id, int64_t handled_day, int64_t next_day, int64_t now);
/* A paused schedule goes on (the list has a new owner). 0 or -1. */
int store_list_schedule_resume(int64_t company_id, int64_t list_id, int64_t now);
int store_list_schedule_pause(int64_t company_id, int64_t list_id, const char *reason, int64_t now);

/* For the list-reorders job only, across companies: active schedules
 * whose next run day is on or before today, oldest first. Rows or -1. */
int store_job_list_schedules_due(int64_t today, struct list_schedule_row *out, int max);

/* Records a run day: 1 written, 0 the day has a row already (it ran), -1. */
int store_list_run_record(int64_t company_id, int64_t list_id, int64_t due_day, const char *outcome,
                          const char *order_number, const char *reason, int64_t now);
/* 1 when the day has a run row, 0 not, -1. */
int store_list_run_exists(int64_t company_id, int64_t list_id, int64_t due_day);

struct list_run_row {
    int64_t due_day;
    char outcome[8];
    char order_number[32];
    char reason[400];
    int64_t ran_at;
};
/* The newest runs first. Rows or -1. */
int store_list_runs(int64_t company_id, int64_t list_id, struct list_run_row *out, int max);

/* The list's owner as the job acts for them: 1 (name, email, permissions
 * of their role, active: membership and login both), 0 not a member, -1. */
struct list_owner {
    int64_t user_id;
    char name[128];
    char email[256];
    unsigned permissions;
    int active;
};
int store_list_owner(int64_t company_id, int64_t user_id, struct list_owner *out);

/* An active member of the company by sign-in email: 1 (*user_id), 0, -1. */
int store_list_member_by_email(int64_t company_id, const char *email, int64_t *user_id);

/* The company's active members who manage members (its administrators),
 * to mail when a schedule pauses. Rows or -1. */
int store_list_company_admins(int64_t company_id, struct list_owner *out, int max);

#endif
