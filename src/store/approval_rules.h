#ifndef BUYERDESK_STORE_APPROVAL_RULES_H
#define BUYERDESK_STORE_APPROVAL_RULES_H

/* Approval rules SQL. Owner: approval rules. */

#endif
