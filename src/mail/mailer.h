#ifndef BUYERDESK_MAILER_H
#define BUYERDESK_MAILER_H

#include <stdint.h>

/* Work the mail process does beside delivery: turning "forgot your
 * password?" requests into mail, reminding approvers. The mailer knows no
 * area; main.c names the tasks. interval_seconds 0: every pass, before
 * delivery (its mail goes out in the same pass); otherwise once per
 * interval, the first after one interval (a freshly started server does
 * not mail at once). run returns -1 on an error (tried again later). */
struct mailer_task {
    const char *name;
    int (*run)(int64_t now);
    int interval_seconds;
};

/* `buyerdesk mailer` (also run and restarted by `serve`): runs the tasks
 * and delivers due outbox messages until SIGTERM. With smtp_url set it
 * sends over SMTP with libcurl; without, it writes each message as an .eml
 * file into <data_dir>/mail-spool/ and marks it sent (the demo). Returns
 * the exit status. */
int mailer_run(const struct mailer_task *tasks, int task_count);

/* Runs the every-pass tasks and delivers what is due now, then returns:
 * the loop's body, used by tests and by `buyerdesk mailer --once` (both
 * need the mail templates loaded). Returns messages handled, or -1. */
int mailer_deliver_due(const struct mailer_task *tasks, int task_count);

#endif
