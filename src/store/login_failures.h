#ifndef BUYERDESK_STORE_LOGIN_FAILURES_H
#define BUYERDESK_STORE_LOGIN_FAILURES_H

#include <stdint.h>

struct login_failure_counts {
    int by_email;
    int by_ip;
    int64_t oldest_email;   /* oldest failure in the window, for "wait N min" */
    int64_t oldest_ip;
};

int store_login_failures_count(const char *email, const char *client_ip, int64_t since,
                               struct login_failure_counts *out);
int store_login_failure_record(const char *email, const char *client_ip, int64_t now);
/* A successful sign-in clears the account's count (not the address's). */
int store_login_failures_clear(const char *email);

#endif
