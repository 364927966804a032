#ifndef BUYERDESK_MAILER_H
#define BUYERDESK_MAILER_H

/* `buyerdesk mailer` (also run and restarted by `serve`): delivers due
 * outbox messages until SIGTERM. With smtp_url set it sends over SMTP with
 * libcurl; without, it writes each message as an .eml file into
 * <data_dir>/mail-spool/ and marks it sent (the demo). Returns the exit
 * status. */
int mailer_run(void);

/* Turns waiting password reset requests into mail and delivers what is
 * due now, then returns: the loop's body, used by tests and by
 * `buyerdesk mailer --once` (both need the mail templates loaded).
 * Returns messages handled, or -1. */
int mailer_deliver_due(void);

#endif
