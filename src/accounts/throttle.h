#ifndef BUYERDESK_THROTTLE_H
#define BUYERDESK_THROTTLE_H

#include <stdint.h>

#include "accounts/login_failures_store.h"

/* Throttling of what costs a password hash (64 MiB, ~100 ms): passwords
 * tried at sign-in or on the profile page, applications for an account.
 * Every attempt is counted BEFORE the hash, in one write transaction with
 * the check, so parallel requests cannot all pass a limit they would
 * reach together: at most the limit are ever hashed. */

struct throttle_limits {
    int per_email;        /* attempts in the window for one email; 0: no limit */
    int per_ip;           /* attempts in the window from one client address; 0: no limit */
    int window_minutes;
};

/* From the configuration: sign-in (login_max_failures,
 * login_max_failures_per_ip, login_window_minutes) and applications
 * (register_max_per_ip, register_window_minutes). */
struct throttle_limits throttle_sign_in_limits(void);
struct throttle_limits throttle_register_limits(void);

/* Pure: minutes (rounded up) until one more attempt is allowed after the
 * counts of the window ending at now; 0 when it is allowed now. */
int throttle_wait_minutes(const struct login_failure_counts *c, const struct throttle_limits *l, int64_t now);

/* Checks the limits and, when one more attempt is allowed, records it,
 * in one BEGIN IMMEDIATE transaction (the caller has none open). Returns
 * 0 when allowed (*attempt: the row, for throttle_forgive; may be NULL),
 * the minutes to wait (> 0) when not (nothing recorded), -1 on a database
 * error (the caller refuses: a throttle that cannot count lets nothing
 * through). */
int throttle_claim(enum attempt_kind kind, const char *email, const char *client_ip,
                   const struct throttle_limits *l, int64_t now, int64_t *attempt);

/* The attempt claimed turned out right (the current password): it no
 * longer counts against the account. 0 or -1. */
int throttle_forgive(int64_t attempt);

#endif
