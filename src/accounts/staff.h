#ifndef BUYERDESK_STAFF_H
#define BUYERDESK_STAFF_H

#include <stddef.h>

/* Creates a seller staff login. Validates the email, role and password
 * (12 to 128 characters). Returns 0, or -1 with a reason in err. */
int staff_create(const char *email, const char *name, const char *role, const char *password,
                 char *err, size_t err_len);


#endif
