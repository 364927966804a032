/* Forgotten password: ask for a link, then choose a new password behind it.
 * The first step answers the same, after the same work, whether or not the
 * address has an account, so it cannot be used to find out who is a
 * customer: the mailer sends the link (password_reset.h). */
#include "accounts/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/form.h"
#include "mail/mail.h"
#include "accounts/password_reset.h"
#include "web/response.h"
#include "accounts/login_failures_store.h"
#include "accounts/profile_store.h"
#include "web/sessions_store.h"
#include "accounts/users_store.h"
#include "web/tokens.h"
#include "base/validate.h"


/* ---- asking for a link ---------------------------------------------- */

/* The fields shown again, values kept, when the form comes back. */
static const char *const forgot_shown[] = { "email", NULL };

static const struct field forgot_fields[] = {
    { "email", "Work email", FIELD_EMAIL, 1, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_password_forgot = { "password_forgot", forgot_fields };

static void render_forgot(struct request *req, int status, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "accounts/password_forgot.tpl", "Forgot your password?");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    form_fill(d, req, forgot_shown, errors);
}

void page_password_forgot_form(struct request *req)
{
    if (strcmp(req_query(req, "sent"), "1") == 0) {
        response_page(req, 200, "accounts/password_done.tpl", "Check your email");
        return;
    }
    render_forgot(req, 200, NULL);
}

void page_password_forgot(struct request *req)
{
    if (field_errors(req)->count) {
        render_forgot(req, 422, field_errors(req));
        return;
    }
    const char *email = field_text(req, "email");
    /* The same work and the same redirect for every well-formed address:
     * only the mailer, later, looks at whether it has an account. */
    if (password_reset_request(email, clock_now()) != 0) {
        response_error(req, 503, "Your request could not be recorded just now. Please try again in a moment.");
        return;
    }
    response_redirect(req, "/password/forgot?sent=1");
}

/* ---- choosing a new password ---------------------------------------- */

static const char *const reset_shown[] = { "new_password", "confirm_password", NULL };

static const struct field reset_fields[] = { NEW_PASSWORD_FIELDS, { NULL } };
const struct form_spec form_password_reset = { "password_reset", reset_fields };

static int link_problem_status(enum token_state state)
{
    if (state == TOKEN_EXPIRED || state == TOKEN_USED) return 410;
    if (state == TOKEN_ERROR) return 503;
    return 404;
}

static void render_link_problem(struct request *req, enum token_state state)
{
    tpl_dict *d = response_page(req, link_problem_status(state), "accounts/password_reset.tpl", "Link not valid");
    tpl_dict *p = tpl_add_section(d, "LINK_PROBLEM");
    tpl_set(p, "MESSAGE", token_state_message(state));
}

static void render_reset(struct request *req, int status, const char *email, const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "accounts/password_reset.tpl", "Choose a new password");
    tpl_dict *f = tpl_add_section(d, "FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set(f, "TOKEN", req->params.values[0]);
    tpl_set(f, "ACCOUNT_EMAIL", email);
    form_fill(f, req, reset_shown, errors);
}

/* The account behind a link that still works, or a page saying why the
 * link does not (returns 0). */
static int load_link(struct request *req, struct token_info *info, struct profile *user)
{
    enum token_state state = token_check(TOKEN_PASSWORD_RESET, req->params.values[0], info);
    if (state == TOKEN_VALID && store_profile_get(info->user_id, user) == 1 && user->active) return 1;
    render_link_problem(req, state == TOKEN_VALID ? TOKEN_UNKNOWN : state);
    return 0;
}

void page_password_reset_form(struct request *req)
{
    struct token_info info;
    struct profile user;
    if (!load_link(req, &info, &user)) return;
    render_reset(req, 200, user.email, NULL);
}

static int has_error(const struct form_errors *errors, const char *field)
{
    for (int i = 0; i < errors->count; i++)
        if (strcmp(errors->items[i].field, field) == 0) return 1;
    return 0;
}

void accounts_new_password_check(const struct request *req, struct form_errors *errors)
{
    const char *password = field_text(req, "new_password");
    if (!field_ok(req, "new_password") || form_error(errors, "new_password", validate_password(password))) return;
    /* a repetition too long to match was already told so */
    if (!has_error(errors, "confirm_password") && strcmp(password, field_text(req, "confirm_password")) != 0)
        form_error(errors, "confirm_password", "The two passwords do not match.");
}

/* Everything the new password changes, all or nothing. The link is spent
 * here, so of two requests racing with it only one gets through.
 * Returns TOKEN_VALID when done, another state when the link failed, or
 * TOKEN_ERROR. */
static enum token_state apply_reset(struct request *req, const struct profile *user, const char *hash)
{
    struct token_info info;
    char err[200] = "";
    if (db_begin() != 0) return TOKEN_ERROR;
    enum token_state state = token_consume(TOKEN_PASSWORD_RESET, req->params.values[0], &info);
    if (state == TOKEN_VALID && info.user_id != user->id) state = TOKEN_UNKNOWN;
    int ok = state == TOKEN_VALID;
    if (ok) {
        struct mail_recipient to = { .address = user->email, .name = user->name, .user_id = user->id };
        tpl_dict *values = tpl_dict_new();
        tpl_set(values, "EMAIL", user->email);
        ok = store_user_set_password_hash(user->id, hash) == 0
             && store_profile_mark_email_verified(user->id, clock_now()) == 0
             /* whoever knew the old password is signed out everywhere */
             && store_sessions_delete_for_user(user->id, 0) == 0
             /* and cannot finish moving the account to another address */
             && token_revoke_all(TOKEN_EMAIL_CHANGE, user->id) == 0
             && store_login_failures_clear(user->email) == 0
             && mail_enqueue("password_changed", &to, values, err, sizeof err) == MAIL_QUEUED;
        tpl_dict_free(values);
        if (!ok) state = TOKEN_ERROR;
    }
    if (ok && db_commit() != 0) {
        ok = 0;
        state = TOKEN_ERROR;
    }
    if (!ok) {
        db_rollback();
        if (state == TOKEN_ERROR) fprintf(stderr, "password reset: user %lld: %s\n", (long long)user->id, err);
    }
    return state;
}

void page_password_reset(struct request *req)
{
    struct token_info info;
    struct profile user;
    if (!load_link(req, &info, &user)) return;
    struct form_errors errors = *field_errors(req);
    accounts_new_password_check(req, &errors);
    if (errors.count) {
        render_reset(req, 422, user.email, &errors);
        return;
    }
    /* argon2id is slow: hash before taking the write lock. */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(field_text(req, "new_password"), hash) != 0) {
        response_error(req, 503, "Your password could not be changed right now. Please try again in a moment.");
        return;
    }
    enum token_state state = apply_reset(req, &user, hash);
    sodium_memzero(hash, sizeof hash);
    if (state == TOKEN_ERROR) {
        response_error(req, 500, "Your password could not be changed. Please try again.");
        return;
    }
    if (state != TOKEN_VALID) {
        render_link_problem(req, state);
        return;
    }
    flash_set(req, "success", "Your password is changed. Sign in with your new password; "
                              "you were signed out everywhere else.");
    response_redirect(req, "/login");
}
