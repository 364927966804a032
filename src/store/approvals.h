#ifndef BUYERDESK_STORE_APPROVALS_H
#define BUYERDESK_STORE_APPROVALS_H

/* Approval steps SQL: inbox, decisions, delegation. Owner: approval inbox. */

#endif
