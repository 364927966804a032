#ifndef BUYERDESK_MAILER_H
#define BUYERDESK_MAILER_H

#include "jobs/jobs.h"

/* Delivery of the outbox, the body of the `mail` job (main.c declares it;
 * the jobs runner of `serve` runs it on every pass, `buyerdesk jobs run
 * mail --once` once). Puts back messages claimed by a mailer that died
 * mid-delivery, then claims due messages one at a time (one statement
 * each, so two mailers never send the same one) and delivers them: with
 * smtp_url set over SMTP with libcurl (curl_global_init done), without as
 * .eml files in <data_dir>/mail-spool/ (the demo). Between messages it
 * asks job_run_continue(), so SIGTERM or a lost lease leave the rest to
 * the next run. Returns messages handled, or -1 on a database error. */
int mailer_deliver_due(struct job_run *run);

#endif
