#include "accounts/password_reset.h"

#include <stdio.h>

#include "base/db.h"
#include "mail/mail.h"
#include "web/render.h"
#include "accounts/password_resets_store.h"
#include "accounts/profile_store.h"
#include "accounts/users_store.h"
#include "web/tokens.h"
#include "base/validate.h"

int password_reset_request(const char *email, int64_t now)
{
    if (db_begin() != 0) return -1;
    if (store_password_reset_request_add(email, now) != 0 || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return 0;
}

/* Issues the link and queues its mail (in the caller's transaction) when
 * the address belongs to an active account without too many links
 * lately. 0 when done or nothing is to be sent, -1 on a database error. */
static int send_link_if_due(const char *email, int64_t now)
{
    struct user_credentials cred;
    int found = store_user_credentials(email, &cred);
    if (found != 1 || !cred.active) return found < 0 ? -1 : 0;
    int recent = store_profile_tokens_issued_since(cred.id, TOKEN_PASSWORD_RESET, now - 3600);
    if (recent < 0) return -1;
    if (recent >= PASSWORD_RESET_MAILS_PER_HOUR) return 0;
    struct profile user;
    found = store_profile_get(cred.id, &user);
    if (found != 1) return found < 0 ? -1 : 0;

    char token[AUTH_TOKEN_TEXT], err[200] = "";
    if (token_issue(TOKEN_PASSWORD_RESET, user.id, 0, "", PASSWORD_RESET_LINK_TTL, token) != 0) return -1;
    tpl_dict *values = tpl_dict_new();
    if (!values) return -1;
    tpl_set(values, "TOKEN", token);
    tpl_set(values, "EMAIL", user.email);
    struct mail_recipient to = { .address = user.email, .name = user.name, .user_id = user.id };
    int rc = mail_enqueue("password_reset", &to, values, err, sizeof err) == MAIL_QUEUED ? 0 : -1;
    tpl_dict_free(values);
    sodium_memzero(token, sizeof token);
    if (rc != 0) fprintf(stderr, "password reset: user %lld: no link sent: %s\n", (long long)user.id, err);
    return rc;
}

/* Forgets a request in a transaction of its own. 0 or -1. */
static int drop_request(int64_t id)
{
    if (db_begin() != 0) return -1;
    if (store_password_reset_request_remove(id) != 0 || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return 0;
}

int password_resets_waiting(void)
{
    int64_t id;
    char email[VALIDATE_EMAIL_MAX + 1];
    return store_password_reset_request_next(&id, email, sizeof email);
}

int password_resets_run(int64_t now)
{
    int handled = 0;
    for (;;) {
        int64_t id = 0;
        char email[VALIDATE_EMAIL_MAX + 1];
        if (db_begin() != 0) return -1;
        int found = store_password_reset_request_next(&id, email, sizeof email);
        if (found <= 0) {
            db_rollback();
            return found < 0 ? -1 : handled;
        }
        if (send_link_if_due(email, now) == 0 && store_password_reset_request_remove(id) == 0
            && db_commit() == 0) {
            handled++;
            continue;
        }
        db_rollback();
        /* A request that cannot be sent is dropped rather than retried
         * forever ahead of every later one; the person can ask again. */
        fprintf(stderr, "password reset: request %lld dropped\n", (long long)id);
        if (drop_request(id) != 0) return -1;
        handled++;
    }
}
