#ifndef BUYERDESK_STORE_USERS_H
#define BUYERDESK_STORE_USERS_H

#include <stdint.h>

#include "web/auth.h"

struct user_credentials {
    int64_t id;
    char password_hash[AUTH_HASH_MAX];
    int active;
    int is_staff;
    int email_verified;
};

/* 1 found, 0 unknown email, -1 database error. email is lower-case. */
int store_user_credentials(const char *email, struct user_credentials *out);
int store_user_set_password_hash(int64_t user_id, const char *hash);
int store_user_signed_in(int64_t user_id, int64_t now);

/* The company a member lands in after sign-in: their oldest active
 * membership in an active company, else (when include_pending) in a
 * company still waiting for approval (*pending set). 0 when none. */
int64_t store_member_default_company(int64_t user_id, int include_pending, int *pending);

/* Why a member with no company to land in cannot sign in: 1 when they
 * still hold an active membership in a company the seller blocked (the
 * company is the obstacle), 0 when not (their own access was deactivated
 * or removed), -1 on a database error. */
int store_member_company_blocked(int64_t user_id);

#endif
