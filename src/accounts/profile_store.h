#ifndef BUYERDESK_STORE_PROFILE_H
#define BUYERDESK_STORE_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "web/auth.h"

/* A person's own account: details, sign-in email, password, sessions and
 * the mailed links that change them (accounts/profile_page.c, accounts/password_page.c). */

#define PROFILE_NAME_MAX 120        /* characters */
#define PROFILE_JOB_TITLE_MAX 120
#define PROFILE_PHONE_MAX 40

struct profile {
    int64_t id;
    char email[256];
    char name[PROFILE_NAME_MAX * 4 + 1];          /* UTF-8: up to 4 bytes a character */
    char job_title[PROFILE_JOB_TITLE_MAX * 4 + 1];
    char phone[PROFILE_PHONE_MAX * 4 + 1];
    char password_hash[AUTH_HASH_MAX];
    int active;
};

/* 1 found, 0 no such user, -1 database error. */
int store_profile_get(int64_t user_id, struct profile *out);

int store_profile_update_details(int64_t user_id, const char *name, const char *job_title, const char *phone);

/* Receiving a mailed link proves the address: sets email_verified_at when
 * it is not set yet. */
int store_profile_mark_email_verified(int64_t user_id, int64_t now);

/* Changes the sign-in email (already confirmed by a link sent to it).
 * Returns 0, 1 when another user has the address, -1 on error. */
int store_profile_set_email(int64_t user_id, const char *email, int64_t now);

/* 1 when a user other than except_user_id signs in with this email,
 * 0 when not, -1 on error. */
int store_profile_email_taken(const char *email, int64_t except_user_id);

/* How many links of a purpose were issued to the user since `since`
 * (spent, revoked or not): the basis of "at most N reset mails an hour".
 * -1 on error. */
int store_profile_tokens_issued_since(int64_t user_id, const char *purpose, int64_t since);

/* The address of an email change still waiting for its link to be opened.
 * 1 and *expires_at set when there is one, 0 when not, -1 on error. */
int store_profile_pending_email(int64_t user_id, int64_t now, char *email, size_t size, int64_t *expires_at);

struct profile_session {
    int64_t id;
    char realm[8];
    char user_agent[512];
    char client_ip[64];
    int64_t created_at;
    int64_t last_seen_at;
};

/* The user's sessions still valid at `now` (not past their absolute expiry,
 * not idle longer than idle_seconds), most recently used first. Returns how
 * many were written (at most max), or -1. */
int store_profile_sessions(int64_t user_id, int64_t now, int64_t idle_seconds,
                           struct profile_session *rows, int max);

/* Ends every session of the user but keep_id. Returns how many, or -1. */
int store_profile_end_other_sessions(int64_t user_id, int64_t keep_id);

#endif
