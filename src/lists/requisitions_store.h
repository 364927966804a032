#ifndef BUYERDESK_REQUISITIONS_STORE_H
#define BUYERDESK_REQUISITIONS_STORE_H

/* Requisitions and their lines (sql/021). Every function takes the
 * company; a requisition the member neither sent nor received (by name or
 * by role) reads as missing. Writes expect the caller's transaction. */

#include <stdint.h>

#include "lists/lists_store.h"

#define REQUISITION_MESSAGE_MAX 1000
#define REQUISITIONS_MAX 200

struct requisition_row {
    int64_t id;
    char list_name[LIST_NAME_MAX * 4 + 1];
    int64_t requester_user_id;
    char requester[128];
    char requester_email[256];
    int64_t to_role_id;              /* 0: to a named member */
    int64_t to_user_id;              /* 0: to a role */
    char to_name[128];               /* the member's or the role's name */
    char message[REQUISITION_MESSAGE_MAX * 4 + 1];
    char status[12];                 /* open, converted, declined */
    char decided_by[128];
    char decline_reason[REQUISITION_MESSAGE_MAX * 4 + 1];
    char order_number[32];           /* the order placed from it; "" none yet */
    char order_status[32];
    int64_t line_count;
    int64_t created_at;
    int64_t decided_at;
};

/* Those sent to the member (by name or to their role) and those they
 * sent, newest first. Rows or -1. */
int store_requisitions_for(int64_t company_id, int64_t user_id, int64_t role_id, struct requisition_row *out, int max);
/* One the member may see: 1, 0, -1. */
int store_requisition_get(int64_t company_id, int64_t user_id, int64_t role_id, int64_t id, struct requisition_row *out);
/* Open requisitions waiting for the member (by name or role), or -1. */
int store_requisitions_waiting(int64_t company_id, int64_t user_id, int64_t role_id);

/* A new open requisition with a copy of the list's lines. */
/* 1 when the requester has an open requisition of that list name to the
 * same role or member, 0 not, -1 error. */
int store_requisition_open_same(int64_t company_id, const char *list_name, int64_t requester, int64_t to_role_id,
                                int64_t to_user_id);
int store_requisition_create(int64_t company_id, int64_t list_id, const char *list_name, int64_t requester,
                             int64_t to_role_id, int64_t to_user_id, const char *message, int64_t now, int64_t *id);
/* Open -> converted or declined by decided_by. 1, 0 (not open any more), -1. */
int store_requisition_decide(int64_t company_id, int64_t id, const char *status, int64_t decided_by,
                             const char *reason, int64_t now);

/* The requisition's lines as the list's lines (priced today). Rows or -1. */
int store_requisition_lines(int64_t company_id, int64_t id, struct list_line *out, int max);

/* The member's role: 1, 0 not an active member, -1. */
int store_requisition_member_role(int64_t company_id, int64_t user_id, int64_t *role_id);

/* Who may receive by role: the roles the company may use that may place
 * orders. */
struct requisition_choice {
    int64_t id;
    char name[128];
    char email[256];
};
int store_requisition_roles(int64_t company_id, struct requisition_choice *out, int max);
/* The active members of a role (or the one member) to mail. Rows or -1. */
int store_requisition_recipients(int64_t company_id, int64_t role_id, int64_t user_id, struct requisition_choice *out,
                                 int max);

#endif
