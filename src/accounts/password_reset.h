#ifndef BUYERDESK_PASSWORD_RESET_H
#define BUYERDESK_PASSWORD_RESET_H

#include <stdint.h>

/* "Forgot your password?" in two halves, so the web request does the same
 * work for every address (its answer and its timing tell nobody who has
 * an account):
 *   password_reset_request()  the web request: records the address, in one
 *                             write transaction of its own;
 *   password_resets_run()     the mailer, a moment later: for each request,
 *                             when the address belongs to an active account
 *                             that had fewer than PASSWORD_RESET_MAILS_PER_HOUR
 *                             links in the last hour, issues a link and
 *                             queues its mail; then forgets the request. */

#define PASSWORD_RESET_LINK_TTL 3600        /* seconds a reset link works */
#define PASSWORD_RESET_MAILS_PER_HOUR 3     /* per account; more are dropped quietly */

/* email: a valid, lower-case address. 0 or -1. */
int password_reset_request(const char *email, int64_t now);

/* Handles every waiting request (needs the mail templates loaded).
 * Returns the number of requests handled, or -1 when a database error
 * stopped it (what is left waits for the next pass). */
int password_resets_run(int64_t now);

/* Whether a request waits (reads only): 1, 0, or -1 on an error. */
int password_resets_waiting(void);

#endif
