#ifndef BUYERDESK_APPROVAL_RULES_H
#define BUYERDESK_APPROVAL_RULES_H

/* Approval rules evaluator (pure). Owner: approval rules. */

#endif
