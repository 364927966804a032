#ifndef BUYERDESK_STORE_LOGIN_FAILURES_H
#define BUYERDESK_STORE_LOGIN_FAILURES_H

#include <stdint.h>

/* The throttle's counters (table login_failures): one row per counted
 * attempt, by kind, email and client address. throttle.h decides with
 * them; the write functions expect the caller's transaction when the
 * count and the record must be one step. */

enum attempt_kind {
    ATTEMPT_SIGN_IN,      /* a password tried (sign-in, current password) */
    ATTEMPT_REGISTER,     /* an application for an account */
};

struct login_failure_counts {
    int by_email;
    int by_ip;
    int64_t oldest_email;   /* oldest attempt in the window, for "wait N min" */
    int64_t oldest_ip;
};

/* Attempts of this kind after `since`, for the email and for the client
 * address. 0 or -1. */
int store_login_failures_count(enum attempt_kind kind, const char *email, const char *client_ip, int64_t since,
                               struct login_failure_counts *out);
/* Records one attempt; its row id in *id (may be NULL). 0 or -1. */
int store_login_failure_record(enum attempt_kind kind, const char *email, const char *client_ip, int64_t now,
                               int64_t *id);
/* One attempt no longer counts (it was the right password). 0 or -1. */
int store_login_failure_forget(int64_t id);
/* A successful sign-in clears the account's sign-in count (not the
 * address's attempts at other accounts). 0 or -1. */
int store_login_failures_clear(const char *email);

#endif
