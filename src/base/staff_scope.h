#ifndef BUYERDESK_BASE_STAFF_SCOPE_H
#define BUYERDESK_BASE_STAFF_SCOPE_H

#include <stdint.h>

#include "base/actor.h"

/* Which customer companies a member of the seller's staff works on: every
 * company (administrators, customer service), or only those they are the
 * account manager of (companies.account_manager_id), plus applications:
 * a company not approved yet has no account manager, and any of them may
 * pick it up. Every store_bo_* function takes one and reads or writes
 * nothing outside it: another company's id is not found (404), a list
 * leaves its rows out (base/staff_scope_store.h has the SQL).
 *
 * "Every company" is a flag of its own, never an id of 0; the zero value
 * reaches no company at all, so a scope nobody filled in shows nothing. */
struct staff_scope {
    int all_companies;       /* 1: every company */
    int64_t manager_id;      /* otherwise the account manager (users.id) whose companies it reaches */
};

struct staff_scope staff_scope_all(void);
struct staff_scope staff_scope_managed_by(int64_t user_id);

/* The scope of whoever acts: staff reach every company, or only their own
 * when actor->managed_companies_only (an account manager); members, keys
 * and jobs reach none through the back office's functions. */
struct staff_scope staff_scope_of(const struct actor *a);

#endif
