#include "accounts/throttle.h"

#include <stdio.h>

#include "web/app.h"
#include "base/db.h"

struct throttle_limits throttle_sign_in_limits(void)
{
    return (struct throttle_limits){ app.cfg.login_max_failures, app.cfg.login_max_failures_per_ip,
                                     app.cfg.login_window_minutes };
}

struct throttle_limits throttle_register_limits(void)
{
    return (struct throttle_limits){ 0, app.cfg.register_max_per_ip, app.cfg.register_window_minutes };
}

int throttle_wait_minutes(const struct login_failure_counts *c, const struct throttle_limits *l, int64_t now)
{
    int64_t window = (int64_t)l->window_minutes * 60, until = 0;
    /* Allowed again when the oldest attempt in the window leaves it. */
    if (l->per_email > 0 && c->by_email >= l->per_email) until = c->oldest_email + window;
    if (l->per_ip > 0 && c->by_ip >= l->per_ip && c->oldest_ip + window > until) until = c->oldest_ip + window;
    if (until <= now) return 0;
    return (int)((until - now + 59) / 60);
}

int throttle_claim(enum attempt_kind kind, const char *email, const char *client_ip,
                   const struct throttle_limits *l, int64_t now, int64_t *attempt)
{
    struct login_failure_counts c;
    if (db_begin() != 0) return -1;
    if (store_login_failures_count(kind, email, client_ip, now - (int64_t)l->window_minutes * 60, &c) != 0) {
        db_rollback();
        return -1;
    }
    int wait = throttle_wait_minutes(&c, l, now);
    if (wait > 0) {
        db_rollback();
        return wait;
    }
    if (store_login_failure_record(kind, email, client_ip, now, attempt) != 0 || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return 0;
}

int throttle_forgive(int64_t attempt)
{
    return store_login_failure_forget(attempt);
}
