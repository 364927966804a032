/* Reminders and escalation of waiting approval steps. Owner: approval inbox. */
#include "approval_reminders.h"

int approval_reminders_run(int64_t now)
{
    (void)now;
    return 0;
}
