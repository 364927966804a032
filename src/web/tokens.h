#ifndef BUYERDESK_TOKENS_H
#define BUYERDESK_TOKENS_H

#include <stdint.h>

#include "web/auth.h"

/* Single-use links mailed to people: email verification, password reset,
 * invitations, email change, answering the seller. The link carries 32
 * random bytes; the database keeps only their hash. */

#define TOKEN_VERIFY_APPLICATION "verify_application"
#define TOKEN_PASSWORD_RESET     "password_reset"
#define TOKEN_INVITATION         "invitation"
#define TOKEN_EMAIL_CHANGE       "email_change"
#define TOKEN_APPLICATION_REPLY  "application_reply"

struct token_info {
    int64_t id;
    int64_t user_id;
    int64_t ref_id;
    char data[256];
};

enum token_state {
    TOKEN_VALID = 1,
    TOKEN_UNKNOWN = 0,       /* never issued, malformed, or for another purpose */
    TOKEN_EXPIRED = -2,
    TOKEN_USED = -3,
    TOKEN_ERROR = -1,
};

/* Issues a token (inside the caller's transaction, so the link exists
 * exactly when the mail that carries it does). Earlier unused tokens of the
 * same purpose for the same user are revoked: only the newest link works. */
int token_issue(const char *purpose, int64_t user_id, int64_t ref_id, const char *data,
                int64_t ttl_seconds, char text[AUTH_TOKEN_TEXT]);

/* Looks at a token without using it (to show the form behind a link). */
enum token_state token_check(const char *purpose, const char *text, struct token_info *out);

/* Uses a token once: of two requests racing with the same link, exactly
 * one gets TOKEN_VALID. Call inside the transaction that acts on it. */
enum token_state token_consume(const char *purpose, const char *text, struct token_info *out);

/* Revokes every unused token of a purpose for a user. */
int token_revoke_all(const char *purpose, int64_t user_id);

/* The message a person sees for a link that does not work. */
const char *token_state_message(enum token_state state);

#endif
