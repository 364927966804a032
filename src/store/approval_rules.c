/* Approval rules SQL. Owner: approval rules. */
#include "approval_rules.h"
