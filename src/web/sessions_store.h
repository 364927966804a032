#ifndef BUYERDESK_STORE_SESSIONS_H
#define BUYERDESK_STORE_SESSIONS_H

#include <stdint.h>

#include "web/request.h"

struct new_session {
    int64_t user_id;
    enum realm realm;
    int64_t company_id;          /* 0 for staff */
    const uint8_t *token_digest; /* AUTH_DIGEST_BYTES */
    int64_t now;
    int64_t expires_at;
    const char *user_agent;
    const char *client_ip;
};

int store_session_create(const struct new_session *s);

/* Loads the session with this token digest and the user, company and role
 * behind it. Returns 1 when it exists and is still valid at `now` (not past
 * its absolute expiry, not idle longer than idle_seconds, user and
 * membership active, company active or pending -- the caller decides what a
 * pending company's applicant may do), 0 when not, -1 on a database error. */
int store_session_load(const uint8_t *token_digest, int64_t now, int64_t idle_seconds,
                       struct session_info *out, int64_t *last_seen_at);

int store_session_touch(int64_t session_id, int64_t now);

/* A member switches company (the caller checked the membership). */
int store_session_set_company(int64_t session_id, int64_t company_id);
/* Staff start (company_id) or stop (0) viewing a company as its customer. */
int store_session_set_viewing(int64_t session_id, int64_t company_id);

struct user_membership {
    int64_t company_id;
    char company_name[256];
    char role_name[128];
    int pending;
};
/* The companies a person may work in, by name. Rows written, or -1. */
int store_memberships_of_user(int64_t user_id, struct user_membership *out, int max);
int store_session_delete(const uint8_t *token_digest);

/* Signs a user out everywhere (keep_id 0) or everywhere but one session. */
int store_sessions_delete_for_user(int64_t user_id, int64_t keep_id);

#endif
