/* Approval steps SQL: inbox, decisions, delegation. Owner: approval inbox. */
#include "approvals.h"
