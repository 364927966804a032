#ifndef BUYERDESK_CREDIT_CREDIT_REQUESTS_STORE_H
#define BUYERDESK_CREDIT_CREDIT_REQUESTS_STORE_H

/* Credit requests' SQL (sql/018_credit.sql): a member asks for a higher
 * limit, staff approve or decline it. The company's functions take the
 * company; staff functions take a staff_scope. */

#include <stdint.h>

#include "base/staff_scope.h"

struct credit_request {
    int64_t id, company_id, requested_by, amount, decided_amount, created_at, decided_at;
    char company_name[200];
    char requester_name[128];
    char requester_email[256];
    char reason[2100];
    char until[16];
    char status[12];
    char decided_until[16];
    char decision_reason[2100];
    char decider_name[128];
    int64_t current_limit;
    char currency[8];
};
/* The company's newest requests first. Rows or -1. */
int store_credit_requests(int64_t company_id, struct credit_request *out, int max);
/* 1 an open request exists (its id in *id), 0 none, -1. */
int store_credit_request_open(int64_t company_id, int64_t *id);
int store_credit_request_insert(int64_t company_id, int64_t user_id, int64_t amount, const char *reason,
                                const char *until, int64_t now, int64_t *id);
/* Staff: requests in scope, open ones first then newest decided. */
int store_bo_credit_requests(const struct staff_scope *scope, struct credit_request *out, int max);
int store_bo_credit_request(const struct staff_scope *scope, int64_t id, struct credit_request *out);   /* 1/0/-1 */
/* Decides an open request. 1, 0 no longer open, -1. */
int store_bo_credit_request_decide(const struct staff_scope *scope, int64_t id, const char *status, int64_t user_id,
                                   int64_t amount, const char *until, const char *reason, int64_t now);

#endif
