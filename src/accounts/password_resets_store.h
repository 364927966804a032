#ifndef BUYERDESK_STORE_PASSWORD_RESETS_H
#define BUYERDESK_STORE_PASSWORD_RESETS_H

#include <stddef.h>
#include <stdint.h>

/* "Forgot your password?" requests waiting for the mailer
 * (password_reset.h). Writes expect the caller's transaction. */

/* Records a request for email. 0 or -1. */
int store_password_reset_request_add(const char *email, int64_t now);

/* The oldest waiting request: 1 (id and email set), 0 none, -1 error. */
int store_password_reset_request_next(int64_t *id, char *email, size_t email_size);

/* The request is handled. 0 or -1. */
int store_password_reset_request_remove(int64_t id);

#endif
