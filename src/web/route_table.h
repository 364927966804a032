#ifndef BUYERDESK_ROUTE_TABLE_H
#define BUYERDESK_ROUTE_TABLE_H

#include <stdio.h>

/* `buyerdesk routes`: the route table as JSON, with the permission masks
 * of the built-in member roles and of the staff roles, so a test can
 * derive from the declarations alone who must be let in and who kept out
 * (tests/integration/route_matrix.test.mjs). One object:
 *   {"routes": [{"method", "path", "access": "public"|"member"|"staff",
 *                "permissions"}...],
 *    "member_roles": [{"name", "permissions" granted (access_resolve)}...],
 *    "staff_roles": [{"role", "permissions"}...]}
 * Returns 0, or -1 when the output could not be written. */
int route_table_print_json(FILE *out);

#endif
