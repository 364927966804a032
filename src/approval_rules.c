/* Approval rules evaluator (pure). Owner: approval rules. */
#include "approval_rules.h"
