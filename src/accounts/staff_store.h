#ifndef BUYERDESK_STAFF_STORE_H
#define BUYERDESK_STAFF_STORE_H

#include <stdint.h>

/* A seller staff login: the user row and its staff role, in the caller's
 * transaction. 0, STAFF_STORE_TAKEN when the email has a login already,
 * or -1. */
#define STAFF_STORE_TAKEN 1
int store_staff_insert(const char *email, const char *password_hash, const char *name, const char *role, int64_t now);

#endif
