/* Accepting an invitation: the invited person follows the mailed link,
 * chooses a password and is signed straight in to the company. */
#include "team/pages.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/form.h"
#include "web/response.h"
#include "web/session.h"
#include "accounts/accounts_store.h"
#include "accounts/users_store.h"
#include "web/tokens.h"
#include "base/validate.h"

#define PASSWORD_MAX_BYTES 512      /* longer is refused before any work */

static const char *const password_fields[] = { "password", "password_confirm", NULL };

static const char *link_token(const struct request *req)
{
    return req->params.values[0];
}

/* A link that does not work: 404 for one never issued, 410 for one that
 * expired or was used (it existed, but is gone). */
static void render_link_problem(struct request *req, enum token_state state)
{
    int status = state == TOKEN_EXPIRED || state == TOKEN_USED ? 410 : state == TOKEN_ERROR ? 500 : 404;
    tpl_dict *d = response_page(req, status, "invitation.tpl", "Invitation");
    tpl_set(tpl_add_section(d, "LINK_PROBLEM"), "PROBLEM_TEXT", token_state_message(state));
}

/* The invitation behind a valid token, or a problem page (returns 0). */
static int load_invitation(struct request *req, struct token_info *token, struct invitation_view *view)
{
    enum token_state state = token_check(TOKEN_INVITATION, link_token(req), token);
    if (state == TOKEN_VALID) {
        int found = store_invitation_view(token->user_id, token->ref_id, view);
        if (found == 1) return 1;
        /* The login or company was removed since: the link leads nowhere. */
        state = found < 0 ? TOKEN_ERROR : TOKEN_UNKNOWN;
    }
    render_link_problem(req, state);
    return 0;
}

static void render_form(struct request *req, int status, const struct invitation_view *view,
                        const struct form_errors *errors, const char *failure)
{
    tpl_dict *d = response_page(req, status, "invitation.tpl", "Choose your password");
    tpl_dict *form = tpl_add_section(d, "FORM");
    tpl_set(form, "CSRF_TOKEN", req->csrf_token);
    tpl_set(form, "TOKEN", link_token(req));
    tpl_set(form, "USER_NAME", view->user_name);
    tpl_set(form, "EMAIL", view->email);
    tpl_set(form, "COMPANY_NAME", view->company_name);
    tpl_set_int(form, "PASSWORD_MIN", VALIDATE_PASSWORD_MIN);
    form_fill(form, req, password_fields, errors);
    if (failure) tpl_set(tpl_add_section(form, "FAILURE"), "FAILURE_TEXT", failure);
}

void page_invitation_form(struct request *req)
{
    struct token_info token;
    struct invitation_view view;
    if (!load_invitation(req, &token, &view)) return;
    render_form(req, 200, &view, NULL, NULL);
}

static void check_passwords(const char *password, const char *confirm, struct form_errors *errors)
{
    if (strlen(password) > PASSWORD_MAX_BYTES) {
        form_error(errors, "password", "Use at most 128 characters for the password.");
        return;
    }
    if (form_error(errors, "password", validate_password(password))) return;
    if (strcmp(password, confirm) != 0)
        form_error(errors, "password_confirm", "The two passwords do not match.");
}

/* Uses the link and sets the password in one transaction: a link used
 * twice at once sets it only once, and a failure leaves the link usable. */
static enum token_state accept(const char *token_text, const char *hash, struct token_info *token)
{
    if (db_begin() != 0) return TOKEN_ERROR;
    enum token_state state = token_consume(TOKEN_INVITATION, token_text, token);
    if (state == TOKEN_VALID && store_user_accept_invitation(token->user_id, hash, clock_now()) != 0)
        state = TOKEN_ERROR;
    if (state == TOKEN_VALID && db_commit() != 0) state = TOKEN_ERROR;
    if (state != TOKEN_VALID) db_rollback();
    return state;
}

/* Signs the new member in to the company they were invited to, leaving any
 * session this browser had before. Returns 0, or -1 when they must sign in
 * themselves (e.g. the company was blocked since the invitation). */
static int sign_in(struct request *req, int64_t user_id, int64_t company_id)
{
    if (store_member_can_sign_in(user_id, company_id) != 1) return -1;
    session_end(req);
    if (session_start(req, user_id, REALM_MEMBER, company_id) != 0) return -1;
    store_user_signed_in(user_id, clock_now());
    return 0;
}

void page_invitation_accept(struct request *req)
{
    struct token_info token;
    struct invitation_view view;
    if (!load_invitation(req, &token, &view)) return;

    const char *password = req_form(req, "password");
    struct form_errors errors = { 0 };
    check_passwords(password, req_form(req, "password_confirm"), &errors);
    if (errors.count) {
        render_form(req, 422, &view, &errors, NULL);
        return;
    }
    /* argon2id takes a while and much memory: never inside the write lock. */
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(password, hash) != 0) {
        render_form(req, 503, &view, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    enum token_state state = accept(link_token(req), hash, &token);
    sodium_memzero(hash, sizeof hash);
    if (state == TOKEN_ERROR) {
        render_form(req, 500, &view, NULL, "Your password could not be saved just now. Please try again.");
        return;
    }
    if (state != TOKEN_VALID) {
        render_link_problem(req, state);
        return;
    }
    if (sign_in(req, token.user_id, token.ref_id) != 0) {
        flash_set(req, "success", "Your password is set. Sign in with your email.");
        response_redirect(req, "/login");
        return;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "Welcome, %s. Your password is set and you are signed in to %s.",
             view.user_name, view.company_name);
    flash_set(req, "success", msg);
    response_redirect(req, "/account");
}
