#ifndef BUYERDESK_BASE_STAFF_SCOPE_STORE_H
#define BUYERDESK_BASE_STAFF_SCOPE_STORE_H

#include <sqlite3.h>

#include "base/staff_scope.h"

/* The SQL side of a staff_scope, for the store_bo_* functions: a statement
 * puts one of the tests below in its WHERE and binds the scope with
 * staff_scope_bind before it steps.
 *
 * The scope's two parameters have numbers of their own, ?61 and ?62, far
 * above any store's ?1..?N, so a statement keeps its own numbering
 * wherever the test stands. (A named parameter would take the next free
 * number where it is written, and a ?N written later could silently share
 * it.) A bare "?" after the test would be numbered after them, so it is
 * refused; named parameters (:name) anywhere are fine. Left unbound (NULL)
 * a test is never true: a statement whose scope was not bound reads
 * nothing. */
#define STAFF_SCOPE_ALL "?61"        /* 1: every company */
#define STAFF_SCOPE_MANAGER "?62"    /* otherwise the account manager's users.id; 0: nobody */

/* The companies row with this alias is in the scope: every company, or
 * one the account manager manages, or an application (pending: no account
 * manager yet). */
#define STAFF_SCOPE_COMPANY(alias) \
    " (" STAFF_SCOPE_ALL " = 1 OR " alias ".account_manager_id = " STAFF_SCOPE_MANAGER \
    " OR (" alias ".status = 'pending' AND " STAFF_SCOPE_MANAGER " > 0))"

/* The same for a row of another table by its company id column; a row
 * about no company (NULL) only with every company. The set of companies
 * is built once per statement (companies_account_manager, companies_status). */
#define STAFF_SCOPE_COMPANY_ID(column) \
    " (" STAFF_SCOPE_ALL " = 1 OR " column " IN (SELECT scope_c.id FROM companies scope_c" \
    " WHERE scope_c.account_manager_id = " STAFF_SCOPE_MANAGER \
    " OR (scope_c.status = 'pending' AND " STAFF_SCOPE_MANAGER " > 0)))"

/* Binds the scope to q. -1, with nothing bound, when there is no q or no
 * scope, or q has no scope test of its own (a store_bo_* statement that
 * forgot it fails every time instead of reading every company), or a bare
 * "?" follows the test. */
int staff_scope_bind(sqlite3_stmt *q, const struct staff_scope *scope);

#endif
